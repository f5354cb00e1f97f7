package dev.backcheck.rules.graphql;

import dev.backcheck.concepts.GraphqlServers;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.AbsenceRollup;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * A GraphQL server with no bound on a query's depth or cost: no graphql-depth-limit, graphql-query-complexity,
 * graphql-validation-complexity, graphql-armor or envelop depth-limit anywhere in the code, and (Mercurius) no
 * {@code queryDepth} option. One deeply nested or aliased query then costs the server as much as the client likes.
 */
@RuleId("graphql/no-depth-limit")
public final class NoDepthLimitRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        GraphqlServers g = GraphqlServers.of(project);
        if (g.limitLibrary()) return;
        for (GraphqlServers.Server s : GraphqlRules.productionServers(project)) {
            if (GraphqlServers.effectiveLibrary(s).equals("mercurius") && s.option("queryDepth") != null) continue;
            AbsenceRollup.perApplication(ctx.report(s.at(), GraphqlRules.libraryName(s) + " runs queries with no depth or complexity limit (no graphql-depth-limit, "
                            + "graphql-query-complexity or graphql-armor; no queryDepth): one deeply nested or heavily aliased query can "
                            + "exhaust the server and the database.")
                    .fix(GraphqlRules.fix(ctx, s)).property("framework", GraphqlRules.framework(s))).add();
        }
    }
}
