package org.sescert.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The one folder where the program keeps its own data (the embedded database, the logs),
 * wherever the user stands: {@code SESCERT_DATA}; else {@code data-dir} in the user's config file
 * ({@code $XDG_CONFIG_HOME/sescert/sescert.properties}, by default {@code ~/.config/sescert/});
 * else the per-user data folder of the platform ({@code $XDG_DATA_HOME/sescert}, by default
 * {@code ~/.local/share/sescert}; {@code ~/Library/Application Support/sescert} on macOS;
 * {@code %LOCALAPPDATA%\sescert} on Windows). It never depends on the working folder.
 */
public final class DataFolder {

    public static final String ENV = "SESCERT_DATA";

    private DataFolder() {
    }

    public static Path resolve() {
        // $HOME first, as the XDG folders are defined by it; Java's user.home ignores it on Linux.
        String home = System.getenv("HOME");
        return resolve(System.getenv(), home != null && !home.isBlank() ? home : System.getProperty("user.home"), System.getProperty("os.name", ""));
    }

    static Path resolve(Map<String, String> env, String home, String os) {
        String set = env.get(ENV);
        if (set != null && !set.isBlank()) {
            return Path.of(set).toAbsolutePath();
        }
        Path config = configFile(env, home);
        if (Files.isRegularFile(config)) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new RefusedException("cannot read " + config + " (" + e.getMessage() + ").", e);
            }
            String dir = properties.getProperty("data-dir");
            if (dir != null && !dir.isBlank()) {
                return Path.of(dir.strip().replaceFirst("^~(?=/|$)", home)).toAbsolutePath();
            }
        }
        String system = os.toLowerCase(Locale.ROOT);
        if (system.contains("win") && env.get("LOCALAPPDATA") != null) {
            return Path.of(env.get("LOCALAPPDATA"), "sescert");
        }
        if (system.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "sescert");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "sescert") : Path.of(home, ".local", "share", "sescert");
    }

    /** The user's config file, which may set {@code data-dir}. */
    public static Path configFile(Map<String, String> env, String home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config")).resolve("sescert").resolve("sescert.properties");
    }
}
