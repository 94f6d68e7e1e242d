package org.sescert.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The job repository as an operator reads it: the latest executions with their status, times, counts and exit message. */
@Service
public class JobHistory {

    /**
     * One execution: read, written and skipped are the sums over its steps. An execution the job
     * repository holds as running while no process holds its subject's lock was interrupted: the
     * process running it was killed or crashed, and it waits for sescert restart.
     */
    public record Execution(long id, String job, String subject, String status, LocalDateTime start, Duration duration, long read, long written,
                            long skipped, String exitCode, String exitMessage, boolean interrupted) {
    }

    private final JdbcTemplate jdbc;

    public JobHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Execution> latest(int limit) {
        return jdbc.query("""
                select e.job_execution_id, i.job_name,
                       (select p.parameter_value from batch_job_execution_params p
                        where p.job_execution_id = e.job_execution_id and p.parameter_name = 'subject.label') as subject,
                       e.status, e.start_time, e.end_time,
                       coalesce(sum(s.read_count), 0), coalesce(sum(s.write_count), 0),
                       coalesce(sum(s.read_skip_count + s.write_skip_count + s.process_skip_count), 0),
                       e.exit_code, e.exit_message,
                       e.status in ('STARTING', 'STARTED', 'STOPPING') and not exists (
                           select 1 from pg_locks l
                           where l.locktype = 'advisory' and l.objsubid = 2 and l.granted
                             and l.classid::text::bigint = (hashtext(a.parameter_value)::bigint & 4294967295)
                             and l.objid::text::bigint = (hashtext(k.parameter_value)::bigint & 4294967295))
                from batch_job_execution e
                join batch_job_instance i on i.job_instance_id = e.job_instance_id
                left join batch_step_execution s on s.job_execution_id = e.job_execution_id
                left join batch_job_execution_params a on a.job_execution_id = e.job_execution_id and a.parameter_name = 'subject.activity'
                left join batch_job_execution_params k on k.job_execution_id = e.job_execution_id and k.parameter_name = 'subject.id'
                group by e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time, e.exit_code, e.exit_message, a.parameter_value, k.parameter_value
                order by e.job_execution_id desc limit ?""",
                (rs, i) -> {
                    LocalDateTime start = rs.getObject(5, LocalDateTime.class);
                    LocalDateTime end = rs.getObject(6, LocalDateTime.class);
                    return new Execution(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), start,
                            start == null ? null : Duration.between(start, end == null ? LocalDateTime.now() : end),
                            rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getString(10), firstLine(rs.getString(11)),
                            rs.getBoolean(12));
                }, limit);
    }

    /** Exit messages hold stack traces; the first line says what happened. */
    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
