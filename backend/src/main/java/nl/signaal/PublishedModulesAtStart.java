package nl.signaal;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import nl.signaal.content.Content;
import nl.signaal.content.ContentLoader;
import nl.signaal.content.LoadResult;
import nl.signaal.content.RefresherItem;
import nl.signaal.content.TrainingModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decision 0043: modules published in the browser join the content at start-up (scenarios go live at once; the ~37
 * places that hold {@link Content} read modules once). Their files are read from authored_version (the latest
 * published version of each module item that is not unpublished; Liquibase has run, as the data source exists) and
 * read in memory by {@link ContentLoader#checkModule}, as the draft was checked when it was published. A module with
 * errors, or whose id a
 * shipped module now uses (the file wins), is skipped with a warning: it never stops the application.
 */
@Singleton
class PublishedModulesAtStart {
    private static final Logger LOG = LoggerFactory.getLogger(PublishedModulesAtStart.class);
    private static final Argument<Map<String, String>> FILES = Argument.mapOf(String.class, String.class);
    private static final String LIVE_MODULES = "SELECT i.content_id, v.number, v.files FROM authored_version v"
            + " JOIN authored_item i ON i.id = v.item_id"
            + " WHERE i.kind = 'MODULE' AND v.unpublished_at IS NULL ORDER BY i.content_id, v.number DESC";

    private final BeanProvider<DataSource> dataSource;
    private final JsonMapper json;

    PublishedModulesAtStart(BeanProvider<DataSource> dataSource, JsonMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** The shipped content with the published authored modules (and their refresher items) added. */
    @Connectable
    Content addTo(Content shipped) {
        Map<String, Map<String, String>> published = published();
        published.keySet().removeIf(id -> {
            if (shipped.module(id).isPresent()) {
                LOG.warn(
                        "content/modules/{} uses the id of a module published in the browser: the shipped file wins",
                        id);
                return true;
            }
            return false;
        });
        // Each module is read as its draft was checked when it was published: in memory, against the shipped content.
        List<TrainingModule> modules = new ArrayList<>(shipped.modules());
        List<RefresherItem> items = new ArrayList<>(shipped.refresherItems());
        int added = 0;
        for (Map.Entry<String, Map<String, String>> module : published.entrySet()) {
            LoadResult result = ContentLoader.checkModule(module.getKey(), module.getValue(), shipped);
            if (result.hasErrors()) {
                LOG.warn(
                        "Published module {} is not added: {}",
                        module.getKey(),
                        result.errors().get(0).format());
                continue;
            }
            result.content().module(module.getKey()).ifPresent(modules::add);
            items.addAll(result.content().refresherItems(module.getKey()));
            added++;
        }
        if (added == 0) {
            return shipped;
        }
        LOG.info("Added {} modules published in the browser", added);
        return new Content(
                modules,
                shipped.scenarios(),
                items,
                shipped.poolingExercises(),
                shipped.trainerKits(),
                shipped.tracks(),
                shipped.glossary());
    }

    /** Content id to draft files of each live authored module. */
    private Map<String, Map<String, String>> published() {
        if (!dataSource.isPresent()) {
            return new TreeMap<>();
        }
        Map<String, Map<String, String>> published = new TreeMap<>();
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement statement = connection.prepareStatement(LIVE_MODULES);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString(1);
                if (!published.containsKey(id)) {
                    published.put(id, json.readValue(rows.getString(3), FILES));
                }
            }
        } catch (SQLException | IOException e) {
            LOG.warn("Published modules could not be read and are not added: {}", e.getMessage());
            return new TreeMap<>();
        }
        return published;
    }
}
