package dev.backcheck.rules.testonly;

import dev.backcheck.findings.Finding;
import dev.backcheck.model.Project;
import dev.backcheck.rules.PostRule;
import dev.backcheck.rules.PriorFindings;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.Set;

/** Test post rule: one finding per ratelimit/missing finding it reads by checklist key (what a claim judge sees). */
@RuleId("testonly/absence-probe")
public final class AbsenceProbeRule implements PostRule {
    @Override
    public Set<String> reads() {
        return Set.of("ratelimit/missing");
    }

    @Override
    public void check(Project project, RuleContext ctx, PriorFindings prior) {
        for (Finding f : prior.byKey("rate-limiting")) ctx.report(f.location(), "Read: " + f.message()).add();
    }
}
