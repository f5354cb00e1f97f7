package dev.backcheck.rules.report;

import dev.backcheck.claims.ClaimJudge;
import dev.backcheck.findings.Location;
import dev.backcheck.model.Project;
import dev.backcheck.rules.PostRule;
import dev.backcheck.rules.PriorFindings;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.Set;

/** A claim of the agent's report that is only partly true: says what is missing. */
@RuleId("report/claim-partial")
public final class ClaimPartialRule implements PostRule {
    @Override
    public Set<String> reads() {
        return ClaimJudge.READS;
    }

    @Override
    public void prepare(Project project) {
        ClaimJudge.of(project).prepare();
    }

    @Override
    public void check(Project project, RuleContext ctx, PriorFindings prior) {
        for (ClaimJudge.Verdict v : ClaimJudge.of(project).judge(prior)) {
            if (v.status() != ClaimJudge.Status.PARTIAL) continue;
            RuleContext.Builder b = ctx.report(v.claim().location(), "The report claims \"" + ClaimText.shorten(v.claim().text())
                    + "\" (" + v.key() + "), which is only partly true: " + v.message() + ".")
                    .fix("complete the control the report describes, or state its limits in the report")
                    .property("claim", v.claim().text())
                    .property("checklist", v.key());
            for (Location l : v.related()) b.related(l, l.message() == null ? "evidence" : l.message());
            b.add();
        }
    }
}
