package nl.signaal.progress;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import nl.signaal.progress.LearningEvent.ActivityType;

/**
 * The activities a statement rolls up into, from its own activity path, verb, registration and extensions (decision
 * 0042). Derived rather than passed in by each feature, so that statements stored before they had context activities
 * get the very same ones when read.
 * <ul>
 *   <li>a question of a knowledge check: parent the check, grouping the module; the check and a lesson: parent the
 *       module;
 *   <li>a scene of a case (shown or chosen in a run): parent the simulation;
 *   <li>in a refresher session (an item, or a scene answered as a decision point: only refreshers answer scenes):
 *       parent the session (the registration), grouping the item's module or the scene's simulation;
 *   <li>in a live session: parent the live session, grouping what the item belongs to outside it (check, case, pooling
 *       exercise, module).
 * </ul>
 */
final class StatementContexts {
    static final String LIVE_SESSIONS = "live-sessions/";
    static final String REFRESHER_SESSIONS = "refreshers/sessions/";

    private StatementContexts() {}

    /** Another activity, by path relative to the activity base IRI, with its type. */
    record Link(ActivityType type, String path) {}

    record Links(List<Link> parents, List<Link> groupings) {}

    static Links of(
            String path,
            String verbIri,
            @Nullable String registration,
            @Nullable String moduleId,
            @Nullable String liveSession) {
        return of(path, verbIri, registration, moduleId, liveSession, null);
    }

    /**
     * As above, for a statement {@code about} another activity (decision 0055): a certificate has what it certifies
     * (module, track, webinar) as its parent; a live session attended has what it practised (check, case, pooling
     * exercise) as its grouping. A refresher session, a webinar and a track as wholes: the profile only.
     */
    static Links of(
            String path,
            String verbIri,
            @Nullable String registration,
            @Nullable String moduleId,
            @Nullable String liveSession,
            @Nullable String about) {
        if (Occasions.isOccasion(path)) {
            return occasion(path, about);
        }
        String[] parts = path.split("/");
        List<Link> parents = new ArrayList<>();
        List<Link> groupings = new ArrayList<>();
        boolean scene = false;
        boolean refresherItem = false;
        if (parts.length == 5
                && "modules".equals(parts[0])
                && "check".equals(parts[2])
                && "questions".equals(parts[3])) {
            parents.add(new Link(ActivityType.ASSESSMENT, "modules/" + parts[1] + "/check"));
            groupings.add(module(parts[1]));
        } else if (parts.length == 4 && "modules".equals(parts[0]) && "lessons".equals(parts[2])) {
            parents.add(module(parts[1]));
        } else if (parts.length == 3 && "modules".equals(parts[0]) && "check".equals(parts[2])) {
            parents.add(module(parts[1]));
        } else if (parts.length == 4 && "scenarios".equals(parts[0]) && "nodes".equals(parts[2])) {
            parents.add(new Link(ActivityType.SIMULATION, "scenarios/" + parts[1]));
            scene = true;
        } else if (parts.length == 4 && "pooling".equals(parts[0]) && "questions".equals(parts[2])) {
            parents.add(new Link(ActivityType.POOLING_EXERCISE, "pooling/" + parts[1]));
        } else if (parts.length == 3 && "refreshers".equals(parts[0]) && "items".equals(parts[1])) {
            refresherItem = true;
            if (moduleId != null) {
                groupings.add(module(moduleId));
            }
        }
        if (liveSession != null) {
            groupings.addAll(0, parents);
            parents.clear();
            parents.add(new Link(ActivityType.LIVE_SESSION, LIVE_SESSIONS + liveSession));
        } else if (registration != null
                && (refresherItem || (scene && LearningEvent.Verb.ANSWERED.iri().equals(verbIri)))) {
            groupings.addAll(0, parents);
            parents.clear();
            parents.add(new Link(ActivityType.REFRESHER_SESSION, REFRESHER_SESSIONS + registration));
        }
        return new Links(List.copyOf(parents), List.copyOf(groupings));
    }

    private static Links occasion(String path, @Nullable String about) {
        Link aboutLink = about == null ? null : typed(about);
        if (aboutLink == null) {
            return new Links(List.of(), List.of());
        }
        return path.startsWith(Occasions.CERTIFICATES)
                ? new Links(List.of(aboutLink), List.of())
                : new Links(List.of(), List.of(aboutLink));
    }

    /** An activity by its path, typed by where it sits; null for a path of no known kind. */
    static @Nullable Link typed(String path) {
        String[] parts = path.split("/");
        if (parts.length == 2 && "modules".equals(parts[0])) {
            return module(parts[1]);
        }
        if (parts.length == 3 && "modules".equals(parts[0]) && "check".equals(parts[2])) {
            return new Link(ActivityType.ASSESSMENT, path);
        }
        if (parts.length == 2 && "scenarios".equals(parts[0])) {
            return new Link(ActivityType.SIMULATION, path);
        }
        if (parts.length == 2 && "pooling".equals(parts[0])) {
            return new Link(ActivityType.POOLING_EXERCISE, path);
        }
        if (parts.length == 2 && "tracks".equals(parts[0])) {
            return new Link(ActivityType.TRACK, path);
        }
        if (parts.length == 2 && "webinars".equals(parts[0])) {
            return new Link(ActivityType.WEBINAR, path);
        }
        return null;
    }

    private static Link module(String moduleId) {
        return new Link(ActivityType.MODULE, "modules/" + moduleId);
    }
}
