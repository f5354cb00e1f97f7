package dev.backcheck.rules.graphql;

import dev.backcheck.concepts.GraphqlServers;
import dev.backcheck.findings.Level;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * Introspection answered in production: Apollo ({@code @apollo/server}, apollo-server, Nest's Apollo driver) with
 * {@code introspection: true} written as a constant (Apollo's own default is off when NODE_ENV is production, so
 * an absent option or one computed from the environment is silent); graphql-yoga, Mercurius and express-graphql,
 * which answer introspection unless a rule or plugin turns it off ({@code NoSchemaIntrospectionCustomRule},
 * {@code useDisableIntrospection}): a note at the server's creation.
 */
@RuleId("graphql/introspection-enabled")
public final class IntrospectionEnabledRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        GraphqlServers g = GraphqlServers.of(project);
        for (GraphqlServers.Server s : GraphqlRules.productionServers(project)) {
            String lib = GraphqlServers.effectiveLibrary(s);
            if (lib.equals("apollo") || lib.equals("apollo-server")) {
                if (!g.isTrue(s.option("introspection"), s.optionsFile())) continue;
                ctx.report(g.optionAt(s, "introspection"), GraphqlRules.libraryName(s) + " is created with introspection: true and no "
                                + "environment guard, so in production anyone can download the whole schema (every type, field and "
                                + "argument, internal mutations included). Apollo turns it off in production by default.")
                        .fix(GraphqlRules.fix(ctx, s)).property("framework", GraphqlRules.framework(s)).add();
            } else if (lib.equals("yoga") || lib.equals("mercurius") || lib.equals("express-graphql")) {
                if (g.introspectionDisabledInCode()) continue;
                if (lib.equals("yoga") && g.isFalse(s.option("introspection"), s.optionsFile())) continue;
                ctx.report(s.at(), GraphqlRules.libraryName(s) + " answers introspection queries by default and nothing turns them off "
                                + "(no NoSchemaIntrospectionCustomRule validation rule or disable-introspection plugin): in production anyone can "
                                + "download the whole schema.")
                        .level(Level.NOTE).fix(GraphqlRules.fix(ctx, s)).property("framework", GraphqlRules.framework(s)).add();
            }
        }
    }
}
