package org.sescert.goalreview.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.sescert.goals.GoalReviewSettings;
import org.sescert.system.RefusedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The goal review's thresholds, as data: the shipped {@code goals/goal-review.yaml}, or a copy
 * the PIO edits. The run records the source and the SHA-256 of the bytes it applied.
 */
public final class GoalSettingsFile {

    public static final String SHIPPED = "goal-review";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The settings, where they came from, their text and the SHA-256 of their bytes. */
    public record Loaded(GoalReviewSettings settings, String source, String sha256, String yaml) {
    }

    private GoalSettingsFile() {
    }

    /** The shipped settings (null) or a settings file. */
    public static Loaded load(Path file) {
        try {
            if (file == null) {
                try (InputStream in = GoalSettingsFile.class.getResourceAsStream("/goals/goal-review.yaml")) {
                    return parse(in.readAllBytes(), SHIPPED);
                }
            }
            if (!Files.isRegularFile(file)) {
                throw new RefusedException("goal-review settings " + file + " is not a file.");
            }
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new RefusedException("cannot read the goal-review settings " + (file == null ? SHIPPED : file) + " (" + e.getMessage() + ").", e);
        }
    }

    /** Settings as a run recorded them: the recorded text must still have the recorded hash. */
    public static Loaded recorded(String source, String yaml, String sha256) {
        Loaded loaded = parse(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), source);
        if (!loaded.sha256().equals(sha256)) {
            throw new IllegalStateException("the recorded goal-review settings " + source + " no longer have the recorded SHA-256 " + sha256);
        }
        return loaded;
    }

    private static Loaded parse(byte[] yaml, String source) {
        try {
            return new Loaded(YAML.readValue(yaml, GoalReviewSettings.class), source, sha256(yaml), new String(yaml, java.nio.charset.StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            throw new RefusedException("goal-review settings " + source + " cannot be used: "
                    + (cause == e ? e.getOriginalMessage().lines().findFirst().orElse("") : cause.getMessage()), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
