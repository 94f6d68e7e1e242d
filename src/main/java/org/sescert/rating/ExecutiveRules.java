package org.sescert.rating;

import org.sescert.findings.Finding;
import org.sescert.policy.Policy;
import java.util.ArrayList;
import java.util.List;

/** Every rule about one executive, in catalogue order. */
public final class ExecutiveRules {

    private ExecutiveRules() {
    }

    public static List<Finding> check(ExecutiveCase e, CycleContext cycle, Policy policy) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(PlanRules.check(e, policy));
        findings.addAll(RatingRules.check(e, policy));
        findings.addAll(ProcessRules.check(e, cycle, policy));
        findings.addAll(ActionRules.check(e, cycle, policy));
        return findings;
    }
}
