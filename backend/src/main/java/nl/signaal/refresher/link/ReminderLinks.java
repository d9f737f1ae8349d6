package nl.signaal.refresher.link;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.signaal.refresher.link.LinkSigner.Purpose;

/**
 * The signed links of one reminder. The snooze and unsubscribe links open a page in the app that says what will
 * happen and asks for a click (mail scanners follow GET links); only the POST it sends changes anything.
 */
@Singleton
public class ReminderLinks {
    static final Duration VALID = Duration.ofDays(60);
    static final String API = "/api/reminder-links/";

    private final LinkSigner signer;
    private final String publicUrl;

    ReminderLinks(LinkSigner signer, @Value("${signaal.public-url}") String publicUrl) {
        this.signer = signer;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** {@code refresh} starts a micro-refresher (after login); the others open a confirmation page. */
    public record Links(String refresh, String snooze, String unsubscribe) {}

    public Links forLearner(UUID user, Instant now) {
        Instant expires = now.plus(VALID);
        return new Links(
                publicUrl + "/refresh?link=" + signer.sign(user, Purpose.OPEN, expires),
                publicUrl + "/reminders/" + signer.sign(user, Purpose.SNOOZE, expires),
                publicUrl + "/reminders/" + signer.sign(user, Purpose.UNSUBSCRIBE, expires));
    }

    /** The RFC 8058 one-click target for the List-Unsubscribe header: a POST there unsubscribes at once. */
    public String oneClickUnsubscribe(UUID user, Instant now) {
        return publicUrl + API + signer.sign(user, Purpose.UNSUBSCRIBE, now.plus(VALID));
    }

    /**
     * The reminder link the token holds, if signed with our key and not expired at {@code now}. A calendar feed link
     * ({@link PersonalLinks}) has the same key and format but is another feature's link: refused as invalid here.
     */
    public LinkSigner.Link verify(String token, Instant now) {
        LinkSigner.Link link = signer.verify(token, now);
        if (link.purpose() == Purpose.CALENDAR_FEED) {
            throw new LinkSigner.RefusedLink(LinkSigner.Refusal.INVALID);
        }
        return link;
    }
}
