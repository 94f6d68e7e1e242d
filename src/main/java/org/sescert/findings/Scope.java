package org.sescert.findings;

/** What a finding is about: one executive, a unit (PRB, component, rating official, pay pool), or the agency. */
public enum Scope {
    EXECUTIVE, UNIT, AGENCY
}
