package dev.backcheck.rules.graphql;

import dev.backcheck.concepts.GraphqlServers;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.model.Application;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.Map;
import java.util.Set;

/**
 * GraphQL operations whose resolver takes an input object (an {@code input} type, a JSON scalar, a NestJS
 * {@code @Args()} / TypeGraphQL {@code @Arg} class) that no schema checks: no class-validator decorators on the
 * class behind a ValidationPipe (TypeGraphQL: {@code validate} on), no zod/joi/yup parse of the arguments in the
 * resolver, no validation directive. Arguments typed only by GraphQL scalars (ID, String, Int, enums) are not
 * reported: GraphQL has already checked their type, and what they carry into a sink is the injection rules' part.
 */
@RuleId("graphql/unvalidated-input")
public final class UnvalidatedInputRule implements Rule {
    private static final Set<String> TS_SCALARS = Set.of("string", "number", "boolean", "String", "Number", "Boolean", "ID", "Int",
            "Float", "Date", "bigint");

    @Override
    public void check(Project project, RuleContext ctx) {
        GraphqlServers g = GraphqlServers.of(project);
        for (Application app : project.applications()) {
            for (Route r : app.routes()) {
                if (r.kind() != Route.Kind.GRAPHQL || r.method().equals("SUBSCRIPTION")) continue;
                if (r.chain().stream().anyMatch(c -> c.kind() == ControlKind.VALIDATION && !c.parts().contains("dto"))) continue;
                String what = null;
                boolean array = false;
                for (Route.ParamInput in : r.inputs()) {
                    if (in.validated() || in.type() == null) continue;
                    String t = in.type().replace("[]", "").replaceAll("[!\\[\\]]", "");
                    boolean free;
                    if (r.handler() != null && decoratedArgs(r.handler())) {
                        // NestJS @Args / TypeGraphQL @Arg: a class is an input object; a scalar, enum or unknown type is not
                        free = !TS_SCALARS.contains(t) && project.classNamed(t, r.handler().file() == null ? null : project.file(r.handler().file())) != null;
                    } else {
                        free = (r.handler() == null || usesArgs(r.handler(), g.argsParam(r.handler()))) && !g.typedByGraphql(in.type());
                    }
                    if (free) {
                        what = t;
                        array = in.type().endsWith("[]");
                        break;
                    }
                }
                if (what == null) continue;
                String fw = GraphqlRules.framework(app);
                String fix = ctx.meta().fixFor(fw, Map.of());
                String msg = array
                        ? r.label() + " takes an array of " + what + " that no schema validates: a ValidationPipe checks a class-typed "
                        + "argument but not the elements of an array (TypeScript records no element type; use ParseArrayPipe({ items: "
                        + what + " }) or validate each item), so any string or size the GraphQL type allows reaches the resolver."
                        : r.label() + " takes a " + what + " argument that no schema validates (no class-validator "
                        + "rules behind a ValidationPipe, no zod/joi parse in the resolver): GraphQL checks only its shape, so "
                        + "any string, size or extra nesting the type allows reaches the resolver.";
                ctx.report(r.location(), msg)
                        .fix(fix == null ? ctx.meta().fixFor("default", Map.of()) : fix).property("framework", fw).add();
            }
        }
    }

    /** A resolver-map function that names its args parameter (not {@code _args}). */
    private static boolean usesArgs(Fn fn, int argsParam) {
        Fn.Param p = fn.param(argsParam < 0 ? 1 : argsParam);
        return p != null && !p.name().startsWith("_");
    }

    private static boolean decoratedArgs(Fn fn) {
        for (Fn.Param p : fn.params()) for (var d : p.decorators()) if ("Args".equals(d.name()) || "Arg".equals(d.name())) return true;
        return false;
    }
}
