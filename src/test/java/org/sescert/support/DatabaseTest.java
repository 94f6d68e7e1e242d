package org.sescert.support;

import java.util.ArrayList;
import java.util.List;

import org.sescert.SescertApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the tests that need the database: a real PostgreSQL (embedded, throw-away), the
 * schema from Flyway, one Spring context shared by every such test class.
 */
@SpringBootTest(classes = SescertApplication.class, properties = {
        "sescert.embedded.ephemeral=true",
        "sescert.out-dir=target/test-out"})
public abstract class DatabaseTest {

    @Autowired
    protected JdbcTemplate jdbc;

    /** Every row of the cycle's domain tables, as text, in a stable order: what "the same load" means. */
    protected List<String> cycleContents(String cycleId) {
        List<String> rows = new ArrayList<>();
        rows.addAll(dump("select cycle_id, agency_code, agency_name, period_start, period_end, policy, administration_start from cycle where cycle_id = ?", cycleId));
        for (String table : List.of("executive", "element_rating", "pay", "org_assessment", "prb_member", "rating_history")) {
            rows.addAll(dump("select * from " + table + " t where cycle_id = ? order by t::text", cycleId));
        }
        return rows;
    }

    private List<String> dump(String sql, String cycleId) {
        String table = sql.replaceAll(".* from (\\w+).*", "$1");
        return jdbc.query(sql, (rs, i) -> {
            StringBuilder row = new StringBuilder(table);
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.append('|').append(rs.getString(c));
            }
            return row.toString();
        }, cycleId);
    }

    protected long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
