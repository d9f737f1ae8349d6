package nl.signaal.authoring;

import jakarta.inject.Singleton;
import java.util.UUID;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;

/**
 * Who may author: trainers and the roles above them, on the items of their own organisation. Another organisation's
 * item answers 404, so its existence stays hidden.
 */
@Singleton
class AuthoringAccess {
    private final AuthoredItemRepository items;

    AuthoringAccess(AuthoredItemRepository items) {
        this.items = items;
    }

    /** 403 unless the user may author at all. */
    static SignedInUser author(SignedInUser user) {
        if (!Role.TRAINER.atMost(user.rank())) {
            throw ApiException.forbidden("Only trainers, coordinators and administrators author content.");
        }
        return user;
    }

    /** The item, if the user authors and it belongs to their organisation; 404 otherwise. */
    AuthoredItem item(SignedInUser user, UUID id) {
        author(user);
        return items.findById(id)
                .filter(item -> item.organisationId().equals(user.organisationId()))
                .orElseThrow(AuthoringAccess::notFound);
    }

    static ApiException notFound() {
        return ApiException.notFound("There is no such draft in your organisation.");
    }
}
