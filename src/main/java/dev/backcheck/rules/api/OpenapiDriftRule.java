package dev.backcheck.rules.api;

import dev.backcheck.concepts.OpenApiSpecs;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import dev.backcheck.rules.AbsenceRollup;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.StringJoiner;

/**
 * An OpenAPI document (or swagger-jsdoc blocks) out of step with the routes: a route the code serves that the document
 * does not list (reported at the route), and an operation the document lists that no route serves (reported at its line
 * in the document). Several documents describing the same applications (public, admin, v1) are read together: a route
 * any of them lists is documented. Method and normalised path are compared, parameter names ignored, the document's base paths and
 * the applications' common prefix tried. Not reported when the spec is generated from the code, when no operation of
 * the document matches a route or the matches are under a fifth of the smaller side (it describes another service, or a prefix the model does not know), and, for
 * documented-but-unserved operations, when the model could not follow every route registration. ALL routes (catch-alls,
 * router.all) neither count as documented nor as undocumented; an operation under a wildcard route that hands the request
 * to a library (better-auth's {@code /api/auth/*}) is served. A document a package.json script copies from another
 * (a build copy) is not compared: its source is. When a document leaves out {@code list-from} (10) routes or more, the
 * routes are listed in one finding (at the first, the others as related locations, see {@link AbsenceRollup#listedRoute}):
 * a document that covers a part of the API is one fact to fix, not one per route; unserved operations stay one each.
 */
@RuleId("api/openapi-drift")
public final class OpenapiDriftRule implements Rule {

    @Override
    public void check(Project project, RuleContext ctx) {
        boolean complete = project.notModelled().stream().noneMatch(Project.NotModelled::registration);
        int listFrom = listFrom(ctx.option("list-from"));
        for (OpenApiSpecs.Drift d : OpenApiSpecs.of(project).drift()) {
            if (!OpenApiSpecs.related(d)) continue;
            OpenApiSpecs.Spec s = d.spec();
            String doc = s.source().equals("file") ? s.file() : "the @openapi JSDoc blocks";
            String framework = d.apps().get(0).framework();
            int total = s.operations().size();
            String where = doc + " (" + d.matched() + " of its " + total + " operations match a route)";
            if (!d.alongside().isEmpty()) {
                StringJoiner all = new StringJoiner(", ", "any of the " + (d.alongside().size() + 1) + " documents that describe this API (", ")");
                all.add(doc);
                for (OpenApiSpecs.Spec o : d.alongside()) all.add(o.source().equals("file") ? o.file() : "the @openapi JSDoc blocks");
                where = all.toString();
            }
            // many routes left out: one finding lists them (the scan rolls the marked routes up at emission, see AbsenceRollup)
            boolean listed = listFrom > 0 && d.undocumented().size() >= listFrom;
            for (Route r : d.undocumented()) {
                Application app = d.apps().stream().filter(a -> a.routes().contains(r)).findFirst().orElse(d.apps().get(0));
                RuleContext.Builder b = ctx.report(r.location(), r.label() + " is served here but is not documented in " + where + ": clients and generated SDKs do not know this endpoint exists.")
                        .related(s.location(), doc + " starts here")
                        .fix(ctx.meta().fixText(app.framework())).property("framework", app.framework());
                (listed ? AbsenceRollup.listedRoute(b, doc, r.label()) : b).add();
            }
            if (!complete) continue;
            // documented but not served: each one a client following the document calls in vain (never listed together)
            for (OpenApiSpecs.Operation op : d.unserved()) {
                String who = s.source().equals("file") ? doc + " documents " : "An @openapi JSDoc block documents ";
                ctx.report(op.location(), who + op.method() + " " + op.path() + " but no route of the "
                                + d.apps().get(0).frameworkName() + " app serves it: clients following the document get a 404.")
                        .fix(ctx.meta().fixText(framework)).property("framework", framework).add();
            }
        }
    }

    private static int listFrom(Object o) {
        try {
            return o == null ? 10 : Integer.parseInt(String.valueOf(o).trim());
        } catch (NumberFormatException e) {
            return 10;
        }
    }
}
