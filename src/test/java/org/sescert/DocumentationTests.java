package org.sescert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sescert.findings.Rule;
import org.sescert.importing.ColumnLayout;
import org.sescert.importing.CycleLayout;
import org.sescert.importing.SheetLayout;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The documentation stands alone and matches the program: every command and option the help
 * shows is in the README's commands table, every rule code is documented, and the cycle
 * workbook's description in docs/ is written from the layout the importer reads by.
 */
class DocumentationTests {

    private static final Path README = Path.of("README.md");

    @Test
    void everyCommandAndOptionInTheHelpIsInTheReadmesCommandsTable() throws IOException {
        String table = commandsTable();
        List<String> missing = new ArrayList<>();
        for (CommandSpec command : commands(org.sescert.cli.Main.commandLine().getCommandSpec())) {
            String name = command.qualifiedName();
            List<String> rows = table.lines().filter(l -> l.startsWith("| `" + name + " ") || l.startsWith("| `" + name + "`")).toList();
            if (rows.isEmpty()) {
                missing.add(name);
                continue;
            }
            for (OptionSpec option : command.options()) {
                String longest = option.longestName();
                // An option every command inherits (--verbose) is said once, under the table.
                boolean documented = option.inherited() ? table.contains("`" + longest + "`") : rows.stream().anyMatch(r -> r.contains(longest));
                if (!option.usageHelp() && !option.versionHelp() && !documented) {
                    missing.add(name + " " + longest);
                }
            }
        }
        assertThat(missing).as("commands and options missing from README.md's '## Commands' table").isEmpty();
    }

    @Test
    void everyRuleCodeIsDocumentedInTheReadmeOrDocs() throws IOException {
        StringBuilder docs = new StringBuilder(Files.readString(README));
        try (Stream<Path> files = Files.walk(Path.of("docs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                docs.append(Files.readString(file));
            }
        }
        List<String> undocumented = Stream.of(Rule.values()).map(Rule::name).filter(code -> !docs.toString().contains("`" + code + "`")).toList();
        assertThat(undocumented).as("rule codes not in README.md or docs/*.md").isEmpty();
    }

    @Test
    void theGoalsWorkbookPageIsWrittenFromTheImportersLayout() throws IOException {
        StringBuilder text = new StringBuilder("""
                # The goals workbook

                Written by `DocumentationTests` from the layout the importer reads by; do not edit by hand.
                `sescert template --goals FILE.xlsx` writes this workbook blank; `sescert goals import` reads it, or the
                same sheets as CSV files (`goals.csv`, `indicators.csv`, ...). Quarters are federal fiscal quarters
                written FY2026Q4 (Q1 is October-December; FY2026 Q4 and FY26Q4 are read too).
                """);
        for (SheetLayout sheet : org.sescert.importing.GoalsLayout.ROW_SHEETS) {
            text.append("\n## ").append(sheet.name()).append(sheet.required() ? "" : " (optional sheet)").append("\n\n")
                    .append(sheet.help()).append(". As CSV: `").append(sheet.csvFileName()).append("`.\n\n")
                    .append("| column | required | what it holds |\n|---|---|---|\n");
            sheet.columns().forEach(c -> text.append(row(c)));
        }
        Files.writeString(Path.of("docs/goals-workbook.md"), text, StandardCharsets.UTF_8);
        assertThat(Files.readString(README)).contains("(docs/goals-workbook.md)");
    }

    @Test
    void theCycleWorkbookPageIsWrittenFromTheImportersLayout() throws IOException {
        StringBuilder text = new StringBuilder("""
                # The cycle workbook

                Written by `DocumentationTests` from the layout the importer reads by; do not edit by hand.
                `sescert template FILE.xlsx` writes this workbook blank. The same sheets as CSV files
                (`cycle.csv`, `executives.csv`, ...; UTF-8, a header row) or as tables or views of a source
                database carry the same columns. Sheet and column names match without regard to case,
                spaces, underscores or hyphens; columns may come in any order. A required column missing,
                or a column whose name is close to a template column's, refuses the whole file.

                ## Cycle (two columns, `key` and `value`)

                | key | required | what it holds |
                |---|---|---|
                """);
        for (ColumnLayout key : CycleLayout.CYCLE_KEYS) {
            text.append(row(key));
        }
        for (SheetLayout sheet : CycleLayout.ROW_SHEETS) {
            text.append("\n## ").append(sheet.name()).append(sheet.required() ? "" : " (optional sheet)").append("\n\n")
                    .append(sheet.help()).append(". As CSV: `").append(sheet.csvFileName()).append("`.\n\n")
                    .append("| column | required | what it holds |\n|---|---|---|\n");
            sheet.columns().forEach(c -> text.append(row(c)));
        }
        text.append("""

                ## How the workbook is read

                - A formula is read by the result Excel saved with it, with a warning; a formula saved with no
                  result rejects its row (`FORMULA_WITHOUT_RESULT`), and a formula's error (`#N/A`) too (`CELL_ERROR`).
                - A merged range's value is its top-left cell's, as Excel stores it; the range's other cells are
                  empty. The import warns naming the ranges.
                - A hidden (or very hidden) sheet named as a template sheet is read like any other, with a
                  warning; two sheets whose names match the same template sheet refuse the file.
                - Dates in the 1904 date system read as the same days as in the 1900 system.
                - A cell over 1,000 characters rejects its row (`VALUE_TOO_LONG`); CSV rows with more or fewer
                  fields than the header are rejected (`RAGGED_ROW`). CSV files are UTF-8 (a byte-order mark is
                  allowed) or UTF-16 with a byte-order mark; other encodings are refused.
                - XML document type declarations, zip bombs, encrypted workbooks, `.xls` files and files that are
                  not workbooks are refused with one line saying what to do. The size limits are in the README.
                """);
        Path page = Path.of("docs/cycle-workbook.md");
        Files.writeString(page, text, StandardCharsets.UTF_8);
        assertThat(Files.readString(README)).contains("(docs/cycle-workbook.md)");
    }

    @Test
    void everyRejectCodeTheImporterUsesIsInTheReadme() throws IOException {
        String readme = Files.readString(README);
        java.util.regex.Pattern code = java.util.regex.Pattern.compile(
                "\"((?:BAD|DUPLICATE|UNKNOWN|MISSING|VALUE|CELL|FORMULA|RAGGED|END|TARGET|LEVEL|SCORE|NEGATIVE)_[A-Z_]+)\"");
        java.util.Set<String> codes = new java.util.TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/sescert/importing"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                java.util.regex.Matcher m = code.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        assertThat(codes).contains("RAGGED_ROW", "FORMULA_WITHOUT_RESULT", "VALUE_TOO_LONG");
        assertThat(codes.stream().filter(c -> !readme.contains("`" + c + "`")).toList()).as("reject codes missing from README.md").isEmpty();
    }

    private static String row(ColumnLayout column) {
        String codes = column.codes().isEmpty() ? "" : " Codes: " + String.join(", ", column.codes().stream().map(c -> "`" + c + "`").toList()) + ".";
        return "| `" + column.name() + "` | " + (column.required() ? "yes" : "") + " | " + column.help().replace("|", "\\|") + codes + " |\n";
    }

    private static List<CommandSpec> commands(CommandSpec root) {
        List<CommandSpec> all = new ArrayList<>();
        for (CommandLine sub : root.subcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (!all.contains(spec)) {
                all.add(spec);
                all.addAll(commands(spec));
            }
        }
        return all;
    }

    private static String commandsTable() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("## Commands\n");
        assertThat(start).as("README.md has a '## Commands' section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 5);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }
}
