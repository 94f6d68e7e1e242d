package org.sescert.output;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The output root ({@code sescert.out-dir}, {@code out} by default) and the folder of each cycle or quarter under it. */
@Component
public class OutputFolders {

    private final Path root;

    public OutputFolders(@Value("${sescert.out-dir}") Path root) {
        this.root = root;
    }

    public OutputFolder of(String cycleOrQuarter) {
        return OutputFolder.under(root, cycleOrQuarter);
    }

    public Path root() {
        return root;
    }
}
