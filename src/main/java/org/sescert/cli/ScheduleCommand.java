package org.sescert.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.sescert.operations.JobDefinition;
import org.sescert.operations.JobDefinitions;
import org.sescert.operations.ScheduleRegistrar;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Runs until stopped, firing the job definitions of the jobs folder on their cron schedules.", "",
                "Quartz keeps the schedule in the program's PostgreSQL: scheduler processes sharing a database (on one machine",
                "or several) fire each trigger once between them, and a definition never runs twice at once. After downtime, a",
                "definition with misfire: fire-once runs once to catch up, one with misfire: skip waits for its next time.",
                "The jobs folder is read at start: restart the scheduler after changing it. SIGTERM (or Ctrl-C) stops it; a job",
                "that is running finishes first. Each fire and its outcome appear here and in the log (jobs/README.md)."})
final class ScheduleCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--jobs", paramLabel = "DIR", description = "The jobs folder (default: jobs/ beside the program).")
    Path jobs;

    @Override
    public Integer call() throws Exception {
        Path folder = JobsFolder.of(jobs);
        // Every definition is checked before the database starts; one bad file stops the scheduler from starting.
        List<JobDefinition> definitions = JobDefinitions.read(folder);
        if (definitions.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the jobs folder " + folder + " holds no job definition (*.yml); see jobs/README.md");
        }
        PrintWriter out = spec.commandLine().getOut();
        ConfigurableApplicationContext app = Application.start(true);
        CountDownLatch closing = new CountDownLatch(1);
        app.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                out.println("sescert schedule: stopping; a job that is running finishes first.");
                out.flush();
                closing.countDown();
            }
        });
        List<ScheduleRegistrar.Scheduled> scheduled = app.getBean(ScheduleRegistrar.class).start(definitions, folder);
        out.printf("sescert schedule: %d job definition%s from %s (database: %s)%n", scheduled.size(), scheduled.size() == 1 ? "" : "s", folder, Application.database(app));
        // Quartz counts a fire as missed only when it is this late; a fire less late simply runs now.
        java.time.Duration threshold = java.time.Duration.ofMillis(app.getEnvironment()
                .getProperty("spring.quartz.properties.org.quartz.jobStore.misfireThreshold", Long.class, 60_000L));
        for (ScheduleRegistrar.Scheduled s : scheduled) {
            JobDefinition d = s.definition();
            out.printf("  %-20s %-13s %-22s %-18s misfire %-9s %s%n", d.name(), d.job(), d.cron(), d.timeZone(), d.misfire(), next(s, threshold));
        }
        out.println("Running; stop with SIGTERM or Ctrl-C.");
        out.flush();
        // The JVM's shutdown hook (SIGTERM, Ctrl-C) closes the context, which waits for running jobs.
        closing.await();
        return ExitCodes.OK;
    }

    /** When it fires next; a time already past was missed while no scheduler ran, and the misfire rule decides. */
    private static String next(ScheduleRegistrar.Scheduled s, java.time.Duration threshold) {
        if (s.nextFire() == null) {
            return "never fires again";
        }
        String when = WHEN.format(s.nextFire().toInstant().atZone(ZoneId.of(s.definition().timeZone())));
        if (s.nextFire().toInstant().isAfter(java.time.Instant.now())) {
            return "next " + when;
        }
        if (s.nextFire().toInstant().isAfter(java.time.Instant.now().minus(threshold))) {
            return "due " + when + ": runs now";
        }
        return "missed " + when + " while stopped: " + (s.definition().misfire().equals("skip") ? "skipped, waits for its next time" : "runs once now");
    }
}
