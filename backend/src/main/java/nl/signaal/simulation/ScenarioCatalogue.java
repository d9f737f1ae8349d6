package nl.signaal.simulation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.signaal.content.Content;
import nl.signaal.content.Scenario;
import nl.signaal.identity.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every scenario a learner can play: the shipped ones (content/) and the ones trainers published in the browser, which
 * are live at once. A published variant (audience OWN) is seen only by its organisation. Ids never collide (authoring
 * checks them at create); should a shipped file later use an authored id, the file wins and a warning is logged.
 */
@Singleton
public class ScenarioCatalogue {
    private static final Logger LOG = LoggerFactory.getLogger(ScenarioCatalogue.class);
    private static final Comparator<Scenario> CONTENT_ORDER =
            Comparator.comparingInt((Scenario s) -> s.definition().order()).thenComparing(Scenario::id);

    private final Content content;
    private final AuthoredScenarios authored;
    private final Set<String> warnedCollisions = ConcurrentHashMap.newKeySet();

    ScenarioCatalogue(Content content, AuthoredScenarios authored) {
        this.content = content;
        this.authored = authored;
    }

    /** The scenarios this user may see (anonymous: shipped and those for every organisation), in content order. */
    public List<Scenario> visibleTo(@Nullable SignedInUser user) {
        return visibleIn(user == null ? null : user.organisationId());
    }

    /** The scenarios the members of this organisation may see (null: only what every organisation sees). */
    public List<Scenario> visibleIn(@Nullable UUID organisation) {
        List<Scenario> all = new ArrayList<>(content.scenarios());
        published().stream().filter(p -> p.visibleTo(organisation)).forEach(p -> all.add(p.scenario()));
        all.sort(CONTENT_ORDER);
        return all;
    }

    /** The scenario if this user may see it; empty (a 404) for another organisation's variant. */
    public Optional<Scenario> find(String id, @Nullable SignedInUser user) {
        return findIn(id, user == null ? null : user.organisationId());
    }

    /** The scenario if the members of this organisation may see it. */
    public Optional<Scenario> findIn(String id, @Nullable UUID organisation) {
        Optional<Scenario> shipped = content.scenario(id);
        if (shipped.isPresent()) {
            return shipped;
        }
        return published().stream()
                .filter(p -> p.scenario().id().equals(id) && p.visibleTo(organisation))
                .map(AuthoredScenarios.Published::scenario)
                .findFirst();
    }

    /**
     * The current version of a scenario whoever may see it: for what was checked before (a live session, a run's
     * pinned version, a title in a report).
     */
    public Optional<Scenario> any(String id) {
        Optional<Scenario> shipped = content.scenario(id);
        if (shipped.isPresent()) {
            return shipped;
        }
        return published().stream()
                .map(AuthoredScenarios.Published::scenario)
                .filter(s -> s.id().equals(id))
                .findFirst();
    }

    /** The published authored scenarios whose ids no shipped scenario uses. */
    private List<AuthoredScenarios.Published> published() {
        List<AuthoredScenarios.Published> all = authored.published();
        if (all.isEmpty()) {
            return all;
        }
        List<AuthoredScenarios.Published> free = new ArrayList<>(all.size());
        for (AuthoredScenarios.Published published : all) {
            String id = published.scenario().id();
            if (content.scenario(id).isPresent()) {
                if (warnedCollisions.add(id)) {
                    LOG.warn(
                            "content/scenarios/{} uses the id of a scenario published in the browser: the shipped file"
                                    + " wins and the authored one is hidden. Rename one of them.",
                            id);
                }
            } else {
                free.add(published);
            }
        }
        return free;
    }
}
