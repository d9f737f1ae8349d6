package nl.signaal.certification;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.LearningRecorded;

/**
 * A completed module earns a certificate, in the transaction that records the completion (learning publishes the
 * record inside it). Completion happens once per learner and module (module_completion); the certificate's unique
 * key makes it once per version too. Modules do not expire: the content has no validity for them.
 */
@Singleton
class IssuingOnCompletion {
    private final Certificates certificates;
    private final Content content;

    IssuingOnCompletion(Certificates certificates, Content content) {
        this.certificates = certificates;
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
                .ifPresent(module ->
                        certificates.issue(recorded.userId(), subject(module, recorded), recorded.at(), null));
    }

    private static CertificateSubject subject(TrainingModule module, LearningRecorded recorded) {
        // The version the learner completed, as recorded; the title and minutes are those content has loaded.
        return new CertificateSubject(
                CertificateSubject.Kind.MODULE,
                module.id(),
                recorded.contentVersion(),
                module.title(),
                module.minutes());
    }
}
