package org.sescert.checking.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;


import org.sescert.findings.Finding;
import org.sescert.policy.Policy;
import org.sescert.rating.PrbCase;
import org.sescert.rating.PrbRules;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks every PRB the cycle names. SQL gathers each board's members, how many career
 * appointees it reviews and which members it reviews; the rules are {@link PrbRules}.
 */
public final class PrbCheck implements Tasklet {

    private final JdbcTemplate jdbc;
    private final CheckRun run;

    public PrbCheck(JdbcTemplate jdbc, CheckRun run) {
        this.jdbc = jdbc;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        String cycle = run.cycleId();
        Policy policy = run.policy();

        Map<String, List<PrbCase.Member>> members = new TreeMap<>();
        jdbc.query("""
                select prb_id, member_id, appointment_type, fr_published, service_start
                from prb_member where cycle_id = ? order by prb_id, member_id""", rs -> {
            members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new PrbCase.Member(rs.getString(2), rs.getString(3),
                    rs.getObject(4, java.time.LocalDate.class), rs.getObject(5, java.time.LocalDate.class)));
        }, cycle);
        Map<String, Long> careerReviewed = new TreeMap<>();
        jdbc.query("""
                select prb_id, count(*) filter (where appointment_type = 'CAREER')
                from executive where cycle_id = ? and prb_id is not null group by prb_id""",
                rs -> {
                    careerReviewed.put(rs.getString(1), rs.getLong(2));
                }, cycle);
        Map<String, List<String>> selfReviews = new TreeMap<>();
        jdbc.query("""
                select m.prb_id, m.member_id from prb_member m
                join executive e on e.cycle_id = m.cycle_id and e.executive_id = m.member_id and e.prb_id = m.prb_id
                where m.cycle_id = ? order by 1, 2""",
                rs -> {
                    selfReviews.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, cycle);

        // Every board the cycle names: with members, or only on executives' rows (then with none).
        java.util.SortedSet<String> boards = new java.util.TreeSet<>(members.keySet());
        boards.addAll(careerReviewed.keySet());
        List<Finding> findings = new ArrayList<>();
        for (String board : boards) {
            findings.addAll(PrbRules.check(new PrbCase(board, members.getOrDefault(board, List.of()), careerReviewed.getOrDefault(board, 0L),
                    selfReviews.getOrDefault(board, List.of())), policy));
        }
        RunFindings.write(jdbc.getDataSource(), run, findings);
        return RepeatStatus.FINISHED;
    }
}
