package dev.backcheck.rules;

import dev.backcheck.model.Project;

import java.util.Set;

/**
 * A rule that judges other rules' results: it runs after every other rule of the scan and reads
 * their findings ({@link PriorFindings}, by rule id or checklist key) together with the model.
 * The scan applies the user's config (levels, options, disabled rules) once: a post rule sees the
 * same findings the scan reports. The rules a post rule {@link #reads()} run even when the scan
 * selected only the post rule (the fixture harness does), silently: their findings reach the post
 * rule, not the output. A rule the config disables does not run, and {@link PriorFindings#disabled}
 * says so, so a post rule can answer "not checked" instead of "nothing found".
 */
public interface PostRule extends Rule {
    /** Ids of the rules whose findings this rule reads. */
    Set<String> reads();

    void check(Project project, RuleContext ctx, PriorFindings prior);

    /**
     * Work of this rule that reads no finding (parsing its inputs), which the scan runs on a rule thread during the first
     * pass so that the post pass, single-threaded after it, only judges. Must not change any answer: {@link #check} does
     * the same work itself when it was not done (a single thread, an embedder). Failures are the rule's to drop.
     */
    default void prepare(Project project) { }

    /** Without prior findings (an embedder calling the rule directly): every rule it reads counts as not run. */
    @Override
    default void check(Project project, RuleContext ctx) {
        check(project, ctx, PriorFindings.none(reads()));
    }
}
