package nl.signaal.progress.forwarding;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;

/** What an administrator does with the organisation's forwarding (decision 0054); nothing secret is logged. */
@Singleton
class LrsForwardingSettings {
    static final int PROBLEMS = 50;

    private final LrsForwardingRepository settings;
    private final Outbox outbox;
    private final LrsSecrets secrets;
    private final LrsEndpoints endpoints;
    private final LrsClient lrs;
    private final Clock clock;

    LrsForwardingSettings(
            LrsForwardingRepository settings,
            Outbox outbox,
            LrsSecrets secrets,
            LrsEndpoints endpoints,
            LrsClient lrs,
            Clock clock) {
        this.settings = settings;
        this.outbox = outbox;
        this.secrets = secrets;
        this.endpoints = endpoints;
        this.lrs = lrs;
        this.clock = clock;
    }

    /** The settings and the queue's state; {@code forwarding} is null when nothing is set up. */
    record State(@Nullable LrsForwarding forwarding, Outbox.Status queue) {}

    record Tested(boolean ok, @Nullable Integer httpStatus, String message) {}

    State state(UUID organisationId) {
        LrsForwarding forwarding = settings.findById(organisationId).orElse(null);
        return new State(
                forwarding, forwarding == null ? new Outbox.Status(0, 0, null, null) : outbox.status(organisationId));
    }

    State save(SignedInUser admin, String endpoint, String username, @Nullable String password, boolean enabled) {
        String checked;
        try {
            checked = endpoints.normalise(endpoint);
            endpoints.checkReachable(checked);
        } catch (LrsEndpoints.NotAllowed e) {
            throw ApiException.invalidField("endpoint", e.getMessage());
        }
        String user = username == null ? "" : username.strip();
        if (user.isEmpty() || user.length() > 200 || user.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.invalidField("username", "Enter the LRS user name (key), at most 200 characters.");
        }
        if (user.contains(":")) {
            throw ApiException.invalidField("username", "HTTP Basic does not allow a colon in the user name.");
        }
        if (password != null
                && (password.isEmpty()
                        || password.length() > 500
                        || password.chars().anyMatch(Character::isISOControl))) {
            throw ApiException.invalidField("password", "Enter the LRS password (secret), at most 500 characters.");
        }
        UUID organisationId = admin.organisationId();
        Instant now = clock.instant();
        LrsForwarding existing = settings.findById(organisationId).orElse(null);
        if (existing == null) {
            if (password == null) {
                throw ApiException.invalidField("password", "Enter the LRS password (secret).");
            }
            settings.save(new LrsForwarding(
                    organisationId,
                    checked,
                    user,
                    secrets.encrypt(organisationId, password),
                    enabled,
                    now,
                    null,
                    now,
                    0,
                    null,
                    null,
                    null,
                    now,
                    admin.id()));
        } else {
            String stored = password == null ? existing.passwordEncrypted() : secrets.encrypt(organisationId, password);
            settings.change(organisationId, checked, user, stored, enabled, now, admin.id());
            if (password != null
                    || !Objects.equals(existing.endpoint(), checked)
                    || !Objects.equals(existing.username(), user)) {
                // What the LRS refused may have been the old address or credentials: try again with the new ones.
                outbox.retryAll(organisationId, now);
            }
        }
        return state(organisationId);
    }

    void remove(UUID organisationId) {
        outbox.drop(organisationId);
    }

    State retry(UUID organisationId) {
        outbox.retryAll(organisationId, clock.instant());
        return state(organisationId);
    }

    State backfill(UUID organisationId) {
        if (outbox.backfill(organisationId, clock.instant()) < 0) {
            throw ApiException.notFound("Forwarding to an LRS is not set up.");
        }
        return state(organisationId);
    }

    List<Outbox.Problem> problems(UUID organisationId) {
        return outbox.problems(organisationId, PROBLEMS);
    }

    Tested test(UUID organisationId) {
        LrsForwarding forwarding = settings.findById(organisationId)
                .orElseThrow(() -> ApiException.notFound("Forwarding to an LRS is not set up."));
        String password;
        try {
            endpoints.checkReachable(forwarding.endpoint());
            password = secrets.decrypt(organisationId, forwarding.passwordEncrypted());
        } catch (LrsEndpoints.NotAllowed e) {
            return new Tested(false, null, e.getMessage());
        } catch (LrsSecrets.UnreadableSecret e) {
            return new Tested(
                    false, null, "The stored password cannot be read with this server's key: enter it again.");
        }
        LrsClient.Answer answer = lrs.about(forwarding.endpoint(), forwarding.username(), password);
        if (answer.stored()) {
            return new Tested(true, answer.status(), "The LRS answered.");
        }
        return new Tested(false, answer.status() == 0 ? null : answer.status(), Forwarder.shorten(answer.error()));
    }
}
