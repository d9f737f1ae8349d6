package nl.signaal.content;

import java.nio.file.Path;
import java.util.List;

/**
 * The fields module.yaml and scenario.yaml both open with: what places a module or scenario in the catalogue. Read in
 * one place so both files check them alike.
 */
record CatalogueHeader(
        Located<String> id, int version, int order, List<String> targetGroups, List<String> competencies, int minutes) {

    /**
     * Reads and checks the header of a structure file; a missing id falls back to the folder name (the missing field
     * is reported by the read).
     *
     * @param kind what the file describes, in messages ("module", "scenario")
     */
    static CatalogueHeader read(YamlMap root, String kind, String folderName, Problems problems) {
        Path path = root.file().path();
        Located<String> id = root.text("id", true).orElse(new Located<>(folderName, root.line()));
        if (!Ids.isValid(id.value())) {
            problems.error(path, id.line(), Ids.formatMessage(kind, id.value()));
        } else if (!id.value().equals(folderName)) {
            problems.error(
                    path,
                    id.line(),
                    kind + " id '" + id.value() + "' does not match its folder name '" + folderName + "'");
        }
        int version = root.positive("version");
        int order = root.integer("order").map(Located::value).orElse(0);
        List<String> targetGroups = root.known("targetGroups", false, Sectors.ALL, "target group");
        List<String> competencies = root.known("competencies", true, Competencies.ALL, "competency");
        int minutes = root.positive("minutes");
        return new CatalogueHeader(id, version, order, targetGroups, competencies, minutes);
    }
}
