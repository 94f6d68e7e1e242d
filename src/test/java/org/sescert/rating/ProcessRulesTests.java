package org.sescert.rating;

import org.sescert.findings.Rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ProcessRulesTests {

    @Test
    void ratedAfterEightyNineDaysFiresAndAfterNinetyDoesNot() {
        Plans short89 = Plans.clean();
        short89.appraisalStart = short89.appraisalEnd.minusDays(88);
        assertThat(short89.rules()).containsExactly(Rule.PROC_MIN_PERIOD);
        Plans full90 = Plans.clean();
        full90.appraisalStart = full90.appraisalEnd.minusDays(89);
        full90.progressReview = full90.appraisalEnd.minusDays(30);
        assertThat(full90.rules()).isEmpty();
    }

    @Test
    void aProgressReviewOutsideTheAppraisalPeriodDoesNotCount() {
        Plans before = Plans.clean();
        before.progressReview = before.appraisalStart.minusDays(1);
        assertThat(before.rules()).containsExactly(Rule.PROC_NO_PROGRESS_REVIEW);
        Plans onFirstDay = Plans.clean();
        onFirstDay.progressReview = onFirstDay.appraisalStart;
        assertThat(onFirstDay.rules()).isEmpty();
    }

    @Test
    void aCareerExecutiveRatedInsideTheTransitionWindowFires() {
        Plans plans = Plans.clean();
        plans.finalRatingDate = LocalDate.of(2025, 5, 19); // 119 days after 2025-01-20
        assertThat(plans.rules()).contains(Rule.PROC_TRANSITION);
        plans.finalRatingDate = LocalDate.of(2025, 5, 20); // day 120: the window is over
        assertThat(plans.rules()).doesNotContain(Rule.PROC_TRANSITION);
    }

    @Test
    void aNoncareerExecutiveRatedInsideTheWindowDrawsNoTransitionFinding() {
        Plans plans = Plans.clean();
        plans.appointmentType = "NONCAREER";
        plans.finalRatingDate = LocalDate.of(2025, 3, 1);
        assertThat(plans.rules()).doesNotContain(Rule.PROC_TRANSITION);
    }

    @Test
    void noProgressReviewFires() {
        Plans plans = Plans.clean();
        plans.progressReview = null;
        assertThat(plans.rules()).containsExactly(Rule.PROC_NO_PROGRESS_REVIEW);
    }

    @Test
    void aPrbReviewBeforeTheRatingWasSharedFiresAndOnTheSameDayDoesNot() {
        Plans early = Plans.clean();
        early.prbReview = early.initialShared.minusDays(1);
        assertThat(early.rules()).containsExactly(Rule.PROC_PRB_BEFORE_SHARED);
        Plans sameDay = Plans.clean();
        sameDay.prbReview = sameDay.initialShared;
        assertThat(sameDay.rules()).isEmpty();
        Plans neverShared = Plans.clean();
        neverShared.initialShared = null;
        assertThat(neverShared.rules()).containsExactly(Rule.PROC_PRB_BEFORE_SHARED);
    }

    @Test
    void aRequestedHigherLevelReviewWithNoneRecordedFires() {
        Plans requested = Plans.clean();
        requested.hlrRequested = true;
        assertThat(requested.rules()).containsExactly(Rule.PROC_HLR_NOT_PROVIDED);
        requested.hlrLevel = 4;
        assertThat(requested.rules()).isEmpty();
    }
}
