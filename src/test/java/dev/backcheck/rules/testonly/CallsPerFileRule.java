package dev.backcheck.rules.testonly;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.model.Project;
import dev.backcheck.rules.FileRule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/** Test rule checked file by file: every top-level call, with the qualified name its callee resolves to. */
@RuleId("testonly/calls-per-file")
public final class CallsPerFileRule implements FileRule {
    @Override
    public void checkFile(Project project, FileFacts f, RuleContext ctx) {
        for (CallSite c : f.main().calls()) {
            String q = project.qname(c.callee(), f);
            ctx.report(c.location(), "top-level call of " + (q == null ? "something unknown" : q) + ".").add();
        }
    }
}
