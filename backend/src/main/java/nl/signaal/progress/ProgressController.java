package nl.signaal.progress;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.signaal.content.Content;
import nl.signaal.content.Lesson;
import nl.signaal.identity.SignedInUser;

@Controller("/api/me/progress")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "progress")
class ProgressController {
    private final Progress progress;
    private final Content content;

    ProgressController(Progress progress, Content content) {
        this.progress = progress;
        this.content = content;
    }

    @Serdeable
    record ProgressView(List<ModuleProgress> modules) {}

    @Get
    @Operation(summary = "The logged-in learner's progress in every module")
    ProgressView mine(Authentication authentication) {
        List<Progress.ModuleShape> shapes = content.modules().stream()
                .map(m -> new Progress.ModuleShape(
                        m.id(), m.lessons().stream().map(Lesson::id).toList()))
                .toList();
        return new ProgressView(progress.of(SignedInUser.of(authentication).id(), shapes));
    }
}
