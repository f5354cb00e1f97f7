package dev.backcheck.rules.report;

import dev.backcheck.claims.ClaimJudge;
import dev.backcheck.findings.Location;
import dev.backcheck.model.Project;
import dev.backcheck.rules.PostRule;
import dev.backcheck.rules.PriorFindings;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A claim of the agent's implementation report that the code contradicts, on the report's line.
 * Error only when the contradiction is certain (see {@link ClaimJudge#contradictionLevel}).
 * Endpoints a document lists that the code does not serve are one finding per document, on the first
 * such line, with every other line as a related location: a stale endpoint list is one fix, not twenty.
 */
@RuleId("report/claim-contradicted")
public final class ClaimContradictedRule implements PostRule {
    /** Endpoints named in a grouped finding's message; the rest are counted. */
    private static final int NAMED = 4;

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
        Map<String, List<ClaimJudge.Verdict>> missing = new LinkedHashMap<>();
        for (ClaimJudge.Verdict v : ClaimJudge.of(project).judge(prior)) {
            if (v.status() != ClaimJudge.Status.CONTRADICTED) continue;
            if (ClaimJudge.missingEndpoint(v)) {
                missing.computeIfAbsent(v.claim().location().path(), k -> new ArrayList<>()).add(v);
                continue;
            }
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
        for (List<ClaimJudge.Verdict> group : missing.values()) {
            ClaimJudge.Verdict first = group.get(0);
            if (group.size() == 1) {
                RuleContext.Builder b = ctx.report(first.claim().location(), "The report claims \"" + ClaimText.shorten(first.claim().text())
                        + "\" (api-design), but " + first.message() + "."
                        + (first.certain() ? "" : " The model may not see everything here: check before correcting."))
                        .level(ClaimJudge.contradictionLevel(first))
                        .fix("implement the endpoint, or remove it from the report so clients and reviewers are not misled")
                        .property("claim", first.claim().text())
                        .property("checklist", first.key())
                        .property("certain", String.valueOf(first.certain()));
                for (Location l : first.related()) b.related(l, l.message() == null ? "evidence" : l.message());
                b.add();
                continue;
            }
            List<String> names = new ArrayList<>();
            boolean certain = true;
            for (ClaimJudge.Verdict v : group) {
                names.add(v.claim().endpoint().method() + " " + v.claim().endpoint().path());
                certain &= v.certain();
            }
            String listed = String.join(", ", names.subList(0, Math.min(NAMED, names.size())))
                    + (names.size() > NAMED ? " and " + (names.size() - NAMED) + " more" : "");
            RuleContext.Builder b = ctx.report(first.claim().location(), "The report lists " + group.size()
                    + " endpoints that no route in the code serves (api-design): " + listed + "."
                    + (certain ? "" : " The model may not see everything here: check before correcting."))
                    .level(ClaimJudge.contradictionLevel(first.sure(certain)))
                    .fix("implement the missing endpoints, or update the report's endpoint list so clients and reviewers are not misled")
                    .property("claim", first.claim().text())
                    .property("checklist", first.key())
                    .property("certain", String.valueOf(certain))
                    .property("endpoints", String.valueOf(group.size()));
            for (ClaimJudge.Verdict v : group.subList(1, group.size())) {
                b.related(v.claim().location(), "also listed here: " + v.claim().endpoint().method() + " " + v.claim().endpoint().path());
            }
            for (Location l : first.related()) b.related(l, l.message() == null ? "evidence" : l.message());
            b.add();
        }
    }
}
