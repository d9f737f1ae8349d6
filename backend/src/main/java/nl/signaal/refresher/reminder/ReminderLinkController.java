package nl.signaal.refresher.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import nl.signaal.identity.SignedInUser;
import nl.signaal.refresher.link.LinkSigner;
import nl.signaal.refresher.link.LinkSigner.Link;
import nl.signaal.refresher.link.ReminderLinks;
import nl.signaal.refresher.reminder.ReminderApi.LinkResult;
import nl.signaal.refresher.reminder.ReminderApi.LinkView;
import nl.signaal.refresher.reminder.ReminderApi.PreferenceView;
import nl.signaal.web.ApiException;

/**
 * Signed links from reminder e-mail. No login and no CSRF token: the signature is the authentication (the
 * CsrfProtection filter only checks requests that carry a session, and a mail provider's RFC 8058 one-click POST
 * carries none). GET never changes anything, because mail scanners follow links; POST does, idempotently.
 */
@Controller("/api/reminder-links")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "reminders")
class ReminderLinkController {
    private final ReminderLinks links;
    private static final String FEED_LINKS_REFUSED = "verify() refuses calendar feed links";

    private final ReminderPreferences preferences;
    private final Clock clock;

    ReminderLinkController(ReminderLinks links, ReminderPreferences preferences, Clock clock) {
        this.links = links;
        this.preferences = preferences;
        this.clock = clock;
    }

    @Get("/{token}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(
            summary = "What a reminder link will do, and whether that already holds; a browser opening this "
                    + "address (the List-Unsubscribe URL) is sent on to the confirmation page /reminders/{token}")
    HttpResponse<LinkView> inspect(
            HttpRequest<?> request, @Nullable Authentication authentication, @PathVariable String token) {
        if (request.getHeaders().accept().stream()
                .anyMatch(type -> type.getName().equals(MediaType.TEXT_HTML))) {
            return HttpResponse.<LinkView>status(HttpStatus.SEE_OTHER)
                    .header(HttpHeaders.LOCATION, "/reminders/" + pathSegment(token));
        }
        Instant now = clock.instant();
        Link link = verify(token, now);
        ReminderPreferences.Choice choice = preferences.of(link.userId(), now);
        boolean done = switch (link.purpose()) {
            case OPEN -> false;
            case CALENDAR_FEED -> throw new IllegalStateException(FEED_LINKS_REFUSED);
            case SNOOZE -> choice.snoozedUntil() != null;
            case UNSUBSCRIBE -> choice.optedOut();
        };
        Boolean mine = authentication == null
                ? null
                : SignedInUser.of(authentication).id().equals(link.userId());
        return HttpResponse.ok(new LinkView(link.purpose(), link.expiresAt(), done, mine, PreferenceView.of(choice)));
    }

    @Post("/{token}")
    @Consumes({
        MediaType.APPLICATION_JSON,
        MediaType.APPLICATION_FORM_URLENCODED,
        MediaType.MULTIPART_FORM_DATA,
        MediaType.TEXT_PLAIN
    })
    @Operation(
            summary = "Do what a snooze or unsubscribe link says (also the RFC 8058 one-click POST with body "
                    + "List-Unsubscribe=One-Click); a repeat changes nothing and answers alreadyDone")
    LinkResult follow(@PathVariable String token) {
        Instant now = clock.instant();
        Link link = verify(token, now);
        boolean changed = switch (link.purpose()) {
            case OPEN -> throw new ApiException(HttpStatus.BAD_REQUEST, "This link only opens a refresher.");
            case CALENDAR_FEED -> throw new IllegalStateException(FEED_LINKS_REFUSED);
            case SNOOZE -> preferences.snoozeUnlessSnoozed(link.userId(), now);
            case UNSUBSCRIBE -> preferences.optOut(link.userId(), now);
        };
        return new LinkResult(link.purpose(), !changed, PreferenceView.of(preferences.of(link.userId(), now)));
    }

    /**
     * The token as one path segment: a real one is base64url and stays as it is; anything else a mail program
     * mangled is percent-encoded, so that the page can still say that the link is broken.
     */
    static String pathSegment(String token) {
        StringBuilder segment = new StringBuilder();
        for (byte b : token.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                segment.append(c);
            } else {
                segment.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return segment.toString();
    }

    private Link verify(String token, Instant now) {
        try {
            return links.verify(token, now);
        } catch (LinkSigner.RefusedLink e) {
            throw new ApiException(
                    e.refusal() == LinkSigner.Refusal.EXPIRED ? HttpStatus.GONE : HttpStatus.BAD_REQUEST,
                    e.getMessage()
                            + (e.refusal() == LinkSigner.Refusal.EXPIRED
                                    ? " Sign in to change your reminder settings."
                                    : " Copy the whole link from the e-mail."));
        }
    }
}
