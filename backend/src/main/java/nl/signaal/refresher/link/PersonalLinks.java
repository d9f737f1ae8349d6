package nl.signaal.refresher.link;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.refresher.link.LinkSigner.Purpose;

/**
 * Signed links of one person for other features, made and checked exactly like the reminder links (same key, same
 * format, {@link LinkSigner}); the purpose keeps a link of one kind from working as another. Today: the webinar
 * calendar feed.
 */
@Singleton
public class PersonalLinks {
    private final LinkSigner signer;

    PersonalLinks(LinkSigner signer) {
        this.signer = signer;
    }

    /** A verified calendar feed link: whose, and the expiry it was signed with. */
    public record FeedLink(UUID userId, Instant expiresAt) {}

    public String signCalendarFeed(UUID userId, Instant expiresAt) {
        return signer.sign(userId, Purpose.CALENDAR_FEED, expiresAt);
    }

    /** The link when it is a calendar feed link signed with our key and not expired at {@code now}; else empty. */
    public Optional<FeedLink> verifyCalendarFeed(String token, Instant now) {
        try {
            LinkSigner.Link link = signer.verify(token, Purpose.CALENDAR_FEED, now);
            return Optional.of(new FeedLink(link.userId(), link.expiresAt()));
        } catch (LinkSigner.RefusedLink e) {
            return Optional.empty();
        }
    }
}
