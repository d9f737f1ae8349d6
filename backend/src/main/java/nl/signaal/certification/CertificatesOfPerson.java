package nl.signaal.certification;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.signaal.certification.CertificateApi.MyCertificateView;
import nl.signaal.identity.PersonalData;

/**
 * A person's certificates in the download (as "My certificates" shows them, titles in Dutch). On erasure they are not
 * deleted but stripped of the name, moved to the pseudonym and revoked (decision 0016): a verifier holding the paper
 * learns that it no longer stands, not that it never existed, and nothing on it names the person any more.
 */
@Singleton
class CertificatesOfPerson implements PersonalData {
    static final String ERASED = "The holder's account was erased.";

    private final CertificateRepository certificates;
    private final CertificateViews views;
    private final Clock clock;

    CertificatesOfPerson(CertificateRepository certificates, CertificateViews views, Clock clock) {
        this.certificates = certificates;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "certificates";
    }

    @Override
    public List<MyCertificateView> exportOf(UUID userId) {
        return certificates.findByUserIdOrderByIssuedAtDesc(userId).stream()
                .map(c -> views.forHolder(c, "nl", clock.instant()))
                .toList();
    }

    @Override
    public void erase(UUID userId, UUID pseudonym) {
        certificates.eraseHolder(userId, pseudonym, clock.instant(), ERASED);
    }
}
