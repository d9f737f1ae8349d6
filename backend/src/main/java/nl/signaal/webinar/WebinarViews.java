package nl.signaal.webinar;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.identity.Members;
import nl.signaal.identity.SignedInUser;
import nl.signaal.live.LiveActivityTitles;
import nl.signaal.webinar.WebinarApi.ActivityView;
import nl.signaal.webinar.WebinarApi.AudienceOrganisation;
import nl.signaal.webinar.WebinarApi.LearnerDetail;
import nl.signaal.webinar.WebinarApi.LearnerRow;
import nl.signaal.webinar.WebinarApi.Material;
import nl.signaal.webinar.WebinarApi.OrganisedRow;
import nl.signaal.webinar.WebinarApi.OrganiserView;
import nl.signaal.webinar.WebinarApi.RegistrationRow;

/**
 * Webinars as the API shows them. What only place holders see (meeting link, materials, recording once over) is left
 * out for everyone else, here and nowhere else.
 */
@Singleton
class WebinarViews {
    private final WebinarRegistrationRepository registrations;
    private final WebinarQueue queue;
    private final WebinarAudiences audiences;
    private final RegisteringForWebinars registering;
    private final WebinarTexts texts;
    private final LiveActivityTitles activities;
    private final Members members;
    private final JsonMapper json;
    private final Clock clock;
    private final WebinarLiveFields live;

    WebinarViews(
            WebinarRegistrationRepository registrations,
            WebinarQueue queue,
            WebinarAudiences audiences,
            RegisteringForWebinars registering,
            WebinarTexts texts,
            LiveActivityTitles activities,
            Members members,
            JsonMapper json,
            Clock clock,
            WebinarLiveFields live) {
        this.registrations = registrations;
        this.queue = queue;
        this.audiences = audiences;
        this.registering = registering;
        this.texts = texts;
        this.activities = activities;
        this.members = members;
        this.json = json;
        this.clock = clock;
        this.live = live;
    }

    LearnerRow row(SignedInUser reader, Webinar webinar) {
        Optional<WebinarRegistration> mine = mine(reader, webinar);
        long registered = registrations.countByWebinarIdAndStatus(webinar.id(), WebinarRegistration.REGISTERED);
        return new LearnerRow(
                webinar.id(),
                texts.title(webinar, reader.locale()),
                texts.description(webinar, reader.locale()),
                webinar.language(),
                webinar.targetGroupList(),
                webinar.startsAt(),
                webinar.endsAt(),
                webinar.mode(),
                webinar.location(),
                webinar.capacity(),
                Math.max(0, webinar.capacity() - registered),
                registrations.countByWebinarIdAndStatus(webinar.id(), WebinarRegistration.WAITING),
                webinar.status(),
                webinar.over(clock.instant()),
                organisationName(webinar.organisationId()),
                mine.map(WebinarRegistration::status).orElse(null),
                mine.map(registering::position).orElse(null));
    }

    LearnerDetail detail(SignedInUser reader, Webinar webinar) {
        LearnerRow row = row(reader, webinar);
        Optional<WebinarRegistration> mine = mine(reader, webinar);
        boolean place = mine.map(WebinarRegistration::registered).orElse(false) && !webinar.cancelled();
        boolean over = webinar.over(clock.instant());
        // The live part (wb-live), wired in by the merge in wb-learner-ui for the browser test.
        WebinarLiveApi.LearnerLive liveNow = live.of(webinar, mine.orElse(null));
        return new LearnerDetail(
                row.id(),
                row.title(),
                row.description(),
                row.language(),
                row.targetGroups(),
                row.startsAt(),
                row.endsAt(),
                row.mode(),
                row.location(),
                row.capacity(),
                row.placesLeft(),
                row.waitingCount(),
                row.status(),
                row.over(),
                row.organiserOrganisation(),
                row.myStatus(),
                row.myWaitingPosition(),
                place ? webinar.meetingUrl() : null,
                place ? materials(webinar) : List.of(),
                place && over ? webinar.recordingUrl() : null,
                activityViews(webinar, reader.locale()),
                liveNow.liveSession() == null
                        ? null
                        : new WebinarApi.LiveSessionLink(
                                liveNow.liveSession().id(),
                                liveNow.liveSession().code()),
                place ? mine.get().attended() : null,
                liveNow.checkinOpen());
    }

    OrganiserView organiser(SignedInUser reader, Webinar webinar) {
        List<AudienceOrganisation> audience = new ArrayList<>();
        for (UUID id : audiences.of(webinar.id())) {
            members.organisation(id)
                    .ifPresent(o -> audience.add(new AudienceOrganisation(o.id(), o.name(), o.sector())));
        }
        return new OrganiserView(
                webinar.id(),
                webinar.organisationId(),
                organisationName(webinar.organisationId()),
                webinar.organiserId(),
                texts.read(webinar.title()),
                texts.read(webinar.description()),
                webinar.language(),
                webinar.targetGroupList(),
                webinar.startsAt(),
                webinar.endsAt(),
                webinar.mode(),
                webinar.meetingUrl(),
                webinar.location(),
                webinar.capacity(),
                audience,
                webinar.activityList(),
                materials(webinar),
                webinar.recordingUrl(),
                webinar.studyMinutes(),
                webinar.status(),
                webinar.over(clock.instant()),
                webinar.sequence(),
                webinar.version(),
                webinar.cancelledAt(),
                registrations.countByWebinarIdAndStatus(webinar.id(), WebinarRegistration.REGISTERED),
                registrations.countByWebinarIdAndStatus(webinar.id(), WebinarRegistration.WAITING),
                queue.attended(webinar.id()));
    }

    OrganisedRow organisedRow(SignedInUser reader, Webinar webinar) {
        return new OrganisedRow(
                webinar.id(),
                texts.title(webinar, reader.locale()),
                webinar.language(),
                webinar.startsAt(),
                webinar.endsAt(),
                webinar.mode(),
                webinar.capacity(),
                webinar.status(),
                webinar.over(clock.instant()),
                registrations.countByWebinarIdAndStatus(webinar.id(), WebinarRegistration.REGISTERED),
                registrations.countByWebinarIdAndStatus(webinar.id(), WebinarRegistration.WAITING),
                queue.attended(webinar.id()));
    }

    /** Everyone who asked for a place, in queue order; names and addresses through identity's public face. */
    List<RegistrationRow> registrations(Webinar webinar) {
        List<RegistrationRow> rows = new ArrayList<>();
        for (WebinarRegistration registration : registrations.findByWebinarIdOrderByRequestedAt(webinar.id())) {
            Optional<Members.Contact> contact = members.contact(registration.userId());
            rows.add(new RegistrationRow(
                    registration.id(),
                    registration.userId(),
                    contact.map(Members.Contact::displayName).orElse(""),
                    contact.map(Members.Contact::email).orElse(null),
                    organisationName(registration.organisationId()),
                    registration.status(),
                    registration.requestedAt(),
                    registration.registeredAt(),
                    registration.cancelledAt(),
                    registration.attended(),
                    registration.attendanceSource()));
        }
        return rows;
    }

    List<ActivityView> activityViews(Webinar webinar, String locale) {
        List<ActivityView> views = new ArrayList<>();
        for (String activity : webinar.activityList()) {
            int colon = activity.indexOf(':');
            if (colon > 0) {
                String kind = activity.substring(0, colon);
                String id = activity.substring(colon + 1);
                activities.title(kind, id, locale).ifPresent(title -> views.add(new ActivityView(kind, id, title)));
            }
        }
        return views;
    }

    List<Material> materials(Webinar webinar) {
        try {
            List<Material> list = json.readValue(webinar.materials(), Argument.listOf(Material.class));
            return list == null ? List.of() : list;
        } catch (IOException e) {
            throw new UncheckedIOException("webinar " + webinar.id() + " has materials that are not JSON", e);
        }
    }

    private Optional<WebinarRegistration> mine(SignedInUser reader, Webinar webinar) {
        return registrations
                .findByWebinarIdAndUserId(webinar.id(), reader.id())
                .filter(r -> !WebinarRegistration.CANCELLED.equals(r.status()));
    }

    private String organisationName(UUID organisation) {
        return members.organisation(organisation)
                .map(Members.OrganisationSummary::name)
                .orElse("");
    }

    /** Whether the reader holds a place (for the past list). */
    boolean placeHolder(SignedInUser reader, Webinar webinar) {
        return mine(reader, webinar).map(WebinarRegistration::registered).orElse(false);
    }

    Instant now() {
        return clock.instant();
    }
}
