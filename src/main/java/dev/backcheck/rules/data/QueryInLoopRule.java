package dev.backcheck.rules.data;

import dev.backcheck.concepts.DbClients;
import dev.backcheck.concepts.RequestPaths;
import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A query or write made once per item of a collection on a request path (N+1): inside a {@code for…of},
 * {@code for…in} or indexed {@code for} loop, or in a {@code forEach}/{@code map}/{@code reduce} callback, in the
 * handler or in a function it calls (a call made in a loop counts for everything it reaches). {@code while} loops are
 * not reported: they retry, page through a cursor or look for a free slug, a bounded number of times.
 * {@code Promise.all(items.map(...))} is reported too: the queries run concurrently, but there are still N of them
 * and N connections taken from the pool.
 */
@RuleId("data/query-in-loop")
public final class QueryInLoopRule implements Rule {
    private static final Set<String> REPORTED_KINDS = Set.of("for-of", "for-in", "for", "forEach", "map", "flatMap", "reduce",
            "reduceRight", "filter", "some", "every", "find", "findIndex");

    @Override
    public void check(Project project, RuleContext ctx) {
        DbClients db = DbClients.of(project);
        if (db.ops().isEmpty()) return;
        Set<Location> done = new HashSet<>();
        for (RequestPaths.Path p : RequestPaths.of(project).paths()) {
            for (RequestPaths.Step s : p.steps()) {
                for (CallSite cs : s.fn().calls()) {
                    Location loop = s.loop();
                    String kind = s.loopKind();
                    if (loop == null) {
                        loop = RequestPaths.loopOf(s.fn(), cs);
                        kind = RequestPaths.loopKind(s.fn(), cs);
                    }
                    if (loop == null || kind == null || !REPORTED_KINDS.contains(kind)) continue;
                    DbClients.Op op = db.op(new CallIndex.Site(s.fn(), s.file(), cs, List.of()));
                    if (op == null || !done.add(cs.location())) continue;
                    boolean concurrent = kind.equals("map") || kind.equals("flatMap") || kind.equals("forEach");
                    String loopText = switch (kind) {
                        case "for-of" -> "a for…of loop";
                        case "for-in" -> "a for…in loop";
                        case "for" -> "a for loop";
                        default -> "a " + kind + "() callback";
                    };
                    String what = op.kind() == DbClients.Kind.READ ? "query" : "write";
                    String batch = op.kind() == DbClients.Kind.READ
                            ? "Load the rows in one query (an IN list: where: { id: { in: ids } }, $in, whereIn, ANY($1)) or a join/include, then match them in memory."
                            : "Write them in one statement (createMany, insertMany, bulkCreate, a multi-row INSERT, updateMany with a shared where), or batch them in one transaction.";
                    ctx.report(cs.location(), op.label() + " runs once per item of " + loopText + " on the path of " + p.route().label()
                                    + (concurrent ? ": the " + (op.kind() == DbClients.Kind.READ ? "queries" : "writes") + " run concurrently but there are still N of them, each taking a pool connection (N+1). "
                                    : ": one " + what + " per item, one after the other (N+1); the request slows down with the number of items. ")
                                    + batch)
                            .related(loop, "the loop")
                            .related(p.route().location(), p.route().label() + " is declared here")
                            .fix(ctx.meta().fixText(p.app().framework()))
                            .property("library", op.lib())
                            .add();
                }
            }
        }
    }
}
