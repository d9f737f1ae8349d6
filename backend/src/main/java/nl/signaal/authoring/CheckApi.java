package nl.signaal.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** What the checks while writing answer: answer cues and translations of a draft. docs/authoring.md describes them. */
final class CheckApi {
    private CheckApi() {}

    /**
     * The answer-cue figures of a draft, as {@code validate-content} prints them. measured: false when nothing could be
     * measured (no scenario or module could be read; then sets is empty). partial: the draft has errors, so the
     * figures are of what could be read (a module's check as far as it goes, without refresher items; a scenario:
     * nothing). The limits are the shares above which a set fails.
     */
    @Serdeable
    record CuesView(
            boolean measured,
            boolean partial,
            double longestLimit,
            double positionLimit,
            double strongRatio,
            List<CueSet> sets) {}

    /**
     * One set: kind "module check", "refresher bank" or "case"; longest/shortest: items whose right answer is the
     * longest/shortest option; positions: authored place (1-based) of the right answer to how many single-answer items
     * have it there.
     */
    @Serdeable
    record CueSet(
            String kind,
            String id,
            int size,
            int longest,
            int shortest,
            Map<String, Integer> positions,
            boolean fails,
            List<CueItem> items) {}

    /**
     * One question, refresher item or scene: option lengths (Dutch, in characters) in authored order, the 0-based
     * places of the right options, and its cues; strong: the right answer is at least 1.2 times the longest wrong one.
     */
    @Serdeable
    record CueItem(
            String id,
            List<Integer> lengths,
            List<Integer> correct,
            boolean longest,
            boolean shortest,
            boolean strong) {}

    /** Translations of a draft: completeness per locale, and per field the Dutch source and each translation. */
    @Serdeable
    record TranslationsView(String source, List<LocaleCount> locales, List<FieldView> fields) {}

    /** present of total Dutch fields have a text in this locale; outdated of them were translated from older Dutch. */
    @Serdeable
    record LocaleCount(String locale, int present, int total, int outdated) {}

    /** One Dutch field: file is the Dutch file (nl.yaml or refreshers/nl.yaml), key its dotted path there. */
    @Serdeable
    record FieldView(String file, String key, String source, Map<String, TargetView> targets) {}

    /** A translation of a field: status ok, missing or outdated (the Dutch changed after it was written). */
    @Serdeable
    record TargetView(@Nullable String text, String status) {}
}
