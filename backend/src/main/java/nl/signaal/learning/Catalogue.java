package nl.signaal.learning;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.web.ApiException;

/** The shipped modules in catalogue order ({@link SectorOrder}). */
@Singleton
class Catalogue {
    private final Content content;

    Catalogue(Content content) {
        this.content = content;
    }

    List<TrainingModule> forSector(@Nullable String sector) {
        return content.modules().stream()
                .sorted(Comparator.comparingInt((TrainingModule m) -> SectorOrder.rank(m.targetGroups(), sector))
                        .thenComparingInt(TrainingModule::order)
                        .thenComparing(TrainingModule::id))
                .toList();
    }

    TrainingModule module(String id) {
        return content.module(id).orElseThrow(() -> ApiException.notFound("There is no module '" + id + "'."));
    }
}
