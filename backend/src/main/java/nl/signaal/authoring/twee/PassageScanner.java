package nl.signaal.authoring.twee;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a passage text into prose, links, variable assignments, conditional blocks and everything else
 * (unsupported macros, JavaScript, CSS), recognising both Harlowe and SugarCube markup. Offsets are into the
 * passage text, so every part can be traced back to a line.
 */
final class PassageScanner {

    sealed interface Part {
        int offset();
    }

    record Prose(String text, int offset) implements Part {}

    /**
     * {@code setter} is SugarCube's {@code [[text|target][$x to 1]]} part, null when absent. {@code via} names the
     * macro a link was made from when Twine moves on without a click there ({@code <<goto>>}, {@code (goto:)}), null
     * for an ordinary link.
     */
    record Link(String text, String target, String setter, int offset, String source, String via) implements Part {
        Link(String text, String target, String setter, int offset, String source) {
            this(text, target, setter, offset, source, null);
        }
    }

    /** {@code <<include "X">>} or Harlowe's {@code (display: "X")}: the text of passage X shown here. */
    record Include(String target, int offset, String source) implements Part {}

    /** {@code <<linkreplace "label">>body<</linkreplace>>}: the body shown after a click on the label. */
    record Reveal(String label, String header, List<Part> body, int offset) implements Part {}

    /** {@code (set:)}, {@code (put:)} or {@code <<set>>}; {@code body} is what stands between name and end. */
    record Assign(String body, boolean put, int offset, String source) implements Part {}

    /** {@code condition} is the Twine expression, null for else; {@code negate} for Harlowe's {@code (unless:)}. */
    record Branch(String condition, boolean negate, String header, int offset, List<Part> body) {}

    record Conditional(List<Branch> branches, int offset) implements Part {}

    record Unsupported(String source, String what, int offset) implements Part {}

    private enum Mode {
        TOP,
        HOOK,
        SUGAR_IF,
        SUGAR_BLOCK
    }

    /** Text a {@code <<goto>>}/{@code (goto:)} choice gets: in Twine it moves on without a click. */
    static final String GOTO_TEXT = "Verder";

    private static final Pattern HARLOWE_MACRO = Pattern.compile("\\(([A-Za-z][A-Za-z0-9_-]*):");
    private static final Pattern SUGAR_NAME = Pattern.compile("<<(/?[A-Za-z][A-Za-z0-9_-]*)");
    private static final Pattern NAMED_HOOK = Pattern.compile("\\|[A-Za-z0-9_-]+>\\[");
    private static final Pattern ONLY_GOTO = Pattern.compile(
            "\\s*(?:<<goto\\s+(.+?)>>|\\(go-?to:\\s*(.+?)\\))\\s*", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED =
            Pattern.compile("\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)')\\s*");

    private final String text;
    private final boolean harlowe;
    private final boolean sugarCube;
    private int pos;

    private PassageScanner(String text, boolean harlowe, boolean sugarCube) {
        this.text = text;
        this.harlowe = harlowe;
        this.sugarCube = sugarCube;
    }

    /**
     * Scans with the markup of {@code format}: Harlowe macros only for Harlowe, SugarCube macros only for
     * SugarCube, both when the format is unknown. Links and {@code <script>}/{@code <style>} always.
     */
    static List<Part> scan(String text, String format) {
        String f = format.toLowerCase(Locale.ROOT);
        boolean harlowe = !f.startsWith("sugarcube");
        boolean sugarCube = !f.startsWith("harlowe");
        return new PassageScanner(text, harlowe, sugarCube).parts(Mode.TOP, null);
    }

    /** {@code closer}: the name ({@code /linkreplace}) that ends a {@link Mode#SUGAR_BLOCK}. */
    private List<Part> parts(Mode mode, String closer) {
        List<Part> parts = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        int proseStart = pos;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            int at = pos;
            Part part = null;
            if (text.startsWith("[[", pos)) {
                part = link();
            } else if (harlowe && c == '(' && matches(HARLOWE_MACRO)) {
                part = harlowe();
            } else if (sugarCube && text.startsWith("<<", pos)) {
                String name = sugarName();
                if (mode == Mode.SUGAR_IF && List.of("elseif", "else", "/if").contains(name)
                        || mode == Mode.SUGAR_BLOCK && closer.equals(name)) {
                    break;
                }
                if (name != null) {
                    part = sugarCube(name);
                }
            } else if (harlowe && c == '|' && matches(NAMED_HOOK)) {
                // a named hook |name>[text] is shown as its text; the name only matters to macros that change it
                pos = text.indexOf('[', pos);
                if (!prose.isEmpty()) {
                    parts.add(new Prose(prose.toString(), proseStart));
                    prose.setLength(0);
                }
                parts.addAll(hook());
                continue;
            } else if (c == '<' && (startsWithIgnoreCase("<script") || startsWithIgnoreCase("<style"))) {
                part = htmlBlock();
            } else if (mode == Mode.HOOK && c == ']') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (mode == Mode.HOOK && c == '[') {
                depth++;
            }
            if (part == null) {
                pos = at + 1;
                if (prose.isEmpty()) {
                    proseStart = at;
                }
                prose.append(c);
                continue;
            }
            if (!prose.isEmpty()) {
                parts.add(new Prose(prose.toString(), proseStart));
                prose.setLength(0);
            }
            parts.add(part);
        }
        if (!prose.isEmpty()) {
            parts.add(new Prose(prose.toString(), proseStart));
        }
        return parts;
    }

    private Link link() {
        int start = pos;
        int close = text.indexOf(']', start + 2);
        if (close < 0) {
            return null;
        }
        String inner = text.substring(start + 2, close);
        String setter = null;
        int end;
        if (text.startsWith("]]", close)) {
            end = close + 2;
        } else if (text.startsWith("][", close)) {
            int setterEnd = text.indexOf("]]", close + 2);
            if (setterEnd < 0) {
                return null;
            }
            setter = text.substring(close + 2, setterEnd);
            end = setterEnd + 2;
        } else {
            return null;
        }
        if (inner.isBlank() || inner.contains("[")) {
            return null;
        }
        String label;
        String target;
        int arrow = inner.lastIndexOf("->");
        int back = inner.indexOf("<-");
        int bar = inner.lastIndexOf('|');
        if (arrow >= 0) {
            label = inner.substring(0, arrow);
            target = inner.substring(arrow + 2);
        } else if (back >= 0) {
            target = inner.substring(0, back);
            label = inner.substring(back + 2);
        } else if (bar >= 0) {
            label = inner.substring(0, bar);
            target = inner.substring(bar + 1);
        } else {
            label = inner;
            target = inner;
        }
        pos = end;
        return new Link(label.strip(), target.strip(), setter, start, text.substring(start, end));
    }

    private Part harlowe() {
        int start = pos;
        Matcher m = HARLOWE_MACRO.matcher(text).region(pos, text.length());
        m.lookingAt();
        String name = m.group(1).toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        int end = closing(start, '(', ')');
        if (end < 0) {
            return null;
        }
        String args = text.substring(m.end(), end - 1);
        String macro = text.substring(start, end);
        pos = end;
        switch (name) {
            case "set", "put" -> {
                return new Assign(args, name.equals("put"), start, macro);
            }
            case "if", "unless" -> {
                if (!hookFollows()) {
                    return unsupported(start, "(" + m.group(1) + ":) without a hook right after it");
                }
                List<Branch> branches = new ArrayList<>();
                branches.add(new Branch(args, name.equals("unless"), macro, start, hook()));
                while (true) {
                    int save = pos;
                    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                        pos++;
                    }
                    Matcher next = HARLOWE_MACRO.matcher(text).region(pos, text.length());
                    boolean elseMacro = text.startsWith("(else:)", pos);
                    boolean elseIf = next.lookingAt()
                            && next.group(1)
                                    .toLowerCase(Locale.ROOT)
                                    .replace("-", "")
                                    .replace("_", "")
                                    .equals("elseif");
                    if (!elseMacro && !elseIf) {
                        pos = save;
                        break;
                    }
                    int macroStart = pos;
                    int macroEnd = closing(pos, '(', ')');
                    if (macroEnd < 0) {
                        pos = save;
                        break;
                    }
                    String header = text.substring(macroStart, macroEnd);
                    pos = macroEnd;
                    if (!hookFollows()) {
                        pos = save;
                        break;
                    }
                    String condition = elseIf ? text.substring(next.end(), macroEnd - 1) : null;
                    branches.add(new Branch(condition, false, header, macroStart, hook()));
                }
                return new Conditional(branches, start);
            }
            case "linkgoto", "clickgoto" -> {
                List<String> strings = strings(args);
                if (strings != null && (strings.size() == 1 || strings.size() == 2)) {
                    return new Link(strings.get(0), strings.get(strings.size() - 1), null, start, macro);
                }
                return unsupported(start, "(" + m.group(1) + ":) with other than one or two quoted texts");
            }
            case "goto" -> {
                List<String> strings = strings(args);
                if (strings != null && strings.size() == 1) {
                    return new Link(GOTO_TEXT, strings.get(0), null, start, macro, "(goto:)");
                }
                return unsupported(start, "(goto:) with other than one quoted passage name");
            }
            case "display" -> {
                List<String> strings = strings(args);
                if (strings != null && strings.size() == 1) {
                    return new Include(strings.get(0), start, macro);
                }
                return unsupported(start, "(display:) with other than one quoted passage name");
            }
            case "link" -> {
                // (link: "text")[(goto: "X")] is a link to X
                List<String> strings = strings(args);
                if (strings != null && strings.size() == 1 && hookFollows()) {
                    int hookStart = text.indexOf('[', pos);
                    int hookEnd = closing(hookStart, '[', ']');
                    if (hookEnd > 0) {
                        String target = gotoTarget(text.substring(hookStart + 1, hookEnd - 1));
                        if (target != null) {
                            pos = hookEnd;
                            return new Link(strings.get(0), target, null, start, text.substring(start, hookEnd));
                        }
                    }
                }
                if (hookFollows()) {
                    int hookEnd = closing(pos, '[', ']');
                    pos = hookEnd < 0 ? text.length() : hookEnd;
                }
                return unsupported(start, "Harlowe macro (" + m.group(1) + ":)");
            }
            default -> {
                if (hookFollows()) {
                    int hookEnd = closing(pos, '[', ']');
                    pos = hookEnd < 0 ? text.length() : hookEnd;
                }
                return unsupported(start, "Harlowe macro (" + m.group(1) + ":)");
            }
        }
    }

    /** Reads {@code [ ... ]} at pos (after optional spaces) and returns its parts. */
    private List<Part> hook() {
        while (text.charAt(pos) != '[') {
            pos++;
        }
        pos++;
        List<Part> body = parts(Mode.HOOK, null);
        if (pos < text.length()) {
            pos++; // the closing ]
        }
        return body;
    }

    private boolean hookFollows() {
        int i = pos;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '[') {
            return false;
        }
        int save = pos;
        pos = i;
        boolean link = text.startsWith("[[", i) && link() != null;
        pos = save;
        return !link;
    }

    private String sugarName() {
        Matcher m = SUGAR_NAME.matcher(text).region(pos, text.length());
        return m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private Part sugarCube(String name) {
        int start = pos;
        int end = tagEnd(start);
        if (end < 0) {
            return null;
        }
        String args = text.substring(start + 2 + name.length(), end - 2).strip();
        String tag = text.substring(start, end);
        pos = end;
        switch (name) {
            case "set" -> {
                return new Assign(args, false, start, tag);
            }
            case "goto" -> {
                String target = passageArgument(args);
                if (target != null) {
                    return new Link(GOTO_TEXT, target, null, start, tag, "<<goto>>");
                }
                return unsupported(start, "<<goto>> with other than one passage name");
            }
            case "include" -> {
                String target = passageArgument(args);
                if (target != null) {
                    return new Include(target, start, tag);
                }
                return unsupported(start, "<<include>> with other than one passage name");
            }
            case "linkreplace" -> {
                List<String> label = strings(args);
                int close = matchingClose(name, end);
                if (label == null || label.isEmpty() || close < 0) {
                    pos = close < 0 ? pos : close;
                    return unsupported(
                            start, "SugarCube macro <<linkreplace>> without a quoted label or <</linkreplace>>");
                }
                List<Part> body = parts(Mode.SUGAR_BLOCK, "/linkreplace");
                pos = close;
                return new Reveal(label.get(0), tag, body, start);
            }
            case "link" -> {
                // <<link "text" "X">>, <<link [[text|X]]>> and <<link "text">><<goto "X">><</link>> are links to X
                int close = matchingClose(name, end);
                String body = close < 0 ? "" : text.substring(end, text.lastIndexOf("<<", close - 1));
                Link link = sugarLink(args, body, start, close < 0 ? end : close);
                if (link != null) {
                    pos = close < 0 ? end : close;
                    return new Link(link.text(), link.target(), link.setter(), start, text.substring(start, pos));
                }
                if (close >= 0) {
                    pos = close;
                }
                return unsupported(start, "SugarCube macro <<link>>");
            }
            case "if" -> {
                List<Branch> branches = new ArrayList<>();
                String condition = args;
                String header = tag;
                int headerAt = start;
                boolean isElse = false;
                while (true) {
                    List<Part> body = parts(Mode.SUGAR_IF, null);
                    branches.add(new Branch(isElse ? null : condition, false, header, headerAt, body));
                    if (pos >= text.length()) {
                        return unsupported(start, "<<if>> without <</if>>");
                    }
                    String next = sugarName();
                    int nextEnd = tagEnd(pos);
                    if (nextEnd < 0) {
                        return unsupported(start, "<<if>> without <</if>>");
                    }
                    headerAt = pos;
                    header = text.substring(pos, nextEnd);
                    String nextArgs =
                            text.substring(pos + 2 + next.length(), nextEnd - 2).strip();
                    pos = nextEnd;
                    if (next.equals("/if")) {
                        return new Conditional(branches, start);
                    }
                    if (next.equals("else") && nextArgs.startsWith("if ")) {
                        condition = nextArgs.substring(3);
                        isElse = false;
                    } else if (next.equals("else")) {
                        isElse = true;
                    } else {
                        condition = nextArgs;
                        isElse = false;
                    }
                }
            }
            default -> {
                if (!name.startsWith("/")) {
                    int close = matchingClose(name, end);
                    if (close >= 0) {
                        pos = close;
                    }
                }
                return unsupported(start, "SugarCube macro <<" + name + ">>");
            }
        }
    }

    /** End (exclusive) of the {@code <</name>>} that closes a container macro opened before {@code from}. */
    private int matchingClose(String name, int from) {
        Pattern tags = Pattern.compile("<<(/?)" + Pattern.quote(name) + "(?![A-Za-z0-9_-])", Pattern.CASE_INSENSITIVE);
        Matcher m = tags.matcher(text).region(from, text.length());
        int depth = 0;
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                depth++;
            } else if (depth-- == 0) {
                int end = tagEnd(m.start());
                return end < 0 ? text.length() : end;
            }
        }
        return -1;
    }

    private Part htmlBlock() {
        int start = pos;
        String element = startsWithIgnoreCase("<script") ? "script" : "style";
        int close = text.toLowerCase(Locale.ROOT).indexOf("</" + element, start);
        int end = close < 0 ? text.length() : Math.max(text.indexOf('>', close) + 1, close);
        pos = end;
        return unsupported(start, element.equals("script") ? "JavaScript (<script>)" : "CSS (<style>)");
    }

    private Unsupported unsupported(int start, String what) {
        if (pos <= start) {
            pos = text.length();
        }
        return new Unsupported(text.substring(start, pos), what, start);
    }

    /** End (exclusive) of the bracket opened at {@code from}, skipping quoted text; -1 when unbalanced. */
    private int closing(int from, char open, char close) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (open == '(' && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private int tagEnd(int from) {
        char quote = 0;
        for (int i = from + 2; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>' && text.charAt(i + 1) == '>') {
                return i + 2;
            }
        }
        return -1;
    }

    /** The passage a {@code <<link>>} leads to; null when it does something else (or more) than that. */
    private Link sugarLink(String args, String body, int start, int end) {
        boolean emptyBody = body.isBlank();
        String bodyTarget = gotoTarget(body);
        if (args.startsWith("[[")) {
            PassageScanner inner = new PassageScanner(args, harlowe, sugarCube);
            Link link = inner.link();
            return link != null && inner.pos == args.length() && emptyBody ? link : null;
        }
        List<String> strings = strings(args);
        if (strings == null) {
            return null;
        }
        if (strings.size() == 2 && emptyBody) {
            return new Link(strings.get(0), strings.get(1), null, start, text.substring(start, end));
        }
        if (strings.size() == 1 && bodyTarget != null) {
            return new Link(strings.get(0), bodyTarget, null, start, text.substring(start, end));
        }
        return null;
    }

    /** X when {@code body} is nothing but {@code <<goto "X">>} or {@code (goto: "X")}; null otherwise. */
    private static String gotoTarget(String body) {
        Matcher m = ONLY_GOTO.matcher(body);
        if (!m.matches()) {
            return null;
        }
        return m.group(1) != null ? passageArgument(m.group(1).strip()) : single(strings(m.group(2)));
    }

    /** {@code "X"}, {@code 'X'}, {@code [[X]]} or {@code [[text|X]]}: X; null for anything else. */
    private static String passageArgument(String args) {
        if (args.startsWith("[[") && args.endsWith("]]")) {
            PassageScanner inner = new PassageScanner(args, false, false);
            Link link = inner.link();
            return link != null && inner.pos == args.length() && link.setter() == null ? link.target() : null;
        }
        return single(strings(args));
    }

    private static String single(List<String> strings) {
        return strings != null && strings.size() == 1 ? strings.get(0) : null;
    }

    /** Quoted texts separated by commas (Harlowe) or spaces (SugarCube); null when there is anything else. */
    private static List<String> strings(String args) {
        List<String> result = new ArrayList<>();
        for (String arg : TwineExpressions.splitTopLevel(args)) {
            Matcher m = QUOTED.matcher(arg);
            int at = 0;
            do {
                m.region(at, arg.length());
                if (!m.lookingAt() || m.end() == at) {
                    return null;
                }
                result.add((m.group(2) != null ? m.group(2) : m.group(3)).replaceAll("\\\\(.)", "$1"));
                at = m.end();
            } while (at < arg.length());
        }
        return result;
    }

    private boolean matches(Pattern pattern) {
        return pattern.matcher(text).region(pos, text.length()).lookingAt();
    }

    private boolean startsWithIgnoreCase(String prefix) {
        return text.regionMatches(true, pos, prefix, 0, prefix.length());
    }
}
