package nl.signaal.certification;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.learning.Completions;
import nl.signaal.learning.Completions.Completion;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.LearningRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A completed module earns a certificate, in the transaction that records the completion (learning publishes the
 * record inside it). Completion happens once per learner and module (module_completion); the certificate's unique
 * key makes it once per version too. Modules do not expire: the content has no validity for them. On the first start
 * with no certificate at all (an installation upgraded to this feature), the completions made before are certified,
 * dated when they were made.
 */
@Singleton
class IssuingOnCompletion {
    private static final Logger LOG = LoggerFactory.getLogger(IssuingOnCompletion.class);

    private final Certificates certificates;
    private final CertificateRepository issued;
    private final Completions completions;
    private final Content content;

    IssuingOnCompletion(
            Certificates certificates, CertificateRepository issued, Completions completions, Content content) {
        this.certificates = certificates;
        this.issued = issued;
        this.completions = completions;
        this.content = content;
    }

    @EventListener
    void onRecorded(LearningRecorded recorded) {
        String moduleId = recorded.moduleId();
        if (recorded.verb() != Verb.COMPLETED
                || moduleId == null
                || !recorded.activityPath().equals("modules/" + moduleId)) {
            return;
        }
        content.module(moduleId)
                .ifPresent(module -> certificates.issue(
                        recorded.userId(), subject(module, recorded.contentVersion()), recorded.at(), null));
    }

    @EventListener
    void onStartup(StartupEvent started) {
        if (issued.countAll() == 0) {
            certifyEarlierCompletions();
        }
    }

    /** Every completion without its certificate gets one; another instance doing the same at once is harmless. */
    void certifyEarlierCompletions() {
        int count = 0;
        for (Completion completion : completions.all()) {
            TrainingModule module = content.module(completion.moduleId()).orElse(null);
            if (module != null
                    && certificates
                            .issue(
                                    completion.userId(),
                                    subject(module, completion.moduleVersion()),
                                    completion.completedAt(),
                                    null)
                            .isPresent()) {
                count++;
            }
        }
        if (count > 0) {
            LOG.info("Issued {} certificates for modules completed before certificates existed", count);
        }
    }

    private static CertificateSubject subject(TrainingModule module, int completedVersion) {
        // The version the learner completed; title and minutes are those of the content loaded now (the same version
        // for a completion just made).
        return new CertificateSubject(
                CertificateSubject.Kind.MODULE, module.id(), completedVersion, module.title(), module.minutes());
    }
}
