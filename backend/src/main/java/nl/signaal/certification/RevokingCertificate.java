package nl.signaal.certification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An administrator revokes a certificate of their own organisation (a certificate belongs to the organisation that
 * issued it, where the holder was a member). Once: the first reason stands.
 */
@Singleton
class RevokingCertificate {
    private static final Logger LOG = LoggerFactory.getLogger(RevokingCertificate.class);

    private final CertificateRepository certificates;
    private final Clock clock;

    RevokingCertificate(CertificateRepository certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    @Transactional
    void revoke(SignedInUser admin, UUID organisation, UUID certificateId, String reason) {
        admin.requireOrganisation(organisation);
        boolean ours = certificates
                .findById(certificateId)
                .filter(c -> c.organisationId().equals(organisation))
                .isPresent();
        if (!ours) {
            throw ApiException.notFound("There is no certificate " + certificateId + " in this organisation.");
        }
        if (certificates.revoke(certificateId, organisation, clock.instant(), admin.id(), reason) == 0) {
            throw ApiException.conflict("This certificate is already revoked.");
        }
        LOG.info("Certificate {} of organisation {} revoked by {}", certificateId, organisation, admin.id());
    }
}
