package nl.signaal.live;

import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.live.LiveActivity.StepContent;
import nl.signaal.live.LiveApi.Summary;
import nl.signaal.live.LiveApi.SummaryDecision;
import nl.signaal.live.LiveApi.SummaryOption;
import nl.signaal.live.LiveDecisions.Decision;

/**
 * The facilitator's summary of a session: per decided step the frozen tally and what was chosen, and how many joined.
 * Aggregated only: no row, cell or field ever names or counts one participant.
 */
@Singleton
class Summaries {
    private final LiveDecisions decisions;
    private final LiveParticipantRepository participants;
    private final LiveActivities activities;

    Summaries(LiveDecisions decisions, LiveParticipantRepository participants, LiveActivities activities) {
        this.decisions = decisions;
        this.participants = participants;
        this.activities = activities;
    }

    Summary of(LiveSession session) {
        LiveActivity activity = activities.activity(session);
        List<SummaryDecision> rows = new ArrayList<>();
        for (Decision decision : decisions.of(session.id())) {
            StepContent step = activity.step(decision.nodeId(), null, session.locale());
            Map<String, String> texts = new LinkedHashMap<>();
            step.options().forEach(option -> texts.put(option.id(), option.text()));
            List<SummaryOption> options = new ArrayList<>();
            decision.tally()
                    .forEach((option, votes) ->
                            options.add(new SummaryOption(option, texts.getOrDefault(option, option), votes)));
            rows.add(new SummaryDecision(
                    decision.step(),
                    step.heading(),
                    Html.plain(step.html(), LiveViews.PROMPT_LENGTH),
                    options,
                    decision.chosenOptionId(),
                    decision.how(),
                    step.recommended()));
        }
        return new Summary(
                activity.title(session.locale()),
                session.kind(),
                session.activityId(),
                session.locale(),
                session.createdAt(),
                session.startedAt(),
                session.endedAt(),
                participants.countBySessionId(session.id()),
                rows);
    }

    /** CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read the accents): a row per option per step. */
    static String csv(Summary summary) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, List.of("step", "question", "option", "votes", "chosen", "recommended"));
        for (SummaryDecision decision : summary.decisions()) {
            for (SummaryOption option : decision.options()) {
                line(
                        csv,
                        List.of(
                                Integer.toString(decision.index() + 1),
                                decision.prompt(),
                                option.text(),
                                Integer.toString(option.votes()),
                                option.id().equals(decision.chosenOptionId()) ? "yes" : "no",
                                decision.recommendedOptionIds().contains(option.id()) ? "yes" : "no"));
            }
        }
        return csv.toString();
    }

    static String fileName(LiveSession session) {
        return "live-" + session.code() + "-"
                + DateTimeFormatter.ISO_LOCAL_DATE.format(session.createdAt().atOffset(ZoneOffset.UTC)) + ".csv";
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quoted when needed; a leading = + - @ gets an apostrophe so a spreadsheet shows it instead of running it. */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
