package org.sescert.rating;

import org.sescert.findings.Finding;
import org.sescert.findings.Rule;
import org.sescert.findings.Scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PrbRulesTests {

    private static PrbCase.Member member(String id, String type) {
        return new PrbCase.Member(id, type, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 1));
    }

    private static List<Rule> rules(PrbCase prb) {
        return PrbRules.check(prb, Plans.FY2026).stream().map(Finding::rule).toList();
    }

    private static final List<PrbCase.Member> THREE_CAREER = List.of(member("M1", "CAREER"), member("M2", "CAREER"), member("M3", "NONCAREER"));

    @Test
    void aWellFormedBoardDrawsNoFinding() {
        assertThat(rules(new PrbCase("PRB-1", THREE_CAREER, 40, List.of()))).isEmpty();
    }

    @Test
    void twoMembersAreTooFew() {
        assertThat(rules(new PrbCase("PRB-1", THREE_CAREER.subList(0, 2), 40, List.of()))).containsExactly(Rule.PRB_TOO_FEW);
    }

    @Test
    void halfCareerIsNoMajorityWhenItReviewsCareerAppointees() {
        List<PrbCase.Member> half = List.of(member("M1", "CAREER"), member("M2", "CAREER"), member("M3", "NONCAREER"), member("M4", "NONCAREER"));
        assertThat(rules(new PrbCase("PRB-1", half, 12, List.of()))).containsExactly(Rule.PRB_CAREER_MAJORITY);
        assertThat(rules(new PrbCase("PRB-1", half, 0, List.of()))).isEmpty();
    }

    @Test
    void aMemberItReviewsIsASelfReview() {
        List<Finding> findings = PrbRules.check(new PrbCase("PRB-1", THREE_CAREER, 40, List.of("M2")), Plans.FY2026);
        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.PRB_SELF_REVIEW);
        assertThat(findings.get(0).scope()).isEqualTo(Scope.UNIT);
        assertThat(findings.get(0).subject()).isEqualTo("PRB-1");
    }

    @Test
    void anAppointmentNotPublishedBeforeServiceFires() {
        List<PrbCase.Member> members = List.of(member("M1", "CAREER"), member("M2", "CAREER"),
                new PrbCase.Member("M3", "CAREER", LocalDate.of(2025, 10, 5), LocalDate.of(2025, 10, 1)),
                new PrbCase.Member("M4", "CAREER", null, LocalDate.of(2025, 10, 1)));
        List<Finding> findings = PrbRules.check(new PrbCase("PRB-2", members, 3, List.of()), Plans.FY2026);
        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.PRB_NOT_PUBLISHED);
        assertThat(findings.get(0).evidence()).isEqualTo("M3: published 2025-10-05 after service start 2025-10-01; M4: no Federal Register date");
    }
}
