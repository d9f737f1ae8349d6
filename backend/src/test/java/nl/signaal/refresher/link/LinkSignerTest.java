package nl.signaal.refresher.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import nl.signaal.refresher.link.LinkSigner.Purpose;
import nl.signaal.refresher.link.LinkSigner.Refusal;
import nl.signaal.refresher.link.LinkSigner.RefusedLink;
import org.junit.jupiter.api.Test;

class LinkSignerTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final UUID USER = UUID.fromString("0b7e3f5c-1d2a-4c3b-9e8f-7a6b5c4d3e2f");
    private final LinkSigner signer =
            new LinkSigner("a secret of at least thirty-two bytes!".getBytes(StandardCharsets.UTF_8));

    @Test
    void readsBackWhatItSigned() {
        String token = signer.sign(USER, Purpose.SNOOZE, NOW.plus(Duration.ofDays(60)));

        LinkSigner.Link link = signer.verify(token, NOW);

        assertThat(link.userId()).isEqualTo(USER);
        assertThat(link.purpose()).isEqualTo(Purpose.SNOOZE);
        assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(60)));
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void refusesAnExpiredLink() {
        String token = signer.sign(USER, Purpose.UNSUBSCRIBE, NOW.plus(Duration.ofDays(60)));

        assertThat(signer.verify(token, NOW.plus(Duration.ofDays(60)).minusSeconds(1))
                        .userId())
                .isEqualTo(USER);
        assertRefused(token, NOW.plus(Duration.ofDays(60)), Refusal.EXPIRED);
    }

    @Test
    void refusesAPayloadChangedToAnotherUserOrPurpose() {
        String token = signer.sign(USER, Purpose.SNOOZE, NOW.plusSeconds(3600));
        String signature = token.substring(token.indexOf('.') + 1);
        String otherUser = encode(
                "v1|" + UUID.randomUUID() + "|SNOOZE|" + NOW.plusSeconds(3600).getEpochSecond());
        String otherPurpose =
                encode("v1|" + USER + "|UNSUBSCRIBE|" + NOW.plusSeconds(3600).getEpochSecond());
        String later =
                encode("v1|" + USER + "|SNOOZE|" + NOW.plusSeconds(999_999).getEpochSecond());

        assertRefused(otherUser + "." + signature, NOW, Refusal.INVALID);
        assertRefused(otherPurpose + "." + signature, NOW, Refusal.INVALID);
        assertRefused(later + "." + signature, NOW, Refusal.INVALID);
    }

    @Test
    void refusesAChangedSignature() {
        String token = signer.sign(USER, Purpose.OPEN, NOW.plusSeconds(3600));
        char last = token.charAt(token.length() - 1);

        assertRefused(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'), NOW, Refusal.INVALID);
        assertRefused(token.substring(0, token.length() - 2), NOW, Refusal.INVALID);
    }

    @Test
    void refusesALinkSignedWithAnotherSecret() {
        LinkSigner other = new LinkSigner("another secret of at least 32 bytes!!".getBytes(StandardCharsets.UTF_8));

        assertRefused(other.sign(USER, Purpose.SNOOZE, NOW.plusSeconds(3600)), NOW, Refusal.INVALID);
    }

    @Test
    void refusesALinkOfAnotherPurposeWhereOneIsExpected() {
        String open = signer.sign(USER, Purpose.OPEN, NOW.plusSeconds(3600));

        assertThat(signer.verify(open, Purpose.OPEN, NOW).userId()).isEqualTo(USER);
        assertThatThrownBy(() -> signer.verify(open, Purpose.UNSUBSCRIBE, NOW))
                .isInstanceOf(RefusedLink.class)
                .extracting(e -> ((RefusedLink) e).refusal())
                .isEqualTo(Refusal.INVALID);
    }

    @Test
    void refusesGarbage() {
        for (String garbage :
                new String[] {"", ".", "abc", "a.b.c", "!!!.???", "x".repeat(600), encode("v1|x|y|z") + ".AAAA"}) {
            assertRefused(garbage, NOW, Refusal.INVALID);
        }
        assertRefused(null, NOW, Refusal.INVALID);
    }

    @Test
    void needsASecretOfAtLeast32Bytes() {
        assertThatThrownBy(() -> new LinkSigner(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRefused(String token, Instant at, Refusal refusal) {
        assertThatThrownBy(() -> signer.verify(token, at))
                .as(String.valueOf(token))
                .isInstanceOf(RefusedLink.class)
                .extracting(e -> ((RefusedLink) e).refusal())
                .isEqualTo(refusal);
    }

    private static String encode(String payload) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }
}
