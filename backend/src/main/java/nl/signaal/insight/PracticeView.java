package nl.signaal.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The practice panel of the dashboard (docs/insight-contract.md): trend, memory, cases, sessions, webinars and
 * certificates of the people in scope. A hidden aggregate has its numbers null (privacy floor).
 */
@Serdeable
record PracticeView(
        List<MonthRate> refreshRateByMonth,
        List<CompetencyRetention> competencies,
        List<CaseView> cases,
        LiveSessions liveSessions,
        Webinars webinars,
        CertificatesExpiring certificatesExpiring) {

    /** {@code month} as yyyy-MM; the current month is live, earlier ones as taken at their end. */
    @Serdeable
    record MonthRate(String month, @Nullable Double rate, boolean hidden) {}

    @Serdeable
    record CompetencyRetention(
            String competency, String label, @Nullable Double retention, boolean hidden) {}

    @Serdeable
    record CaseView(
            String scenarioId,
            String title,
            boolean hidden,
            @Nullable Integer runs,
            List<Ending> endings,
            List<MissedDecision> missedDecisions) {}

    @Serdeable
    record Ending(String outcome, int count) {}

    /** {@code missed} of the {@code of} times this decision was made, a choice below the scene's best was taken. */
    @Serdeable
    record MissedDecision(String nodeId, String label, int missed, int of) {}

    @Serdeable
    record LiveSessions(int held, @Nullable Integer participants, boolean hidden) {}

    @Serdeable
    record Webinars(
            @Nullable Integer registered,
            @Nullable Integer attended,
            @Nullable Integer noShow,
            boolean hidden) {}

    @Serdeable
    record CertificatesExpiring(@Nullable Integer within90Days, boolean hidden) {}
}
