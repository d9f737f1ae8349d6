package nl.signaal.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads content/glossary/: glossary.yaml lists the term ids (and related terms under {@code see}), and a texts file
 * per locale gives each term's word and definition. Dutch must be complete; other locales may lag (the Dutch text is
 * shown, marked untranslated). Once everything else is read, {@link #checkLinks} checks every
 * {@code [text](term:<id>)} link against the ids: a link to a term the glossary lacks is an error at the line of the
 * link, and without a glossary every term link is.
 */
final class GlossaryReader {

    static final String FOLDER = "glossary";
    static final String STRUCTURE_FILE = "glossary.yaml";
    static final List<String> TERM_KEYS = List.of("id", "see");
    static final List<String> TEXT_KEYS = List.of("term", "definition");

    /** One entry of glossary.yaml; {@code see} as written, checked once all ids are known. */
    record TermStructure(String id, List<Located<String>> see) {}

    private enum State {
        NO_GLOSSARY,
        UNREADABLE,
        READ
    }

    private final Problems problems;
    private State state = State.NO_GLOSSARY;
    private List<String> ids = List.of();

    GlossaryReader(Problems problems) {
        this.problems = problems;
    }

    /** The glossary; empty when there is no glossary folder or it has errors (they are reported). */
    Glossary read(Path contentRoot) {
        Path folder = contentRoot.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return Glossary.EMPTY;
        }
        state = State.UNREADABLE;
        Path structurePath = folder.resolve(STRUCTURE_FILE);
        Optional<List<TermStructure>> structure = Optional.empty();
        if (!Files.isRegularFile(structurePath)) {
            problems.error(structurePath, 0, "missing glossary.yaml: the glossary folder needs the list of its terms");
        } else {
            structure = YamlFile.read(structurePath, problems).flatMap(file -> {
                if (file.root().isEmpty()) {
                    problems.error(file.path(), 0, "glossary.yaml is empty");
                    return Optional.empty();
                }
                return YamlMap.root(file, problems).map(this::structure);
            });
        }
        structure.ifPresent(terms -> {
            ids = terms.stream().map(TermStructure::id).toList();
            state = State.READ;
        });
        List<String> names = LocaleFiles.names(LocaleFiles.yamlOnly(ModuleReader.files(folder), problems));
        Map<String, LocaleTexts> locales = LocaleFiles.read(
                folder,
                names,
                STRUCTURE_FILE,
                "glossary",
                file -> YamlFile.read(file, problems),
                structure,
                GlossaryReader::readTexts,
                problems);
        if (structure.isEmpty()) {
            return Glossary.EMPTY;
        }
        LocaleTexts.reportMissing(textKeys(ids), locales, problems);
        if (problems.hasErrorsUnder(folder)) {
            return Glossary.EMPTY;
        }
        UnaryOperator<String> plain = UnaryOperator.identity();
        return new Glossary(structure.get().stream()
                .map(term -> new Glossary.Term(
                        term.id(),
                        term.see().stream().map(Located::value).toList(),
                        LocaleTexts.localized(locales, "terms." + term.id() + ".term", plain),
                        LocaleTexts.localized(locales, "terms." + term.id() + ".definition", plain)))
                .toList());
    }

    /** Every term link met while reading the rest of the content, against the glossary's ids. */
    void checkLinks() {
        for (Problems.TermLink link : problems.termLinks()) {
            if (state == State.NO_GLOSSARY) {
                problems.error(
                        link.file(),
                        link.line(),
                        "glossary link 'term:" + link.term() + "' in " + link.where()
                                + " but there is no glossary: add content/glossary/ with the term");
            } else if (state == State.READ && !ids.contains(link.term())) {
                problems.error(
                        link.file(),
                        link.line(),
                        Suggestion.unknown("glossary term", link.term(), ids) + " in " + link.where()
                                + " (not in content/glossary/glossary.yaml)");
            }
            // UNREADABLE: glossary.yaml's own errors are reported; its links are not reported again as unknown.
        }
    }

    /**
     * Checks the term links met while reading a draft against an already loaded glossary (the shipped one); an empty
     * glossary counts as none.
     */
    static void checkLinks(Problems problems, Glossary glossary) {
        GlossaryReader reader = new GlossaryReader(problems);
        if (!glossary.terms().isEmpty()) {
            reader.state = State.READ;
            reader.ids = glossary.terms().stream().map(Glossary.Term::id).toList();
        }
        reader.checkLinks();
    }

    static List<String> textKeys(List<String> ids) {
        List<String> keys = new ArrayList<>();
        ids.forEach(id -> TEXT_KEYS.forEach(key -> keys.add("terms." + id + "." + key)));
        return keys;
    }

    private List<TermStructure> structure(YamlMap root) {
        Path path = root.file().path();
        root.warnUnknownKeys(List.of("terms"));
        Map<String, TermStructure> terms = new LinkedHashMap<>();
        List<Node> items = root.list("terms", true).orElse(List.of());
        for (Node item : items) {
            root.mapping(item, YamlFile.line(item), "a term in 'terms'", " in a term")
                    .ifPresent(map -> {
                        map.warnUnknownKeys(TERM_KEYS);
                        map.text("id", true).ifPresent(id -> {
                            if (!Ids.isValid(id.value())) {
                                problems.error(path, id.line(), Ids.formatMessage("glossary term", id.value()));
                            } else if (terms.containsKey(id.value())) {
                                problems.error(path, id.line(), "glossary term '" + id.value() + "' is listed twice");
                            } else {
                                YamlMap term = map.in(" of term '" + id.value() + "'");
                                List<Located<String>> see =
                                        term.textList("see", false).orElse(List.of());
                                terms.put(id.value(), new TermStructure(id.value(), see));
                            }
                        });
                    });
        }
        if (root.node("terms").isPresent() && items.isEmpty()) {
            problems.error(path, root.lineOf("terms"), "'terms' must list at least one term");
        }
        List<String> known = List.copyOf(terms.keySet());
        for (TermStructure term : terms.values()) {
            for (Located<String> other : term.see()) {
                if (other.value().equals(term.id())) {
                    problems.error(path, other.line(), "term '" + term.id() + "' names itself in 'see'");
                } else if (!known.contains(other.value())) {
                    problems.error(
                            path,
                            other.line(),
                            Suggestion.unknown("glossary term", other.value(), known) + " in 'see' of term '"
                                    + term.id() + "'");
                }
            }
        }
        return List.copyOf(terms.values());
    }

    private static LocaleTexts readTexts(YamlFile file, String locale, List<TermStructure> terms, Problems problems) {
        List<String> known = terms.stream().map(TermStructure::id).toList();
        return LocaleTextsReader.read(file, locale, null, problems, (reader, root) -> {
            root.warnUnknownKeys(List.of("terms"));
            reader.child(root, "terms", "terms").ifPresent(map -> {
                for (String id : map.keys()) {
                    if (!known.contains(id)) {
                        problems.error(
                                file.path(),
                                map.lineOf(id),
                                Suggestion.unknown("term id", id, known) + " (not in glossary.yaml)");
                        continue;
                    }
                    String path = "terms." + id;
                    reader.child(map, id, path).ifPresent(texts -> {
                        texts.warnUnknownKeys(TEXT_KEYS);
                        reader.text(texts, "term", path + ".term");
                        reader.text(texts, "definition", path + ".definition")
                                .filter(definition -> definition.value().contains("](")
                                        || definition.value().contains("<"))
                                .ifPresent(definition -> problems.warning(
                                        file.path(),
                                        definition.line(),
                                        "the definition of '" + id + "' is shown as plain text: "
                                                + "write no links, Markdown or HTML"));
                    });
                }
            });
        });
    }
}
