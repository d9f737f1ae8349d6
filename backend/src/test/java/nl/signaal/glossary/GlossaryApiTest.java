package nl.signaal.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.content.Glossary;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /api/glossary on the shipped content: any signed-in user, in their locale, sorted alphabetically. */
@MicronautTest(transactional = false)
class GlossaryApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    Content content;

    Api api;
    UUID organisation;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Glossary Test", "buurtteam");
    }

    private static List<String> terms(JsonNode body) {
        List<String> terms = new ArrayList<>();
        for (JsonNode term : body.get("terms").values()) {
            terms.add(term.get("term").getStringValue());
        }
        return terms;
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThat(api.get("/api/glossary", null).status()).isEqualTo(401);
    }

    @Test
    void everyRoleGetsTheWholeGlossary() {
        for (Role role : Role.values()) {
            Api.Session session = api.logIn(accounts.user(organisation, role), TestAccounts.PASSWORD);
            Api.Response response = api.get("/api/glossary", session);
            assertThat(response.status()).as(role.name()).isEqualTo(200);
            assertThat(response.body().get("terms").size())
                    .isEqualTo(content.glossary().terms().size());
        }
    }

    @Test
    void termsAreInTheAskedLocaleAndSortedAlphabeticallyInIt() {
        Api.Session session = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        for (String locale : List.of("nl", "en", "tr", "pl", "ar")) {
            Api.Response response = api.get("/api/glossary?locale=" + locale, session);
            assertThat(response.text("locale")).isEqualTo(locale);
            List<String> terms = terms(response.body());
            Collator collator = Collator.getInstance(Locale.forLanguageTag(locale));
            collator.setStrength(Collator.SECONDARY);
            assertThat(terms).as(locale).isSortedAccordingTo(collator);
        }
        Glossary.Term riec = content.glossary().term("riec").orElseThrow();
        JsonNode english = null;
        for (JsonNode term :
                api.get("/api/glossary?locale=en", session).body().get("terms").values()) {
            if (term.get("id").getStringValue().equals("riec")) {
                english = term;
            }
        }
        assertThat(english).isNotNull();
        assertThat(english.get("term").getStringValue())
                .isEqualTo(riec.term().in("en").text());
        assertThat(english.get("definition").getStringValue())
                .isEqualTo(riec.definition().in("en").text());
        assertThat(english.get("untranslated").getBooleanValue()).isFalse();
        assertThat(english.get("locale").getStringValue()).isEqualTo("en");
    }

    @Test
    void theUsersOwnLocaleIsTheDefaultAndAnUnknownLocaleIsRefused() {
        Api.Session session = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        assertThat(api.get("/api/glossary", session).text("locale")).isEqualTo("nl");
        assertThat(api.get("/api/glossary?locale=de", session).status()).isEqualTo(400);
    }
}
