package nl.signaal.insight;

import java.util.ArrayList;
import java.util.List;

/** A piece of SQL with its {@code ?} parameters in order: what {@link InsightSql} runs. */
public record SqlPart(String sql, List<Object> parameters) {
    public SqlPart {
        parameters = List.copyOf(parameters);
    }

    /** This part followed by another, e.g. a query around {@link InsightScope#people()}. */
    public SqlPart then(String moreSql, Object... moreParameters) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(List.of(moreParameters));
        return new SqlPart(sql + moreSql, all);
    }

    /** {@code before} + this part + {@code after}, with parameters in that order. */
    public SqlPart within(String before, List<Object> beforeParameters, String after, List<Object> afterParameters) {
        List<Object> all = new ArrayList<>(beforeParameters);
        all.addAll(parameters);
        all.addAll(afterParameters);
        return new SqlPart(before + sql + after, all);
    }
}
