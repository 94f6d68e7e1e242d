package org.sescert.goals;

/** The risk of not achieving the planned level of performance (31 U.S.C. 1121(b)(4)). */
public enum RiskCategory {
    HIGH, MEDIUM, LOW, UNKNOWN
}
