package org.sescert.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The folder of one cycle's or one quarter's outputs, {@code out/<cycle or quarter>/}. The
 * name comes from the user's data, so it may hold only letters, digits, '.', '_' and '-' and
 * never climbs out of the output root.
 */
public record OutputFolder(String subject, Path dir) {

    /** A cycle or quarter id that can name a folder. */
    public static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}");

    public static OutputFolder under(Path root, String subject) {
        if (subject == null || !SAFE_NAME.matcher(subject).matches()) {
            throw new IllegalArgumentException("'" + subject + "' cannot name an output folder: letters, digits, '.', '_' and '-' only");
        }
        return new OutputFolder(subject, root.resolve(subject));
    }

    /** A folder inside this one, e.g. the rejects of a refused load. */
    public OutputFolder folder(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' cannot name an output folder");
        }
        return new OutputFolder(subject + "/" + name, dir.resolve(name));
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    /** The folder, created if it is not there yet. */
    public Path create() throws IOException {
        return Files.createDirectories(dir);
    }
}
