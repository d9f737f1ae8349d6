package nl.signaal.content;

import java.util.List;

/** The sectors a module can be aimed at (module.yaml targetGroups). */
public final class Sectors {

    public static final List<String> ALL = List.of(
            "jeugdhulp",
            "verslavingszorg",
            "maatschappelijke-opvang",
            "lvb-zorg",
            "forensische-zorg",
            "onderwijs",
            "buurtteam",
            "politie-jeugdreclassering");

    private Sectors() {}
}
