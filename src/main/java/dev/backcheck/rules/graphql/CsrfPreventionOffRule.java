package dev.backcheck.rules.graphql;

import dev.backcheck.concepts.GraphqlServers;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * Apollo Server's CSRF prevention turned off ({@code csrfPrevention: false}, also through Nest's Apollo driver).
 * Apollo 4 turns it on by default: it refuses "simple" requests (GET, or POST with a form content type) that carry
 * no preflight-forcing header, which a browser on another site could send with the user's cookies.
 */
@RuleId("graphql/csrf-prevention-off")
public final class CsrfPreventionOffRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        GraphqlServers g = GraphqlServers.of(project);
        for (GraphqlServers.Server s : GraphqlRules.productionServers(project)) {
            String lib = GraphqlServers.effectiveLibrary(s);
            if (!lib.equals("apollo") && !lib.equals("apollo-server")) continue;
            if (!g.isFalse(s.option("csrfPrevention"), s.optionsFile())) continue;
            ctx.report(g.optionAt(s, "csrfPrevention"), GraphqlRules.libraryName(s) + " is created with csrfPrevention: false: a page on "
                            + "another site can make the browser send GET queries and form-encoded POSTs to it with the user's cookies.")
                    .fix(GraphqlRules.fix(ctx, s)).property("framework", GraphqlRules.framework(s)).add();
        }
    }
}
