package org.sescert.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.sescert.system.RefusedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The job definitions of a jobs folder: one YAML file per scheduled job (jobs/README.md). */
public final class JobDefinitions {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JobDefinitions() {
    }

    /** Every definition of the folder, checked; a folder with a bad one is refused whole, naming the problems. */
    public static List<JobDefinition> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RefusedException("the jobs folder " + folder + " does not exist; give --jobs DIR.");
        }
        List<JobDefinition> definitions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                try {
                    JobDefinition definition = readFile(file);
                    problems.addAll(definition.problems());
                    definitions.add(definition);
                } catch (RefusedException e) {
                    problems.add(e.getMessage().replaceAll("\\.$", ""));
                }
            }
        } catch (IOException e) {
            throw new RefusedException("cannot read the jobs folder " + folder + " (" + e.getMessage() + ").", e);
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(String.join("; ", problems) + ".");
        }
        return definitions;
    }

    /** One definition, by name, from a jobs folder. */
    public static JobDefinition named(Path folder, String name) {
        Path file = folder.resolve(name + ".yml");
        if (!Files.isRegularFile(file)) {
            throw new RefusedException("there is no job definition " + file + "; the jobs folder has "
                    + String.join(", ", names(folder)) + ".");
        }
        return readFile(file).checked();
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yml")).map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static JobDefinition readFile(Path file) {
        String name = file.getFileName().toString().replaceAll("\\.yml$", "");
        try {
            var tree = YAML.readTree(file.toFile());
            var object = (tools.jackson.databind.node.ObjectNode) tree;
            object.put("name", name);
            return YAML.treeToValue(object, JobDefinition.class);
        } catch (JacksonException | ClassCastException e) {
            throw new RefusedException("jobs/" + file.getFileName() + " is not a job definition: "
                    + (e instanceof JacksonException j ? j.getOriginalMessage().lines().findFirst().orElse("") : "expected keys such as job and cron"), e);
        }
    }

}
