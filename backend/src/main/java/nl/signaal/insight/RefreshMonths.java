package nl.signaal.insight;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.identity.Members;
import nl.signaal.progress.Practice;
import nl.signaal.progress.Practice.Practised;
import nl.signaal.refresher.OrganisationPolicy;
import nl.signaal.refresher.RefreshStanding;
import nl.signaal.refresher.RefresherPolicies;

/**
 * The refresh-rate history (decision 0049): per member and closed month, whether at the month's last moment (UTC)
 * they kept every mandatory module current or due soon. Taken once per organisation and month by replaying the
 * records up to the month's end with the refresher's own status rules and the organisation's current policy; the
 * first run takes the eleven closed months before the current one at once (the back-fill), later runs only the
 * month that just closed. The current month is not stored: the dashboard computes it live.
 */
@Singleton
class RefreshMonths {
    /** Closed months kept in view: with the current month they make the dashboard's twelve. */
    static final int CLOSED_MONTHS = 11;

    private final JdbcOperations jdbc;
    private final Practice practice;
    private final Members members;
    private final RefresherPolicies policies;
    private final Clock clock;

    RefreshMonths(JdbcOperations jdbc, Practice practice, Members members, RefresherPolicies policies, Clock clock) {
        this.jdbc = jdbc;
        this.practice = practice;
        this.members = members;
        this.policies = policies;
        this.clock = clock;
    }

    /** The closed months in view, oldest first, as of now. */
    static List<YearMonth> closedMonths(Instant now) {
        YearMonth current = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        List<YearMonth> months = new ArrayList<>();
        for (int back = CLOSED_MONTHS; back >= 1; back--) {
            months.add(current.minusMonths(back));
        }
        return months;
    }

    /** The last moment of a month, UTC. */
    static Instant endOf(YearMonth month) {
        return month.atEndOfMonth().atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC);
    }

    /** Takes every missing closed month of every organisation; the number of organisation-months taken. */
    int takeAll() {
        int taken = 0;
        for (UUID organisation : members.organisations()) {
            taken += take(organisation);
        }
        return taken;
    }

    /** Takes the organisation's closed months in view that were not taken yet; the number taken. */
    @Transactional
    int take(UUID organisation) {
        Set<String> done = taken(organisation);
        List<YearMonth> missing = closedMonths(clock.instant()).stream()
                .filter(month -> !done.contains(month.toString()))
                .toList();
        if (missing.isEmpty()) {
            return 0;
        }
        OrganisationPolicy policy = policies.of(organisation);
        // Who counts in each month we take; then one learner's records at a time (never a whole organisation's
        // records in memory: 5 million of them in the bench, docs/insight/bench.md).
        Map<YearMonth, Set<UUID>> membersByMonth = new java.util.LinkedHashMap<>();
        for (YearMonth month : missing) {
            if (claim(organisation, month)) { // else another instance took it
                membersByMonth.put(month, new HashSet<>(membersAt(organisation, endOf(month))));
            }
        }
        Set<UUID> everyone = new java.util.LinkedHashSet<>();
        membersByMonth.values().forEach(everyone::addAll);
        for (UUID member : everyone) {
            List<Practised> records = practice.of(member);
            for (Map.Entry<YearMonth, Set<UUID>> month : membersByMonth.entrySet()) {
                if (month.getValue().contains(member)) {
                    boolean kept = RefreshStanding.keptAll(records, policy, endOf(month.getKey()));
                    jdbc.prepareStatement(
                            "INSERT INTO refresh_month (user_id, kept_month, organisation_id, kept) VALUES (?, ?, ?, ?)"
                                    + " ON CONFLICT DO NOTHING",
                            statement -> {
                                statement.setObject(1, member);
                                statement.setString(2, month.getKey().toString());
                                statement.setObject(3, organisation);
                                statement.setBoolean(4, kept);
                                return statement.executeUpdate();
                            });
                }
            }
        }
        int taken = membersByMonth.size();
        return taken;
    }

    private Set<String> taken(UUID organisation) {
        return jdbc.prepareStatement(
                "SELECT kept_month FROM refresh_month_taken WHERE organisation_id = ?", statement -> {
                    statement.setObject(1, organisation);
                    Set<String> months = new HashSet<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            months.add(rows.getString(1));
                        }
                    }
                    return months;
                });
    }

    private boolean claim(UUID organisation, YearMonth month) {
        return jdbc.prepareStatement(
                        "INSERT INTO refresh_month_taken (organisation_id, kept_month, taken_at) VALUES (?, ?, ?)"
                                + " ON CONFLICT DO NOTHING",
                        statement -> {
                            statement.setObject(1, organisation);
                            statement.setString(2, month.toString());
                            statement.setTimestamp(3, Timestamp.from(clock.instant()));
                            return statement.executeUpdate();
                        })
                > 0;
    }

    /** Who was an active member at that moment: registered by then and not deactivated before it. */
    private List<UUID> membersAt(UUID organisation, Instant at) {
        return jdbc.prepareStatement(
                "SELECT id FROM app_user WHERE organisation_id = ? AND created_at <= ?"
                        + " AND (deactivated_at IS NULL OR deactivated_at > ?)",
                statement -> {
                    statement.setObject(1, organisation);
                    statement.setTimestamp(2, Timestamp.from(at));
                    statement.setTimestamp(3, Timestamp.from(at));
                    List<UUID> ids = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getObject(1, UUID.class));
                        }
                    }
                    return ids;
                });
    }
}
