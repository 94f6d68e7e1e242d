package org.sescert.operations;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.quartz.CronExpression;
import org.sescert.system.RefusedException;

/**
 * One scheduled job, as a file of jobs/ gives it (jobs/README.md): which job, when (a Quartz cron
 * expression in a time zone), what to do about fires missed while no scheduler ran, its inputs (a
 * drop folder and a file pattern) and its parameters.
 *
 * @param name       the file's name without .yml
 * @param job        cycle-close, cycle-check, goals-import or goals-review
 * @param cron       seconds minutes hours day-of-month month day-of-week [year], as Quartz reads it
 * @param misfire    fire-once (one catch-up run after downtime) or skip
 */
public record JobDefinition(String name, String job, String cron, String timeZone, String misfire, Inputs inputs, Map<String, String> parameters) {

    public static final List<String> JOBS = List.of("cycle-close", "cycle-check", "goals-import", "goals-review");

    /**
     * @param dropFolder     where input files arrive
     * @param pattern        which of them to take, a glob such as *.xlsx
     * @param sourceDatabase instead of a drop folder (cycle-close): the HR database to read the cycle from, a JDBC URL
     *                       without credentials (SESCERT_SOURCE_DB_USER and SESCERT_SOURCE_DB_PASSWORD give them)
     * @param sourceSchema   the schema of its source tables
     */
    public record Inputs(String dropFolder, String pattern, String sourceDatabase, String sourceSchema) {
    }

    public JobDefinition {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        timeZone = timeZone == null ? "UTC" : timeZone;
        misfire = misfire == null ? "fire-once" : misfire;
    }

    /** The definition's problems, each naming the file and the field; none for a usable definition. */
    public List<String> problems() {
        List<String> problems = new java.util.ArrayList<>();
        String where = "jobs/" + name + ".yml";
        if (job == null || !JOBS.contains(job)) {
            problems.add(where + ": job must be one of " + String.join(", ", JOBS) + (job == null ? "" : ", not '" + job + "'"));
        }
        if (cron == null || !CronExpression.isValidExpression(cron)) {
            problems.add(where + ": cron '" + cron + "' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. \"0 0 6 * * ?\")");
        }
        try {
            ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            problems.add(where + ": time_zone '" + timeZone + "' is not a time zone such as America/New_York");
        }
        if (!misfire.equals("fire-once") && !misfire.equals("skip")) {
            problems.add(where + ": misfire must be fire-once or skip, not '" + misfire + "'");
        }
        boolean fromDatabase = inputs != null && inputs.sourceDatabase() != null;
        if ("cycle-close".equals(job) && fromDatabase == (inputs != null && inputs.dropFolder() != null)) {
            problems.add(where + ": a cycle-close job needs either inputs.drop_folder, the folder its workbooks arrive in, or inputs.source_database, "
                    + "the JDBC URL of the HR database to read the cycle from");
        }
        if ("goals-import".equals(job) && (inputs == null || inputs.dropFolder() == null)) {
            problems.add(where + ": a goals-import job needs inputs.drop_folder, the folder its workbooks arrive in");
        }
        if (fromDatabase && !"cycle-close".equals(job)) {
            problems.add(where + ": only a cycle-close job reads inputs.source_database");
        }
        if (fromDatabase && inputs.sourceDatabase().toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            problems.add(where + ": inputs.source_database carries a password; give it in SESCERT_SOURCE_DB_PASSWORD instead");
        }
        if (inputs != null && inputs.sourceSchema() != null && !org.sescert.system.SqlIdentifier.isSafe(inputs.sourceSchema())) {
            problems.add(where + ": inputs.source_schema must be a plain SQL name (letters, digits, underscores)");
        }
        if ("cycle-close".equals(job) && fromDatabase && !parameters.containsKey("cycle")) {
            problems.add(where + ": a cycle-close job that reads a source database needs parameters.cycle, the cycle to read");
        }
        if ("cycle-check".equals(job) && !parameters.containsKey("cycle")) {
            problems.add(where + ": a cycle-check job needs parameters.cycle");
        }
        if ("goals-review".equals(job) && !parameters.containsKey("quarter")) {
            problems.add(where + ": a goals-review job needs parameters.quarter (FY2026Q4, previous or current)");
        }
        return problems;
    }

    /** @throws RefusedException naming every problem */
    public JobDefinition checked() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new RefusedException(String.join("; ", problems) + ".");
        }
        return this;
    }

    public String parameter(String key, String otherwise) {
        return parameters.getOrDefault(key, otherwise);
    }
}
