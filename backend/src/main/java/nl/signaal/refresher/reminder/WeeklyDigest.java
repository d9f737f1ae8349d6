package nl.signaal.refresher.reminder;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.signaal.content.Content;
import nl.signaal.identity.Members;
import nl.signaal.refresher.ModuleStatus;
import nl.signaal.refresher.link.ReminderLinks;

/**
 * The weekly digest's text, rendered when it is sent from what the planner stored (decision 0057): the due modules
 * with their status as {@code module-id:STATUS} joined by commas in module id order (written by
 * {@link ReminderRepository#planWeekly} in SQL), the learner's locale, their current display name and fresh signed
 * links. The words are {@link ReminderTexts}, the module titles the content's in that locale.
 */
@Singleton
class WeeklyDigest {
    private final Content content;
    private final Members members;
    private final ReminderLinks links;

    WeeklyDigest(Content content, Members members, ReminderLinks links) {
        this.content = content;
        this.members = members;
        this.links = links;
    }

    record Text(String subject, String body) {}

    Text render(UUID user, String locale, String digest, Instant now) {
        ReminderTexts texts = ReminderTexts.in(locale);
        String name = members.person(user).map(Members.Person::displayName).orElse("");
        return new Text(texts.subject(), texts.body(name, lines(digest, locale), links.forLearner(user, now)));
    }

    List<ReminderTexts.Line> lines(String digest, String locale) {
        return Arrays.stream(digest.split(","))
                .filter(entry -> !entry.isBlank())
                .map(entry -> {
                    int colon = entry.lastIndexOf(':');
                    String module = entry.substring(0, colon);
                    return new ReminderTexts.Line(
                            title(module, locale), ModuleStatus.valueOf(entry.substring(colon + 1)));
                })
                .toList();
    }

    private String title(String moduleId, String locale) {
        return content.module(moduleId).map(m -> m.title().in(locale).text()).orElse(moduleId);
    }
}
