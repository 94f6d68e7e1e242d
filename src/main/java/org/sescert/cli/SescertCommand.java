package org.sescert.cli;

import java.io.PrintWriter;

import org.sescert.jobs.JobFailedException;
import org.sescert.jobs.SubjectBusyException;
import org.sescert.system.DataFolderInUseException;
import org.sescert.system.OneLine;
import org.slf4j.Logger;
import org.sescert.policy.PolicyException;
import org.sescert.system.RefusedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sescert} command and its subcommands. */
@Command(name = "sescert", mixinStandardHelpOptions = true, versionProvider = SescertCommand.ProgramVersion.class,
        description = "SES appraisal-cycle import, checks and certification evidence, as batch jobs.",
        subcommands = {DemoCommand.class, TemplateCommand.class, ImportCommand.class, LoadsCommand.class, CheckCommand.class,
                GoalsCommand.class, ReportCommand.class, RunCommand.class, JobsCommand.class, RestartCommand.class, ScheduleCommand.class,
                DatabaseCommand.class, WorkerCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:the job ran but rejected rows (import) or found findings at or above --fail-on (check)",
                "2:bad usage, or input that cannot be used; nothing was changed",
                "3:internal failure; the job can be run again once the cause is fixed",
                "4:busy: another sescert holds the data folder, or runs the same job for the same cycle or quarter;",
                "  nothing was changed; run the command again when it has finished"})
public final class SescertCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the framework's log on the console too (it always goes to the log file in the data folder).")
    void verbose(boolean on) {
        if (on) {
            Application.verbose();
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SescertCommand());
        cli.setExecutionExceptionHandler(SescertCommand::handle);
        cli.setParameterExceptionHandler(SescertCommand::badUsage);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** A usage mistake: one line saying what is wrong and where the help is, not a page of usage. */
    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        String command = cli.getCommandSpec().qualifiedName();
        cli.getErr().println("sescert: " + e.getMessage() + " (" + command + " --help shows the usage)");
        return ExitCodes.UNUSABLE;
    }

    static final class ProgramVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {org.sescert.system.Version.program()};
        }
    }

    /**
     * A user's mistake gets one line and exit 2; a data folder in use, or a job already running for
     * the same cycle, one line and exit 4; anything
     * else a short line, exit 3, and the detail in the log. Never a stack trace.
     */
    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        Throwable busy = find(e, DataFolderInUseException.class);
        if (busy == null) {
            busy = find(e, SubjectBusyException.class);
        }
        if (busy != null) {
            err.println("sescert: " + OneLine.of(busy.getMessage()));
            return ExitCodes.BUSY;
        }
        Throwable refusal = find(e, RefusedException.class);
        if (refusal == null) {
            refusal = find(e, PolicyException.class);
        }
        Logger log = org.slf4j.LoggerFactory.getLogger(SescertCommand.class);
        if (refusal != null) {
            err.println("sescert: " + OneLine.of(refusal.getMessage()));
            log.debug("refused", e);
            return ExitCodes.UNUSABLE;
        }
        Throwable failed = find(e, JobFailedException.class);
        // One line, and no more of the cause than its first line: database errors can quote row values.
        String message = failed != null ? failed.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
        err.println("sescert: internal failure: " + OneLine.first(message));
        if (failed != null && ((JobFailedException) failed).jobExecutionId() > 0) {
            err.println("Nothing was published; run the command again once the cause is fixed.");
        }
        log.error("internal failure", e);
        return ExitCodes.INTERNAL;
    }

    private static Throwable find(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }
}
