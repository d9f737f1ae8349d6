package nl.signaal.progress;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The xAPI About resource (Communication 2.8): which versions this LRS speaks. Open to anyone, as the API says. */
@Controller("/api/xapi/about")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "progress")
class XapiAboutController {

    @Serdeable
    record About(List<String> version) {}

    @Get
    @Operation(summary = "xAPI About: the versions spoken ({\"version\": [\"1.0.3\"]})")
    About about() {
        return new About(List.of(XapiVersion.VERSION));
    }
}
