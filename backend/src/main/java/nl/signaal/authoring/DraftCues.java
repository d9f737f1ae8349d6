package nl.signaal.authoring;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.signaal.authoring.CheckApi.CueItem;
import nl.signaal.authoring.CheckApi.CueSet;
import nl.signaal.authoring.CheckApi.CuesView;
import nl.signaal.content.AnswerCues;
import nl.signaal.content.Content;

/** The answer-cue figures of a draft's knowledge check, refresher items or case scenes (decision 0022). */
@Singleton
class DraftCues {
    private final CheckingDrafts checking;

    DraftCues(CheckingDrafts checking) {
        this.checking = checking;
    }

    CuesView cues(AuthoredItem item, Map<String, String> files) {
        Content read = checking.read(item.kind(), item.contentId(), files).content();
        boolean measured = !read.modules().isEmpty() || !read.scenarios().isEmpty();
        List<CueSet> sets = AnswerCues.measure(read, CheckingDrafts.CONTENT).stream()
                .map(DraftCues::set)
                .toList();
        return new CuesView(
                measured, AnswerCues.LONGEST_LIMIT, AnswerCues.POSITION_LIMIT, AnswerCues.STRONG_RATIO, sets);
    }

    private static CueSet set(AnswerCues.SetFigures set) {
        Map<String, Integer> positions = new TreeMap<>();
        set.positions().forEach((place, count) -> positions.put(String.valueOf(place), count));
        return new CueSet(
                set.kind(),
                set.id(),
                set.size(),
                set.longest(),
                set.shortest(),
                positions,
                set.fails(),
                set.items().stream()
                        .map(item -> new CueItem(
                                item.id(),
                                item.lengths(),
                                item.correct().stream().sorted().toList(),
                                item.longest(),
                                item.shortest(),
                                item.strong()))
                        .toList());
    }
}
