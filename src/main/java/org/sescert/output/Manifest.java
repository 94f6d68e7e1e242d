package org.sescert.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code manifest.json} of an output folder: which load of the cycle the folder's files belong
 * to, what each file is (the job and execution that wrote it, its SHA-256), and sections the jobs
 * add (the load's inputs and counts, the check's policy). A folder holds the outputs of one load:
 * when a job writes for another load, the files the manifest lists for the earlier one are
 * removed first, so that nothing on disk describes data that is no longer loaded.
 */
public final class Manifest {

    public static final String FILE = "manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final OutputFolder folder;
    private Long load;
    private final Map<String, Object> sections = new TreeMap<>();
    private final Map<String, Map<String, Object>> files = new TreeMap<>();

    private Manifest(OutputFolder folder) {
        this.folder = folder;
    }

    /** The folder's manifest as it stands (an empty one where there is none yet). */
    public static Manifest of(OutputFolder folder) throws IOException {
        Manifest manifest = new Manifest(folder);
        Path file = folder.file(FILE);
        if (Files.isRegularFile(file)) {
            JsonNode root = JSON.readTree(file.toFile());
            manifest.load = root.hasNonNull("load") ? root.get("load").asLong() : null;
            root.path("files").properties().forEach(e -> manifest.files.put(e.getKey(), JSON.convertValue(e.getValue(), Map.class)));
            root.path("sections").properties().forEach(e -> manifest.sections.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class)));
        }
        return manifest;
    }

    public Long load() {
        return load;
    }

    /**
     * Makes the folder the outputs of {@code loadId}. When it held another load's outputs, those
     * files (as the manifest lists them) and the manifest's sections go.
     */
    public Manifest forLoad(long loadId) throws IOException {
        if (load != null && load == loadId) {
            return this;
        }
        for (String name : files.keySet()) {
            Files.deleteIfExists(folder.file(name));
        }
        files.clear();
        sections.clear();
        load = loadId;
        return this;
    }

    /** Records a file just written into the folder. */
    public Manifest file(String name, String job, long jobExecutionId) throws IOException {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("job", job);
        entry.put("job_execution_id", jobExecutionId);
        entry.put("sha256", sha256(folder.file(name)));
        entry.put("bytes", Files.size(folder.file(name)));
        files.put(name, entry);
        return this;
    }

    /** Forgets a file the folder no longer holds. */
    public Manifest withoutFile(String name) throws IOException {
        files.remove(name);
        Files.deleteIfExists(folder.file(name));
        return this;
    }

    /** Sets a section (the load's inputs, the check's policy, ...); null removes it. */
    public Manifest section(String name, Object content) {
        if (content == null) {
            sections.remove(name);
        } else {
            sections.put(name, content);
        }
        return this;
    }

    public Map<String, Map<String, Object>> files() {
        return files;
    }

    public void write(String program) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("subject", folder.subject());
        if (load != null) {
            root.put("load", load);
        }
        root.put("program", program);
        root.put("written_at", Instant.now().toString());
        root.set("files", JSON.valueToTree(files));
        root.set("sections", JSON.valueToTree(sections));
        folder.create();
        Path temporary = folder.file(FILE + ".tmp");
        JSON.writeValue(temporary.toFile(), root);
        Files.move(temporary, folder.file(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
