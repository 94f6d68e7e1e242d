package org.sescert.findings;

/**
 * What a finding is about: one executive, a unit (PRB, component, rating official, pay pool),
 * the agency, or one priority goal of the PIO's review.
 */
public enum Scope {
    EXECUTIVE, UNIT, AGENCY, GOAL
}
