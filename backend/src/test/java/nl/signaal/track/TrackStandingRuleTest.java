package nl.signaal.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.signaal.content.Track;
import nl.signaal.track.TrackStanding.Reason;
import nl.signaal.track.TrackStanding.Status;
import org.junit.jupiter.api.Test;

/** The standing rule at its edges, without a database (TrackStandingTest walks it through the API). */
class TrackStandingRuleTest {
    private static final Instant CERTIFIED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant YEAR_LATER = Instant.parse("2027-03-01T10:00:00Z");

    private static Track track(int perYear, boolean refreshers) {
        return new Track(
                "t",
                1,
                1,
                List.of("m"),
                new Track.RequiredCases(0, List.of()),
                List.of(),
                new Track.Practical(1, 3, 1),
                2,
                new Track.KeptValidBy(refreshers, perYear),
                60,
                null,
                null,
                null);
    }

    private static TrackStanding at(Track track, List<Instant> sessions, List<String> overdue, Instant now) {
        return TrackStanding.of(track, CERTIFIED, sessions, overdue, now);
    }

    @Test
    void theYearRunsFromTheCertificateOrTheLastCountingSessionWhicheverIsLater() {
        Track track = track(1, true);
        List<Instant> before = List.of(CERTIFIED.minus(Duration.ofDays(10)));
        assertThat(at(track, before, List.of(), YEAR_LATER.minus(Duration.ofDays(61)))
                        .status())
                .isEqualTo(Status.CURRENT);
        TrackStanding soon = at(track, before, List.of(), YEAR_LATER.minus(Duration.ofDays(59)));
        assertThat(soon.status()).isEqualTo(Status.AT_RISK);
        assertThat(soon.reasons()).containsExactly(Reason.LIVE_SESSION_DUE_SOON);
        assertThat(soon.liveSessionDueBy()).isEqualTo(YEAR_LATER);
        TrackStanding missed = at(track, before, List.of(), YEAR_LATER);
        assertThat(missed.status()).isEqualTo(Status.LAPSED);
        assertThat(missed.reasons()).containsExactly(Reason.LIVE_SESSION_MISSED);

        Instant later = CERTIFIED.plus(Duration.ofDays(200));
        TrackStanding renewed = at(track, List.of(later), List.of(), YEAR_LATER.plus(Duration.ofDays(10)));
        assertThat(renewed.status()).isEqualTo(Status.CURRENT);
        assertThat(renewed.liveSessionsInLastYear()).isEqualTo(1);
    }

    @Test
    void twoAYearCountFromTheSecondMostRecent() {
        Track track = track(2, true);
        List<Instant> sessions = List.of(CERTIFIED.plus(Duration.ofDays(30)), CERTIFIED.plus(Duration.ofDays(300)));
        // The second most recent is 30 days after the certificate: due a year after it.
        TrackStanding standing = at(track, sessions, List.of(), CERTIFIED.plus(Duration.ofDays(340)));
        assertThat(standing.liveSessionDueBy()).isEqualTo(Instant.parse("2027-03-31T10:00:00Z"));
        assertThat(standing.status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void overdueRefreshersPutItAtRiskOnlyWhenTheTrackAsksForThem() {
        TrackStanding asked = at(track(1, true), List.of(), List.of("m"), CERTIFIED.plus(Duration.ofDays(100)));
        assertThat(asked.status()).isEqualTo(Status.AT_RISK);
        assertThat(asked.reasons()).containsExactly(Reason.REFRESHERS_OVERDUE);
        assertThat(asked.overdueModules()).containsExactly("m");
        TrackStanding lapsedToo = at(track(1, true), List.of(), List.of("m"), YEAR_LATER.plus(Duration.ofDays(1)));
        assertThat(lapsedToo.status()).isEqualTo(Status.LAPSED);
        assertThat(lapsedToo.reasons()).containsExactly(Reason.REFRESHERS_OVERDUE, Reason.LIVE_SESSION_MISSED);
        TrackStanding notAsked = at(track(1, false), List.of(), List.of("m"), CERTIFIED.plus(Duration.ofDays(100)));
        assertThat(notAsked.status()).isEqualTo(Status.CURRENT);
        assertThat(notAsked.overdueModules()).isEmpty();
    }

    @Test
    void noSessionsAYearMeansOnlyRefreshersCount() {
        assertThat(at(track(0, true), List.of(), List.of(), YEAR_LATER.plus(Duration.ofDays(400)))
                        .status())
                .isEqualTo(Status.CURRENT);
    }
}
