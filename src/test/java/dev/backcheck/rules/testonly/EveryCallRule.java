package dev.backcheck.rules.testonly;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * Test rule that reads every file: asks the qualified name of every top-level call of the project (filling the
 * project's resolution memo that {@link NamedFileRule} reads too) and reports the calls of {@code exec}.
 */
@RuleId("testonly/every-call")
public final class EveryCallRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (FileFacts f : project.files().values()) {
            for (CallSite c : f.main().calls()) {
                String q = project.qname(c.callee(), f);
                if (q != null && q.endsWith(".exec")) ctx.report(c.location(), "runs " + q + ".").add();
            }
        }
    }
}
