package nl.signaal.progress;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.identity.ApiClient;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;

/**
 * GET Statements of the xAPI 1.0.3 Statement API (Communication 2.1.3; decision 0041). Callers: an organisation API
 * credential (HTTP Basic: the organisation's records), a signed-in learner (their own), a signed-in coordinator or
 * administrator with {@code scope=organisation} (the organisation's). Pages follow each other by a cursor on
 * (stored time, id), so a statement stored between two pages is neither repeated nor makes one skip.
 */
@Controller("/api/xapi/statements")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "progress")
class StatementController {
    static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";

    private final StatementSearch search;
    private final LearningRecords learningRecords;
    private final JsonMapper json;
    private final Clock clock;
    private final String homePage;
    private final Duration commitLag;

    StatementController(
            StatementSearch search,
            LearningRecords learningRecords,
            JsonMapper json,
            Clock clock,
            @Value("${signaal.public-url}") String homePage,
            @Value("${signaal.xapi.commit-lag:10s}") Duration commitLag) {
        this.search = search;
        this.learningRecords = learningRecords;
        this.json = json;
        this.clock = clock;
        this.homePage = homePage;
        this.commitLag = commitLag;
    }

    @Get
    @Operation(
            summary = "xAPI GET Statements: one by statementId, or a page of a query (agent, verb, activity,"
                    + " registration, since, until, limit, format, ascending); more is the next page's link")
    MutableHttpResponse<JsonNode> statements(HttpRequest<?> request, Authentication authentication) {
        // Taken before the query: every statement stored up to then, less what may still be committing, is in it.
        String consistentThrough = clock.instant().minus(commitLag).toString();
        StatementQuery query = StatementQuery.parse(request.getParameters(), json, homePage);
        StatementSearch.Scope scope = scope(authentication, query);
        String acceptLanguage = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (query.byId()) {
            // Signaal never voids a statement, so a voidedStatementId finds nothing (404), as the API says.
            List<LearningRecord> found =
                    query.statementId() == null || scope == null ? List.of() : search.byId(scope, query.statementId());
            if (found.isEmpty()) {
                throw ApiException.notFound("No such statement.");
            }
            return HttpResponse.ok(tree(found.get(0), scope, query, acceptLanguage))
                    .header(CONSISTENT_THROUGH, consistentThrough);
        }
        List<LearningRecord> found = scope == null ? List.of() : search.find(scope, query, query.limit());
        List<JsonNode> statements = new ArrayList<>();
        for (LearningRecord record : found.subList(0, Math.min(found.size(), query.limit()))) {
            statements.add(tree(record, scope, query, acceptLanguage));
        }
        String more = "";
        if (found.size() > query.limit()) {
            LearningRecord last = found.get(query.limit() - 1);
            more = moreLink(request, new StatementQuery.Cursor(last.storedAt(), last.id()));
        }
        Map<String, JsonNode> result = new LinkedHashMap<>();
        result.put("statements", JsonNode.createArrayNode(statements));
        result.put("more", JsonNode.createStringNode(more));
        return HttpResponse.ok(JsonNode.createObjectNode(result)).header(CONSISTENT_THROUGH, consistentThrough);
    }

    /** Whose records this caller asks for; null when the query can match none (an agent that is nobody here). */
    private StatementSearch.Scope scope(Authentication authentication, StatementQuery query) {
        UUID agent = null;
        if (query.agent() != null) {
            if (query.agent().userId() == null) {
                return null;
            }
            agent = query.agent().userId();
        }
        Optional<ApiClient> client = ApiClient.of(authentication);
        if (client.isPresent()) {
            if ("own".equals(query.scope())) {
                throw ApiException.invalidField("scope", "An API credential reads its organisation's records only.");
            }
            return new StatementSearch.Scope(client.get().organisationId(), agent);
        }
        SignedInUser me = SignedInUser.of(authentication);
        if ("organisation".equals(query.scope())) {
            if (!me.hasAny(Role.COORDINATOR, Role.ADMIN)) {
                throw ApiException.forbidden("Only coordinators see their organisation's records.");
            }
            return new StatementSearch.Scope(me.organisationId(), agent);
        }
        if (agent != null && !agent.equals(me.id())) {
            return null;
        }
        return new StatementSearch.Scope(null, me.id());
    }

    /** A learner's own statements leave out the answer key (decision 0042); an organisation's keep it. */
    private JsonNode tree(
            LearningRecord record, StatementSearch.Scope scope, StatementQuery query, String acceptLanguage) {
        Statement statement =
                scope.organisationId() == null ? learningRecords.readForLearner(record) : learningRecords.read(record);
        try {
            return StatementFormats.apply(json.writeValueToTree(statement), query.format(), acceptLanguage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same query from just after the last statement of this page. */
    private static String moreLink(HttpRequest<?> request, StatementQuery.Cursor cursor) {
        StringBuilder link = new StringBuilder("/api/xapi/statements?");
        for (String name : request.getParameters().names()) {
            if (!name.equals("cursor")) {
                link.append(encode(name))
                        .append('=')
                        .append(encode(request.getParameters().get(name)))
                        .append('&');
            }
        }
        return link.append("cursor=").append(cursor.encode()).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
