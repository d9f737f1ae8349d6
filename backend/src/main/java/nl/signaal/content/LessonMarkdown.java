package nl.signaal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** Lesson bodies: Markdown in, sanitised HTML out, with lesson: links turned into app routes. */
final class LessonMarkdown {

    static final String LESSON_SCHEME = "lesson:";
    /** A glossary term: {@code [text](term:<id>)}; shown as a link to the term on the glossary page. */
    static final String TERM_SCHEME = "term:";

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).build();
    // Markdown's own output, nothing more: no script, style, iframe or event attributes survive, and links keep
    // only web, mail and in-app (relative) targets.
    private static final Safelist SAFELIST =
            Safelist.relaxed().addTags("hr").removeProtocols("a", "href", "ftp").preserveRelativeLinks(true);
    private static final String BASE_URI = "https://signaal.invalid/";

    private LessonMarkdown() {}

    /** What validation needs to know about a body: its link targets in order, and whether it holds raw HTML. */
    record Analysis(List<String> destinations, boolean rawHtml) {}

    /** A lesson: link, resolved against the module it appears in. */
    record LessonRef(String module, String lesson) {

        /** Empty when the text after lesson: is not {@code <lesson>} or {@code <module>/<lesson>}. */
        static Optional<LessonRef> parse(String destination, String currentModule) {
            String[] parts = destination.substring(LESSON_SCHEME.length()).split("/", -1);
            if (parts.length == 1 && !parts[0].isEmpty()) {
                return Optional.of(new LessonRef(currentModule, parts[0]));
            }
            if (parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
                return Optional.of(new LessonRef(parts[0], parts[1]));
            }
            return Optional.empty();
        }

        String route() {
            return "/learn/" + module + "/lessons/" + lesson;
        }
    }

    static Analysis analyse(String markdown) {
        List<String> destinations = new ArrayList<>();
        List<Node> html = new ArrayList<>();
        PARSER.parse(markdown).accept(new Visitor(destinations, html));
        return new Analysis(destinations, !html.isEmpty());
    }

    /**
     * Whether a link target may appear in a lesson: web, mail, in-app and lesson: links only. Read as a browser
     * reads it: tabs and line breaks inside are dropped, and a backslash counts as a slash, so {@code /\\evil.example}
     * and {@code /<tab>/evil.example} are the scheme-relative {@code //evil.example}, i.e. off-site.
     */
    static boolean isAllowed(String destination) {
        String target = destination
                .replaceAll("[\t\n\r]", "")
                .strip()
                .replace('\\', '/')
                .toLowerCase(Locale.ROOT);
        return target.startsWith("https://")
                || target.startsWith("http://")
                || target.startsWith("mailto:")
                || target.startsWith(LESSON_SCHEME)
                || target.startsWith(TERM_SCHEME)
                || target.startsWith("#")
                || (target.startsWith("/") && !target.startsWith("//"));
    }

    static String toHtml(String markdown, String moduleId) {
        Node document = PARSER.parse(markdown);
        List<Node> html = new ArrayList<>();
        document.accept(new Visitor(new ArrayList<>(), html) {
            @Override
            public void visit(Link link) {
                visitChildren(link);
                if (link.getDestination().startsWith(LESSON_SCHEME)) {
                    link.setDestination(LessonRef.parse(link.getDestination(), moduleId)
                            .map(LessonRef::route)
                            .orElse(""));
                } else if (link.getDestination().startsWith(TERM_SCHEME)) {
                    String term = link.getDestination().substring(TERM_SCHEME.length());
                    if (Ids.isValid(term)) {
                        link.setDestination("/glossary#" + term);
                    } else {
                        unwrap(link);
                    }
                } else if (!isAllowed(link.getDestination())) {
                    // The validator refuses these; the sanitiser is the second line: keep the words, drop the target.
                    unwrap(link);
                }
            }

            @Override
            public void visit(Image image) {
                if (!isAllowed(image.getDestination())) {
                    image.unlink();
                }
            }
        });
        // Raw HTML is not part of the format: drop it whole rather than show escaped tags to learners.
        html.forEach(Node::unlink);
        Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(RENDERER.render(document), BASE_URI, SAFELIST, compact);
    }

    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    private static class Visitor extends AbstractVisitor {

        private final List<String> destinations;
        private final List<Node> html;

        Visitor(List<String> destinations, List<Node> html) {
            this.destinations = destinations;
            this.html = html;
        }

        @Override
        public void visit(Link link) {
            destinations.add(link.getDestination());
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            destinations.add(image.getDestination());
            visitChildren(image);
        }

        @Override
        public void visit(HtmlInline node) {
            html.add(node);
        }

        @Override
        public void visit(HtmlBlock node) {
            html.add(node);
        }
    }
}
