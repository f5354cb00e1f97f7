package dev.backcheck.rules.report;

import dev.backcheck.claims.ClaimJudge;
import dev.backcheck.findings.Location;
import dev.backcheck.model.Project;
import dev.backcheck.rules.PostRule;
import dev.backcheck.rules.PriorFindings;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.Set;

/**
 * A claim of the agent's implementation report that the code contradicts, on the report's line.
 * Error only when the contradiction is certain (see {@link ClaimJudge#contradictionLevel}).
 */
@RuleId("report/claim-contradicted")
public final class ClaimContradictedRule implements PostRule {
    @Override
    public Set<String> reads() {
        return ClaimJudge.READS;
    }

    @Override
    public void check(Project project, RuleContext ctx, PriorFindings prior) {
        for (ClaimJudge.Verdict v : ClaimJudge.of(project).judge(prior)) {
            if (v.status() != ClaimJudge.Status.CONTRADICTED) continue;
            RuleContext.Builder b = ctx.report(v.claim().location(), "The report claims \"" + ClaimText.shorten(v.claim().text())
                    + "\" (" + v.key() + "), but " + v.message() + "."
                    + (v.certain() ? "" : " The model may not see everything here: check before correcting."))
                    .level(ClaimJudge.contradictionLevel(v))
                    .fix("make the code do what the report says, or correct the report so reviewers are not misled")
                    .property("claim", v.claim().text())
                    .property("checklist", v.key())
                    .property("certain", String.valueOf(v.certain()));
            for (Location l : v.related()) b.related(l, l.message() == null ? "evidence" : l.message());
            b.add();
        }
    }
}
