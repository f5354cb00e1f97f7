package dev.backcheck.rules.data;

import dev.backcheck.concepts.DbClients;
import dev.backcheck.concepts.RequestPaths;
import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A list route (GET, no path parameter) whose query returns every matching row: Prisma {@code findMany} without
 * {@code take}, Mongoose/MongoDB {@code find} without {@code .limit()}, TypeORM {@code find}/{@code getMany} without
 * {@code take}/{@code limit}, Sequelize {@code findAll} without {@code limit}, Knex/Drizzle selects without
 * {@code .limit()}, SQL without {@code LIMIT}. The answer grows with the table: slow responses, memory spikes, and a
 * cheap way for any client to load the database. Exports and downloads are reported the same way (stream them).
 * Not reported: reference tables no request path adds rows to (filled by a seed or migration), judged per library
 * when the library's row-adding writes are seen on some path; tables a migration fills with several constant rows
 * (tiers, plans, settings: {@link DbClients#seededReference}); aggregates, also grouped by a category column
 * ({@code SELECT estado, COUNT(*) .. GROUP BY estado}, also the final SELECT after a WITH's expressions); a TypeORM
 * query builder paged in its own statement before it runs; options with a take handed back by a project helper that
 * returns them or spreads them ({@code scopeQuery(user, { where, take: limit }, 'users')}); one parent's rows in a
 * window the code sets on both sides ({@link DbClients#windowed}); a Prisma read pinning every field of a unique key but
 * those of an enum, or of a field the code fixes: a constant key, a catalog's foreign key ({@link DbClients#keyBounded}); a list ordered first by a hand-set position column, a curated display
 * set ({@link DbClients#curated}).
 */
@RuleId("data/unbounded-list")
public final class UnboundedListRule implements Rule {
    /** Aggregates return one row whatever the table holds. */
    private static final Pattern AGGREGATE_SQL = Pattern.compile("(?is)^\\s*select\\s+(count|sum|avg|min|max|exists)\\s*\\(.*");
    /** Query-chain methods whose result is still the rows. */
    private static final Set<String> CHAIN = Set.of("sort", "lean", "exec", "populate", "select", "where", "orderBy", "order",
            "toArray", "then", "getMany", "all", "execute", "sortBy", "skip", "offset", "include", "with", "leftJoin", "innerJoin",
            "from", "returning", "project", "collation", "hint", "map", "filter", "flatMap", "slice");
    private static final Pattern GROUP_BY = Pattern.compile("(?is).*\\bgroup\\s+by\\b.*");

    @Override
    public void check(Project project, RuleContext ctx) {
        DbClients db = DbClients.of(project);
        if (db.ops().isEmpty()) return;
        Set<Location> done = new HashSet<>();
        dev.backcheck.flow.CallIndex index = dev.backcheck.flow.CallIndex.of(project);
        java.util.Map<String, Set<String>> grown = grownByRequests(db, RequestPaths.of(project));
        for (RequestPaths.Path p : RequestPaths.of(project).paths()) {
            Route r = p.route();
            if (!r.method().equals("GET") || r.path().contains(":") || r.path().contains("{") || r.path().contains("*")) continue;
            for (RequestPaths.Step s : p.steps()) {
                for (CallSite cs : s.fn().calls()) {
                    DbClients.Op op = db.op(new CallIndex.Site(s.fn(), s.file(), cs, List.of()));
                    if (op == null || !op.lists() || db.bounded(op) || db.aggregated(op) || db.referenceLookup(op) || db.seededReference(op) || db.windowed(op)
                            || db.curated(op)) continue;
                    // a parent's rows of a key the code fixes (settings by constant key, one row per catalog entry)
                    if (db.keyBounded(op, grown == null ? null : model -> !grown.containsKey("prisma") || grown.get("prisma").contains(singular(model)))) continue;
                    if (grown != null && op.store() != null && grown.containsKey(op.lib()) && !grown.get(op.lib()).contains(singular(op.store()))) continue;
                    // a list read once per item of a loop is data/query-in-loop's finding
                    if (s.inLoop() || RequestPaths.loopOf(s.fn(), cs) != null) continue;
                    // the rows are the answer (returned, or handed to res.json / c.json / reply.send), not input to a computation
                    if (!answered(p, s, cs, index, db, 0)) continue;
                    if (op.lib().equals("sql") && op.label().toUpperCase(Locale.ROOT).startsWith("SQL SELECT")) {
                        String text = sqlOf(cs);
                        if (text != null && AGGREGATE_SQL.matcher(text).matches() && !GROUP_BY.matcher(text).matches()) continue;
                    }
                    if (!done.add(cs.location())) continue;
                    String bound = switch (op.lib()) {
                        case "prisma" -> "take";
                        case "mongoose", "mongodb" -> ".limit()";
                        case "typeorm" -> op.method().startsWith("get") ? ".take()" : "take";
                        case "sequelize" -> "limit";
                        case "knex", "drizzle" -> ".limit()";
                        default -> "LIMIT";
                    };
                    ctx.report(cs.location(), r.label() + " lists with " + op.label() + " and no " + bound
                                    + ": the answer holds every matching row, so it grows with the table (slow responses, memory spikes, and a"
                                    + " cheap way for any client to load the database). Page it: a page size with a maximum, and a cursor or page number.")
                            .related(r.location(), r.label() + " is declared here")
                            .fix(ctx.meta().fixText(p.app().framework()))
                            .property("library", op.lib())
                            .add();
                }
            }
        }
    }

    private static final Set<String> CREATES = Set.of("create", "createMany", "createManyAndReturn", "insert", "insertMany", "insertOne",
            "bulkCreate", "bulkInsert", "save", "upsert", "findOrCreate", "findOneAndUpdate", "updateOne", "updateMany", "bulkWrite",
            "values", "add", "batchInsert", "replaceOne", "findByIdAndUpdate");

    /**
     * The tables (singular, lower case) that requests add rows to: an insert-like write (create, insert, save,
     * upsert, an upserting update, SQL INSERT) on some route's path. A table no route adds rows to (catalogs, settings,
     * geography, login methods: filled by a seed or migration) does not grow with use and is not reported. By library:
     * a library with no row-adding write seen on any path is not judged (its writes may be made in a way not modelled).
     * Null when a row-adding write on a request path names no table: any table may then grow.
     */
    private static java.util.Map<String, Set<String>> grownByRequests(DbClients db, RequestPaths paths) {
        java.util.Set<dev.backcheck.lang.facts.Fn> onPath = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (RequestPaths.Path p : paths.paths()) for (RequestPaths.Step st : p.steps()) onPath.add(st.fn());
        java.util.Map<String, Set<String>> out = new java.util.TreeMap<>();
        for (DbClients.Op o : db.ops()) {
            if (o.kind() != DbClients.Kind.WRITE || !onPath.contains(o.site().fn())) continue;
            boolean adds = o.method() != null && CREATES.contains(o.method()) || o.label().toUpperCase(Locale.ROOT).contains("INSERT")
                    || o.lib().equals("sql") && !o.label().toUpperCase(Locale.ROOT).matches(".*\\b(UPDATE|DELETE)\\b.*");
            if (!adds) continue;
            if (o.store() == null) return null;
            out.computeIfAbsent(o.lib(), k -> new HashSet<>()).add(singular(o.store()));
        }
        return out;
    }

    private static String singular(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int dot = n.indexOf('.');
        if (dot > 0) n = n.substring(0, dot); // Permission.schema.js, branch.js: the model's file
        n = n.replaceAll("[^a-z0-9]", "");
        if (n.endsWith("ies")) return n.substring(0, n.length() - 3) + "y";
        if (n.endsWith("s")) return n.substring(0, n.length() - 1);
        return n;
    }

    /**
     * True when the rows of {@code cs} reach the answer: handed to a response call ({@code res.json}, {@code c.json},
     * {@code reply.send}), or returned by the route's handler. A helper that returns them answers only when its caller
     * on this path does in turn: ids a service returns for a membership or ownership check are not the response.
     */
    private static boolean answered(RequestPaths.Path p, RequestPaths.Step s, CallSite cs, dev.backcheck.flow.CallIndex index, DbClients db, int depth) {
        java.util.function.Predicate<dev.backcheck.lang.facts.Val> rows = v -> carries(v, cs, 0);
        for (CallSite other : s.fn().calls()) {
            if (other == cs) continue;
            boolean answer = index.keys(other, s.fn(), s.file()).stream().anyMatch(k -> k.startsWith("<response>."));
            // a caller that hands a helper's rows on to any call but another query (successResponse(res, rows),
            // new Envelope({ data: rows }), Promise.all(rows.map(..))): they may reach the answer; an id list used as
            // the filter of another query, or only tested (ids.includes(x)) or counted (rows.length), does not
            if (!answer && depth > 0 && db.op(new CallIndex.Site(s.fn(), s.file(), other, List.of())) == null) answer = true;
            if (!answer) continue;
            for (dev.backcheck.lang.facts.Val a : other.args()) if (rows.test(a)) return true;
        }
        boolean returned = false;
        for (dev.backcheck.lang.facts.Val r : s.fn().returns()) if (rows.test(r)) returned = true;
        if (!returned) return false;
        if (s.via().isEmpty() || depth > 6) return true;
        // a callback of a function on the path (same calls led to both): its return is that function's business
        for (RequestPaths.Step t : p.steps()) if (t != s && t.via().equals(s.via()) && t.fn().nested().contains(s.fn())) return true;
        // the step that made the call leading here, and that call: the rows answer if its result does
        Location call = s.via().get(s.via().size() - 1);
        List<Location> up = s.via().subList(0, s.via().size() - 1);
        for (RequestPaths.Step c : p.steps()) {
            if (!c.via().equals(up)) continue;
            for (CallSite ccs : c.fn().calls()) {
                if (ccs.location().equals(call)) return answered(p, c, ccs, index, db, depth + 1);
            }
        }
        return true;
    }

    /** The value is the rows, or an object, array or alternative holding them ({ items: rows, total }); not a value computed from them. */
    private static boolean carries(dev.backcheck.lang.facts.Val v, CallSite cs, int depth) {
        if (v == null || depth > 6) return false;
        if (rowsOf(v, cs)) return true;
        if (v instanceof dev.backcheck.lang.facts.Val.Obj o) {
            for (dev.backcheck.lang.facts.Val x : o.props().values()) if (carries(x, cs, depth + 1)) return true;
        } else if (v instanceof dev.backcheck.lang.facts.Val.Arr a) {
            for (dev.backcheck.lang.facts.Val x : a.items()) if (carries(x, cs, depth + 1)) return true;
        } else if (v instanceof dev.backcheck.lang.facts.Val.OneOf o) {
            for (dev.backcheck.lang.facts.Val x : o.options()) if (carries(x, cs, depth + 1)) return true;
        }
        return false;
    }

    /** The value is the call's result, or a query chain built on it ({@code .sort()}, {@code .lean()}, {@code .rows}). */
    private static boolean rowsOf(dev.backcheck.lang.facts.Val v, CallSite cs) {
        dev.backcheck.lang.facts.Val c = v;
        for (int i = 0; i < 12 && c != null; i++) {
            if (c instanceof dev.backcheck.lang.facts.Val.Call call) {
                if (call.site() != null && call.site().equals(cs.location())) return true;
                String m = dev.backcheck.lang.facts.Vals.lastName(call.callee());
                if (m == null || !CHAIN.contains(m)) return false; // rows.reduce(..), rows.map(..).length: a computation on the rows
                c = call.callee();
            } else if (c instanceof dev.backcheck.lang.facts.Val.Member m) {
                if (m.prop().equals("length") || m.prop().chars().allMatch(Character::isDigit)) return false; // a count, or rows[0]: one row
                c = m.object();
            } else return false;
        }
        return false;
    }

    private static String sqlOf(CallSite cs) {
        var a = cs.arg(0);
        if (a instanceof dev.backcheck.lang.facts.Val.Tpl || a instanceof dev.backcheck.lang.facts.Val.Concat) return dev.backcheck.lang.facts.Vals.shape(a, "?");
        return dev.backcheck.lang.facts.Val.constString(a);
    }
}
