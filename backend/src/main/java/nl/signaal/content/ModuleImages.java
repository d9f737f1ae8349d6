package nl.signaal.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.signaal.content.LessonMarkdown.ImageRef;
import nl.signaal.content.LocaleTexts.Text;

/**
 * The images a module's texts show: each file must exist in the module's images/ folder, be what its name says, and
 * (for SVG) hold no script or outside reference; an alt text in another locale must differ from the Dutch one.
 */
final class ModuleImages {

    /** Hand-written diagrams are a few KB; a limit keeps a stray photo or export out of the jar and the page. */
    static final int MAX_BYTES = 300 * 1024;

    // SVG can carry scripts, event handlers, embedded HTML and outside fetches. None of that belongs in a diagram,
    // and the app shows images only as <img> (which runs no script) with a sandboxing policy: this is a third line.
    private static final Pattern UNSAFE_SVG = Pattern.compile(
            "<script|<foreignobject|<iframe|<embed|<object|<!entity|<!doctype|\\son[a-z]+\\s*=|javascript:"
                    + "|href\\s*=\\s*[\"']\\s*(?!#)|url\\(\\s*[\"']?\\s*(?!#)|@import",
            Pattern.CASE_INSENSITIVE);

    private ModuleImages() {}

    /** The module's images that every reference could use; a file with problems is left out (and reported). */
    static Map<String, ModuleImage> read(Path folder, Map<String, LocaleTexts> locales, Problems problems) {
        return read(folder, locales, problems, true);
    }

    /**
     * As {@link #read(Path, Map, Problems)}; without {@code filesAvailable} (a draft written in the browser, which has
     * no images) every image is reported missing, whatever the disk holds.
     */
    static Map<String, ModuleImage> read(
            Path folder, Map<String, LocaleTexts> locales, Problems problems, boolean filesAvailable) {
        Map<String, Optional<ModuleImage>> files = new HashMap<>();
        LocaleTexts dutch = locales.get(SupportedLocales.SOURCE);
        for (LocaleTexts texts : new TreeMap<>(locales).values()) {
            texts.texts().forEach((key, text) -> {
                for (Located<ImageRef> image : text.images()) {
                    String name = image.value().fileName().orElseThrow();
                    Optional<String> problem = files.containsKey(name)
                            ? files.get(name).isPresent() ? Optional.empty() : Optional.of("cannot be shown")
                            : filesAvailable
                                    ? check(folder.resolve("images").resolve(name))
                                    : Optional.of(missing(name));
                    if (!files.containsKey(name)) {
                        files.put(
                                name,
                                problem.isEmpty()
                                        ? load(folder.resolve("images").resolve(name))
                                        : Optional.empty());
                    }
                    problem.ifPresent(message -> problems.error(
                            texts.file(),
                            image.line(),
                            "image '" + image.value().destination() + "' in " + key + ": " + message));
                    if (dutch != null
                            && texts != dutch
                            && untranslated(dutch.texts().get(key), image.value())) {
                        problems.error(
                                texts.file(),
                                image.line(),
                                "the alt text of image '" + image.value().destination() + "' in " + key
                                        + " is not translated: it is the Dutch text '"
                                        + image.value().alt() + "'");
                    }
                }
            });
        }
        Map<String, ModuleImage> loaded = new TreeMap<>();
        files.forEach((name, image) -> image.ifPresent(found -> loaded.put(name, found)));
        return Map.copyOf(loaded);
    }

    private static boolean untranslated(Text dutch, ImageRef image) {
        return dutch != null
                && dutch.images().stream()
                        .map(Located::value)
                        .anyMatch(source -> source.destination().equals(image.destination())
                                && source.alt().equals(image.alt()));
    }

    /** Why the file cannot be shown, or empty when it is fine. */
    static Optional<String> check(Path file) {
        if (Files.isSymbolicLink(file)) {
            return Optional.of(
                    "the file " + file.getFileName() + " is a symbolic link: put the file itself in images/");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(missing(file.getFileName().toString()));
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return Optional.of("the file is larger than " + MAX_BYTES / 1024 + " KB: simplify or compress it");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.of("the file cannot be read: " + e.getMessage());
        }
        String name = file.getFileName().toString();
        String type = contentType(name);
        if (type.equals("image/svg+xml")) {
            String svg = new String(bytes, StandardCharsets.UTF_8);
            if (!svg.toLowerCase(Locale.ROOT).contains("<svg")) {
                return Optional.of("the file is not an SVG image");
            }
            var unsafe = UNSAFE_SVG.matcher(svg);
            if (unsafe.find()) {
                return Optional.of("the SVG holds '" + unsafe.group().strip()
                        + "': no scripts, event handlers, embedded HTML or outside references (only #id references)");
            }
        } else if (type.equals("image/png") && !startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return Optional.of("the file is not a PNG image");
        } else if (type.equals("image/webp")
                && (bytes.length < 12
                        || !startsWith(bytes, "RIFF".getBytes(StandardCharsets.US_ASCII))
                        || !new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP"))) {
            return Optional.of("the file is not a WebP image");
        }
        return Optional.empty();
    }

    private static String missing(String name) {
        return "missing file: there is no " + name + " in the module's images/ folder";
    }

    private static Optional<ModuleImage> load(Path file) {
        try {
            String name = file.getFileName().toString();
            return Optional.of(new ModuleImage(name, contentType(name), Files.readAllBytes(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String contentType(String name) {
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return name.endsWith(".png") ? "image/png" : "image/webp";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
