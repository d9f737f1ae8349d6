package nl.signaal;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.signaal.content.Content;
import nl.signaal.content.ContentLoader;
import nl.signaal.content.ContentProblem;
import nl.signaal.content.LoadResult;
import nl.signaal.content.RefresherItem;
import nl.signaal.content.TrainingModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decision 0043: modules published in the browser join the content at start-up (scenarios go live at once; the ~37
 * places that hold {@link Content} read modules once). Their files are read from authored_version (the latest
 * published version of each module item that is not unpublished; Liquibase has run, as the data source exists), laid
 * beside a copy of content/ and read by the same loader that checks content/. A module with errors, or whose id a
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
    Content addTo(Content shipped, Path root) {
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
        if (published.isEmpty()) {
            return shipped;
        }
        LoadResult result = loadBeside(root, published);
        Set<String> broken = new TreeSet<>();
        for (ContentProblem error : result.errors()) {
            String id = authoredId(error, published.keySet());
            if (id == null) {
                LOG.warn("Published modules are not added: with them content/ has an error: {}", error.format());
                return shipped;
            }
            if (broken.add(id)) {
                LOG.warn("Published module {} is not added: {}", id, error.format());
            }
        }
        List<TrainingModule> modules = new ArrayList<>(shipped.modules());
        List<RefresherItem> items = new ArrayList<>(shipped.refresherItems());
        for (String id : published.keySet()) {
            if (broken.contains(id)) {
                continue;
            }
            result.content().module(id).ifPresent(modules::add);
            items.addAll(result.content().refresherItems(id));
        }
        LOG.info("Added {} modules published in the browser", published.size() - broken.size());
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

    /** Reads a copy of content/ with the authored modules' folders added, as validate-content would. */
    private static LoadResult loadBeside(Path root, Map<String, Map<String, String>> published) {
        Path copy = null;
        try {
            copy = Files.createTempDirectory("signaal-content-");
            copyTree(root, copy);
            for (Map.Entry<String, Map<String, String>> module : published.entrySet()) {
                for (Map.Entry<String, String> file : module.getValue().entrySet()) {
                    String name = file.getKey();
                    Path path = name.startsWith("refreshers/")
                            ? copy.resolve("refreshers")
                                    .resolve(module.getKey())
                                    .resolve(name.substring("refreshers/".length()))
                            : copy.resolve("modules").resolve(module.getKey()).resolve(name);
                    if (!path.normalize().startsWith(copy) || name.contains("..")) {
                        continue;
                    }
                    Files.createDirectories(path.getParent());
                    Files.writeString(path, file.getValue());
                }
            }
            return ContentLoader.load(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(copy);
        }
    }

    /** The authored module an error is about (its module or refresher folder), or null when it is about neither. */
    private static String authoredId(ContentProblem error, Set<String> ids) {
        String file = error.file().toString().replace('\\', '/');
        for (String id : ids) {
            if (file.contains("modules/" + id + "/")
                    || file.endsWith("modules/" + id)
                    || file.contains("refreshers/" + id + "/")
                    || file.endsWith("refreshers/" + id)) {
                return id;
            }
        }
        return null;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = walk.toList();
        }
        for (Path path : all) {
            Path target = to.resolve(from.relativize(path).toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(target);
            } else {
                Files.copy(path, target);
            }
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.debug("temporary content copy {} not removed: {}", folder, e.getMessage());
        }
    }
}
