package nl.signaal.live;

import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The live activities as other features name them (a webinar links the cases and checks its live part runs): whether
 * one exists, and its title in a locale. Activities are written {@code kind:id}, as {@code GET /api/live/activities}
 * lists them (kind {@code case}, {@code check} or {@code pooling}).
 */
@Singleton
public class LiveActivityTitles {
    private final LiveActivities activities;

    LiveActivityTitles(LiveActivities activities) {
        this.activities = activities;
    }

    /** The activity's title in {@code locale}; empty when the content has no such activity. */
    public Optional<String> title(String kind, String id, String locale) {
        return activities.find(kind, id).map(activity -> activity.title(locale));
    }
}
