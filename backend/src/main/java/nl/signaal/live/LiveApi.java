package nl.signaal.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON of the live-session routes, as docs/api.md ("Live sessions") describes it. */
final class LiveApi {
    private LiveApi() {}

    @Serdeable
    record Activity(
            String kind,
            String id,
            String title,
            String summary,
            @Nullable Integer steps) {}

    @Serdeable
    record Activities(List<Activity> cases, List<Activity> checks, List<Activity> pooling) {}

    @Serdeable
    record OpenCommand(
            @NotBlank String kind,
            @NotBlank String activityId,
            @NotBlank String locale) {}

    @Serdeable
    record ActionCommand(
            @NotBlank String action,
            @Nullable Integer step,
            @Nullable @Size(max = 100) String optionId,
            @Nullable Integer seconds) {}

    @Serdeable
    record JoinCommand(
            @NotBlank @Size(max = 6) String code,
            @Nullable String nickname,
            @Nullable Boolean asSelf) {}

    @Serdeable
    record Joined(UUID sessionId, UUID participantId, String nickname) {}

    @Serdeable
    record VoteCommand(
            @NotNull UUID voteId,
            @NotNull Integer step,
            @NotBlank @Size(max = 100) String optionId) {}

    @Serdeable
    record Voted(int step, String optionId) {}

    @Serdeable
    record SessionRow(
            UUID id,
            String kind,
            String activityId,
            String title,
            String status,
            @Nullable String code,
            long participants,
            String facilitatorName,
            Instant createdAt,
            @Nullable Instant endedAt) {}

    @Serdeable
    record LiveOption(String id, String text) {}

    @Serdeable
    record Chosen(String optionId, String how) {}

    @Serdeable
    record NeededFragment(String id, String holder) {}

    @Serdeable
    record LiveStep(
            int index,
            @Nullable Integer total,
            String phase,
            @Nullable String heading,
            String html,
            List<LiveOption> options,
            @Nullable Instant timerEndsAt,
            int votes,
            @Nullable Map<String, Integer> tally,
            @Nullable Chosen chosen,
            @Nullable List<String> recommendedOptionIds,
            @Nullable String feedbackHtml,
            @Nullable String discussionHtml,
            @Nullable List<NeededFragment> neededFragments) {}

    @Serdeable
    record VotedOption(String id, String text, int votes) {}

    @Serdeable
    record DebriefDecision(
            int index,
            @Nullable String heading,
            String prompt,
            List<VotedOption> options,
            @Nullable String chosenOptionId,
            List<String> recommendedOptionIds) {}

    @Serdeable
    record Debrief(@Nullable String endingHtml, List<DebriefDecision> decisions, int followedRecommended, int total) {}

    @Serdeable
    record ParticipantView(
            String eventId,
            UUID sessionId,
            String kind,
            String activityId,
            String title,
            String locale,
            String status,
            @Nullable String introHtml,
            int participants,
            @Nullable LiveStep step,
            @Nullable Debrief debrief) {}

    @Serdeable
    record RosterEntry(UUID id, String nickname, boolean signedIn) {}

    /** ParticipantView's fields first, then the facilitator's own (the contract's "extends"). */
    @Serdeable
    record FacilitatorView(
            String eventId,
            UUID sessionId,
            String kind,
            String activityId,
            String title,
            String locale,
            String status,
            @Nullable String introHtml,
            int participants,
            @Nullable LiveStep step,
            @Nullable Debrief debrief,
            @Nullable String code,
            String joinPath,
            List<RosterEntry> roster,
            Instant idleExpiresAt) {}

    @Serdeable
    record Fragment(String id, String holder, String html) {}

    @Serdeable
    record MyVote(int step, String optionId) {}

    @Serdeable
    record Me(
            UUID participantId,
            String nickname,
            boolean removed,
            @Nullable Fragment fragment,
            List<MyVote> votes) {}

    @Serdeable
    record Play(ParticipantView view, Me me) {}

    @Serdeable
    record SummaryOption(String id, String text, int votes) {}

    @Serdeable
    record SummaryDecision(
            int index,
            @Nullable String heading,
            String prompt,
            List<SummaryOption> options,
            @Nullable String chosenOptionId,
            @Nullable String how,
            List<String> recommendedOptionIds) {}

    @Serdeable
    record Summary(
            String title,
            String kind,
            String activityId,
            String locale,
            Instant createdAt,
            @Nullable Instant startedAt,
            @Nullable Instant endedAt,
            long attendance,
            List<SummaryDecision> decisions) {}

    /** Opening a webinar's live part: which of its linked activities (the locale is the webinar's language). */
    @Serdeable
    record WebinarSessionCommand(
            @NotBlank String kind,
            @NotBlank @Size(max = 100) String activityId) {}

    @Serdeable
    record WebinarSession(UUID sessionId, String code) {}
}
