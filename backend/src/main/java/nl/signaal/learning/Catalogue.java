package nl.signaal.learning;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.web.ApiException;

import java.util.Comparator;
import java.util.List;

/** The shipped modules, ordered for a reader: their own sector's first, then general ones, then the rest. */
@Singleton
class Catalogue {
    private final Content content;

    Catalogue(Content content) {
        this.content = content;
    }

    List<TrainingModule> forSector(@Nullable String sector) {
        return content.modules().stream()
                .sorted(Comparator.comparingInt((TrainingModule m) -> rank(m, sector))
                        .thenComparingInt(TrainingModule::order).thenComparing(TrainingModule::id))
                .toList();
    }

    TrainingModule module(String id) {
        return content.module(id).orElseThrow(() -> ApiException.notFound("There is no module '" + id + "'."));
    }

    private static int rank(TrainingModule module, @Nullable String sector) {
        if (sector != null && module.targetGroups().contains(sector)) {
            return 0;
        }
        return module.targetGroups().isEmpty() ? 1 : 2;
    }
}
