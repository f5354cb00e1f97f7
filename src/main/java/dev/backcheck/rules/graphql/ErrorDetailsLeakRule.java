package dev.backcheck.rules.graphql;

import dev.backcheck.concepts.GraphqlServers;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * GraphQL error responses that carry internals in production: Apollo 4 {@code includeStacktraceInErrorResponses: true},
 * apollo-server 2/3 and Nest's Apollo driver {@code debug: true}, graphql-yoga {@code maskedErrors: false}, all as
 * constants (an option computed from the environment is a guard); a {@code formatError} that returns the error's
 * stack or the original (unformatted) error and does not look at the environment.
 */
@RuleId("graphql/error-details-leak")
public final class ErrorDetailsLeakRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        GraphqlServers g = GraphqlServers.of(project);
        for (GraphqlServers.Server s : GraphqlRules.productionServers(project)) {
            String lib = GraphqlServers.effectiveLibrary(s);
            String key = null;
            if ((lib.equals("apollo")) && g.isTrue(s.option("includeStacktraceInErrorResponses"), s.optionsFile())) key = "includeStacktraceInErrorResponses";
            else if ((lib.equals("apollo-server") || lib.equals("apollo")) && g.isTrue(s.option("debug"), s.optionsFile())) key = "debug";
            else if (lib.equals("yoga") && g.isFalse(s.option("maskedErrors"), s.optionsFile())) key = "maskedErrors";
            if (key != null) {
                ctx.report(g.optionAt(s, key), GraphqlRules.libraryName(s) + " is created with " + key + ": "
                                + (key.equals("maskedErrors") ? "false" : "true") + " and no environment guard: error responses in "
                                + "production carry stack traces and internal messages (file paths, SQL, library versions).")
                        .fix(GraphqlRules.fix(ctx, s)).property("framework", GraphqlRules.framework(s)).add();
            }
            Val fe = s.option("formatError");
            Project.FnRef fn = fe == null ? null : project.function(fe, s.optionsFile());
            if (fn == null || GraphqlRules.envDependent(fn.fn())) continue;
            boolean leaks = false;
            for (Val r : fn.fn().returns()) {
                if (Vals.anyPart(r, x -> x instanceof Val.Member m && (m.prop().equals("stack") || m.prop().equals("originalError"))
                        || x instanceof Val.Param p && p.path().contains("stack")
                        || lib.equals("apollo") && x instanceof Val.Param p && p.index() == 1 && p.path().isEmpty() && r == x)) {
                    leaks = true;
                }
            }
            if (!leaks) continue;
            ctx.report(g.optionAt(s, "formatError"), GraphqlRules.libraryName(s) + "'s formatError returns the original error (or its "
                            + "stack) to the client whatever the environment: production errors expose internal messages and stack traces.")
                    .fix(GraphqlRules.fix(ctx, s)).property("framework", GraphqlRules.framework(s)).add();
        }
    }
}
