package nl.signaal.certification;

import nl.signaal.certification.CertificateSubject.Kind;

/**
 * Where in the app a holder renews a certificate, the same in the expiry mail and on "My certificates": a module's
 * check taken again, a track's page (its progress shows what keeps it valid), and for anything else the certificates
 * page.
 */
final class RenewalPaths {
    private RenewalPaths() {}

    static String of(Certificate certificate) {
        Kind kind = Kind.valueOf(certificate.subjectKind());
        return switch (kind) {
            case MODULE -> "/learn/" + certificate.subjectId() + "/check";
            case TRACK -> "/tracks/" + certificate.subjectId();
            case WEBINAR -> "/certificates";
        };
    }
}
