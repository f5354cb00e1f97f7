package dev.backcheck.rules;

import dev.backcheck.findings.Finding;

import java.util.*;

/**
 * What the other rules of a scan found, for {@link PostRule}s: findings by rule id and by
 * checklist key, after the user's levels and options, before inline suppressions. Knows which
 * rules did not run because the config disabled them.
 */
public final class PriorFindings {
    private final Map<String, List<Finding>> byRule;
    private final Map<String, String> checklist;
    private final Set<String> disabled;

    /**
     * @param byRule    findings of every rule that ran (an empty list for a rule that ran and found nothing)
     * @param checklist checklist key of each rule id
     * @param disabled  rule ids the config or the command line turned off
     */
    public PriorFindings(Map<String, List<Finding>> byRule, Map<String, String> checklist, Set<String> disabled) {
        Map<String, List<Finding>> m = new TreeMap<>();
        byRule.forEach((k, v) -> m.put(k, List.copyOf(v)));
        this.byRule = Collections.unmodifiableMap(m);
        this.checklist = Map.copyOf(checklist);
        this.disabled = Set.copyOf(disabled);
    }

    /** No rule ran; the given ids count as disabled. */
    public static PriorFindings none(Set<String> ids) {
        return new PriorFindings(Map.of(), Map.of(), ids);
    }

    /** True when the rule ran in this scan (shown or silently for a post rule). */
    public boolean ran(String ruleId) {
        return byRule.containsKey(ruleId);
    }

    /** True when the rule did not run because it is turned off. */
    public boolean disabled(String ruleId) {
        return !ran(ruleId) && disabled.contains(ruleId);
    }

    /** The rule's findings; empty when it did not run (ask {@link #ran}). */
    public List<Finding> of(String ruleId) {
        return byRule.getOrDefault(ruleId, List.of());
    }

    /** Findings of every rule that ran with this checklist key, in rule id order. */
    public List<Finding> byKey(String key) {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
            if (key.equals(checklist.get(e.getKey()))) out.addAll(e.getValue());
        }
        return out;
    }
}
