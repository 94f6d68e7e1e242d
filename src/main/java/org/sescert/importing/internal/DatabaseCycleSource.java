package org.sescert.importing.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.sescert.importing.CycleLayout;
import org.sescert.importing.ImportRefusedException;
import org.sescert.importing.SheetLayout;
import org.sescert.importing.SourceRow;

/**
 * The cycle read from a source database: tables or views named after the sheets, with the
 * sheets' columns, in one schema. Values are read as the text a spreadsheet cell would hold,
 * so that every source goes through the same checks. Credentials come from the environment
 * ({@code SESCERT_SOURCE_DB_USER}, {@code SESCERT_SOURCE_DB_PASSWORD}) or the URL.
 */
final class DatabaseCycleSource implements CycleSource {

    private static final int FETCH_ROWS = 2000;

    private final String url;
    private final String schema;
    private final Connection connection;
    /** Normalized sheet name to the table or view, qualified and quoted as the database spells it. */
    private final Map<String, String> tables = new LinkedHashMap<>();

    DatabaseCycleSource(String url, String schema, String user, String password) {
        this.url = url;
        this.schema = schema;
        if (schema != null && !org.sescert.system.SqlIdentifier.isSafe(schema)) {
            throw new ImportRefusedException("--source-schema '" + schema + "' is not a plain SQL name: use letters, digits and underscores only, "
                    + "starting with a letter (at most 63 characters).");
        }
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        try {
            this.connection = DriverManager.getConnection(url, credentials);
            connection.setReadOnly(true);
            // PostgreSQL streams a result with a cursor only inside a transaction.
            connection.setAutoCommit(false);
            DatabaseMetaData meta = connection.getMetaData();
            // Without --source-schema, the connection's own schema: never whatever schema has a table of that name.
            String readSchema = schema != null ? schema : connection.getSchema();
            // The schema is a pattern to the driver: its '_' must match itself only.
            String escape = meta.getSearchStringEscape();
            String pattern = readSchema == null || escape == null ? readSchema : readSchema.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
            try (ResultSet rs = meta.getTables(null, pattern, "%", new String[] {"TABLE", "VIEW", "MATERIALIZED VIEW"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    tables.putIfAbsent(CycleLayout.normalize(table), qualified(rs.getString("TABLE_SCHEM"), table));
                }
            }
        } catch (SQLException e) {
            throw new ImportRefusedException("cannot read the source database " + displayName() + " (" + XlsxCycleSource.oneLine(e) + ").", e);
        }
    }

    @Override
    public String kind() {
        return "DATABASE";
    }

    @Override
    public String displayName() {
        // Never show what follows '?': it may carry a password.
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return base + (schema == null ? "" : " schema " + schema);
    }

    @Override
    public List<InputFile> inputs() {
        return tables.values().stream().map(t -> new InputFile(t, null, 0)).toList();
    }

    @Override
    public Optional<String> location(String sheetName) {
        return table(sheetName);
    }

    @Override
    public Optional<List<String>> header(String sheetName) {
        return table(sheetName).map(table -> {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("select * from " + table + " where 1 = 0")) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    names.add(meta.getColumnName(i));
                }
                return names;
            } catch (SQLException e) {
                throw refusal(table, e);
            }
        });
    }

    @Override
    public Map<String, String> cycleValues() {
        Map<String, String> values = new LinkedHashMap<>();
        table(CycleLayout.CYCLE_SHEET).ifPresent(table -> {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("select * from " + table)) {
                while (rs.next()) {
                    String key = text(rs, 1);
                    if (key != null && !key.isBlank()) {
                        values.putIfAbsent(key.strip(), rs.getMetaData().getColumnCount() > 1 ? text(rs, 2) : "");
                    }
                }
            } catch (SQLException e) {
                throw refusal(table, e);
            }
        });
        return values;
    }

    @Override
    public RowStream rows(SheetLayout sheet) {
        String table = table(sheet.name()).orElseThrow(() -> new IllegalStateException(sheet.name() + " is absent"));
        try {
            Statement st = connection.createStatement();
            st.setFetchSize(FETCH_ROWS);
            ResultSet rs = st.executeQuery("select * from " + table);
            ResultSetMetaData meta = rs.getMetaData();
            List<String> header = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                header.add(meta.getColumnName(i));
            }
            Map<Integer, String> columns = HeaderMap.of(sheet, header);
            return new RowStream() {
                // Row numbers as if the table were a sheet with a header in row 1.
                private long rowNumber = 1;

                @Override
                public SourceRow next() throws SQLException {
                    while (rs.next()) {
                        rowNumber++;
                        Map<String, String> values = new HashMap<>();
                        boolean blank = true;
                        for (Map.Entry<Integer, String> column : columns.entrySet()) {
                            String value = text(rs, column.getKey() + 1);
                            values.put(column.getValue(), value);
                            blank &= value == null || value.isBlank();
                        }
                        if (!blank) {
                            return new SourceRow(rowNumber, values);
                        }
                    }
                    return null;
                }

                @Override
                public void close() {
                    try {
                        st.close();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
        } catch (SQLException e) {
            throw refusal(table, e);
        }
    }

    /** A column's value as spreadsheet-like text: ISO dates, plain numbers. */
    private static String text(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate().toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    @Override
    public void close() {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<String> table(String sheetName) {
        return Optional.ofNullable(tables.get(CycleLayout.normalize(sheetName)));
    }

    private static String qualified(String tableSchema, String table) {
        String quoted = '"' + table.replace("\"", "\"\"") + '"';
        return tableSchema == null ? quoted : '"' + tableSchema.replace("\"", "\"\"") + "\"." + quoted;
    }

    private ImportRefusedException refusal(String table, SQLException e) {
        return new ImportRefusedException("cannot read " + table + " from the source database (" + XlsxCycleSource.oneLine(e) + ").", e);
    }
}
