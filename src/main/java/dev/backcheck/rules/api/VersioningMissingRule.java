package dev.backcheck.rules.api;

import dev.backcheck.concepts.ApiVersioning;
import dev.backcheck.concepts.ExternalApi;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.AbsenceRollup;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.List;

/**
 * An application whose API routes (health, metrics, docs, GraphQL and the root left out; server-rendered pages
 * too) carry no version: no /v1 segment in any resolved path, no Nest versioning, no version header the code
 * reads. Reported at the application's creation, for applications that serve an API clients outside the deployment
 * consume ({@link ExternalApi}); not for a website, whose JSON routes ship with the pages that call them.
 */
@RuleId("api/versioning-missing")
public final class VersioningMissingRule implements Rule {

    @Override
    public void check(Project project, RuleContext ctx) {
        ApiVersioning av = ApiVersioning.of(project);
        if (!av.mechanisms().isEmpty() || !av.unresolvedPrefixes().isEmpty()) return;
        ExternalApi ext = ExternalApi.of(project);
        for (ApiVersioning.AppVersions v : av.apps()) {
            if (!v.versioned().isEmpty()) continue;
            ExternalApi.AppApi x = ext.of(v.app());
            // a website's JSON routes ship with the pages that call them: a version prefix has no client to protect
            if (!x.serves() || x.website()) continue;
            List<Route> api = x.consumed();
            // a prefix the model could not resolve may be the version: no verdict
            if (api.isEmpty() || api.stream().anyMatch(r -> r.path().contains("{"))) continue;
            Route first = api.get(0);
            AbsenceRollup.perApplicationWithExamples(ctx.report(v.app().location(), "None of this " + v.app().frameworkName() + " app's " + api.size() + " API route"
                            + (api.size() == 1 ? "" : "s") + " is versioned (e.g. " + first.label() + "): no /v1 prefix, framework versioning or version header,"
                            + " so a breaking change to a response reaches every existing client at once.")
                    .related(first.location(), first.label() + " declared here")
                    .fix(ctx.meta().fixText(v.app().framework())).property("framework", v.app().framework())).add();
        }
    }

    /** A route that renders a page or redirects: a website route, not an API one. */
    static boolean page(Route r) {
        return ExternalApi.page(r);
    }
}
