package nl.signaal.refresher.link;

import jakarta.inject.Singleton;
import nl.signaal.learning.AttemptSeal;

/**
 * Check attempt ids sealed with the key of the signed links ({@link LinkSigner}): one key to configure and rotate.
 * The payload is prefixed with its own purpose, so a seal can never pass for a link or the other way round.
 */
@Singleton
class AttemptSealWithLinkKey implements AttemptSeal {
    private final LinkSigner signer;

    AttemptSealWithLinkKey(LinkSigner signer) {
        this.signer = signer;
    }

    @Override
    public byte[] seal(String payload) {
        return signer.seal("attempt-seal|" + payload);
    }
}
