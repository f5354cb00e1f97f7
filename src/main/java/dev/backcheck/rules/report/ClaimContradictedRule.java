package dev.backcheck.rules.report;

import dev.backcheck.claims.ClaimJudge;
import dev.backcheck.findings.Location;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/** A claim of the agent's implementation report that the code contradicts. Reported on the report's line. */
@RuleId("report/claim-contradicted")
public final class ClaimContradictedRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (ClaimJudge.Verdict v : ClaimJudge.of(project).verdicts()) {
            if (v.status() != ClaimJudge.Status.CONTRADICTED) continue;
            RuleContext.Builder b = ctx.report(v.claim().location(), "The report claims \"" + ClaimText.shorten(v.claim().text())
                    + "\" (" + v.key() + "), but " + v.message() + ".")
                    .level(ClaimJudge.contradictionLevel(v.key()))
                    .fix("make the code do what the report says, or correct the report so reviewers are not misled")
                    .property("claim", v.claim().text())
                    .property("checklist", v.key());
            for (Location l : v.related()) b.related(l, l.message() == null ? "evidence" : l.message());
            b.add();
        }
    }
}
