package dev.backcheck.rules;

import dev.backcheck.model.Project;

/**
 * A check. It reads the {@link Project} (facts of every file, the applications the framework
 * models built, the stack) and reports through the {@link RuleContext}. Site rules walk calls,
 * app rules walk {@code project.applications()}, project rules look at manifests and files.
 * Implementations are stateless and annotated with {@link RuleId}.
 */
public interface Rule {
    void check(Project project, RuleContext ctx);
}
