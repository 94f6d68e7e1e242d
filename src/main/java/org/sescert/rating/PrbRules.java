package org.sescert.rating;

import org.sescert.findings.Finding;
import org.sescert.findings.Rule;
import org.sescert.policy.Policy;
import java.util.ArrayList;
import java.util.List;

/** The PRB rules (model system, section 10; 5 CFR 430.310). */
public final class PrbRules {

    private PrbRules() {
    }

    public static List<Finding> check(PrbCase prb, Policy policy) {
        List<Finding> findings = new ArrayList<>();
        int size = prb.members().size();
        String members = String.join(", ", prb.members().stream().map(PrbCase.Member::memberId).toList());
        if (size < policy.prb().minimumMembers()) {
            findings.add(policy.finding(Rule.PRB_TOO_FEW, prb.prbId(),
                    "The PRB has " + size + " member(s); it needs at least " + policy.prb().minimumMembers() + ".",
                    size + " members" + (size == 0 ? "" : ": " + members) + "; minimum " + policy.prb().minimumMembers()));
        }
        long career = prb.members().stream().filter(PrbCase.Member::career).count();
        if (policy.prb().careerMajority() && prb.careerAppointeesReviewed() > 0 && size > 0 && career * 2 <= size) {
            findings.add(policy.finding(Rule.PRB_CAREER_MAJORITY, prb.prbId(),
                    "The PRB reviews career appointees but career members are not more than half of it; add career members.",
                    "career " + career + " of " + size + " members; reviews " + prb.careerAppointeesReviewed() + " career appointees"));
        }
        if (!prb.membersItReviews().isEmpty()) {
            findings.add(policy.finding(Rule.PRB_SELF_REVIEW, prb.prbId(),
                    "Members of the PRB are among the executives it reviews; they must not take part in their own appraisals.",
                    "members reviewed by " + prb.prbId() + ": " + String.join(", ", prb.membersItReviews())));
        }
        List<String> unpublished = new ArrayList<>();
        for (PrbCase.Member m : prb.members()) {
            if (m.frPublished() == null) {
                unpublished.add(m.memberId() + ": no Federal Register date");
            } else if (m.serviceStart() != null && m.frPublished().isAfter(m.serviceStart())) {
                unpublished.add(m.memberId() + ": published " + m.frPublished() + " after service start " + m.serviceStart());
            }
        }
        if (!unpublished.isEmpty()) {
            findings.add(policy.finding(Rule.PRB_NOT_PUBLISHED, prb.prbId(),
                    unpublished.size() + " member appointment(s) were not published in the Federal Register before service began.",
                    String.join("; ", unpublished)));
        }
        return findings;
    }
}
