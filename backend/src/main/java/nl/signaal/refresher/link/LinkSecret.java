package nl.signaal.refresher.link;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The generated key for signed links, kept in the database so every instance and every restart shares it. */
@MappedEntity(value = "link_secret", escape = false)
record LinkSecret(@Id String id, String secret, Instant createdAt) {
    static final String REMINDER_LINKS = "reminder-links";
}
