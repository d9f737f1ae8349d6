package nl.signaal.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The one-time token, printed at first start, with which the first administrator is created. */
@MappedEntity(value = "setup_token", escape = false)
record SetupToken(@Id Integer id, String tokenHash, Instant createdAt) {
    static final int ONLY = 1;
}
