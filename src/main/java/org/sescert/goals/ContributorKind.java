package org.sescert.goals;

/** What contributes to a goal (31 U.S.C. 1121(b)(3)): organizations, program activities, regulations, policies, other. */
public enum ContributorKind {
    ORGANIZATION, PROGRAM, REGULATION, POLICY, OTHER
}
