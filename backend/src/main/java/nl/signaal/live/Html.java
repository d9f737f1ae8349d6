package nl.signaal.live;

import org.jsoup.Jsoup;

/** Plain text into HTML and back, for texts authored as plain text and for summaries of sanitised HTML. */
final class Html {
    private Html() {}

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Plain text as paragraphs: a blank line separates them, a single line break stays one. */
    static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>")
                        .append(escape(paragraph.strip()).replace("\n", "<br>"))
                        .append("</p>");
            }
        }
        return html.toString();
    }

    /** The text of sanitised HTML, cut to at most {@code max} characters. */
    static String plain(String html, int max) {
        String text = Jsoup.parse(html).text();
        return text.length() <= max ? text : text.substring(0, max);
    }
}
