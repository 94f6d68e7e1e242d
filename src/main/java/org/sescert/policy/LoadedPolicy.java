package org.sescert.policy;

/**
 * A policy as loaded: the pack, where it came from (a shipped name or a file path), its text
 * and the SHA-256 of its bytes, which findings and reports record so that a reader knows
 * exactly which rules applied.
 */
public record LoadedPolicy(Policy policy, String source, String sha256, String yaml) {
}
