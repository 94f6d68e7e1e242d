package org.sescert.checking.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Splits a cycle's executives into partitions of even size by ranges of executive id, so that the
 * rules run on several threads or, with remote partitioning, in several worker processes. Ranges,
 * not a hash: PostgreSQL estimates a range from its statistics, where a hash filter looked like a
 * handful of rows and the planner chose a nested loop that ran the element aggregate per row.
 * Each partition's context holds its range ({@link #FROM} inclusive, {@link #TO} exclusive; absent
 * at the ends); its reader takes those executives ({@link ExecutiveCases#partitionSql}). Not final: step scope proxies it.
 */
public class ExecutivePartitioner implements Partitioner {

    public static final String FROM = "from";
    public static final String TO = "to";

    private final JdbcTemplate jdbc;
    private final String cycleId;

    public ExecutivePartitioner(JdbcTemplate jdbc, String cycleId) {
        this.jdbc = jdbc;
        this.cycleId = cycleId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        // The first executive id of each of gridSize equal tiles, in the order the range filter compares.
        List<String> starts = jdbc.queryForList("""
                select min(executive_id) from (
                    select executive_id, ntile(?) over (order by executive_id) as tile from executive where cycle_id = ?) tiles
                group by tile order by 1""", String.class, gridSize, cycleId);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < Math.max(1, starts.size()); i++) {
            ExecutionContext context = new ExecutionContext();
            if (i > 0) {
                context.putString(FROM, starts.get(i));
            }
            if (i + 1 < starts.size()) {
                context.putString(TO, starts.get(i + 1));
            }
            partitions.put("partition" + i, context);
        }
        return partitions;
    }
}
