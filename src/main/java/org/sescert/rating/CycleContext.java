package org.sescert.rating;

import java.time.LocalDate;

/** What the rules need to know about the cycle as a whole. */
public record CycleContext(String cycleId, LocalDate administrationStart) {
}
