package nl.signaal.certification;

import java.util.Map;
import nl.signaal.certification.CertificateSubject.Kind;

/** The words on a certificate in each supported locale; a locale without its own falls back to Dutch. */
record CertificateTexts(
        String heading,
        String awardedTo,
        String forModule,
        String forTrack,
        String forWebinar,
        String date,
        String studyLoad,
        String hours,
        String validUntil,
        String noEndDate,
        String issuedBy,
        String code,
        String verifyAt,
        String revoked) {

    private static final Map<String, CertificateTexts> BY_LOCALE = Map.of(
            "nl",
            new CertificateTexts(
                    "Certificaat",
                    "uitgereikt aan",
                    "voor het afronden van de module",
                    "voor het afronden van het leertraject",
                    "voor het volgen van het webinar",
                    "Datum",
                    "Studiebelasting",
                    "uur",
                    "Geldig tot",
                    "Geldig zonder einddatum",
                    "Uitgegeven door",
                    "Verificatiecode",
                    "Controleer dit certificaat op",
                    "INGETROKEN"),
            "en",
            new CertificateTexts(
                    "Certificate",
                    "awarded to",
                    "for completing the module",
                    "for completing the track",
                    "for attending the webinar",
                    "Date",
                    "Study load",
                    "hours",
                    "Valid until",
                    "Valid without an end date",
                    "Issued by",
                    "Verification code",
                    "Verify this certificate at",
                    "REVOKED"),
            "ar",
            new CertificateTexts(
                    "شهادة",
                    "تُمنح إلى",
                    "لإتمام الوحدة التدريبية",
                    "لإتمام المسار التدريبي",
                    "لحضور الندوة عبر الإنترنت",
                    "التاريخ",
                    "عبء الدراسة",
                    "ساعة",
                    "صالحة حتى",
                    "صالحة دون تاريخ انتهاء",
                    "جهة الإصدار",
                    "رمز التحقق",
                    "تحقق من هذه الشهادة على",
                    "ملغاة"),
            "tr",
            new CertificateTexts(
                    "Sertifika",
                    "bu sertifikanın sahibi",
                    "tamamlanan modül",
                    "tamamlanan eğitim programı",
                    "katılınan web semineri",
                    "Tarih",
                    "Çalışma yükü",
                    "saat",
                    "Geçerlilik sonu",
                    "Süresiz geçerli",
                    "Düzenleyen",
                    "Doğrulama kodu",
                    "Bu sertifikayı doğrulayın:",
                    "İPTAL EDİLDİ"),
            "pl",
            new CertificateTexts(
                    "Certyfikat",
                    "wydany dla",
                    "za ukończenie modułu",
                    "za ukończenie ścieżki szkoleniowej",
                    "za udział w webinarium",
                    "Data",
                    "Nakład pracy",
                    "godz.",
                    "Ważny do",
                    "Ważny bezterminowo",
                    "Wystawca",
                    "Kod weryfikacyjny",
                    "Sprawdź ten certyfikat na stronie",
                    "UNIEWAŻNIONY"));

    static CertificateTexts in(String locale) {
        return BY_LOCALE.getOrDefault(locale, BY_LOCALE.get("nl"));
    }

    String completing(Kind kind) {
        return switch (kind) {
            case MODULE -> forModule;
            case TRACK -> forTrack;
            case WEBINAR -> forWebinar;
        };
    }
}
