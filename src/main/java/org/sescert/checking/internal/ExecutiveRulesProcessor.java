package org.sescert.checking.internal;

import java.util.Collection;

import org.sescert.findings.Finding;
import org.sescert.policy.Policy;
import org.sescert.rating.CycleContext;
import org.sescert.rating.ExecutiveCase;
import org.sescert.rating.ExecutiveRules;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Each executive through the rule catalogue. It only delegates: the rules are plain functions in
 * org.sescert.rating. Not final: step scope proxies it.
 */
public class ExecutiveRulesProcessor implements ItemProcessor<ExecutiveCase, Collection<Finding>> {

    private final CycleContext cycle;
    private final Policy policy;

    /** Resolved once per step, not once per executive through the job-scoped run. */
    public ExecutiveRulesProcessor(CheckRun run) {
        this.cycle = run.cycle();
        this.policy = run.policy();
    }

    @Override
    public Collection<Finding> process(ExecutiveCase executive) {
        return ExecutiveRules.check(executive, cycle, policy);
    }
}
