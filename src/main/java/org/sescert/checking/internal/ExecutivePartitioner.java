package org.sescert.checking.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a cycle's executives into partitions of even size by a hash of the executive id, so that
 * the rules run on several threads or, with remote partitioning, in several worker processes.
 * Each partition's context names it ({@link #PARTITION} of {@link #PARTITIONS}); its reader takes
 * only those executives ({@link ExecutiveCases#partitionSql()}).
 */
public final class ExecutivePartitioner implements Partitioner {

    public static final String PARTITION = "partition";
    public static final String PARTITIONS = "partitions";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PARTITION, i);
            context.putInt(PARTITIONS, gridSize);
            partitions.put("partition" + i, context);
        }
        return partitions;
    }
}
