package nl.signaal.authoring;

import jakarta.inject.Singleton;
import nl.signaal.content.Content;
import nl.signaal.content.Ids;
import nl.signaal.web.ApiException;

/** The id a new draft may take: well-formed, and used by no shipped or authored scenario or module. */
@Singleton
class NewContentIds {
    private final Content content;
    private final AuthoredItemRepository items;

    NewContentIds(Content content, AuthoredItemRepository items) {
        this.content = content;
        this.items = items;
    }

    /** The id asked for, trimmed; 400 naming {@code contentId} when it is malformed or taken. */
    String checked(String asked) {
        String id = asked == null ? "" : asked.strip();
        if (id.isEmpty() || id.length() > 80 || !Ids.isValid(id)) {
            throw ApiException.invalidField(
                    "contentId",
                    "must be 1 to 80 lowercase letters, digits and single hyphens, e.g. 'tikkies-op-school'");
        }
        if (taken(id)) {
            throw ApiException.invalidField("contentId", "'" + id + "' is already used by another scenario or module");
        }
        return id;
    }

    boolean taken(String id) {
        return content.scenario(id).isPresent() || content.module(id).isPresent() || items.existsByContentId(id);
    }
}
