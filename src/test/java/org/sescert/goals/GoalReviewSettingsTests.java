package org.sescert.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sescert.findings.Rule;
import org.sescert.findings.Severity;

class GoalReviewSettingsTests {

    @Test
    void theDefaultsAreTheSpecsThresholds() {
        GoalReviewSettings d = GoalReviewSettings.defaults();
        assertThat(d.highLikelihood()).isEqualTo(0.5);
        assertThat(d.mediumLikelihood()).isEqualTo(0.8);
        assertThat(d.highOverdueMilestones()).isEqualTo(2);
        assertThat(d.minimumActuals()).isEqualTo(3);
        assertThat(d.predictionLevel()).isEqualTo(0.8);
        assertThat(d.severity(Rule.GOAL_NO_STRATEGY)).isEqualTo(Severity.ERROR);
    }

    @Test
    void aHighThresholdAboveTheMediumOneIsRefused() {
        assertThatThrownBy(() -> new GoalReviewSettings(0.9, 0.8, 2, 3, 0.8, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 < high <= medium <= 1");
    }

    @Test
    void fewerThanThreeActualsForATrendAreRefused() {
        assertThatThrownBy(() -> new GoalReviewSettings(0.5, 0.8, 2, 2, 0.8, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimumActuals must be at least 3");
    }

    @Test
    void aPredictionLevelOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new GoalReviewSettings(0.5, 0.8, 2, 3, 80, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("e.g. 0.80");
    }

    @Test
    void aSeverityForARuleOutsideTheGoalReviewIsRefused() {
        assertThatThrownBy(() -> new GoalReviewSettings(0.5, 0.8, 2, 3, 0.8, Map.of(Rule.PLAN_LATE, Severity.INFO)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PLAN_LATE is not a goal-review rule");
    }
}
