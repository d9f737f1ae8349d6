package nl.signaal.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of login_throttle; times in epoch milliseconds, so the SQL can add to them on H2 and PostgreSQL alike. */
@MappedEntity(value = "login_throttle", escape = false)
record ThrottleCounter(@Id String throttleKey, int attempts, long delayMs, long nextAllowed, long lastAttempt) {}
