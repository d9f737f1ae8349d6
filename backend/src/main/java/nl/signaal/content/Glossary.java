package nl.signaal.content;

import java.util.List;
import java.util.Optional;

/**
 * The glossary (content/glossary/): the terms that lessons, cases and exercises mark with {@code [text](term:<id>)},
 * each with the word as shown and a short plain-text definition per locale, in the order of glossary.yaml.
 */
public record Glossary(List<Term> terms) {

    /** No glossary: content without a content/glossary/ folder. */
    public static final Glossary EMPTY = new Glossary(List.of());

    /** One term; {@code see} names related terms of the same glossary. */
    public record Term(String id, List<String> see, Localized term, Localized definition) {

        public Term {
            see = List.copyOf(see);
        }
    }

    public Glossary {
        terms = List.copyOf(terms);
    }

    public Optional<Term> term(String id) {
        return terms.stream().filter(term -> term.id().equals(id)).findFirst();
    }
}
