package nl.signaal.authoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a new draft starts from: the smallest scenario or module the validator accepts, so a trainer starts from
 * something that plays and changes it, instead of from an empty page full of errors.
 */
final class AuthoringTemplates {
    private static final Pattern ID_LINE = Pattern.compile("(?m)^id:.*$");
    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^version:.*$");

    private AuthoringTemplates() {}

    static Map<String, String> scenario(String id) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("scenario.yaml", """
                id: %s
                version: 1
                order: 100
                targetGroups: []
                competencies: [signal-recognition]
                minutes: 5
                variables:
                  trust: { type: int, initial: 2, min: 0, max: 5 }
                start: begin
                nodes:
                  begin:
                    speaker: jongere
                    choices:
                      - id: doorvragen
                        to: goed
                        effects: trust += 1
                        points: { signal-recognition: 2 }
                        recommended: true
                      - id: afwachten
                        to: afgewacht
                        points: { signal-recognition: -1 }
                  goed:
                    ending: good
                  afgewacht:
                    ending: poor
                """.formatted(id));
        files.put("nl.yaml", """
                title: Nieuwe casus
                summary: Een korte casus om mee te beginnen.
                characters:
                  jongere: Sam (16)
                nodes:
                  begin:
                    text: Sam vertelt dat hij 'klusjes' doet voor een oudere jongen.
                    choices:
                      doorvragen:
                        text: Vraag wat voor klusjes het zijn.
                        feedback: Goed. Doorvragen helpt je signalen te zien.
                      afwachten:
                        text: Zeg dat het vast wel meevalt.
                        feedback: Riskant. Zo stop je het gesprek.
                  goed:
                    text: Sam vertelt meer.
                    debrief: Je vroeg door en hoorde meer.
                  afgewacht:
                    text: Sam zegt niets meer.
                    debrief: Je wachtte af en miste signalen.
                """);
        return files;
    }

    static Map<String, String> module(String id) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("module.yaml", """
                id: %s
                version: 1
                order: 100
                targetGroups: []
                competencies: [signal-recognition]
                minutes: 10
                lessons:
                  - eerste-les
                check:
                  passThreshold: 0.7
                  questions:
                    - id: eerste-vraag
                      competency: signal-recognition
                      multiple: false
                      options: [a, b]
                      correct: [a]
                """.formatted(id));
        files.put("nl.yaml", """
                title: Nieuwe module
                summary: Een korte module om mee te beginnen.
                flyer: |
                  ## Onthoud
                  - Doorvragen helpt.
                lessons:
                  eerste-les:
                    title: Eerste les
                    body: |
                      ## Waar gaat het over?

                      Schrijf hier de les.
                check:
                  questions:
                    eerste-vraag:
                      prompt: Wat helpt om signalen te zien?
                      options:
                        a:
                          text: Doorvragen naar wat er speelt.
                          feedback: Goed. Doorvragen laat je meer horen.
                        b:
                          text: Afwachten tot het vanzelf duidelijk wordt.
                          feedback: Afwachten laat signalen liggen.
                """);
        return files;
    }

    /** A shipped scenario's files as the start of a variant: the variant's own id, and version 1. */
    static Map<String, String> variant(Map<String, String> shipped, String id) {
        Map<String, String> files = new LinkedHashMap<>(shipped);
        String structure = files.get("scenario.yaml");
        if (structure != null) {
            structure = ID_LINE.matcher(structure).replaceFirst(Matcher.quoteReplacement("id: " + id));
            structure = VERSION_LINE.matcher(structure).replaceFirst("version: 1");
            files.put("scenario.yaml", structure);
        }
        return files;
    }
}
