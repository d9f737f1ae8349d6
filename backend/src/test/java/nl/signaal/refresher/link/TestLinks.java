package nl.signaal.refresher.link;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;

/** Signed reminder links for tests outside this package, made with the application's own signer. */
@Singleton
public class TestLinks {
    private final LinkSigner signer;
    private final Clock clock;

    TestLinks(LinkSigner signer, Clock clock) {
        this.signer = signer;
        this.clock = clock;
    }

    /** A valid link of this purpose (OPEN, SNOOZE or UNSUBSCRIBE) for the user. */
    public String sign(UUID user, String purpose) {
        return signer.sign(
                user, LinkSigner.Purpose.valueOf(purpose), clock.instant().plus(ReminderLinks.VALID));
    }
}
