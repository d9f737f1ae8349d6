package nl.signaal.webinar;

import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;

/**
 * Webinars are planned in Europe/Amsterdam; this is its VTIMEZONE, read from the zone data bundled in ical4j (never
 * fetched: ical4j.properties turns the tzurl.org update off).
 *
 * <p>Two adjustments to the bundled definition (docs/decisions/0038-ics-with-ical4j.md): since tzdata 2022b
 * Amsterdam is a link to Brussels, so the bundled definition is named Europe/Brussels and carries Brussels' history
 * before 1970; we name it Europe/Amsterdam, as our DTSTART/DTEND say. And we keep only the observances that still
 * apply after 2000 (the EU rules: last Sunday of March and of October), which turns ~170 lines of 19th and 20th
 * century history into ~15. CalendarZoneTest checks the result against the JDK's rules hour by hour.
 */
final class CalendarZone {
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** Onsets (basic format, local time) before this are history no webinar can fall in. */
    private static final String KEEP_FROM = "20000101T000000";

    private static final VTimeZone VTIMEZONE = build();

    private CalendarZone() {}

    /** A copy: ical4j components are mutable and a calendar owns what it is given. */
    static VTimeZone vtimezone() {
        return VTIMEZONE.copy();
    }

    private static VTimeZone build() {
        VTimeZone bundled = TimeZoneRegistryFactory.getInstance()
                .createRegistry()
                .getTimeZone(AMSTERDAM.getId())
                .getVTimeZone();
        List<Observance> current = bundled.getObservances().stream()
                .filter(CalendarZone::appliesAfterCutOff)
                .map(o -> (Observance) o.copy())
                .toList();
        if (current.isEmpty()) {
            throw new IllegalStateException("ical4j's zone data has no rules for " + AMSTERDAM);
        }
        return new VTimeZone(new PropertyList(List.of(new TzId(AMSTERDAM.getId()))), new ComponentList<>(current));
    }

    /** An open-ended rule, or one with an onset (DTSTART, RDATE, RRULE UNTIL) on or after the cut-off. */
    private static boolean appliesAfterCutOff(Observance observance) {
        for (Property rule : observance.getProperties(Property.RRULE)) {
            String value = rule.getValue();
            int until = value.indexOf("UNTIL=");
            if (until < 0 || value.substring(until + "UNTIL=".length()).compareTo(KEEP_FROM) >= 0) {
                return true;
            }
        }
        return observance.getProperties(Property.DTSTART, Property.RDATE).stream()
                .flatMap(p -> List.of(p.getValue().split(",")).stream())
                .anyMatch(onset -> onset.compareTo(KEEP_FROM) >= 0);
    }
}
