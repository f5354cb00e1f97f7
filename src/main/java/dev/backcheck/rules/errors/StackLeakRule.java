package dev.backcheck.rules.errors;

import dev.backcheck.concepts.ErrorHandlers;
import dev.backcheck.findings.Level;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * Error details sent to the client with no environment guard: the stack trace (error), the raw error object or
 * the message of an error that may be internal, answered with a 5xx or no status (warning).
 */
@RuleId("errors/stack-leak")
public final class StackLeakRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (ErrorHandlers.Leak l : ErrorHandlers.of(project).leaks()) {
            String where = l.inHandler() ? "this error handler" : "this catch";
            String msg = switch (l.what()) {
                case "stack" -> "The stack trace (" + l.expr() + ") goes to the client from " + where
                        + " in every environment: it shows file paths, library versions and code structure to anyone who triggers an error.";
                case "object" -> "The raw error object (" + l.expr() + ") is serialised into the response from " + where
                        + ": driver errors carry SQL, table and constraint names, connection details or request configs with headers.";
                default -> "The message of any error (" + l.expr() + ") is sent to the client from " + where
                        + " with a 5xx or success status: internal failures (database, network, bugs) reveal their details;"
                        + " send it only for errors you raised on purpose.";
            };
            RuleContext.Builder b = ctx.report(l.sink(), msg).related(l.value(), "the error value sent");
            b.level(l.what().equals("stack") ? Level.ERROR : Level.WARNING);
            b.fix(ctx.meta().fixText(ErrorHandlers.of(project).frameworkOf(l.sink().path()), l.what())).property("detail", l.what()).add();
        }
    }
}
