package dev.backcheck.rules.trpc;

import dev.backcheck.concepts.TrpcRouters;
import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * tRPC procedures whose resolver reads {@code input} while the builder declares no {@code .input(schema)} (or only
 * {@code z.any()}/{@code z.unknown()}): tRPC then hands the resolver whatever JSON the client sent. A resolver
 * that parses its input itself ({@code schema.parse(input)}) is validated.
 */
@RuleId("trpc/unvalidated-input")
public final class UnvalidatedInputRule implements Rule {
    private static final Set<String> PARSERS = Set.of("parse", "safeParse", "parseAsync", "safeParseAsync", "validate",
            "validateSync", "assert", "is", "decode", "Check", "Decode");

    @Override
    public void check(Project project, RuleContext ctx) {
        TrpcRouters trpc = TrpcRouters.of(project);
        for (Application app : project.applications()) {
            String adapter = UnauthenticatedMutationRule.adapterOf(trpc, app);
            for (Route r : app.routes()) {
                if (r.kind() != Route.Kind.TRPC || r.handler() == null) continue;
                TrpcRouters.Procedure p = trpc.procedureOf(r.handler());
                if (p == null || p.validated()) continue;
                if (!p.builderKnown() && p.middlewares().isEmpty()) continue; // a base builder we cannot read may add .input()
                Location read = TrpcRouters.inputRead(r.handler());
                if (read == null || parsesItself(r.handler())) continue;
                boolean opaque = !p.inputs().isEmpty();
                RuleContext.Builder b = ctx.report(r.location(), r.label() + " reads its input"
                                + (opaque ? " but declares it as " + p.inputs().get(0).lib() + " any/unknown, which checks nothing"
                                : " but declares no .input() schema")
                                + ": tRPC hands the resolver whatever JSON the client sends, of any shape and size.")
                        .related(read, "the input is used here");
                String fix = ctx.meta().fixText(adapter);
                if (fix != null) b.fix(fix);
                b.property("framework", adapter).add();
            }
        }
    }

    /** The resolver validates its input by hand: schema.parse(input), assert(input, Struct). */
    private static boolean parsesItself(Fn fn) {
        List<Fn> all = new ArrayList<>();
        all.add(fn);
        all.addAll(fn.nested());
        for (Fn g : all) {
            for (CallSite cs : g.calls()) {
                String m = cs.methodName();
                if (m == null || !PARSERS.contains(m)) continue;
                for (Val a : cs.args()) {
                    if (Vals.anyPart(a, v -> v instanceof Val.Param pp && pp.index() == 0 && !pp.path().isEmpty()
                            && pp.path().get(0).equals("input"))) return true;
                }
            }
        }
        return false;
    }
}
