package org.sescert.cli;

import java.util.concurrent.Callable;

import org.sescert.checking.CheckOutcome;
import org.sescert.checking.CycleChecker;
import org.sescert.findings.Severity;
import org.sescert.output.OutputFolder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
                "Recomputes every summary rating and runs the rule catalogue and the analytics.",
                "",
                "Recomputes each executive's summary rating from the elements and weights and runs the rules (plans, ratings,",
                "process, PRBs, poor performance across cycles) and the analytics (distributions, organizational assessments,",
                "pay for performance) under the cycle's policy pack. Writes the findings to the database and",
                "out/<cycle>/findings.csv; re-running replaces them."})
final class CheckCommand implements Callable<Integer> {

    enum FailOn { ERROR, WARNING, NEVER }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--cycle", required = true, paramLabel = "ID", description = "The cycle to check, e.g. FY2026.")
    String cycle;

    @Option(names = "--policy", paramLabel = "NAME|FILE",
            description = "A shipped policy pack (opm-basic-2012, opm-fy2026) or a policy file; default: the one the cycle names, else the one for its fiscal year.")
    String policy;

    @Option(names = "--fail-on", paramLabel = "ERROR|WARNING|NEVER", defaultValue = "ERROR", converter = FailOnConverter.class,
            description = "Exit 1 when there are findings of this severity or worse (default ${DEFAULT-VALUE}); any case, or a prefix such as warn.")
    FailOn failOn;

    /** ERROR, WARNING or NEVER in any case, or an unambiguous prefix of one ("warn"). */
    static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            String upper = value.strip().toUpperCase(java.util.Locale.ROOT);
            java.util.List<FailOn> matches = java.util.Arrays.stream(FailOn.values()).filter(f -> !upper.isEmpty() && f.name().startsWith(upper)).toList();
            if (matches.size() != 1) {
                throw new CommandLine.TypeConversionException("expected ERROR, WARNING or NEVER (any case, or a prefix such as warn), not '" + value + "'");
            }
            return matches.get(0);
        }
    }

    @Override
    public Integer call() {
        if (!OutputFolder.SAFE_NAME.matcher(cycle).matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cycle '" + cycle + "' is not a cycle id (letters, digits, '.', '_' and '-')");
        }
        try (ConfigurableApplicationContext app = Application.start()) {
            CheckOutcome outcome = app.getBean(CycleChecker.class).check(cycle, policy);
            var out = spec.commandLine().getOut();
            CheckSummary.print(outcome, Application.database(app), out);
            int code = exitCode(outcome, failOn);
            if (code == ExitCodes.FINDINGS) {
                out.println(failOn == FailOn.ERROR
                        ? "Exit 1: " + outcome.count(Severity.ERROR) + " ERROR findings; --fail-on NEVER makes this exit 0 (--fail-on WARNING is stricter)."
                        : "Exit 1: " + (outcome.count(Severity.ERROR) + outcome.count(Severity.WARNING))
                                + " ERROR or WARNING findings (--fail-on WARNING); --fail-on ERROR or NEVER is more lenient.");
            }
            return code;
        }
    }

    static int exitCode(CheckOutcome outcome, FailOn failOn) {
        boolean fail = switch (failOn) {
            case ERROR -> outcome.count(Severity.ERROR) > 0;
            case WARNING -> outcome.count(Severity.ERROR) + outcome.count(Severity.WARNING) > 0;
            case NEVER -> false;
        };
        return fail ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
