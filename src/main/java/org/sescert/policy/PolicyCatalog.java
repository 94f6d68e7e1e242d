package org.sescert.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.sescert.findings.Rule;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The policy packs shipped with the program ({@code policy/*.yaml} on the class path) and any
 * pack given as a file. A cycle uses the pack its Cycle sheet names, or else the newest shipped
 * pack whose first fiscal year is not after the cycle's.
 */
public final class PolicyCatalog {

    public static final List<String> SHIPPED = List.of("opm-basic-2012", "opm-fy2026");

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** A shipped pack by name, or a pack file by path. */
    public LoadedPolicy load(String nameOrPath) {
        if (SHIPPED.contains(nameOrPath)) {
            try (InputStream in = PolicyCatalog.class.getResourceAsStream("/policy/" + nameOrPath + ".yaml")) {
                if (in == null) {
                    throw new PolicyException("the shipped policy " + nameOrPath + " is missing from the program");
                }
                return parse(in.readAllBytes(), nameOrPath);
            } catch (IOException e) {
                throw new PolicyException("cannot read the shipped policy " + nameOrPath, e);
            }
        }
        Path file = Path.of(nameOrPath);
        if (!Files.isRegularFile(file)) {
            throw new PolicyException("policy " + nameOrPath + " is neither a shipped pack (" + String.join(", ", SHIPPED)
                    + ") nor a policy file");
        }
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new PolicyException("cannot read policy file " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A pack as a run recorded it: parsed from the recorded text, which must still have the
     * recorded hash, so that every step of a run applies the very bytes the run names.
     */
    public LoadedPolicy recorded(String source, String yaml, String sha256) {
        LoadedPolicy policy = parse(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), source);
        if (!policy.sha256().equals(sha256)) {
            throw new PolicyException("the recorded text of policy " + source + " no longer has the recorded SHA-256 " + sha256);
        }
        return policy;
    }

    /** The pack for a cycle: the one it names, or the default for its fiscal year. */
    public LoadedPolicy forCycle(String named, LocalDate periodEnd) {
        if (named != null && !named.isBlank()) {
            // A workbook may name a shipped pack only: never a file on the server. Files come with --policy.
            if (!SHIPPED.contains(named.strip())) {
                throw new PolicyException("the cycle names policy '" + named.strip() + "', which is not a shipped pack ("
                        + String.join(", ", SHIPPED) + "); give a policy file with --policy");
            }
            return load(named.strip());
        }
        int fiscalYear = fiscalYear(periodEnd);
        List<LoadedPolicy> shipped = new ArrayList<>();
        SHIPPED.forEach(name -> shipped.add(load(name)));
        return shipped.stream()
                .filter(p -> p.policy().defaultFromFiscalYear() <= fiscalYear)
                .max(Comparator.comparingInt(p -> p.policy().defaultFromFiscalYear()))
                .orElseThrow(() -> new PolicyException("no shipped policy covers fiscal year " + fiscalYear));
    }

    /** The federal fiscal year a date falls in: FY2026 runs from 2025-10-01 to 2026-09-30. */
    public static int fiscalYear(LocalDate date) {
        return date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
    }

    private static LoadedPolicy parse(byte[] yaml, String source) {
        Policy policy;
        try {
            policy = YAML.readValue(yaml, Policy.class);
        } catch (JacksonException e) {
            String path = String.join(".", e.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]").toList());
            throw new PolicyException("policy " + source + " is not a valid policy file" + (path.isEmpty() ? "" : " at " + path)
                    + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
        check(policy, source);
        return new LoadedPolicy(policy, source, sha256(yaml), new String(yaml, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void check(Policy policy, String source) {
        List<String> problems = new ArrayList<>();
        if (policy.id() == null || policy.elements() == null || policy.elements().isEmpty()) {
            problems.add("it needs an id and at least one element");
        } else if (policy.element(policy.leadElement()).isEmpty()) {
            problems.add("lead_element " + policy.leadElement() + " is not one of its elements");
        }
        if (policy.weights() == null || policy.derivation() == null || policy.derivation().bands().isEmpty()) {
            problems.add("it needs weights and derivation bands");
        }
        if (policy.timing() == null || policy.prb() == null || policy.actions() == null) {
            problems.add("it needs timing, prb and actions sections");
        }
        if (policy.analytics() == null || policy.awards() == null || policy.pay() == null || policy.distribution() == null) {
            problems.add("it needs awards, pay, distribution and analytics sections");
        } else if (policy.awards().minimumPercent() == null || policy.awards().maximumPercent() == null
                || policy.awards().aggregateCapPercent() == null || policy.awards().averageCapPercent() == null) {
            problems.add("awards needs minimum_percent, maximum_percent, aggregate_cap_percent and average_cap_percent");
        }
        for (String rule : policy.severities().keySet()) {
            if (java.util.Arrays.stream(Rule.values()).noneMatch(r -> r.name().equals(rule))) {
                problems.add("severities names " + rule + ", which is no rule");
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyException("policy " + source + " cannot be used: " + String.join("; ", problems));
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
