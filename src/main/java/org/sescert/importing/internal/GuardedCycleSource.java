package org.sescert.importing.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.sescert.importing.SheetLayout;
import org.sescert.importing.SourceRow;

/**
 * Every source as the importer sees it: whatever a reader or its library throws, at any point
 * of the read, reaches the importer as one refusal naming the input and the sheet (through
 * {@link ReadFailures}), never as a library's exception.
 */
final class GuardedCycleSource implements CycleSource {

    private final CycleSource source;

    GuardedCycleSource(CycleSource source) {
        this.source = source;
    }

    private <T> T guarded(String sheet, Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof OutOfMemoryError)) {
                throw e;
            }
            throw ReadFailures.refusal(where(sheet), source.kind(), e);
        }
    }

    private String where(String sheet) {
        return source.displayName() + (sheet == null ? "" : source.kind().equals("XLSX") ? ", sheet " + sheet
                : source.location(sheet).map(file -> file.equals(source.displayName()) ? "" : ", " + file).orElse(""));
    }

    @Override
    public String kind() {
        return source.kind();
    }

    @Override
    public String displayName() {
        return source.displayName();
    }

    @Override
    public List<InputFile> inputs() {
        return guarded(null, source::inputs);
    }

    @Override
    public Optional<String> location(String sheetName) {
        return guarded(null, () -> source.location(sheetName));
    }

    @Override
    public Optional<List<String>> header(String sheetName) {
        return guarded(sheetName, () -> source.header(sheetName));
    }

    @Override
    public Map<String, String> cycleValues() {
        return guarded(org.sescert.importing.CycleLayout.CYCLE_SHEET, source::cycleValues);
    }

    @Override
    public List<String> warnings() {
        return source.warnings();
    }

    @Override
    public RowStream rows(SheetLayout sheet) {
        RowStream rows = guarded(sheet.name(), () -> source.rows(sheet));
        return new RowStream() {
            @Override
            public SourceRow next() {
                try {
                    return rows.next();
                } catch (Exception | Error e) {
                    if (e instanceof VirtualMachineError && !(e instanceof OutOfMemoryError)) {
                        throw (Error) e;
                    }
                    throw ReadFailures.refusal(where(sheet.name()), source.kind(), e);
                }
            }

            @Override
            public List<String> warnings() {
                return rows.warnings();
            }

            @Override
            public long bytesRead() {
                return rows.bytesRead();
            }

            @Override
            public long bytesTotal() {
                return rows.bytesTotal();
            }

            @Override
            public void close() {
                try {
                    rows.close();
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(GuardedCycleSource.class).warn("closing a sheet of {} failed", source.displayName(), e);
                }
            }
        };
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(GuardedCycleSource.class).warn("closing {} failed", source.displayName(), e);
        }
    }
}
