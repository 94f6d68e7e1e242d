package org.sescert.importing;

import java.nio.file.Path;

/**
 * Where an import reads a cycle from: a workbook, a folder or zip of CSV files, or a source
 * database. Credentials for a database never travel here; they come from the environment.
 */
public sealed interface ImportSource {

    record FileSource(Path path) implements ImportSource {
    }

    record DatabaseSource(String jdbcUrl, String schema) implements ImportSource {
    }

    static ImportSource file(Path path) {
        return new FileSource(path);
    }

    static ImportSource database(String jdbcUrl, String schema) {
        return new DatabaseSource(jdbcUrl, schema);
    }
}
