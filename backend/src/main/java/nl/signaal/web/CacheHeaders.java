package nl.signaal.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * How long browsers keep the app's files (decision 0035). The build names every file under /assets/
 * after its content's hash, so a file there never changes: browsers may keep it a year without
 * asking again. index.html names the current files, so browsers must check it on every visit
 * (cheap: a 304 when nothing changed); the same goes for the app routes that get index.html.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CacheHeaders {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    @ResponseFilter
    void addCacheControl(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HttpMethod method = request.getMethod();
        if ((method != HttpMethod.GET && method != HttpMethod.HEAD) || response.code() != HttpStatus.OK.getCode()) {
            return;
        }
        String path = request.getPath();
        if (path.startsWith("/assets/")) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
        } else if (path.equals("/") || path.equals("/index.html")) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, REVALIDATE);
        }
    }
}
