package nl.signaal.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.signaal.web.ApiException;

/**
 * The parameters of GET /api/xapi/statements (xAPI 1.0.3, Communication 2.1.3), checked: every bad value answers 400
 * naming its parameter, and a parameter the Statement API does not know is refused too, as the specification asks.
 * {@code scope} and {@code size} are Signaal's own, for signed-in users (own records or the organisation's; size is
 * the older name of limit); {@code cursor} is the opaque position that {@code more} links carry.
 */
record StatementQuery(
        @Nullable UUID statementId,
        @Nullable UUID voidedStatementId,
        @Nullable Agent agent,
        @Nullable String verb,
        @Nullable String activity,
        @Nullable UUID registration,
        boolean relatedActivities,
        boolean relatedAgents,
        @Nullable Instant since,
        @Nullable Instant until,
        int limit,
        Format format,
        boolean ascending,
        @Nullable String scope,
        @Nullable Cursor cursor) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private static final Set<String> KNOWN = Set.of(
            "statementId",
            "voidedStatementId",
            "agent",
            "verb",
            "activity",
            "registration",
            "related_activities",
            "related_agents",
            "since",
            "until",
            "limit",
            "format",
            "attachments",
            "ascending",
            "scope",
            "size",
            "cursor");
    /** With statementId or voidedStatementId only these may come along (Communication 2.1.3). */
    private static final Set<String> WITH_AN_ID = Set.of("statementId", "voidedStatementId", "format", "attachments");

    enum Format {
        IDS,
        EXACT,
        CANONICAL
    }

    /**
     * The agent parameter as far as it can match: Signaal's statements identify the actor by an account on its home
     * page whose name is the user id; any other identifier (mbox, openid, another home page) matches no statement.
     */
    record Agent(@Nullable UUID userId) {}

    /** A position in the order (stored time, id): the next page starts strictly after it. */
    record Cursor(Instant storedAt, UUID id) {
        String encode() {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(("1|" + storedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String token) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
                if (parts.length != 3 || !"1".equals(parts[0])) {
                    throw new IllegalArgumentException("unknown cursor version");
                }
                return new Cursor(Instant.parse(parts[1]), UUID.fromString(parts[2]));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw ApiException.invalidField("cursor", "Not a cursor from a more link of this API.");
            }
        }
    }

    boolean byId() {
        return statementId != null || voidedStatementId != null;
    }

    static StatementQuery parse(HttpParameters parameters, JsonMapper json, String homePage) {
        for (String name : parameters.names()) {
            if (!KNOWN.contains(name)) {
                throw ApiException.invalidField(name, "The Statement API has no such parameter.");
            }
            if (parameters.getAll(name).size() > 1) {
                throw ApiException.invalidField(name, "Give this parameter once.");
            }
        }
        UUID statementId = uuid(parameters, "statementId");
        UUID voidedStatementId = uuid(parameters, "voidedStatementId");
        if (statementId != null || voidedStatementId != null) {
            if (statementId != null && voidedStatementId != null) {
                throw ApiException.invalidField(
                        "voidedStatementId", "Give statementId or voidedStatementId, not both.");
            }
            for (String name : parameters.names()) {
                if (!WITH_AN_ID.contains(name)) {
                    throw ApiException.invalidField(
                            name, "With statementId or voidedStatementId only format and attachments may be given.");
                }
            }
        }
        bool(parameters, "attachments");
        String size = parameters.get("size");
        String limitText = parameters.get("limit");
        if (size != null && limitText != null) {
            throw ApiException.invalidField("size", "Give limit or size (its older name), not both.");
        }
        String scope = parameters.get("scope");
        if (scope != null && !scope.equals("own") && !scope.equals("organisation")) {
            throw ApiException.invalidField("scope", "Use own or organisation.");
        }
        String cursor = parameters.get("cursor");
        return new StatementQuery(
                statementId,
                voidedStatementId,
                agent(parameters.get("agent"), json, homePage),
                iri(parameters, "verb"),
                iri(parameters, "activity"),
                uuid(parameters, "registration"),
                bool(parameters, "related_activities"),
                bool(parameters, "related_agents"),
                time(parameters, "since"),
                time(parameters, "until"),
                size != null ? limit("size", size) : limit("limit", limitText),
                format(parameters.get("format")),
                bool(parameters, "ascending"),
                scope,
                cursor == null ? null : Cursor.decode(cursor));
    }

    private static int limit(String name, @Nullable String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit < 0) {
                throw ApiException.invalidField(
                        name, "Use a whole number of 0 or more (0: as many as the server gives).");
            }
            return limit == 0 ? MAX_LIMIT : Math.min(limit, MAX_LIMIT);
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(name, "Use a whole number of 0 or more (0: as many as the server gives).");
        }
    }

    private static Format format(@Nullable String text) {
        if (text == null) {
            return Format.EXACT;
        }
        return switch (text) {
            case "ids" -> Format.IDS;
            case "exact" -> Format.EXACT;
            case "canonical" -> Format.CANONICAL;
            default -> throw ApiException.invalidField("format", "Use ids, exact or canonical.");
        };
    }

    private static boolean bool(HttpParameters parameters, String name) {
        String text = parameters.get(name);
        if (text == null || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw ApiException.invalidField(name, "Use true or false.");
    }

    @Nullable
    private static UUID uuid(HttpParameters parameters, String name) {
        String text = parameters.get(name);
        if (text == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(text);
            if (!id.toString().equalsIgnoreCase(text)) {
                throw new IllegalArgumentException("not canonical");
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(name, "Use a UUID.");
        }
    }

    @Nullable
    private static String iri(HttpParameters parameters, String name) {
        String text = parameters.get(name);
        if (text == null) {
            return null;
        }
        try {
            if (!new URI(text).isAbsolute()) {
                throw ApiException.invalidField(name, "Use an absolute IRI.");
            }
            return text;
        } catch (URISyntaxException e) {
            throw ApiException.invalidField(name, "Use an absolute IRI.");
        }
    }

    /** An ISO 8601 timestamp with a time zone (xAPI timestamps); compared with the stored time. */
    @Nullable
    private static Instant time(HttpParameters parameters, String name) {
        String text = parameters.get(name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(
                    name, "Use an ISO 8601 timestamp with a time zone, e.g. 2026-01-31T12:00:00Z.");
        }
    }

    @Nullable
    private static Agent agent(@Nullable String text, JsonMapper json, String homePage) {
        if (text == null) {
            return null;
        }
        JsonNode agent;
        try {
            agent = json.readValue(text, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw ApiException.invalidField(
                    "agent", "Use an Agent as JSON, e.g. {\"account\": {\"homePage\": …, \"name\": …}}.");
        }
        if (agent == null || !agent.isObject()) {
            throw ApiException.invalidField("agent", "Use an Agent as JSON object.");
        }
        JsonNode objectType = agent.get("objectType");
        if (objectType != null
                && !(objectType.isString() && List.of("Agent", "Group").contains(objectType.getStringValue()))) {
            throw ApiException.invalidField("agent", "objectType must be Agent or Group.");
        }
        int identifiers = 0;
        for (String ifi : List.of("mbox", "mbox_sha1sum", "openid", "account")) {
            if (agent.get(ifi) != null) {
                identifiers++;
            }
        }
        if (identifiers != 1) {
            throw ApiException.invalidField(
                    "agent", "Give exactly one identifier: mbox, mbox_sha1sum, openid or account.");
        }
        JsonNode mbox = agent.get("mbox");
        if (mbox != null
                && !(mbox.isString()
                        && mbox.getStringValue().toLowerCase(Locale.ROOT).startsWith("mailto:"))) {
            throw ApiException.invalidField("agent", "mbox must be a mailto: IRI.");
        }
        JsonNode account = agent.get("account");
        if (account == null) {
            return new Agent(null);
        }
        JsonNode page = account.isObject() ? account.get("homePage") : null;
        JsonNode name = account.isObject() ? account.get("name") : null;
        if (page == null || name == null || !page.isString() || !name.isString()) {
            throw ApiException.invalidField("agent", "An account needs homePage and name.");
        }
        if (!page.getStringValue().equals(homePage)) {
            return new Agent(null);
        }
        try {
            return new Agent(UUID.fromString(name.getStringValue()));
        } catch (IllegalArgumentException e) {
            return new Agent(null);
        }
    }
}
