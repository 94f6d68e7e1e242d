package org.sescert.importing;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.sescert.importing.internal.LoadOutputs;
import org.sescert.importing.internal.RejectsExport;
import org.sescert.jobs.Subject;
import org.sescert.jobs.SubjectLock;
import org.sescert.output.OutputFolder;
import org.sescert.output.OutputFolders;
import org.sescert.system.RefusedException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every load of every cycle, kept: when, by whom, from which file (and its SHA-256), with what
 * counts, and whether it became current, was refused or failed. Going back to an earlier load is
 * one switch of the cycle's current load.
 */
@Service
public class LoadHistory {

    /** One load, as {@code sescert loads} lists it. */
    public record Load(long loadId, String cycleId, String status, boolean current, OffsetDateTime startedAt, String loadedBy, String source,
                       String sha256, long executives, long rejected, String refusal) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final OutputFolders outputs;

    public LoadHistory(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction, OutputFolders outputs) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.outputs = outputs;
    }

    /** The files a load's rejects are written to: {@code rejects.csv} and {@code rejects.xlsx}. */
    public static final List<String> REJECTS_FILES = List.of(RejectsExport.CSV,
            RejectsExport.XLSX);

    /**
     * Writes a load's rejects into a folder, as the import does (for a package that must carry them).
     *
     * @return whether the load has rejects, and so whether the files were written
     */
    public boolean writeRejects(long loadId, OutputFolder folder) throws IOException {
        return RejectsExport.write(jdbc, layout(loadId), loadId, folder);
    }

    /** The loads of one cycle, or of every cycle (null), newest first. */
    public List<Load> list(String cycleId) {
        return jdbc.query("""
                select l.load_id, l.cycle_id, l.status,
                       exists (select 1 from cycle c where c.load_id = l.load_id) or exists (select 1 from goal_set g where g.load_id = l.load_id) as current,
                       l.started_at, l.loaded_by, l.source_name,
                       (select string_agg(i.sha256, ' ' order by i.name) from load_input i where i.load_id = l.load_id) as sha256,
                       coalesce((select rows_loaded from load_sheet_count s where s.load_id = l.load_id
                                 and s.sheet = case l.kind when 'GOALS' then 'Goals' else 'Executives' end), 0),
                       coalesce((select sum(rows_rejected) from load_sheet_count s where s.load_id = l.load_id), 0),
                       l.refusal
                from load l
                where :cycle::text is null or l.cycle_id = :cycle
                order by l.load_id desc""", new MapSqlParameterSource("cycle", cycleId),
                (rs, i) -> new Load(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getObject(5, OffsetDateTime.class),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getLong(10), rs.getString(11)));
    }

    /**
     * Makes an earlier load its cycle's current load again: the cycle's data, and its output
     * folder's rejects and manifest, are that load's from now on.
     *
     * @return the cycle whose load changed
     * @throws RefusedException when there is no such load, or it never became current (refused or failed)
     */
    public String use(long loadId) throws IOException {
        List<Map<String, Object>> found = jdbc.queryForList("select cycle_id, status from load where load_id = :load", Map.of("load", loadId));
        if (found.isEmpty()) {
            throw new RefusedException("there is no load " + loadId + "; sescert loads lists them.");
        }
        String cycleId = (String) found.get(0).get("cycle_id");
        if (!"LOADED".equals(found.get(0).get("status"))) {
            throw new RefusedException("load " + loadId + " of " + cycleId + " was " + ((String) found.get(0).get("status")).toLowerCase(java.util.Locale.ROOT)
                    + " and never held the cycle's data; only a load that was accepted can be made current.");
        }
        // Not while an import of the same cycle runs: it is about to switch the cycle itself.
        try (SubjectLock lock = SubjectLock.acquire(jdbc.getJdbcTemplate().getDataSource(), Subject.cycle("import", cycleId))) {
            transaction.executeWithoutResult(status -> {
                if (layout(loadId) == GoalsLayout.WORKBOOK) {
                    jdbc.update("update goal_set set load_id = :load", Map.of("load", loadId));
                    return;
                }
                jdbc.update("""
                        update cycle c set agency_code = l.agency_code, agency_name = l.agency_name, period_start = l.period_start,
                            period_end = l.period_end, policy = l.policy, administration_start = l.administration_start, load_id = l.load_id
                        from load l where l.load_id = :load and c.cycle_id = l.cycle_id""", Map.of("load", loadId));
                jdbc.update("delete from cycle_check where cycle_id = :cycle", Map.of("cycle", cycleId));
                // As after an import: the views' joins to the cycle need its statistics (CyclePublisher).
                jdbc.getJdbcOperations().execute("analyze cycle");
            });
            LoadOutputs.write(jdbc, outputs, layout(loadId), loadId, "loads use", -1);
        }
        return cycleId;
    }

    private WorkbookLayout layout(long loadId) {
        String kind = jdbc.queryForObject("select kind from load where load_id = :load", Map.of("load", loadId), String.class);
        return "GOALS".equals(kind) ? GoalsLayout.WORKBOOK : CycleLayout.WORKBOOK;
    }

    public OutputFolder folder(String cycleId) {
        return outputs.of(cycleId);
    }
}
