package dev.backcheck.rules.errors;

import dev.backcheck.concepts.ErrorHandlers;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * A failure that disappears: an empty catch block in a request path (no statement, no comment saying why),
 * a catch that only logs and then answers success, and an empty promise catch ({@code .catch(() => {})}).
 */
@RuleId("errors/swallowed")
public final class SwallowedRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (ErrorHandlers.Swallow s : ErrorHandlers.of(project).swallowed()) {
            String msg = switch (s.kind()) {
                case "empty-catch" -> "This empty catch block in a request path drops the error: the request goes on as if the"
                        + " failed step had worked, and nothing is logged.";
                case "catch-answers-success" -> "This catch only logs and then answers with a success status: the client is told"
                        + " the operation worked when it failed.";
                default -> "This empty .catch(() => {}) drops the rejection: the failure is neither handled, logged nor reported.";
            };
            RuleContext.Builder b = ctx.report(s.location(), msg);
            if (s.kind().equals("catch-answers-success")) b.related(s.related(), "success answered here");
            b.fix(ctx.meta().fixText(ErrorHandlers.of(project).frameworkOf(s.location().path()), s.kind())).property("kind", s.kind()).add();
        }
    }
}
