package nl.signaal.webinar;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;

/**
 * A person's webinar calendar feed: their signed URL (signed in) and the feed itself (anonymous: a calendar app
 * subscribes without a session; the signed token is the authorisation). A renewed, forged or expired token answers
 * 404, like a feed that never existed.
 */
@Controller("/api/calendar")
@Tag(name = "webinars")
class CalendarFeedController {
    static final String TEXT_CALENDAR = "text/calendar;charset=utf-8";

    private final CalendarFeeds feeds;
    private final WebinarCalendar calendar;

    CalendarFeedController(CalendarFeeds feeds, WebinarCalendar calendar) {
        this.feeds = feeds;
        this.calendar = calendar;
    }

    @Serdeable
    record FeedUrl(String url) {}

    @Get("/feed")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "My personal calendar feed URL (signed; subscribe to it in a calendar app)")
    FeedUrl feed(Authentication authentication) {
        SignedInUser me = SignedInUser.of(authentication);
        return new FeedUrl(feeds.url(me.id(), locale(me)));
    }

    @Post("/feed/renew")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "A new feed URL; the old one stops working at once")
    FeedUrl renew(Authentication authentication) {
        SignedInUser me = SignedInUser.of(authentication);
        return new FeedUrl(feeds.renew(me.id(), locale(me)));
    }

    @Get(value = "/{token}.ics", produces = TEXT_CALENDAR)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(
            summary = "The feed of the token's owner (METHOD:PUBLISH): the webinars they have a place for, and those "
                    + "cancelled by the organiser in the last 30 days as CANCELLED")
    HttpResponse<String> ics(@PathVariable String token) {
        CalendarFeeds.Owner owner = feeds.owner(token)
                .orElseThrow(() -> ApiException.notFound("There is no calendar feed at this address."));
        return HttpResponse.ok(calendar.feed(feeds.webinarsOf(owner.userId()), owner.locale()))
                .contentType(TEXT_CALENDAR)
                // Personal data behind a secret URL: no shared cache may keep it.
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    }

    static String locale(SignedInUser me) {
        return me.locale() == null || me.locale().isBlank() ? WebinarTexts.SOURCE : me.locale();
    }
}
