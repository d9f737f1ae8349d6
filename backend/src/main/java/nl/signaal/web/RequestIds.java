package nl.signaal.web;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id that a user can quote and an operator can find in the log: the
 * caller's {@code X-Request-Id} (from a proxy) when it is short and plain, else a new one. It is
 * put in the MDC through Micronaut's propagated context, so every log line of the request's work
 * carries it whichever thread does that work, and it goes back in the response header and in
 * problem answers.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class RequestIds implements Ordered {
    public static final String HEADER = "X-Request-Id";
    /** The MDC key; logback.xml prints it. */
    public static final String MDC_KEY = "requestId";

    private static final String ATTRIBUTE = "signaal.request-id";
    // Anything else (spaces, line breaks, quotes, long strings) could forge or bloat log lines.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Before metrics, tracing and security, so that their log lines carry the id too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = accepted(request.getHeaders().get(HEADER)).orElseGet(RequestIds::generate);
        request.setAttribute(ATTRIBUTE, id);
        context.add(new MdcPropagationContext(Map.of(MDC_KEY, id)));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.header(HEADER, id));
    }

    /** The id of the request being handled on this thread, if any. */
    public static Optional<String> current() {
        String fromLog = MDC.get(MDC_KEY);
        if (fromLog != null) {
            return Optional.of(fromLog);
        }
        return ServerRequestContext.currentRequest().flatMap(r -> r.getAttribute(ATTRIBUTE, String.class));
    }

    static Optional<String> accepted(String header) {
        return Optional.ofNullable(header).filter(h -> SANE.matcher(h).matches());
    }

    private static String generate() {
        return UUID.randomUUID().toString();
    }
}
