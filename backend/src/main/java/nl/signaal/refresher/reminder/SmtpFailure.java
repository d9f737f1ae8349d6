package nl.signaal.refresher.reminder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a reminder was not sent, in words a coordinator may see and a log may keep: the mail server's reply code, its
 * class and its text with every address replaced by {@code <address>}. The raw exception carries the learner's address
 * ("550 5.1.1 &lt;learner@...&gt;: User unknown") and Java type names, so it is never stored or logged.
 */
final class SmtpFailure {
    static final int MAX_LENGTH = 300;
    private static final Pattern REPLY =
            Pattern.compile("^([245]\\d\\d)[ -]+(?:([245]\\.\\d{1,3}\\.\\d{1,3})\\s+)?(.*)", Pattern.DOTALL);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"(),;:\\[\\]]+@[^\\s<>\"(),;:\\[\\]]+");

    private SmtpFailure() {}

    /** The redacted reason; {@code recipient} is removed too in case the server quoted it without an at sign. */
    static String reason(Throwable failure, String recipient) {
        Throwable deepest = failure;
        boolean unreachable = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            deepest = t;
            String type = t.getClass().getSimpleName();
            unreachable |= type.contains("Connect") || type.contains("Timeout") || type.contains("UnknownHost");
            Matcher reply = REPLY.matcher(firstLine(t.getMessage()));
            if (reply.matches()) {
                String code = reply.group(1);
                String enhanced = reply.group(2) == null ? "" : " " + reply.group(2);
                return limit("SMTP " + code + enhanced + " (" + replyClass(code) + "): "
                        + redact(reply.group(3), recipient));
            }
        }
        String detail = redact(firstLine(deepest.getMessage()), recipient);
        return limit(
                (unreachable ? "Mail server not reached" : "Mail not sent") + (detail.isBlank() ? "" : ": " + detail));
    }

    static String redact(String text, String recipient) {
        String redacted = ADDRESS.matcher(text).replaceAll("<address>");
        if (recipient != null && !recipient.isBlank()) {
            redacted = Pattern.compile(Pattern.quote(recipient), Pattern.CASE_INSENSITIVE)
                    .matcher(redacted)
                    .replaceAll("<address>");
        }
        return redacted.replace("<<address>>", "<address>").strip();
    }

    private static String replyClass(String code) {
        return switch (code.charAt(0)) {
            case '4' -> "temporary failure, will retry";
            case '5' -> "permanent failure";
            default -> "unexpected reply";
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String trimmed = message.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }

    private static String limit(String text) {
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }
}
