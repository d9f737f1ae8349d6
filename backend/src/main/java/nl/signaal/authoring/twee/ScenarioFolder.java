package nl.signaal.authoring.twee;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/** Writes scenario.yaml, nl.yaml and import-report.md. */
final class ScenarioFolder {

    /** A mapping written in flow style, like the variable declarations of the spec: {@code { type: int, ... }}. */
    static final class Inline extends java.util.LinkedHashMap<String, Object> {}

    private ScenarioFolder() {}

    static void write(Path folder, Map<String, String> files, String reportMarkdown) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve("import-report.md"), reportMarkdown, StandardCharsets.UTF_8);
    }

    /**
     * scenario.yaml and nl.yaml as texts. The IFID is kept as a comment ({@code # twine-ifid: ...}), which the
     * content loader ignores, so a later import of the same story can be matched to this one.
     */
    static Map<String, String> files(TweeConversion.Scenario scenario, String ifid) {
        String comment = ifid.isEmpty() ? "" : "# twine-ifid: " + ifid.replaceAll("[\\r\\n]", "") + "\n";
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("scenario.yaml", comment + yaml(scenario.structure()));
        files.put("nl.yaml", yaml(scenario.dutch()));
        return files;
    }

    /** Block style; texts with line breaks as literal blocks so trainers can read and edit them. */
    static String yaml(Map<String, Object> document) {
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setIndicatorIndent(0)
                .setWidth(120)
                .setSplitLines(false)
                .build();
        StandardRepresenter representer = new StandardRepresenter(settings) {
            {
                this.representers.put(String.class, data -> {
                    String s = (String) data;
                    return representScalar(Tag.STR, s, s.contains("\n") ? ScalarStyle.LITERAL : ScalarStyle.PLAIN);
                });
                this.parentClassRepresenters.put(List.class, data -> {
                    Node node = representSequence(Tag.SEQ, (List<?>) data, FlowStyle.BLOCK);
                    if (((List<?>) data).stream().allMatch(String.class::isInstance)) {
                        ((CollectionNode<?>) node).setFlowStyle(FlowStyle.FLOW);
                    }
                    return node;
                });
                this.representers.put(Inline.class, data -> {
                    Node node = representMapping(Tag.MAP, (Map<?, ?>) data, FlowStyle.FLOW);
                    ((CollectionNode<?>) node).setFlowStyle(FlowStyle.FLOW);
                    return node;
                });
            }
        };
        return new Dump(settings, representer).dumpToString(document);
    }

    static String markdown(String title, String sourceName, String summary, Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# Twine import: ").append(title).append("\n\n");
        md.append("Source: `").append(sourceName).append("`  \n");
        md.append(summary).append("\n\n");
        md.append("Effects: the `(set:)`/`<<set>>` of a passage are effects on every choice that leads to it;"
                + " those of StoryInit, `startup` passages and the start passage also give the initial values.\n");
        for (Report.Severity severity : Report.Severity.values()) {
            List<Report.Entry> entries = report.entries().stream()
                    .filter(e -> e.severity() == severity)
                    .toList();
            if (entries.isEmpty()) {
                continue;
            }
            md.append("\n## ")
                    .append(
                            switch (severity) {
                                case ERROR -> "Errors";
                                case WARNING -> "Warnings";
                                case TODO -> "To do";
                                case INVALID -> "Problems validate-content reports: the scenario cannot be played yet";
                            })
                    .append(" (")
                    .append(entries.size())
                    .append(")\n\n");
            for (Report.Entry e : entries) {
                md.append("- ");
                if (e.line() > 0) {
                    md.append("line ").append(e.line());
                }
                if (!e.passage().isEmpty()) {
                    md.append(e.line() > 0 ? ", " : "")
                            .append("passage *")
                            .append(e.passage())
                            .append('*');
                }
                md.append(e.line() > 0 || !e.passage().isEmpty() ? ": " : "")
                        .append(e.message())
                        .append('\n');
            }
        }
        if (!report.unconverted().isEmpty()) {
            md.append("\n## Source that is in no node\n");
            for (Report.Unconverted u : report.unconverted()) {
                String fence = "```";
                while (u.source().contains(fence)) {
                    fence += "`";
                }
                md.append("\n### ")
                        .append(u.title())
                        .append(" (line ")
                        .append(u.line())
                        .append(")\n\n")
                        .append(fence)
                        .append('\n')
                        .append(u.source())
                        .append('\n')
                        .append(fence)
                        .append('\n');
            }
        }
        return md.toString();
    }
}
