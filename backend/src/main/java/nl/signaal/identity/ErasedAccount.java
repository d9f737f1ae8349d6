package nl.signaal.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * That an account of an organisation was erased, when and by whom: no personal data of the person erased, and no link
 * to the pseudonym their learning records carry now (decision 0011). Makes a repeated erasure answer as the first did.
 */
@MappedEntity(value = "erased_account", escape = false)
record ErasedAccount(@Id UUID id, UUID organisationId, UUID erasedBy, Instant erasedAt) {}
