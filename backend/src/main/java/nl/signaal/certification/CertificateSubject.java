package nl.signaal.certification;

import java.util.Objects;
import nl.signaal.content.Localized;

/**
 * What a certificate is for: a completed module, track or webinar in the version completed, with its title in every
 * locale it has and its study load. The certificate keeps a copy, so it reads the same after the content changes.
 */
public record CertificateSubject(Kind kind, String id, int version, Localized title, int studyMinutes) {

    public enum Kind {
        MODULE,
        TRACK,
        WEBINAR
    }

    public CertificateSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (studyMinutes < 0) {
            throw new IllegalArgumentException("study load cannot be negative: " + studyMinutes);
        }
    }
}
