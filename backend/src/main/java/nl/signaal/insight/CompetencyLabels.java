package nl.signaal.insight;

import java.util.Map;
import nl.signaal.content.SupportedLocales;

/**
 * The names of the competencies in each locale, as the app shows them (frontend common.json, key competency.*):
 * the dashboard's labels come with the numbers so an export or a screen reader needs no second lookup.
 */
final class CompetencyLabels {
    private static final Map<String, Map<String, String>> LABELS = Map.of(
            "signal-recognition",
            Map.of(
                    "nl", "Signalen herkennen",
                    "en", "Recognising signals",
                    "ar", "التعرّف على العلامات",
                    "tr", "İşaretleri fark etmek",
                    "pl", "Rozpoznawanie sygnałów"),
            "victim-or-perpetrator",
            Map.of(
                    "nl", "Slachtoffer of dader",
                    "en", "Victim or perpetrator",
                    "ar", "ضحية أم جانٍ",
                    "tr", "Mağdur mu, fail mi",
                    "pl", "Ofiara czy sprawca"),
            "reporting-route",
            Map.of(
                    "nl", "Meldroute",
                    "en", "Reporting route",
                    "ar", "مسار الإبلاغ",
                    "tr", "Bildirim yolu",
                    "pl", "Ścieżka zgłaszania"),
            "cooperation",
            Map.of(
                    "nl", "Samenwerken",
                    "en", "Working together",
                    "ar", "التعاون",
                    "tr", "İş birliği",
                    "pl", "Współpraca"),
            "safety",
            Map.of(
                    "nl", "Veiligheid",
                    "en", "Safety",
                    "ar", "السلامة",
                    "tr", "Güvenlik",
                    "pl", "Bezpieczeństwo"));

    private CompetencyLabels() {}

    /** The label in the locale, else in Dutch, else the competency id itself (a competency the app does not name). */
    static String of(String competency, String locale) {
        Map<String, String> labels = LABELS.get(competency);
        if (labels == null) {
            return competency;
        }
        return labels.getOrDefault(locale, labels.get(SupportedLocales.SOURCE));
    }
}
