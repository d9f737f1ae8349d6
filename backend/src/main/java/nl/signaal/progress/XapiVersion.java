package nl.signaal.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.List;
import java.util.regex.Pattern;
import nl.signaal.web.Problem;
import nl.signaal.web.Problems;

/**
 * Every answer under /api/xapi/ says which xAPI version it speaks, errors too; a request that names a version other
 * than 1.0.x is refused with 400 (Communication 3.3). A request without the header is served: browsers of signed-in
 * users do not send it.
 */
@ServerFilter("/api/xapi/**")
final class XapiVersion implements Ordered {
    static final String HEADER = "X-Experience-API-Version";
    static final String VERSION = "1.0.3";
    private static final Pattern SPOKEN = Pattern.compile("1\\.0(\\.\\d+)?");

    /** Before the security filter, so that its 401 carries the version too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<Problem> checkVersion(HttpRequest<?> request) {
        String asked = request.getHeaders().get(HEADER);
        if (asked == null || SPOKEN.matcher(asked.trim()).matches()) {
            return null;
        }
        return Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "This LRS speaks xAPI 1.0.3; requests for another version are refused.",
                        List.of(new Problem.FieldError(HEADER, "Use 1.0.3 (or another 1.0.x).")))
                .header(HEADER, VERSION);
    }

    @ResponseFilter
    void addVersion(HttpResponse<?> response) {
        if (response instanceof MutableHttpResponse<?> mutable) {
            mutable.header(HEADER, VERSION);
        }
    }
}
