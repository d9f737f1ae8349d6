package nl.signaal.learning;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** Catalogue order for a reader: content for their own sector first, then general content, then the rest. */
public final class SectorOrder {
    private SectorOrder() {}

    public static int rank(List<String> targetGroups, @Nullable String sector) {
        if (sector != null && targetGroups.contains(sector)) {
            return 0;
        }
        return targetGroups.isEmpty() ? 1 : 2;
    }
}
