package nl.signaal.refresher;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import nl.signaal.content.Content;
import nl.signaal.identity.SignedInUser;
import nl.signaal.learning.ContentLocale;
import nl.signaal.progress.Practice;
import nl.signaal.refresher.RefresherApi.CompetencyView;
import nl.signaal.refresher.RefresherApi.ModuleView;
import nl.signaal.refresher.RefresherApi.MyRefreshersView;

@Controller("/api/me/refreshers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "refreshers")
class MyRefreshersController {
    private final Practice practice;
    private final Policies policies;
    private final Content content;
    private final Clock clock;

    MyRefreshersController(Practice practice, Policies policies, Content content, Clock clock) {
        this.practice = practice;
        this.policies = policies;
        this.content = content;
        this.clock = clock;
    }

    @Get
    @Operation(
            summary = "The learner's memory: a status per module, retrievability per competency, and whether "
                    + "a refresher is suggested now")
    MyRefreshersView mine(Authentication authentication, @Nullable @QueryValue String locale) {
        SignedInUser me = SignedInUser.of(authentication);
        String chosen = ContentLocale.choose(locale, authentication);
        Memories.LearnerMemory memory = Memories.of(
                practice.of(me.id()), policies.allModules(), policies.of(me.organisationId()), clock.instant());
        List<ModuleView> modules = memory.modules().stream()
                .map(m -> new ModuleView(
                        m.moduleId(),
                        content.module(m.moduleId())
                                .orElseThrow()
                                .title()
                                .in(chosen)
                                .text(),
                        m.status(),
                        m.dueAt(),
                        m.retrievability(),
                        m.state() == null ? null : m.state().lastReview()))
                .toList();
        List<CompetencyView> competencies = memory.competencies().values().stream()
                .map(c -> new CompetencyView(c.competency(), c.retrievability(), c.dueAt()))
                .sorted(Comparator.comparingDouble(CompetencyView::retrievability))
                .toList();
        boolean suggested = memory.modules().stream().anyMatch(m -> m.status().due());
        return new MyRefreshersView(modules, competencies, suggested);
    }
}
