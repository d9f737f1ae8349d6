package nl.signaal.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/** Lesson bodies: Markdown in, sanitised HTML out, with lesson: links turned into app routes. */
final class LessonMarkdown {

    static final String LESSON_SCHEME = "lesson:";
    /** A glossary term: {@code [text](term:<id>)}; shown as a link to the term on the glossary page. */
    static final String TERM_SCHEME = "term:";

    /**
     * An image of the module, in its images/ folder: lowercase name, one of three raster/vector formats. Nothing else
     * is an image source (no web addresses, no ../), so a lesson can never make the browser fetch from elsewhere.
     */
    static final Pattern IMAGE_PATH = Pattern.compile("images/([a-z0-9]+(?:-[a-z0-9]+)*\\.(?:svg|png|webp))");
    /** The kinds of callout block, written as the first line of a quote: {@code > [!tip]}. */
    static final Set<String> CALLOUTS = Set.of("tip", "let-op", "veiligheid", "kernpunten");

    private static final Pattern CALLOUT_MARKER = Pattern.compile("\\[!([a-z-]+)]\\s*");
    private static final Parser PARSER = Parser.builder().build();
    // Markdown's own output, nothing more: no script, style, iframe or event attributes survive, and links keep
    // only web, mail and in-app (relative) targets. Callouts are asides named by kind; images are lazy.
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("hr", "aside")
            .addAttributes("aside", "data-callout")
            .addAttributes("img", "loading")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);
    private static final String BASE_URI = "https://signaal.invalid/";

    private LessonMarkdown() {}

    /**
     * What validation needs to know about a body: its link targets in order, its images in order, its callout
     * markers (including unknown kinds), and whether it holds raw HTML.
     */
    record Analysis(List<String> destinations, boolean rawHtml, List<ImageRef> images, List<String> callouts) {

        Analysis(List<String> destinations, boolean rawHtml) {
            this(destinations, rawHtml, List.of(), List.of());
        }
    }

    /** An image as written: {@code ![alt](destination)}; alt is the plain text of the brackets. */
    record ImageRef(String destination, String alt) {

        /** The file name within the module's images/ folder; empty when the destination is not such a path. */
        Optional<String> fileName() {
            Matcher matcher = IMAGE_PATH.matcher(destination);
            return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
        }
    }

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
        Visitor visitor = new Visitor();
        PARSER.parse(markdown).accept(visitor);
        List<String> callouts = visitor.callouts.values().stream().toList();
        return new Analysis(visitor.destinations, !visitor.html.isEmpty(), visitor.images, callouts);
    }

    /** Where the app serves a module's image; the endpoint looks the name up among the files loaded at start-up. */
    static String imageRoute(String moduleId, String fileName) {
        return "/api/modules/" + moduleId + "/images/" + fileName;
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
        Visitor visitor = new Visitor() {
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
                // Only the module's own image files; the validator refuses anything else, this is the second line.
                Optional<String> file = new ImageRef(image.getDestination(), "").fileName();
                if (moduleId == null || !Ids.isValid(moduleId) || file.isEmpty()) {
                    image.unlink();
                } else {
                    image.setDestination(imageRoute(moduleId, file.get()));
                }
            }
        };
        document.accept(visitor);
        // Raw HTML is not part of the format: drop it whole rather than show escaped tags to learners.
        visitor.html.forEach(Node::unlink);
        HtmlRenderer renderer = HtmlRenderer.builder()
                .escapeHtml(true)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof BlockQuote quote && visitor.callouts.containsKey(quote)) {
                        attributes.put("data-callout", visitor.callouts.get(quote));
                    }
                })
                .build();
        Document rendered = Jsoup.parseBodyFragment(renderer.render(document), BASE_URI);
        Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);
        rendered.outputSettings(compact);
        // A known callout's quote becomes an aside named by its kind; the app adds the label in the reader's
        // language. An unknown kind stays an ordinary quote (the validator reports it).
        for (Element quote : rendered.select("blockquote[data-callout]")) {
            if (CALLOUTS.contains(quote.attr("data-callout"))) {
                quote.tagName("aside");
            } else {
                quote.removeAttr("data-callout");
            }
        }
        rendered.select("img").attr("loading", "lazy");
        return Jsoup.clean(rendered.body().html(), BASE_URI, SAFELIST, compact);
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

    /** The plain text of a node's children (an image's alt text). */
    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    private static class Visitor extends AbstractVisitor {

        final List<String> destinations = new ArrayList<>();
        final List<ImageRef> images = new ArrayList<>();
        final List<Node> html = new ArrayList<>();
        /** Quotes that start with a callout marker, in document order, with the marker's kind. */
        final Map<BlockQuote, String> callouts = new LinkedHashMap<>();

        @Override
        public void visit(Link link) {
            destinations.add(link.getDestination());
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            images.add(new ImageRef(image.getDestination(), plainText(image).strip()));
            visitChildren(image);
        }

        @Override
        public void visit(BlockQuote quote) {
            // The marker's text may be split over several Text nodes ([ and ! are special characters in Markdown):
            // read the first line of the first paragraph, and take the marker off when it is one.
            if (quote.getFirstChild() instanceof Paragraph paragraph) {
                StringBuilder line = new StringBuilder();
                List<Node> lineNodes = new ArrayList<>();
                Node node = paragraph.getFirstChild();
                while (node instanceof Text text) {
                    line.append(text.getLiteral());
                    lineNodes.add(node);
                    node = node.getNext();
                }
                Matcher marker = CALLOUT_MARKER.matcher(line);
                if (marker.lookingAt()) {
                    String rest = line.substring(marker.end());
                    lineNodes.forEach(Node::unlink);
                    if (node instanceof SoftLineBreak && rest.isEmpty()) {
                        node.unlink();
                    }
                    if (!rest.isEmpty()) {
                        paragraph.prependChild(new Text(rest));
                    }
                    if (paragraph.getFirstChild() == null) {
                        paragraph.unlink();
                    }
                    callouts.put(quote, marker.group(1));
                }
            }
            visitChildren(quote);
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
