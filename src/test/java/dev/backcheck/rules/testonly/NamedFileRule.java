package dev.backcheck.rules.testonly;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * Test rule that reads one file only: every call of the top level of {@code src/app.ts}, reported with the qualified
 * name its callee resolves to (through the imports, into other files: the project's memoised resolution).
 */
@RuleId("testonly/named-file")
public final class NamedFileRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        FileFacts f = project.file("src/app.ts");
        if (f == null) return;
        for (CallSite c : f.main().calls()) {
            String q = project.qname(c.callee(), f);
            ctx.report(c.location(), "calls " + (q == null ? "something unknown" : q) + ".").add();
        }
    }
}
