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
import nl.signaal.content.ContentLoader;
import nl.signaal.content.LoadResult;

/** The answer-cue figures of a draft's knowledge check, refresher items or case scenes (decision 0022). */
@Singleton
class DraftCues {
    private final CheckingDrafts checking;
    private final Content content;

    DraftCues(CheckingDrafts checking, Content content) {
        this.checking = checking;
        this.content = content;
    }

    CuesView cues(AuthoredItem item, Map<String, String> files) {
        LoadResult read = checking.read(item.kind(), item.contentId(), files);
        List<AnswerCues.SetFigures> figures = item.scenario()
                ? AnswerCues.measure(read.content(), CheckingDrafts.CONTENT)
                : ContentLoader.measureModuleDraft(item.contentId(), files, content);
        return new CuesView(
                !figures.isEmpty(),
                read.hasErrors(),
                AnswerCues.LONGEST_LIMIT,
                AnswerCues.POSITION_LIMIT,
                AnswerCues.STRONG_RATIO,
                figures.stream().map(DraftCues::set).toList());
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
