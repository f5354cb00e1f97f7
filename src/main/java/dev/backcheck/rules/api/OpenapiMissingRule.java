package dev.backcheck.rules.api;

import dev.backcheck.concepts.ExternalApi;
import dev.backcheck.concepts.OpenApiSpecs;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.AbsenceRollup;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.List;

/**
 * An application with API routes and no OpenAPI description anywhere: no OpenAPI/Swagger document in the tree, no
 * swagger-jsdoc blocks, no library that generates the spec from the code (Nest SwaggerModule, {@code @fastify/swagger},
 * {@code @hono/zod-openapi}, tsoa...) or serves one. Reported where the application is created (where the generator
 * is set up). Only applications that serve an API clients outside the deployment consume ({@link ExternalApi}): not a
 * website whose only other routes are OAuth redirects, not a GraphQL API with a few REST stubs, not a dead app.
 */
@RuleId("api/openapi-missing")
public final class OpenapiMissingRule implements Rule {

    @Override
    public void check(Project project, RuleContext ctx) {
        if (OpenApiSpecs.of(project).documented()) return;
        for (ExternalApi.AppApi v : ExternalApi.of(project).apps()) {
            if (!v.serves()) continue;
            List<Route> api = v.consumed();
            Route first = api.get(0);
            AbsenceRollup.perApplicationWithExamples(ctx.report(v.app().location(), "This " + v.app().frameworkName() + " app serves " + api.size() + " API route"
                            + (api.size() == 1 ? "" : "s") + " (e.g. " + first.label() + ") with no OpenAPI description: no openapi/swagger"
                            + " document in the tree and no spec generated from the code, so clients, SDK generators and contract tests"
                            + " have nothing to rely on but the source.")
                    .related(first.location(), first.label() + " declared here")
                    .fix(ctx.meta().fixText(v.app().framework())).property("framework", v.app().framework())).add();
        }
    }
}
