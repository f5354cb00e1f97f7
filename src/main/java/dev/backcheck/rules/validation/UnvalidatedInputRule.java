package dev.backcheck.rules.validation;

import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.model.*;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.*;

/**
 * A route handler reads body, query or params that nothing on its chain, in the framework's
 * route schema, or in the handler (and the project functions it hands the input to) validates.
 */
@RuleId("validation/unvalidated-input")
public final class UnvalidatedInputRule implements Rule {
    static final List<String> PARTS = List.of("body", "query", "params");

    @Override
    public void check(Project project, RuleContext ctx) {
        Analysis analysis = ModelSupport.analysis(project);
        IdentityHashMap<Object, Boolean> reported = new IdentityHashMap<>();
        for (Application app : project.applications()) {
            for (Route route : app.routes()) {
                // parameters bound to input by the framework (NestJS @Body() dto: Dto): one finding per
                // handler, at the first unvalidated parameter, naming every unvalidated part
                List<Route.ParamInput> bad = route.inputs().stream()
                        .filter(in -> !in.validated() && PARTS.contains(in.part()))
                        .sorted(Comparator.comparing(Route.ParamInput::location, Location.ORDER)).toList();
                Object key = route.handler() != null ? route.handler() : route;
                if (!bad.isEmpty() && !reported.containsKey(key)) {
                    reported.put(key, true);
                    Route.ParamInput in = bad.get(0);
                    Set<String> parts = new TreeSet<>(Comparator.comparingInt(PARTS::indexOf));
                    for (Route.ParamInput b : bad) parts.add(b.part());
                    ctx.report(in.location(), "Request " + String.join(" and ", parts) + " of " + route.label()
                                    + " reaches the handler unvalidated"
                                    + (in.type() == null ? "." : " (parameter typed " + in.type() + " but no validating pipe checks it)."))
                            .fix(fix(app.framework()))
                            .related(route.location(), "route declared here")
                            .property("framework", app.framework())
                            .add();
                }
                Fn h = route.handler();
                if (h == null || reported.containsKey(h)) continue;
                FileFacts hf = analysis.fnFile(h);
                if (hf == null) continue;
                Set<String> validated = new TreeSet<>(route.frameworkValidated());
                for (Control c : route.controls(ControlKind.VALIDATION)) validated.addAll(c.parts().isEmpty() ? Set.of("*") : c.parts());
                validated.addAll(analysis.summary(h, hf).validatedParts());
                if (validated.contains("*")) continue;
                List<Fn.Read> reads = new ArrayList<>();
                collectReads(h, reads, 0);
                Location first = null;
                Set<String> unvalidated = new TreeSet<>(Comparator.comparingInt(PARTS::indexOf));
                for (Fn.Read r : reads) {
                    if (!PARTS.contains(r.part()) || validated.contains(r.part())) continue;
                    unvalidated.add(r.part());
                    if (first == null || Location.ORDER.compare(r.location(), first) < 0) first = r.location();
                }
                if (first == null) continue;
                reported.put(h, true);
                ctx.report(first, "Request " + String.join(" and ", unvalidated) + " used by " + route.label()
                                + " without schema validation. Unchecked input reaches business logic and queries as-is.")
                        .fix(fix(app.framework()))
                        .related(route.location(), "route declared here")
                        .property("framework", app.framework())
                        .add();
            }
        }
    }

    private static void collectReads(Fn fn, List<Fn.Read> out, int depth) {
        out.addAll(fn.reads());
        if (depth > 3) return;
        for (Fn n : fn.nested()) collectReads(n, out, depth + 1);
    }

    static String fix(String framework) {
        return switch (framework) {
            case "fastify" -> "declare a route schema: app.post(url, { schema: { body: BodySchema, querystring: ..., params: ... } }, handler) (JSON schema or TypeBox)";
            case "nestjs" -> "type the parameter with a DTO class using class-validator decorators and enable app.useGlobalPipes(new ValidationPipe({ whitelist: true }))";
            case "hono" -> "add zValidator('json' | 'query' | 'param', schema) from @hono/zod-validator to the route and read c.req.valid('json')";
            default -> "validate at the boundary: const data = Schema.parse(req.body) with zod (or a validate(schema) middleware, express-validator, celebrate)";
        };
    }
}
