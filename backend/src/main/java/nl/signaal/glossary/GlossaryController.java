package nl.signaal.glossary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.signaal.content.Content;
import nl.signaal.content.Glossary;
import nl.signaal.content.Translation;
import nl.signaal.learning.ContentLocale;

/** The glossary of the shipped content: the terms that lessons and cases mark, with their definitions. */
@Controller("/api/glossary")
@Tag(name = "learning")
class GlossaryController {

    /** One term as shown: untranslated when its word or definition falls back to Dutch. */
    @Serdeable
    record TermView(String id, String term, String definition, List<String> see, String locale, boolean untranslated) {}

    /** Every term, sorted alphabetically by its word in the answered locale. */
    @Serdeable
    record GlossaryView(String locale, List<TermView> terms) {}

    private final Content content;

    GlossaryController(Content content) {
        this.content = content;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(
            summary = "The glossary in the user's locale (Dutch where a text is untranslated), sorted alphabetically")
    GlossaryView glossary(Authentication authentication, @Nullable @QueryValue String locale) {
        String chosen = ContentLocale.choose(locale, authentication);
        Collator collator = Collator.getInstance(Locale.forLanguageTag(chosen));
        collator.setStrength(Collator.SECONDARY);
        List<TermView> terms = content.glossary().terms().stream()
                .map(term -> view(term, chosen))
                .sorted(Comparator.comparing(TermView::term, collator).thenComparing(TermView::id))
                .toList();
        return new GlossaryView(chosen, terms);
    }

    private static TermView view(Glossary.Term term, String locale) {
        Translation word = term.term().in(locale);
        Translation definition = term.definition().in(locale);
        return new TermView(
                term.id(),
                word.text(),
                definition.text(),
                term.see(),
                definition.locale(),
                word.untranslated() || definition.untranslated());
    }
}
