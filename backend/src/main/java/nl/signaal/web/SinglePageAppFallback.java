package nl.signaal.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The router knows only /api and static files; app routes such as /learn/x are the single-page
 * app's. Unknown GETs outside /api get index.html so deep links and reloads work; anything else
 * gets a JSON 404.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class SinglePageAppFallback {
    private final ResourceResolver resources;

    SinglePageAppFallback(ResourceResolver resources) {
        this.resources = resources;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        String path = request.getPath();
        boolean appRoute = request.getMethod() == HttpMethod.GET
                && !path.startsWith("/api/")
                && !path.equals("/api")
                && !path.startsWith("/swagger")
                && !path.startsWith("/assets/");
        if (appRoute) {
            Optional<InputStream> index = resources.getResourceAsStream("classpath:public/index.html");
            if (index.isPresent()) {
                try (InputStream in = index.get()) {
                    return HttpResponse.ok(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                            .contentType(MediaType.TEXT_HTML_TYPE)
                            .header("Cache-Control", "no-cache");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Problems.of(HttpStatus.NOT_FOUND, "There is nothing at " + path + ".");
    }
}
