package nl.signaal.refresher.reminder;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;
import nl.signaal.refresher.reminder.OutboxApi.ReminderDeliveryView;

/** The reminder outbox of an organisation, for its coordinators and admins: delivery, never content. */
@Controller("/api/organisations/{organisationId}/reminder-outbox")
@Secured({"COORDINATOR", "ADMIN"})
@Tag(name = "refreshers")
class ReminderDeliveryController {
    private final ReminderDelivery delivery;

    ReminderDeliveryController(ReminderDelivery delivery) {
        this.delivery = delivery;
    }

    @Get
    @Operation(
            summary = "Reminders per status for the last 8 ISO weeks, and those still pending or failed with the "
                    + "learner's name, attempts, last error and next attempt (never subject or body)")
    ReminderDeliveryView outbox(Authentication authentication, @PathVariable UUID organisationId) {
        SignedInUser.of(authentication).requireOrganisation(organisationId);
        return delivery.of(organisationId);
    }

    @Post("/{reminderId}/retry")
    @Operation(
            summary = "Try a FAILED reminder again (PENDING, due now, attempts kept); nothing happens to one that "
                    + "is pending or sent")
    HttpResponse<Void> retry(
            Authentication authentication, @PathVariable UUID organisationId, @PathVariable UUID reminderId) {
        SignedInUser.of(authentication).requireOrganisation(organisationId);
        delivery.retry(organisationId, reminderId);
        return HttpResponse.noContent();
    }
}
