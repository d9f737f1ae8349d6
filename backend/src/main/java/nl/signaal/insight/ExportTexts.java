package nl.signaal.insight;

import java.util.Map;
import nl.signaal.content.SupportedLocales;

/**
 * The words of the people exports per locale: column headers and the mandatory-training statuses, so a coordinator
 * reads "verlopen" or "overdue" instead of {@code OVERDUE}. Dutch (the source locale) when the viewer's locale has
 * none. The ar, tr and pl texts were drafted without native speakers: have them proofread before release.
 */
record ExportTexts(
        String name,
        String email,
        String teams,
        String lastLogin,
        String status,
        String completed,
        String nextRefresh,
        Map<String, String> statuses) {

    static ExportTexts in(String locale) {
        return BY_LOCALE.getOrDefault(locale, BY_LOCALE.get(SupportedLocales.SOURCE));
    }

    /** The status in words; an unknown code stays as it is rather than disappear. */
    String status(String code) {
        return statuses.getOrDefault(code, code);
    }

    private static final Map<String, ExportTexts> BY_LOCALE = Map.of(
            "nl",
            new ExportTexts(
                    "Naam",
                    "E-mail",
                    "Teams",
                    "Laatst ingelogd",
                    "status",
                    "afgerond op",
                    "volgende opfrisser",
                    Map.of(
                            "NOT_STARTED", "niet begonnen",
                            "IN_PROGRESS", "bezig",
                            "CURRENT", "actueel",
                            "DUE_SOON", "binnenkort opfrissen",
                            "OVERDUE", "opfrisser te laat",
                            "LAPSED", "verlopen, opnieuw doen")),
            "en",
            new ExportTexts(
                    "Name",
                    "E-mail",
                    "Teams",
                    "Last login",
                    "status",
                    "completed on",
                    "next refresher",
                    Map.of(
                            "NOT_STARTED", "not started",
                            "IN_PROGRESS", "in progress",
                            "CURRENT", "current",
                            "DUE_SOON", "refresher due soon",
                            "OVERDUE", "refresher overdue",
                            "LAPSED", "lapsed, take again")),
            "ar",
            new ExportTexts(
                    "الاسم",
                    "البريد الإلكتروني",
                    "الفرق",
                    "آخر تسجيل دخول",
                    "الحالة",
                    "تاريخ الإكمال",
                    "المراجعة التالية",
                    Map.of(
                            "NOT_STARTED", "لم يبدأ",
                            "IN_PROGRESS", "قيد التقدم",
                            "CURRENT", "محدَّث",
                            "DUE_SOON", "المراجعة قريبًا",
                            "OVERDUE", "المراجعة متأخرة",
                            "LAPSED", "منتهي، يجب الإعادة")),
            "tr",
            new ExportTexts(
                    "Ad",
                    "E-posta",
                    "Ekipler",
                    "Son giriş",
                    "durum",
                    "tamamlanma tarihi",
                    "sonraki tekrar",
                    Map.of(
                            "NOT_STARTED", "başlanmadı",
                            "IN_PROGRESS", "devam ediyor",
                            "CURRENT", "güncel",
                            "DUE_SOON", "tekrar yakında",
                            "OVERDUE", "tekrar gecikti",
                            "LAPSED", "süresi doldu, yeniden yapın")),
            "pl",
            new ExportTexts(
                    "Imię i nazwisko",
                    "E-mail",
                    "Zespoły",
                    "Ostatnie logowanie",
                    "status",
                    "ukończono",
                    "następne odświeżenie",
                    Map.of(
                            "NOT_STARTED", "nie rozpoczęto",
                            "IN_PROGRESS", "w toku",
                            "CURRENT", "aktualne",
                            "DUE_SOON", "odświeżenie wkrótce",
                            "OVERDUE", "odświeżenie zaległe",
                            "LAPSED", "wygasło, do powtórzenia")));
}
