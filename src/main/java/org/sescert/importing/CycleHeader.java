package org.sescert.importing;

import java.time.LocalDate;

/** The Cycle sheet: which agency and cycle a load is, its period and its policy. */
public record CycleHeader(String agencyCode, String agencyName, String cycleId, LocalDate periodStart,
                          LocalDate periodEnd, String policy, LocalDate administrationStart) {
}
