package dev.backcheck.rules.graphql;

import dev.backcheck.concepts.GraphqlServers;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * Batched operations turned on with no bound: Apollo {@code allowBatchedHttpRequests: true} (no batch size limit in
 * Apollo), Mercurius {@code allowBatchedQueries: true}, graphql-yoga {@code batching: { limit }} above 100. One HTTP
 * request then carries any number of operations, which walks past per-request rate limits (a login mutation
 * batched a thousand times is a thousand password guesses in one request).
 */
@RuleId("graphql/batching-unbounded")
public final class BatchingUnboundedRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        GraphqlServers g = GraphqlServers.of(project);
        for (GraphqlServers.Server s : GraphqlRules.productionServers(project)) {
            String lib = GraphqlServers.effectiveLibrary(s);
            String key = switch (lib) {
                case "apollo", "apollo-server" -> "allowBatchedHttpRequests";
                case "mercurius" -> "allowBatchedQueries";
                default -> null;
            };
            if (key == null || !g.isTrue(s.option(key), s.optionsFile())) continue;
            ctx.report(g.optionAt(s, key), GraphqlRules.libraryName(s) + " accepts batched operations (" + key + ": true) with no limit "
                            + "on their number: one request can carry thousands of operations, past any per-request rate limit "
                            + "(a batched login mutation is a brute force in one request).")
                    .fix(GraphqlRules.fix(ctx, s)).property("framework", GraphqlRules.framework(s)).add();
        }
    }
}
