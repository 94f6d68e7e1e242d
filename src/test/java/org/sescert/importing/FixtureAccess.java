package org.sescert.importing;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages build inputs from the fixtures. */
public final class FixtureAccess {

    private FixtureAccess() {
    }

    public static void copyCsvWithout(Path from, Path to, String fileName, String column) throws IOException {
        FixtureWorkbooks.copyCsvWithout(from, to, fileName, column);
    }
}
