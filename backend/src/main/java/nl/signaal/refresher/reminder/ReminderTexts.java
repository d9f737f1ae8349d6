package nl.signaal.refresher.reminder;

import java.util.List;
import java.util.Map;
import nl.signaal.refresher.ModuleStatus;
import nl.signaal.refresher.link.ReminderLinks;

/**
 * The weekly digest's words, per locale; Dutch (the source locale) when the learner's locale has none.
 * The ar, tr and pl texts were drafted without native speakers: have them proofread before release.
 */
record ReminderTexts(
        String subject,
        String greeting,
        String intro,
        Map<ModuleStatus, String> statuses,
        String closing,
        String snooze,
        String unsubscribe) {
    static final String FALLBACK = "nl";

    private static final Map<String, ReminderTexts> BY_LOCALE = Map.of(
            "nl",
                    new ReminderTexts(
                            "Tijd voor een korte opfrisser",
                            "Hallo %s,",
                            "Een paar modules zijn aan een opfrisser toe:",
                            Map.of(
                                    ModuleStatus.DUE_SOON,
                                    "binnenkort aan de beurt",
                                    ModuleStatus.OVERDUE,
                                    "nu aan de beurt",
                                    ModuleStatus.LAPSED,
                                    "weggezakt, doe de module opnieuw"),
                            "Een opfrisser duurt een paar minuten: %s",
                            "Geen tijd? Zet herinneringen 4 weken op pauze: %s",
                            "Geen herinneringen meer per e-mail: %s"),
            "en",
                    new ReminderTexts(
                            "Time for a short refresher",
                            "Hello %s,",
                            "A few modules are ready for a refresher:",
                            Map.of(
                                    ModuleStatus.DUE_SOON,
                                    "due soon",
                                    ModuleStatus.OVERDUE,
                                    "due now",
                                    ModuleStatus.LAPSED,
                                    "faded, take the module again"),
                            "A refresher takes a few minutes: %s",
                            "No time? Pause reminders for 4 weeks: %s",
                            "Stop reminder e-mails: %s"),
            "ar",
                    new ReminderTexts(
                            "حان وقت مراجعة قصيرة",
                            "مرحبًا %s،",
                            "بعض الوحدات تحتاج إلى مراجعة:",
                            Map.of(
                                    ModuleStatus.DUE_SOON,
                                    "قريبًا",
                                    ModuleStatus.OVERDUE,
                                    "الآن",
                                    ModuleStatus.LAPSED,
                                    "نُسيت، أعد الوحدة من جديد"),
                            "تستغرق المراجعة بضع دقائق: %s",
                            "لا وقت لديك؟ أوقف التذكيرات مؤقتًا لمدة 4 أسابيع: %s",
                            "إيقاف رسائل التذكير: %s"),
            "tr",
                    new ReminderTexts(
                            "Kısa bir tekrar zamanı",
                            "Merhaba %s,",
                            "Birkaç modülü tekrar etme zamanı:",
                            Map.of(
                                    ModuleStatus.DUE_SOON,
                                    "yakında sırası geliyor",
                                    ModuleStatus.OVERDUE,
                                    "şimdi sırası geldi",
                                    ModuleStatus.LAPSED,
                                    "unutuldu, modülü yeniden yapın"),
                            "Bir tekrar birkaç dakika sürer: %s",
                            "Vaktiniz yok mu? Hatırlatmaları 4 hafta duraklatın: %s",
                            "Hatırlatma e-postalarını durdurun: %s"),
            "pl",
                    new ReminderTexts(
                            "Czas na krótką powtórkę",
                            "Dzień dobry %s,",
                            "Kilka modułów czeka na powtórkę:",
                            Map.of(
                                    ModuleStatus.DUE_SOON,
                                    "wkrótce do powtórki",
                                    ModuleStatus.OVERDUE,
                                    "do powtórki teraz",
                                    ModuleStatus.LAPSED,
                                    "zapomniane, przejdź moduł ponownie"),
                            "Powtórka zajmuje kilka minut: %s",
                            "Brak czasu? Wstrzymaj przypomnienia na 4 tygodnie: %s",
                            "Wyłącz przypomnienia e-mailem: %s"));

    record Line(String title, ModuleStatus status) {}

    static String localeFor(String locale) {
        return BY_LOCALE.containsKey(locale) ? locale : FALLBACK;
    }

    static ReminderTexts in(String locale) {
        return BY_LOCALE.get(localeFor(locale));
    }

    String body(String name, List<Line> lines, ReminderLinks.Links links) {
        StringBuilder body = new StringBuilder(greeting.formatted(name))
                .append("\n\n")
                .append(intro)
                .append("\n\n");
        lines.forEach(line -> body.append("- ")
                .append(line.title())
                .append(": ")
                .append(statuses.get(line.status()))
                .append('\n'));
        return body.append('\n')
                .append(closing.formatted(links.refresh()))
                .append("\n\n")
                .append(snooze.formatted(links.snooze()))
                .append('\n')
                .append(unsubscribe.formatted(links.unsubscribe()))
                .append('\n')
                .toString();
    }
}
