package dev.backcheck.rules.testonly;

import dev.backcheck.findings.Location;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.Map;

/** Test rule: every line of a non-source text file (markdown, ...) containing FIXME-CLAIM. */
@RuleId("testonly/marker")
public final class MarkerRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (Map.Entry<String, String> e : project.texts().entrySet()) {
            String[] lines = e.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int c = lines[i].indexOf("FIXME-CLAIM");
                if (c >= 0) ctx.report(new Location(e.getKey(), i + 1, c + 1, i + 1, c + 12, null), "Marker found.").add();
            }
        }
    }
}
