package nl.signaal.authoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.signaal.web.ApiException;

/**
 * Where a draft's files live in content/, both ways: a scenario's {@code scenario.yaml} and {@code <locale>.yaml} in
 * {@code scenarios/<id>/}; a module's {@code module.yaml} and {@code <locale>.yaml} in {@code modules/<id>/}, its
 * {@code refreshers/items.yaml} and {@code refreshers/<locale>.yaml} in {@code refreshers/<id>/}. Zips are written
 * with sorted entries and a fixed timestamp, so the same files always give the same bytes (git-friendly).
 */
final class ContentFolder {
    static final int MAX_ZIP_BYTES = 5 * 1024 * 1024;
    static final int MAX_ENTRIES = 200;
    /** Unpacked: a content file is a few dozen KB; this stops a zip bomb long before memory does. */
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    static final int MAX_TOTAL_BYTES = 20 * 1024 * 1024;
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final Pattern CONTENT_FILE =
            Pattern.compile("(scenarios|modules|refreshers)/([^/]+)/([a-z][a-z0-9-]*\\.yaml)");

    private ContentFolder() {}

    /** One scenario or module found in a content folder: its draft files, by the draft's file names. */
    record Found(String kind, String contentId, Map<String, String> files) {}

    /** What a zip of a content folder holds: the items found, and the entries that are no draft file. */
    record Unpacked(List<Found> items, List<String> skipped) {}

    /** The draft's files under their content/ paths, sorted. */
    static Map<String, String> paths(String kind, String contentId, Map<String, String> files) {
        Map<String, String> paths = new TreeMap<>();
        files.forEach((name, text) -> {
            if (AuthoredItem.SCENARIO.equals(kind)) {
                paths.put("scenarios/" + contentId + "/" + name, text);
            } else if (name.startsWith("refreshers/")) {
                paths.put("refreshers/" + contentId + "/" + name.substring("refreshers/".length()), text);
            } else {
                paths.put("modules/" + contentId + "/" + name, text);
            }
        });
        return paths;
    }

    /** A zip of these files (content/ path to text): sorted entries, fixed times, UTF-8. */
    static byte[] zip(Map<String, String> paths) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : new TreeMap<>(paths).entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The scenarios and modules in a zip of a content folder (or of a folder holding it, such as {@code content/}).
     * Anything wrong with the zip as a whole answers 400 naming {@code file}: not a zip, too big, too many entries, a
     * path leaving the folder (zip slip), a file that is not UTF-8. Entries that are no draft file (images, trainer
     * kits, other folders) are listed as skipped.
     */
    static Unpacked unzip(byte[] zip) {
        if (zip.length == 0) {
            throw bad("is empty: choose a .zip of a content folder");
        }
        if (zip.length > MAX_ZIP_BYTES) {
            throw bad("is larger than 5 MB");
        }
        Map<String, String> texts = new TreeMap<>();
        List<String> skipped = new ArrayList<>();
        int entries = 0;
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw bad("holds more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                if (unsafe(name)) {
                    throw bad("holds an entry that leaves the folder: '" + name + "'");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = read(in, entry.getName());
                total += content.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw bad("unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
                }
                String path = withoutOuterFolder(name);
                if (CONTENT_FILE.matcher(path).matches()) {
                    if (texts.put(path, utf8(content, name)) != null) {
                        throw bad("holds '" + path + "' twice");
                    }
                } else {
                    skipped.add(name);
                }
            }
        } catch (ZipException e) {
            throw bad("is not a readable zip: " + e.getMessage());
        } catch (IOException e) {
            throw bad("cannot be read: " + e.getMessage());
        }
        if (entries == 0) {
            throw bad("is not a zip, or an empty one: choose a .zip of a content folder");
        }
        return new Unpacked(items(texts), List.copyOf(skipped));
    }

    private static List<Found> items(Map<String, String> texts) {
        Map<String, Map<String, String>> scenarios = new TreeMap<>();
        Map<String, Map<String, String>> modules = new TreeMap<>();
        texts.forEach((path, text) -> {
            Matcher m = CONTENT_FILE.matcher(path);
            if (!m.matches()) {
                return;
            }
            String id = m.group(2);
            String file = m.group(3);
            switch (m.group(1)) {
                case "scenarios" ->
                    scenarios.computeIfAbsent(id, k -> new TreeMap<>()).put(file, text);
                case "modules" ->
                    modules.computeIfAbsent(id, k -> new TreeMap<>()).put(file, text);
                default -> modules.computeIfAbsent(id, k -> new TreeMap<>()).put("refreshers/" + file, text);
            }
        });
        List<Found> found = new ArrayList<>();
        scenarios.forEach((id, files) -> found.add(new Found(AuthoredItem.SCENARIO, id, files)));
        modules.forEach((id, files) -> found.add(new Found(AuthoredItem.MODULE, id, files)));
        return found;
    }

    /** Absolute, with a drive letter or backslashes, or with a {@code ..} part: no entry of a content folder. */
    private static boolean unsafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** {@code content/scenarios/x/...} and {@code my-export/scenarios/x/...} are read as {@code scenarios/x/...}. */
    private static String withoutOuterFolder(String name) {
        if (CONTENT_FILE.matcher(name).matches()) {
            return name;
        }
        int slash = name.indexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }

    private static byte[] read(InputStream in, String name) throws IOException {
        byte[] content = in.readNBytes(MAX_FILE_BYTES + 1);
        if (content.length > MAX_FILE_BYTES) {
            throw bad("holds '" + name + "', larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB unpacked");
        }
        return content;
    }

    private static String utf8(byte[] content, String name) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw bad("holds '" + name + "', which is not UTF-8 text");
        }
    }

    private static ApiException bad(String message) {
        return ApiException.invalidField("file", message);
    }
}
