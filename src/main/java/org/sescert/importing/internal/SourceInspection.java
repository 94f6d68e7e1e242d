package org.sescert.importing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sescert.importing.CellReading;
import org.sescert.importing.ColumnLayout;
import org.sescert.importing.ColumnNames;
import org.sescert.importing.CycleHeader;
import org.sescert.importing.CycleLayout;
import org.sescert.importing.GoalsLayout;
import org.sescert.importing.ImportRefusedException;
import org.sescert.importing.SheetLayout;
import org.sescert.importing.WorkbookLayout;

/**
 * The file-level checks made before any row is read: the required sheets and columns are
 * there, and the Cycle sheet names one cycle, the one asked for. Whatever fails here refuses
 * the whole import with one line; nothing is loaded. Unknown columns and keys only warn.
 */
public final class SourceInspection {

    /**
     * @param header    the cycle as the Cycle sheet gives it
     * @param cycleRows how many Cycle sheet keys were read
     * @param locations for each sheet present, the file or table it lives in
     * @param warnings  what a person should know but that does not stop the import
     */
    public record Result(CycleHeader header, long cycleRows, Map<String, String> locations, List<String> warnings) {
    }

    /** A cycle id names a folder under out/, so it must not climb out of it. */
    private static final java.util.regex.Pattern SAFE_CYCLE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}");

    private SourceInspection() {
    }

    public static Result inspect(CycleSource source, String requestedCycleId) {
        // Every problem the file has, in one refusal: an analyst fixes them all before the next try.
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, String> locations = new LinkedHashMap<>();
        String cycleLocation = source.location(CycleLayout.CYCLE_SHEET).orElseThrow(() ->
                new ImportRefusedException(source.displayName() + " has no Cycle sheet; it must give agency_code, cycle_id, period_start and period_end."));
        locations.put(CycleLayout.CYCLE_SHEET, cycleLocation);
        checkSheets(source, CycleLayout.WORKBOOK, locations, problems, warnings);
        CycleHeader cycle = cycleHeader(source, cycleLocation, requestedCycleId, problems, warnings);
        warnings.addAll(0, source.warnings());
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(String.join("; ", problems) + ".");
        }
        long keys = source.cycleValues().keySet().stream().filter(k -> CycleLayout.cycleKey(k).isPresent()).count();
        return new Result(cycle, keys, locations, warnings);
    }

    /** The goals workbook: its sheets and columns; it has no key/value sheet. */
    public static Result inspectGoals(CycleSource source) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, String> locations = new LinkedHashMap<>();
        checkSheets(source, GoalsLayout.WORKBOOK, locations, problems, warnings);
        warnings.addAll(0, source.warnings());
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(String.join("; ", problems) + ".");
        }
        return new Result(null, 0, locations, warnings);
    }

    private static void checkSheets(CycleSource source, WorkbookLayout layout, Map<String, String> locations, List<String> problems,
                                    List<String> warnings) {
        for (SheetLayout sheet : layout.rowSheets()) {
            Optional<List<String>> header = source.header(sheet.name());
            if (header.isEmpty()) {
                if (sheet.required()) {
                    problems.add(source.displayName() + " has no " + sheet.name() + " sheet"
                            + (source.kind().equals("CSV") ? " (" + sheet.csvFileName() + ")" : "") + "; it is required");
                }
                continue;
            }
            String location = source.location(sheet.name()).orElseThrow();
            locations.put(sheet.name(), location);
            checkHeader(sheet, location, header.get(), problems, warnings);
        }
    }

    private static void checkHeader(SheetLayout sheet, String location, List<String> header, List<String> problems, List<String> warnings) {
        Map<String, Integer> seen = new HashMap<>();
        for (String name : header) {
            Optional<ColumnLayout> column = name == null || name.isBlank() ? Optional.empty() : sheet.column(name);
            column.ifPresent(c -> {
                if (seen.merge(c.name(), 1, Integer::sum) == 2) {
                    warnings.add(location + ", sheet " + sheet.name() + ": column " + c.name() + " appears twice; the first is read.");
                }
            });
        }
        for (String name : header) {
            if (name == null || name.isBlank() || sheet.column(name).isPresent()) {
                continue;
            }
            Optional<ColumnLayout> meant = ColumnNames.closest(sheet, name).filter(c -> !seen.containsKey(c.name()));
            if (meant.isPresent()) {
                // A near miss is a mistake, not an extra column: loading without it would drop the column's data.
                problems.add(location + ", sheet " + sheet.name() + ": column " + name + ": did you mean " + meant.get().name() + "?");
                seen.put(meant.get().name(), 0);
            } else {
                warnings.add(location + ", sheet " + sheet.name() + ": column '" + name + "' is not a template column and is ignored.");
            }
        }
        List<String> missing = sheet.requiredColumns().stream().map(ColumnLayout::name).filter(c -> !seen.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(location + ", sheet " + sheet.name() + ": required column" + (missing.size() > 1 ? "s " : " ") + ColumnNames.list(missing)
                    + (missing.size() > 1 ? " are" : " is") + " missing; the header row has "
                    + String.join(", ", header.stream().filter(h -> h != null && !h.isBlank()).toList()));
        }
    }

    private static CycleHeader cycleHeader(CycleSource source, String location, String requestedCycleId, List<String> problems, List<String> warnings) {
        Map<String, String> values = new HashMap<>();
        source.cycleValues().forEach((key, value) -> {
            if (CycleLayout.normalize(key).equals("key")) {
                return; // the header row
            }
            Optional<ColumnLayout> known = CycleLayout.cycleKey(key);
            if (known.isPresent() && value != null && !value.isBlank()) {
                CellReading reading = CellReading.read(known.get(), value);
                if (!reading.ok()) {
                    problems.add(location + ", sheet Cycle, key " + known.get().name() + ": " + reading.problem().message().replaceAll("\\.$", ""));
                } else {
                    values.put(known.get().name(), reading.value());
                }
            } else if (known.isEmpty()) {
                warnings.add(location + ", sheet Cycle: key '" + key + "' is not a template key and is ignored.");
            }
        });
        String cycleId = values.get("cycle_id");
        if (requestedCycleId != null && !SAFE_CYCLE_ID.matcher(requestedCycleId).matches()) {
            problems.add("--cycle '" + requestedCycleId + "' may hold only letters, digits, '.', '_' and '-'");
        } else if (cycleId != null && requestedCycleId != null && !cycleId.equals(requestedCycleId)) {
            problems.add(location + ", sheet Cycle: cycle_id is " + cycleId + " but --cycle asked for " + requestedCycleId);
        }
        if (cycleId != null && !SAFE_CYCLE_ID.matcher(cycleId).matches()) {
            problems.add(location + ", sheet Cycle: cycle_id '" + cycleId + "' may hold only letters, digits, '.', '_' and '-' (it names the output folder)");
        }
        if (cycleId == null && requestedCycleId != null) {
            warnings.add(location + ", sheet Cycle: cycle_id is empty; " + requestedCycleId + " from --cycle is used.");
            cycleId = requestedCycleId;
        }
        List<String> missing = new ArrayList<>();
        for (ColumnLayout key : CycleLayout.CYCLE_KEYS) {
            if (key.required() && values.get(key.name()) == null && !(key.name().equals("cycle_id") && cycleId != null)
                    && problems.stream().noneMatch(p -> p.contains("key " + key.name() + ":"))) {
                missing.add(key.name());
            }
        }
        if (!missing.isEmpty()) {
            problems.add(location + ", sheet Cycle: " + ColumnNames.list(missing) + (missing.size() > 1 ? " are" : " is") + " missing"
                    + (missing.size() > 1 ? "; they are required" : "; it is required") + (missing.contains("cycle_id") ? " (cycle_id may come from --cycle)" : ""));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        LocalDate start = LocalDate.parse(values.get("period_start"));
        LocalDate end = LocalDate.parse(values.get("period_end"));
        if (end.isBefore(start)) {
            problems.add(location + ", sheet Cycle: period_end " + end + " is before period_start " + start);
            return null;
        }
        String policy = values.get("policy");
        if (policy != null && !org.sescert.policy.PolicyCatalog.SHIPPED.contains(policy)) {
            warnings.add(location + ", sheet Cycle: policy '" + policy + "' is not a shipped pack ("
                    + String.join(", ", org.sescert.policy.PolicyCatalog.SHIPPED) + "); check it with --policy FILE.");
        }
        String admin = values.get("administration_start");
        return new CycleHeader(values.get("agency_code"), values.get("agency_name"), cycleId, start, end,
                values.get("policy"), admin == null ? null : LocalDate.parse(admin));
    }
}
