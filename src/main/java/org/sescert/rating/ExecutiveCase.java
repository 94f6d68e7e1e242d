package org.sescert.rating;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Everything the rules need to know about one executive in one cycle: the appraisal record,
 * the plan's elements, and the final ratings of earlier cycles (imported or from the History
 * sheet).
 */
public record ExecutiveCase(String executiveId, String appointmentType, LocalDate appraisalStart, LocalDate appraisalEnd,
                            LocalDate planCommunicated, LocalDate progressReview, Integer initialLevel, LocalDate initialShared,
                            Boolean hlrRequested, Integer hlrLevel, String prbId, LocalDate prbReview, Integer prbLevel,
                            Integer finalLevel, LocalDate finalRatingDate, List<ElementRating> elements, List<PastRating> history) {

    public ExecutiveCase {
        elements = List.copyOf(elements);
        history = List.copyOf(history);
    }

    /** A final rating of another cycle. */
    public record PastRating(String cycleId, int level, LocalDate ratedOn) {
    }

    public boolean career() {
        return "CAREER".equals(appointmentType);
    }

    /** Days of the appraisal period, first and last day included. */
    public long periodDays() {
        return ChronoUnit.DAYS.between(appraisalStart, appraisalEnd) + 1;
    }

    public String period() {
        return appraisalStart + ".." + appraisalEnd + " = " + periodDays() + " days";
    }
}
