package nl.signaal.insight;

import java.util.List;

/** Counts per mandatory module for a scope, in SQL (part "status" implements it; the regional view sums it). */
public interface StatusCounting {
    List<ModuleCounts> count(InsightScope scope);
}
