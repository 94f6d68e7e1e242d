package org.sescert.findings;

/** How much a finding matters; findings sort ERROR first. */
public enum Severity {
    ERROR, WARNING, INFO
}
