package nl.signaal.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.signaal.content.Lesson;
import nl.signaal.content.ModuleImage;
import nl.signaal.content.TrainingModule;
import nl.signaal.content.Translation;
import nl.signaal.identity.SignedInUser;
import nl.signaal.learning.LearningApi.CheckResult;
import nl.signaal.learning.LearningApi.CheckSubmission;
import nl.signaal.learning.LearningApi.CheckView;
import nl.signaal.learning.LearningApi.FlyerView;
import nl.signaal.learning.LearningApi.LessonView;
import nl.signaal.learning.LearningApi.ModuleDetail;
import nl.signaal.learning.LearningApi.ModuleSummary;
import nl.signaal.progress.Interactions;
import nl.signaal.progress.LearningEvent;
import nl.signaal.progress.LearningRecords;
import nl.signaal.web.ApiException;

@Controller("/api/modules")
@Tag(name = "learning")
class ModuleController {
    private final Catalogue catalogue;
    private final SubmittingCheck submittingCheck;
    private final LearningRecords records;
    private final CheckAttemptIds attemptIds;

    ModuleController(
            Catalogue catalogue, SubmittingCheck submittingCheck, LearningRecords records, CheckAttemptIds attemptIds) {
        this.catalogue = catalogue;
        this.attemptIds = attemptIds;
        this.submittingCheck = submittingCheck;
        this.records = records;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The module catalogue (public); a logged-in user's own sector comes first")
    List<ModuleSummary> catalogue(@Nullable Authentication authentication, @Nullable @QueryValue String locale) {
        String chosen = ContentLocale.choose(locale, authentication);
        String sector =
                authentication == null ? null : SignedInUser.of(authentication).organisationSector();
        return catalogue.forSector(sector).stream()
                .map(m -> ModuleViews.summary(m, chosen))
                .toList();
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One module with its lessons' titles (public)")
    ModuleDetail module(
            @Nullable Authentication authentication, @PathVariable String id, @Nullable @QueryValue String locale) {
        return ModuleViews.detail(catalogue.module(id), ContentLocale.choose(locale, authentication));
    }

    @Get("/{id}/flyer")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The module's one-page printable summary, its Markdown rendered to sanitised HTML (public)")
    FlyerView flyer(
            @Nullable Authentication authentication, @PathVariable String id, @Nullable @QueryValue String locale) {
        return ModuleViews.flyer(catalogue.module(id), ContentLocale.choose(locale, authentication));
    }

    @Get("/{id}/images/{name}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(
            summary = "An image that the module's lessons or flyer show (public, like the flyer): only files loaded and"
                    + " checked at start-up, looked up by name; served sandboxed (decision 0036)")
    HttpResponse<byte[]> image(@PathVariable String id, @PathVariable String name) {
        // A name is looked up among the module's checked images, never resolved as a path: ../ cannot reach a file.
        ModuleImage image = catalogue
                .module(id)
                .image(name)
                .orElseThrow(() -> ApiException.notFound("There is no image '" + name + "' in module '" + id + "'."));
        return HttpResponse.ok(image.bytes())
                .contentType(image.contentType())
                .header("Cache-Control", "public, max-age=3600")
                .header("Content-Disposition", "inline");
    }

    @Get("/{id}/lessons/{lessonId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "A lesson, its Markdown rendered to sanitised HTML")
    LessonView lesson(
            Authentication authentication,
            @PathVariable String id,
            @PathVariable String lessonId,
            @Nullable @QueryValue String locale) {
        TrainingModule module = catalogue.module(id);
        return ModuleViews.lesson(module, lesson(module, lessonId), ContentLocale.choose(locale, authentication));
    }

    @Post("/{id}/lessons/{lessonId}/views")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Record that the learner has read a lesson")
    HttpResponse<Void> viewed(
            Authentication authentication,
            @PathVariable String id,
            @PathVariable String lessonId,
            @Nullable @QueryValue String locale) {
        TrainingModule module = catalogue.module(id);
        Lesson lesson = lesson(module, lessonId);
        String chosen = ContentLocale.choose(locale, authentication);
        Translation title = lesson.title().in(chosen);
        records.record(
                SignedInUser.of(authentication),
                new LearningEvent(
                                LearningEvent.Verb.EXPERIENCED,
                                LearningEvent.ActivityType.LESSON,
                                "modules/" + module.id() + "/lessons/" + lesson.id(),
                                title.text(),
                                module.id(),
                                module.version(),
                                null,
                                null,
                                title.locale())
                        .named(Interactions.names(lesson.title())));
        return HttpResponse.noContent();
    }

    @Get("/{id}/check")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(
            summary = "The module's knowledge check, without its answers, in the order of one attempt: the given"
                    + " attemptId again gives the same order; without one, a new attempt id and order")
    CheckView check(
            Authentication authentication,
            @PathVariable String id,
            @Nullable @QueryValue String locale,
            @Nullable @QueryValue UUID attemptId) {
        TrainingModule module = catalogue.module(id);
        UUID learner = SignedInUser.of(authentication).id();
        return ModuleViews.check(
                module,
                learner,
                attemptId == null ? attemptIds.issue(learner, module.id()) : attemptId,
                ContentLocale.choose(locale, authentication));
    }

    @Post("/{id}/check/attempts")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Submit answers; the same attemptId again returns the same result")
    CheckResult submit(
            Authentication authentication,
            @PathVariable String id,
            @Nullable @QueryValue String locale,
            @Body @Valid CheckSubmission submission) {
        TrainingModule module = catalogue.module(id);
        String chosen = ContentLocale.choose(locale, authentication);
        SubmittingCheck.Submitted submitted = submittingCheck.submit(
                SignedInUser.of(authentication), module, submission.attemptId(), submission.answers(), chosen);
        return ModuleViews.result(module, SignedInUser.of(authentication).id(), submitted, chosen);
    }

    private static Lesson lesson(TrainingModule module, String lessonId) {
        return module.lesson(lessonId)
                .orElseThrow(
                        () -> ApiException.notFound("Module '" + module.id() + "' has no lesson '" + lessonId + "'."));
    }
}
