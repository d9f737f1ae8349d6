package nl.signaal.content;

import java.util.List;

/** The questions closing a module; {@code passThreshold} is the share of fully correct answers needed to pass. */
public record KnowledgeCheck(double passThreshold, List<Question> questions) {

    public KnowledgeCheck {
        questions = List.copyOf(questions);
    }
}
