package nl.signaal.certification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import nl.signaal.certification.CertificateSubject.Kind;

/**
 * The expiry reminder's words, per locale; Dutch (the source locale) when the holder's locale has none. The ar, tr
 * and pl texts were drafted without native speakers, like the weekly digest's: have them proofread before release.
 * Placeholders: the certificate's title, the end date, the renewal link.
 */
record ExpiryReminderTexts(
        String subject, String greeting, String intro, String module, String track, String other, String closing) {
    static final String FALLBACK = "nl";
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private static final Map<String, ExpiryReminderTexts> BY_LOCALE = Map.of(
            "nl",
                    new ExpiryReminderTexts(
                            "Je certificaat \"%s\" verloopt op %s",
                            "Hallo %s,",
                            "Je certificaat \"%s\" is geldig tot en met %s.",
                            "Houd het geldig: doe de kennischeck van de module opnieuw: %s",
                            "Houd het geldig: op de pagina van het leertraject zie je wat er nog nodig is: %s",
                            "Op je certificatenpagina zie je hoe je het vernieuwt: %s",
                            "Je krijgt dit bericht 60 en 14 dagen voor de einddatum."),
            "en",
                    new ExpiryReminderTexts(
                            "Your certificate \"%s\" expires on %s",
                            "Hello %s,",
                            "Your certificate \"%s\" is valid until %s.",
                            "Keep it valid: take the module's knowledge check again: %s",
                            "Keep it valid: the track's page shows what is still needed: %s",
                            "Your certificates page shows how to renew it: %s",
                            "You get this message 60 and 14 days before the end date."),
            "ar",
                    new ExpiryReminderTexts(
                            "تنتهي صلاحية شهادتك \"%s\" في %s",
                            "مرحبًا %s،",
                            "شهادتك \"%s\" صالحة حتى %s.",
                            "حافظ على صلاحيتها: أعد اختبار الوحدة: %s",
                            "حافظ على صلاحيتها: تعرض صفحة المسار ما لا يزال مطلوبًا: %s",
                            "تعرض صفحة شهاداتك كيفية تجديدها: %s",
                            "تصلك هذه الرسالة قبل 60 و14 يومًا من تاريخ الانتهاء."),
            "tr",
                    new ExpiryReminderTexts(
                            "\"%s\" sertifikanızın süresi %s tarihinde doluyor",
                            "Merhaba %s,",
                            "\"%s\" sertifikanız %s tarihine kadar geçerlidir.",
                            "Geçerli tutun: modülün testini yeniden yapın: %s",
                            "Geçerli tutun: eğitim programının sayfası neyin hâlâ gerektiğini gösterir: %s",
                            "Sertifikalar sayfanız nasıl yenileyeceğinizi gösterir: %s",
                            "Bu mesajı bitiş tarihinden 60 ve 14 gün önce alırsınız."),
            "pl",
                    new ExpiryReminderTexts(
                            "Twój certyfikat \"%s\" wygasa %s",
                            "Dzień dobry %s,",
                            "Twój certyfikat \"%s\" jest ważny do %s.",
                            "Zachowaj jego ważność: podejdź ponownie do testu modułu: %s",
                            "Zachowaj jego ważność: strona ścieżki pokazuje, czego jeszcze brakuje: %s",
                            "Na stronie certyfikatów zobaczysz, jak go odnowić: %s",
                            "Tę wiadomość otrzymujesz 60 i 14 dni przed datą końcową."));

    static String localeFor(String locale) {
        return BY_LOCALE.containsKey(locale) ? locale : FALLBACK;
    }

    static ExpiryReminderTexts in(String locale) {
        return BY_LOCALE.get(localeFor(locale));
    }

    /** The end date the way the certificate's PDF writes it (Dutch time, the locale's words, Latin digits). */
    static String date(Instant validUntil, String locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(localeFor(locale) + "-u-nu-latn"))
                .withZone(DUTCH_TIME)
                .format(validUntil);
    }

    String subject(String title, String date) {
        return subject.formatted(title, date);
    }

    String body(String name, String title, String date, Kind kind, String renewalUrl) {
        String what = switch (kind) {
            case MODULE -> module;
            case TRACK -> track;
            case WEBINAR -> other;
        };
        return String.join(
                "\n\n", greeting.formatted(name), intro.formatted(title, date), what.formatted(renewalUrl), closing);
    }
}
