package nl.signaal.content;

import static nl.signaal.content.Fixtures.error;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images and callouts in lesson bodies, as the validator sees them: every problem named by file and line. */
class LessonImagesValidationTest {

    private static final String NL = "content/modules/basis/nl.yaml";
    private static final String EN = "content/modules/basis/en.yaml";
    private static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>
            """;

    @TempDir
    Path temp;

    private Path root;

    /** Module basis with one lesson whose Dutch body (and English body, if given) is the given Markdown. */
    private Path module(String dutchBody, String englishBody) throws IOException {
        root = temp.resolve("content");
        Path folder = Files.createDirectories(root.resolve("modules/basis"));
        Files.writeString(folder.resolve("module.yaml"), """
                id: basis
                version: 1
                order: 1
                competencies: [signal-recognition]
                minutes: 10
                lessons: [eerste]
                check:
                  passThreshold: 0.5
                  questions:
                    - id: vraag
                      competency: signal-recognition
                      options: [a, b]
                      correct: [a]
                """);
        Files.writeString(folder.resolve("nl.yaml"), texts("Eerste les", dutchBody));
        if (englishBody != null) {
            Files.writeString(folder.resolve("en.yaml"), texts("First lesson", englishBody));
        }
        return folder;
    }

    /** A locale file; the body starts on line 6. */
    private static String texts(String title, String body) {
        return """
                title: Basis
                summary: Kort.
                lessons:
                  eerste:
                    title: %s
                    body: |
                %s
                check:
                  questions:
                    vraag:
                      prompt: Welke?
                      options:
                        a: {text: A, feedback: Goed.}
                        b: {text: B, feedback: Fout.}
                flyer: |
                  ## Kort
                """.formatted(
                        title,
                        body.lines()
                                .map(line -> "      " + line)
                                .reduce((a, b) -> a + "\n" + b)
                                .orElse(""));
    }

    private void image(Path folder, String name, String svg) throws IOException {
        Files.createDirectories(folder.resolve("images"));
        Files.writeString(folder.resolve("images").resolve(name), svg);
    }

    private List<ContentProblem> errors() {
        return ContentLoader.load(root).errors();
    }

    @Test
    void loadsAnImageWithAltTextInEveryLocaleAndServesItsBytes() throws IOException {
        Path folder = module(
                "Tekst.\n\n![De vijf stappen](images/route.svg)", "Text.\n\n![The five steps](images/route.svg)");
        image(folder, "route.svg", SVG);

        LoadResult result = ContentLoader.load(root);

        assertEquals(List.of(), result.errors());
        TrainingModule module = result.content().module("basis").orElseThrow();
        assertEquals("image/svg+xml", module.image("route.svg").orElseThrow().contentType());
        assertArrayEquals(
                SVG.getBytes(StandardCharsets.UTF_8),
                module.image("route.svg").orElseThrow().bytes());
        String html = module.lessons().get(0).html().in("en").text();
        assertTrue(
                html.contains(
                        "<img src=\"/api/modules/basis/images/route.svg\" alt=\"The five steps\" loading=\"lazy\">"),
                html);
    }

    @Test
    void reportsAMissingAltTextWithFileAndLine() throws IOException {
        image(module("Tekst.\n\n![](images/route.svg)", null), "route.svg", SVG);

        assertEquals(
                List.of(error(
                        NL,
                        9,
                        "image 'images/route.svg' in lessons.eerste.body has no alt text: write ![what the image"
                                + " shows](images/route.svg)")),
                errors());
    }

    @Test
    void reportsAnAltTextLeftInDutch() throws IOException {
        Path folder = module("![De vijf stappen](images/route.svg)", "Text.\n\n![De vijf stappen](images/route.svg)");
        image(folder, "route.svg", SVG);

        assertEquals(
                List.of(error(
                        EN,
                        9,
                        "the alt text of image 'images/route.svg' in lessons.eerste.body is not translated: it is the"
                                + " Dutch text 'De vijf stappen'")),
                errors());
    }

    @Test
    void reportsAMissingFile() throws IOException {
        module("Tekst.\n\n![Route](images/route.svg)", null);

        assertEquals(
                List.of(error(
                        NL,
                        9,
                        "image 'images/route.svg' in lessons.eerste.body: missing file: there is no route.svg in the"
                                + " module's images/ folder")),
                errors());
    }

    @Test
    void rejectsRemoteImages() throws IOException {
        module("![Route](https://example.org/route.svg)", null);

        assertEquals(
                List.of(error(
                        NL,
                        7,
                        "remote image 'https://example.org/route.svg' in lessons.eerste.body is not allowed: put the"
                                + " file in the module's images/ folder and write images/<name>.svg (or .png, .webp)")),
                errors());
    }

    @Test
    void rejectsPathsThatLeaveTheImagesFolder() throws IOException {
        for (String path : List.of("images/../../../nl.yaml", "../andere/images/x.svg", "/etc/passwd.png", "x.svg")) {
            module("![Route](" + path + ")", null);

            assertEquals(
                    List.of(error(
                            NL,
                            7,
                            "image path '" + path + "' in lessons.eerste.body is not allowed: write"
                                    + " images/<name>.svg (or .png, .webp), a file in the module's images/ folder"
                                    + " (lowercase letters, digits and single hyphens; no folders, no ..)")),
                    errors(),
                    path);
        }
    }

    @Test
    void rejectsAnSvgWithScript() throws IOException {
        image(
                module("![Route](images/route.svg)", null),
                "route.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect onload=\"alert(1)\"/></svg>");

        assertEquals(
                List.of(error(
                        NL,
                        7,
                        "image 'images/route.svg' in lessons.eerste.body: the SVG holds 'onload=': no scripts, event"
                                + " handlers, embedded HTML or outside references (only #id references)")),
                errors());
    }

    @Test
    void reportsAnUnknownCalloutAtItsLine() throws IOException {
        module("Tekst.\n\n> [!tipp]\n> Doe dit.", null);

        assertEquals(
                List.of(error(
                        NL,
                        9,
                        "unknown callout 'tipp' (did you mean 'tip'?) in lessons.eerste.body: the kinds are"
                                + " [!kernpunten], [!let-op], [!tip], [!veiligheid]")),
                errors());
    }
}
