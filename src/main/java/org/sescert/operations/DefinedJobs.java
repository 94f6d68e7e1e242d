package org.sescert.operations;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.sescert.checking.CheckOutcome;
import org.sescert.checking.CycleChecker;
import org.sescert.findings.Severity;
import org.sescert.goalreview.GoalReviewer;
import org.sescert.goals.Quarter;
import org.sescert.importing.GoalsImporter;
import org.sescert.importing.ImportOptions;
import org.sescert.importing.ImportOutcome;
import org.sescert.importing.ImportSource;
import org.sescert.jobs.JobFailedException;
import org.sescert.jobs.SubjectBusyException;
import org.sescert.system.DataFolder;
import org.sescert.system.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs a job definition once, as the scheduler does when its trigger fires and as sescert run does
 * on demand. A job that takes input files takes every file of its drop folder (a relative one is
 * in the data folder) that matches its
 * pattern, in name order, one run each: a file goes to processing/ while its run works, then to
 * done/ or refused/; a file whose run failed stays in processing/ so that the failed execution
 * can be restarted from it.
 */
@Service
public class DefinedJobs {

    private static final Logger LOG = LoggerFactory.getLogger(DefinedJobs.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneId.of("UTC"));

    /** The exit code of a run that met another run of the same cycle or quarter: try again later. */
    static final int BUSY = 4;

    /** What one run of a definition did, a line per file or step, and the exit code it earns (0, 2, 3 or 4, as the commands'). */
    public record Report(String definition, List<String> lines, int exitCode) {
    }

    private final CycleCloser closer;
    private final CycleChecker checker;
    private final GoalsImporter goalsImporter;
    private final GoalReviewer reviewer;

    public DefinedJobs(CycleCloser closer, CycleChecker checker, GoalsImporter goalsImporter, GoalReviewer reviewer) {
        this.closer = closer;
        this.checker = checker;
        this.goalsImporter = goalsImporter;
        this.reviewer = reviewer;
    }

    /**
     * @param jobsFolder the folder the definition came from: a settings file it names is relative to it
     * @param fireTime   when the run was due (the scheduler's fire time, or now)
     */
    public Report run(JobDefinition definition, Path jobsFolder, Instant fireTime) {
        Runs runs = new Runs(definition.name());
        switch (definition.job()) {
            case "cycle-close" -> {
                JobDefinition.Inputs inputs = definition.inputs();
                if (inputs.sourceDatabase() != null) {
                    runs.once(() -> close(definition, ImportSource.database(inputs.sourceDatabase(), inputs.sourceSchema())));
                } else {
                    eachFile(definition, runs, file -> close(definition, ImportSource.file(file)));
                }
            }
            case "goals-import" -> eachFile(definition, runs, file -> {
                ImportOutcome outcome = goalsImporter.importGoals(ImportSource.file(file), options(definition));
                if (outcome.refused()) {
                    throw new RefusedException("load " + outcome.loadId() + " of the goals refused: " + outcome.refusal());
                }
                return "goals load " + outcome.loadId() + " current, " + outcome.rejectedRows() + " rows rejected (job execution " + outcome.jobExecutionId() + ")";
            });
            case "cycle-check" -> runs.once(() -> {
                CheckOutcome outcome = checker.check(definition.parameters().get("cycle"), definition.parameters().get("policy"));
                return outcome.cycleId() + ": check run " + outcome.runId() + " found " + outcome.count(Severity.ERROR) + " ERROR and "
                        + outcome.count(Severity.WARNING) + " WARNING findings (job execution " + outcome.jobExecutionId() + ")";
            });
            case "goals-review" -> runs.once(() -> {
                String quarter = quarter(definition.parameters().get("quarter"), fireTime, ZoneId.of(definition.timeZone()));
                GoalReviewer.GoalReviewOutcome outcome = reviewer.review(quarter, settings(definition, jobsFolder), null);
                return quarter + ": review run " + outcome.runId() + ", goals at HIGH risk " + outcome.goalsByRisk().getOrDefault(org.sescert.goals.RiskCategory.HIGH, List.of())
                        + ", files in " + outcome.folder() + " (job execution " + outcome.jobExecutionId() + ")";
            });
            default -> throw new RefusedException("jobs/" + definition.name() + ".yml: no such job " + definition.job());
        }
        return new Report(definition.name(), runs.lines, runs.exitCode);
    }

    /** A quarter parameter: FY2026Q4 as written, or previous / current relative to the fire time in the definition's time zone. */
    static String quarter(String parameter, Instant fireTime, ZoneId zone) {
        Quarter current = Quarter.containing(fireTime.atZone(zone).toLocalDate());
        return switch (parameter.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "previous" -> current.plus(-1).toString();
            case "current" -> current.toString();
            default -> Quarter.parse(parameter).toString();
        };
    }

    /** Closes the cycle the source holds; a refused load is the run's failure. */
    private String close(JobDefinition definition, ImportSource source) {
        CycleCloser.CloseOutcome close = closer.close(source, definition.parameters().get("cycle"), options(definition), definition.parameters().get("policy"));
        if (close.refused()) {
            throw new RefusedException(close.describe() + ".");
        }
        return close.describe();
    }

    private static ImportOptions options(JobDefinition definition) {
        return new ImportOptions(Double.parseDouble(definition.parameter("max_rejected", "10")), Double.parseDouble(definition.parameter("max_drop", "10")),
                Boolean.parseBoolean(definition.parameter("replace", "false")));
    }

    private static Path settings(JobDefinition definition, Path jobsFolder) {
        String settings = definition.parameters().get("settings");
        return settings == null ? null : jobsFolder.resolve(settings);
    }

    private interface FileRun {
        String run(Path file) throws IOException;
    }

    private void eachFile(JobDefinition definition, Runs runs, FileRun run) {
        Path drop = DataFolder.resolve().resolve(definition.inputs().dropFolder());
        if (!Files.isDirectory(drop)) {
            runs.add(2, "drop folder " + drop + " does not exist; nothing to do");
            return;
        }
        String pattern = definition.inputs().pattern() == null ? "*" : definition.inputs().pattern();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<Path> files;
        try (Stream<Path> listing = Files.list(drop)) {
            files = listing.filter(f -> (Files.isRegularFile(f) || Files.isDirectory(f) && !List.of("processing", "done", "refused").contains(f.getFileName().toString()))
                    && matcher.matches(f.getFileName())).sorted().toList();
        } catch (IOException e) {
            runs.add(3, "cannot list " + drop + " (" + e.getMessage() + ")");
            return;
        }
        if (files.isEmpty()) {
            runs.add(0, "no file matching " + pattern + " in " + drop + "; nothing to do");
        }
        for (Path file : files) {
            try {
                Path working = move(file, drop.resolve("processing"));
                try {
                    runs.add(0, file.getFileName() + ": " + run.run(working));
                    move(working, drop.resolve("done"));
                } catch (SubjectBusyException e) {
                    Files.move(working, drop.resolve(working.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                    runs.add(BUSY, file.getFileName() + ": " + e.getMessage() + " It stays in the drop folder for the next run.");
                } catch (RefusedException e) {
                    runs.add(2, file.getFileName() + ": " + e.getMessage() + " Moved to refused/.");
                    move(working, drop.resolve("refused"));
                } catch (JobFailedException e) {
                    runs.add(3, file.getFileName() + ": " + e.getMessage() + "; it stays in processing/: restart the execution with sescert restart "
                            + e.jobExecutionId());
                }
            } catch (IOException e) {
                runs.add(3, file.getFileName() + ": cannot move it (" + e.getMessage() + ")");
            }
        }
    }

    /**
     * After sescert restart completed a close that a drop folder's file started: the file leaves
     * processing/ for done/ or refused/, as it would have had its first run finished.
     *
     * @return where the file went, or empty when the close was not started from a drop folder
     */
    public java.util.Optional<Path> settle(CycleCloser.CloseOutcome close) throws IOException {
        Path input = close.input();
        if (input == null || input.getParent() == null || !input.getParent().getFileName().toString().equals("processing") || !Files.exists(input)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(move(input, input.getParent().resolveSibling(close.refused() ? "refused" : "done")));
    }

    /** Moves a file into a folder, its name stamped with the time so that a resubmitted file never overwrites an earlier one. */
    private static Path move(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        String stamped = name.matches("\\d{8}T\\d{6}-.*") ? name : STAMP.format(Instant.now()) + "-" + name;
        return Files.move(file, folder.resolve(stamped), StandardCopyOption.ATOMIC_MOVE);
    }

    /** An error's first line: a database error's later lines quote the row it failed on, a Privacy Act record. */
    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message);
    }

    /** The lines and the worst exit code of one run. */
    private static final class Runs {
        /** Exit codes from least to most serious: a failure outranks a busy cycle, which outranks a refused file. */
        private static final List<Integer> RANK = List.of(0, 2, BUSY, 3);
        private final String definition;
        private final List<String> lines = new ArrayList<>();
        private int exitCode;

        Runs(String definition) {
            this.definition = definition;
        }

        void add(int code, String line) {
            lines.add(line);
            exitCode = RANK.indexOf(code) > RANK.indexOf(exitCode) ? code : exitCode;
            LOG.info("{}: {}", definition, line);
        }

        void once(java.util.concurrent.Callable<String> run) {
            try {
                add(0, run.call());
            } catch (SubjectBusyException e) {
                add(BUSY, e.getMessage());
            } catch (RefusedException e) {
                add(2, e.getMessage());
            } catch (JobFailedException e) {
                add(3, e.getMessage() + "; restart it with sescert restart " + e.jobExecutionId());
            } catch (Exception e) {
                LOG.error("{}: the run failed", definition, e);
                add(3, "internal failure: " + firstLine(e));
            }
        }
    }
}
