package dev.backcheck.rules.data;

import dev.backcheck.concepts.DbClients;
import dev.backcheck.concepts.RequestPaths;
import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
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
 * not reported: they retry, page through a cursor or look for a free slug, a bounded number of times; nor is a counted
 * {@code for} with a few constant turns ({@code for (let attempt = 1; attempt <= maxRetries; attempt++)}, {@code const
 * maxRetries = 3}): a retry loop, whatever the data holds ({@link RequestPaths#itemLoop}).
 * {@code Promise.all(items.map(...))} is reported too: the queries run concurrently, but there are still N of them
 * and N connections taken from the pool. Not reported either: a loop over a literal array of data (a seed list, whatever
 * its length: it does not grow with the data), over the members of a Prisma enum, or over what a call fetched
 * with a small literal limit ({@code stripe.checkout.sessions.list({ limit: 3 })}, {@code .limit(5)}): at most
 * {@link #FEW} items, a number that does not grow with the data; Prisma queries collected unawaited and run by
 * {@code $transaction(list)} (one batch); the callback of a database call named like an array method
 * ({@code Model.find(q, cb)}); a query under a test of a parameter the caller fixes so the test fails
 * ({@code addEntry({ refresh: false })} → {@code if (refresh === true) ..}, or leaves out: {@code updateJob(id, { enabled })}
 * → {@code if (updates.schedule) ..}); SQL on in-process SQLite (better-sqlite3
 * and no network database); a loop over a few objects each written out in the function ({@code rows.push({ key: 'a', .. })}
 * under one {@code if} per option), or over the files multer lets into the route ({@code fields([...])}, a literal
 * {@code maxCount} or {@code limits.files}); queries in a task the request does not wait for (a timer callback, a promise
 * left running with a {@code .catch}); a loop over a set or list the function fills with a few {@code add}/{@code push}
 * calls of its own ({@link #fewAdded}); a query under a test of a map's key against a constant ({@link #distinctKeyBranch});
 * a loop over a parameter the caller on the path fills with a few literal items or leaves to its literal default
 * ({@link #fewPassed}); an update writing the loop item's own values inside a transaction ({@link #perItemUpdate}).
 */
@RuleId("data/query-in-loop")
public final class QueryInLoopRule implements Rule {
    private static final Set<String> REPORTED_KINDS = Set.of("for-of", "for-in", "for", "forEach", "map", "flatMap", "reduce",
            "reduceRight", "filter", "some", "every", "find", "findIndex");

    /** Packages whose exported objects are schema enums (Prisma's generated client). */
    private static final Set<String> ENUM_MODULES = Set.of("@prisma/client", ".prisma/client");

    /** The most items a literal fetch limit or a literal object's keys may give for the loop to count as bounded. */
    static final int FEW = 10;
    private static final Set<String> LIMIT_KEYS = Set.of("limit", "take", "first", "top", "per_page", "perPage", "pageSize",
            "page_size", "maxResults", "max_results", "max");

    @Override
    public void check(Project project, RuleContext ctx) {
        DbClients db = DbClients.of(project);
        if (db.ops().isEmpty()) return;
        Set<Location> done = new HashSet<>();
        boolean inProcessSql = inProcessSql(project);
        boolean inProcessDrizzle = inProcessSql && inProcessDrizzle(project);
        for (RequestPaths.Path p : RequestPaths.of(project).paths()) {
            for (RequestPaths.Step s : p.steps()) {
                // a task the request starts and does not wait for (syncAll(id).then(..).catch(log), a timer callback):
                // its queries do not slow the request down
                // (the work an event listener sets running is the event's own handling: a socket message's lookups per
                // connected user still run once per user)
                if (s.detached() && !RequestPaths.of(project).eventWork(s)) continue;
                for (CallSite cs : s.fn().calls()) {
                    // a query already reported on an earlier path (a service every route of a module runs) is reported once:
                    // the tests below, which only read, are not run again for it
                    if (done.contains(cs.location())) continue;
                    Location loop = s.loop();
                    String kind = s.loopKind();
                    // a loop over the calls a model's answer asks for, each item choosing by its name the operation that
                    // runs (a tool-call dispatch): not the same query once per row; the step's own loops still count
                    if (loop != null && dispatched(project, p, s, cs)) {
                        loop = null;
                        kind = null;
                    }
                    boolean own = loop == null;
                    if (loop == null) {
                        dev.backcheck.lang.facts.Fn.Loop il = RequestPaths.of(project).itemLoop(s.fn(), cs);
                        loop = il == null ? null : il.span();
                        kind = il == null ? null : il.kind();
                    }
                    if (loop == null || kind == null || !REPORTED_KINDS.contains(kind)) continue;
                    // try { await repo.save(m) } catch { await repo.findOne(..) }: the catch runs for an item whose write
                    // failed (a unique-key race), error handling, not a query per item
                    if (inItemCatch(s, cs, own ? loop : null)) continue;
                    // for (..) { if (match) { await repo.save(x); return true; } }: the loop ends after the query (or after the
                    // call on the path that leads to it: a provider failover loop logging the delivery of the first
                    // provider that succeeds, then returning)
                    Location exitFrom = own ? cs.location() : callIn(s, loop);
                    if (STATEMENT_LOOPS.contains(kind) && exitFrom != null && dev.backcheck.concepts.Loops.endsAfter(project, loop, exitFrom)) continue;
                    if (fewItems(project, p, loop) || queryCallback(db, p, loop)) continue;
                    // for (const [kind, ids] of byKind.entries()) { if (kind === 'home') await count(..) }: the keys of a map
                    // are distinct, so a query under a test of the key against one constant runs at most once
                    if (distinctKeyBranch(p, s, cs, loop)) continue;
                    CallIndex.Site site = new CallIndex.Site(s.fn(), s.file(), cs, List.of());
                    DbClients.Op op = db.op(site);
                    if (op == null || db.batched(site) || switchedOff(project, p, s, cs) || RequestPaths.memoized(s.fn(), cs)) continue;
                    // for (const instance of instances) syncInstance(instance) .. getOrCreatePool(instance).query(..): each
                    // item's query runs on a client made or looked up for that item (its own server), so no one query
                    // can stand for them
                    if (itemClient(p, s, cs)) continue;
                    // for (const c of await db.listCollections().toArray()) await db.collection(c.name).countDocuments(): each
                    // item's query runs on the collection the item names, a different one each time, so no $in or IN list
                    // can stand for them
                    if (itemCollection(project, p, s, cs)) continue;
                    // for (const a of allocations) await tx.invoice.update({ where: { id: a.invoiceId }, data: { paid: { increment:
                    // a.amount } } }) inside $transaction: each row gets its own value, so no shared-where statement replaces
                    // the updates, and the one transaction the fix asks for is already there
                    if (own && op.kind() != DbClients.Kind.READ && (s.inTx() || db.inTransaction(site)) && perItemUpdate(cs)) continue;
                    // runMigrationInTransaction(m) for each pending migration: the function run per item opens its own
                    // transaction (BEGIN .. COMMIT) around its writes, one unit per item by design, not rows a batch could merge
                    if (!own && op.kind() != DbClients.Kind.READ && db.opensTransactionBefore(s.fn(), s.file(), cs.location())) continue;
                    // for (let i = 0; i < ids.length; i += BATCH_SIZE) { .. insert(t).values(chunk) }: one statement per chunk
                    if (own && "for".equals(kind) && dev.backcheck.concepts.Loops.chunkLoop(project, loop)) continue;
                    // a lazily created pool's migrations, run once per process on first use
                    if (RequestPaths.of(project).initOnce(p, s, cs)) continue;
                    if (inProcessSql && (op.lib().equals("sql") || op.lib().equals("sqlite") || inProcessDrizzle && op.lib().equals("drizzle"))) continue;
                    if (!done.add(cs.location())) continue;
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

    private static final Set<String> STATEMENT_LOOPS = Set.of("for-of", "for-in", "for");

    /**
     * The first call on the way to the step that sits inside {@code loop} (the call the loop makes), or, for a function
     * written in the loop (a transaction's callback), that function itself; null when neither is in it.
     */
    private static Location callIn(RequestPaths.Step s, Location loop) {
        for (Location l : s.via()) if (DbClients.within(l, loop)) return l;
        return s.fn().location() != null && DbClients.within(s.fn().location(), loop) ? s.fn().location() : null;
    }

    /**
     * A Prisma-style update of one row whose new values are read from the loop's item
     * ({@code update({ where: { id: a.invoiceId }, data: { paid: { increment: a.amount } } })}, updateMany, upsert): the
     * rows take different values, so one updateMany with a shared where cannot do it. An update writing the same
     * values to every row, or a create (createMany takes rows of different values), is not one.
     */
    private static boolean perItemUpdate(CallSite cs) {
        String m = cs.methodName();
        if (!"update".equals(m) && !"updateMany".equals(m) && !"upsert".equals(m)) return false;
        if (cs.args().isEmpty() || !(cs.arg(0) instanceof Obj o)) return false;
        Val data = o.props().get("data");
        if (data == null) data = o.props().get("update");
        return data != null && dev.backcheck.lang.facts.Vals.anyPart(data, QueryInLoopRule::itemValue);
    }

    /** A value read from a loop's item ({@code a.amount} of {@code for (const a of list)}: a member "*" of the list). */
    private static boolean itemValue(Val v) {
        if (v instanceof Member m) return m.prop().equals("*");
        if (v instanceof Param p) return p.path().contains("*");
        if (v instanceof Local l) return l.path().contains("*");
        if (v instanceof dev.backcheck.lang.facts.Val.Ref r) return r.path().contains("*");
        if (v instanceof dev.backcheck.lang.facts.Val.Req r) return r.path().contains("*");
        if (v instanceof dev.backcheck.lang.facts.Val.Global g) return g.path().contains("*");
        return v instanceof dev.backcheck.lang.facts.Val.Unknown u && "loop".equals(u.kind());
    }

    /**
     * The call sits in a catch body of its function whose try runs once per item: the function itself runs per item
     * (the loop is in a caller, {@code ownLoop} null), or the whole try/catch lies inside the function's own loop.
     */
    private static boolean inItemCatch(RequestPaths.Step s, CallSite cs, Location ownLoop) {
        for (dev.backcheck.lang.facts.Fn.Catch c : s.fn().catches()) {
            if (!c.inBody(cs.location())) continue;
            if (ownLoop == null || DbClients.within(c.block(), ownLoop)) return true;
        }
        return false;
    }

    private static int offset(String src, int line, int column) {
        return dev.backcheck.concepts.SourceLines.offset(src, line, column);
    }

    private static final List<String> NETWORK_SQL = List.of("pg", "pg-promise", "postgres", "mysql", "mysql2", "mariadb", "mssql", "tedious",
            "oracledb", "@neondatabase/serverless", "@vercel/postgres", "@libsql/client", "@planetscale/database", "knex", "sequelize", "typeorm");

    /**
     * True when the project's SQL runs in process on synchronous SQLite (better-sqlite3) and on no network database: a
     * query there is a function call on a local file, with no round trip and no pool, so one per item costs little.
     */
    /** Drizzle adapters (and schema builders) of a database other than an in-process SQLite file. */
    private static final Set<String> DRIZZLE_NETWORK = Set.of("node-postgres", "postgres-js", "neon-http", "neon-serverless", "mysql2",
            "planetscale-serverless", "libsql", "d1", "vercel-postgres", "pglite", "aws-data-api", "xata-http", "tidb-serverless",
            "singlestore", "pg-proxy", "mysql-proxy", "sqlite-proxy", "bun-sql", "gel", "pg-core", "mysql-core", "singlestore-core");

    /**
     * Drizzle runs on the better-sqlite3 adapter ({@code drizzle-orm/better-sqlite3}) and the code imports no adapter or
     * schema builder of another database: its queries are in-process SQLite calls too.
     */
    private static boolean inProcessDrizzle(Project project) {
        boolean sqlite = false;
        for (dev.backcheck.lang.facts.FileFacts f : project.files().values()) {
            for (dev.backcheck.lang.facts.Import im : f.imports().values()) {
                String m = im.module();
                if (m == null || !m.startsWith("drizzle-orm/")) continue;
                String sub = m.substring("drizzle-orm/".length());
                int slash = sub.indexOf('/');
                if (slash > 0) sub = sub.substring(0, slash);
                if (sub.equals("better-sqlite3")) sqlite = true;
                else if (DRIZZLE_NETWORK.contains(sub)) return false;
            }
        }
        return sqlite;
    }

    private static boolean inProcessSql(Project project) {
        if (!project.dependsOn("better-sqlite3")) return false;
        List<String> declared = new java.util.ArrayList<>();
        for (String d : NETWORK_SQL) if (project.dependsOn(d)) declared.add(d);
        if (declared.isEmpty()) return true;
        // a network driver the manifest declares but no source file imports (a template's leftover beside the
        // better-sqlite3 store the code uses: s31 wheelypizza's @neondatabase/serverless) runs no query
        for (dev.backcheck.lang.facts.FileFacts f : project.files().values()) {
            for (dev.backcheck.lang.facts.Import im : f.imports().values()) {
                String m = im.module();
                if (m == null) continue;
                for (String d : declared) if (m.equals(d) || m.startsWith(d + "/")) return false;
            }
        }
        return true;
    }

    /**
     * True when a condition on the way to the query tests a parameter that the call into that function fixes to a
     * value under which the query never runs: {@code createActivity({ ..., updateAccountBalance: false })} in the loop,
     * and {@code if (updateAccountBalance === true) await accountService.updateBalance(..)} in the callee. The test
     * reads the parameter directly, as {@code flag}, {@code options.flag} or {@code options.flag ?? false}.
     */
    private static boolean switchedOff(Project project, RequestPaths.Path p, RequestPaths.Step s, CallSite query) {
        List<Location> via = s.via();
        CallSite prevCall = null;
        for (int j = 0; j <= via.size(); j++) {
            RequestPaths.Step fnStep = stepAt(p, via.subList(0, j));
            if (fnStep == null) return false;
            CallSite here = j == via.size() ? query : callAt(fnStep, via.get(j));
            if (here == null) return false;
            if (prevCall != null) {
                for (CallSite.Guard g : here.guards()) if (off(project, g, prevCall)) return true;
            }
            prevCall = here;
        }
        return false;
    }

    /**
     * True when the loop the step runs in is the callback of an iterating call ({@code toolCalls.map(async (call) =>
     * ..)}) whose item chooses the operation: on the way from the callback to the query, a test of the item's own value
     * against a string ({@code switch (call.function.name) { case 'mark_days': .. }}), in the callback or in the function
     * it hands that value to ({@code runTool(call.function.name, ..)} and {@code switch (name)} there). Each item runs
     * the operation it names, so the query runs once per item that names it, not once per row of a list.
     */
    private static boolean dispatched(Project project, RequestPaths.Path p, RequestPaths.Step s, CallSite query) {
        RequestPaths paths = RequestPaths.of(project);
        RequestPaths.Step cb = null;
        for (RequestPaths.Step t : p.steps()) {
            if (t.loop() == null || !t.loop().equals(s.loop()) || !s.loop().equals(paths.itemCallbackCall(t.fn()))) continue;
            if (s.via().size() < t.via().size() || !s.via().subList(0, t.via().size()).equals(t.via())) continue;
            if (cb == null || t.via().size() < cb.via().size()) cb = t;
        }
        if (cb == null) return statementDispatched(p, s, query);
        if (!answerList(project, p, s.loop())) return false;
        int k = cb.via().size();
        // the call the callback makes toward the query (or the query itself)
        CallSite first = s == cb ? query : s.via().size() > k ? callAt(cb, s.via().get(k)) : null;
        if (first == null) return false;
        for (CallSite.Guard g : first.guards()) if (namesOperation(g, 0)) return true;
        if (s == cb) return false;
        RequestPaths.Step next = stepAt(p, s.via().subList(0, k + 1));
        if (next == null) return false;
        CallSite here = next == s ? query : s.via().size() > k + 1 ? callAt(next, s.via().get(k + 1)) : null;
        if (here == null) return false;
        for (CallSite.Guard g : here.guards()) {
            if (!(g.left() instanceof Param q) || !q.path().isEmpty() || !namesOperation(g, -1)) continue;
            Val a = first.arg(q.index());
            if (a != null && dev.backcheck.lang.facts.Vals.anyPart(a, x -> x instanceof Param ip && ip.index() == 0)) return true;
        }
        return false;
    }

    /**
     * The list the iterating call at {@code loop} runs over is part of what an outbound HTTP or model client answered in
     * the same function ({@code (await axios.post(llmUrl, ..)).data.choices[0].message.tool_calls}), and holds neither the
     * request's input nor rows a query fetched: a list of operations a client sends in one request, or of rows, may be
     * long whatever each item names.
     */
    private static boolean answerList(Project project, RequestPaths.Path p, Location loop) {
        DbClients db = DbClients.of(project);
        for (RequestPaths.Step t : p.steps()) {
            for (CallSite c : t.fn().calls()) {
                if (!loop.equals(c.location())) continue;
                Val recv = dev.backcheck.model.Analysis.receiver(c.callee());
                if (recv == null || dev.backcheck.lang.facts.Vals.anyPart(recv, x -> x instanceof Req || x instanceof Param)) return false;
                java.util.Set<Location> sites = new java.util.HashSet<>();
                dev.backcheck.lang.facts.Vals.anyPartDeep(recv, x -> {
                    if (x instanceof Call xc && xc.site() != null) sites.add(xc.site());
                    return false;
                }, 400);
                boolean answered = false;
                for (CallSite other : t.fn().calls()) {
                    if (other.location() == null || !sites.contains(other.location())) continue;
                    if (db.op(new CallIndex.Site(t.fn(), t.file(), other, List.of())) != null) return false;
                    String root = project.rootModule(other.callee(), t.file());
                    if (root != null && (dev.backcheck.concepts.LibrarySinks.HTTP_CLIENTS.contains(root) || dev.backcheck.concepts.LibrarySinks.LLM_CLIENTS.contains(root))
                            || other.callee() instanceof Global g && g.name().equals("fetch") && g.path().isEmpty()) answered = true;
                }
                return answered;
            }
        }
        return false;
    }


    /** A list named for the tool calls a model's answer asks for: toolCalls, tool_calls, toolUses, functionCalls. */
    private static final java.util.regex.Pattern TOOL_CALLS = java.util.regex.Pattern.compile("(?i)(tool|function)_?(calls|uses|use_blocks)");

    /**
     * {@link #dispatched} for a for…of loop over a list named for a model's tool calls ({@code for (const toolCall of
     * response.toolCalls)}): the call the loop body makes toward the query hands the item's own value to a parameter the
     * callee switches on ({@code executeToolCall(toolCall.name, ..)} and {@code switch (toolName) { case 'get_goals': .. }}).
     * Each item runs the operation it names.
     */
    private static boolean statementDispatched(RequestPaths.Path p, RequestPaths.Step s, CallSite query) {
        for (RequestPaths.Step t : p.steps()) {
            if (t == s || s.via().size() <= t.via().size() || !s.via().subList(0, t.via().size()).equals(t.via())) continue;
            dev.backcheck.lang.facts.Fn.Loop l = null;
            for (dev.backcheck.lang.facts.Fn.Loop x : t.fn().loops()) if (s.loop().equals(x.span()) && "for-of".equals(x.kind())) l = x;
            if (l == null || l.over() == null || !TOOL_CALLS.matcher(String.valueOf(dev.backcheck.lang.facts.Vals.lastName(l.over()))).matches()) continue;
            int k = t.via().size();
            CallSite first = callAt(t, s.via().get(k));
            RequestPaths.Step next = stepAt(p, s.via().subList(0, k + 1));
            if (first == null || next == null) return false;
            // if (call.name === 'search_services') .. else if (call.name === 'book_appointment') ..: the loop body itself
            // picks the call by the item's name, the if-chain twin of a switch
            for (CallSite.Guard g : first.guards()) {
                if (namesOperation(g, -1) && dev.backcheck.lang.facts.Vals.anyPart(g.left(), QueryInLoopRule::itemValue)) return true;
            }
            CallSite here = next == s ? query : s.via().size() > k + 1 ? callAt(next, s.via().get(k + 1)) : null;
            if (here == null) return false;
            for (CallSite.Guard g : here.guards()) {
                if (!(g.left() instanceof Param q) || !q.path().isEmpty() || !namesOperation(g, -1)) continue;
                Val a = first.arg(q.index());
                if (a != null && dev.backcheck.lang.facts.Vals.anyPart(a, QueryInLoopRule::itemValue)) return true;
            }
            return false;
        }
        return false;
    }

    /** An equality that holds between a value ({@code item} the parameter it must read, -1 any) and a string constant. */
    private static boolean namesOperation(CallSite.Guard g, int item) {
        if (!g.holds() || !g.op().equals("==") || !(g.right() instanceof Lit l) || !(l.value() instanceof String)) return false;
        return item < 0 || dev.backcheck.lang.facts.Vals.anyPart(g.left(), x -> x instanceof Param ip && ip.index() == item);
    }

    /** A callee name that makes or looks up a database client: getPool, getOrCreatePgPool, connectionFor, createClient. */
    private static final java.util.regex.Pattern CLIENT_MAKER = java.util.regex.Pattern.compile(
            "(?i).*(pool|client|connection|conn|datasource|database|knex|sequelize)\\w*");

    /**
     * The query's receiver is what a call named for a client makes of a value of the loop's item
     * ({@code getOrCreatePgPool(instance, creds).query(..)} with {@code instance} handed down from {@code for (const
     * instance of instances)}): one client per item, each query on its own server or database.
     */
    private static boolean itemClient(RequestPaths.Path p, RequestPaths.Step s, CallSite cs) {
        Val recv = dev.backcheck.model.Analysis.receiver(cs.callee());
        if (!(recv instanceof Call made) || !CLIENT_MAKER.matcher(String.valueOf(dev.backcheck.lang.facts.Vals.lastName(made.callee()))).matches()) return false;
        for (Val a : made.args()) if (fromItem(p, s, a, 0)) return true;
        return false;
    }

    /**
     * The query's receiver, or a call down its chain ({@code db.collection(name).aggregate(..).toArray()}), is a MongoDB
     * collection looked up by a value of the loop's item ({@code db.collection(c.name)}): one collection per item.
     */
    private static boolean itemCollection(Project project, RequestPaths.Path p, RequestPaths.Step s, CallSite cs) {
        Val recv = dev.backcheck.model.Analysis.receiver(cs.callee());
        for (int depth = 0; recv instanceof Call made && depth < 6; depth++) {
            if ("collection".equals(dev.backcheck.lang.facts.Vals.lastName(made.callee())) && made.args().size() >= 1) {
                return fromItem(project, p, s, made.args().get(0), 0);
            }
            recv = dev.backcheck.model.Analysis.receiver(made.callee());
        }
        return false;
    }

    /** The value is read from a loop's item, here or, for a parameter, in what the callers on the path hand in for it. */
    private static boolean fromItem(RequestPaths.Path p, RequestPaths.Step s, Val v, int depth) {
        return fromItem(null, p, s, v, depth);
    }

    /**
     * {@link #fromItem}, where with a project the item parameter of an iterating call's callback ({@code c} of
     * {@code collections.map(async (c) => ..)}) is a value of the loop's item too.
     */
    private static boolean fromItem(Project project, RequestPaths.Path p, RequestPaths.Step s, Val v, int depth) {
        if (v == null || depth > 6) return false;
        if (itemValue(v)) return true;
        // (with a project, a field of the item counts too: c.name of the item c)
        Val base = v;
        for (int i = 0; project != null && i < 4 && base instanceof Member bm && !bm.prop().equals("*"); i++) base = bm.object();
        if (project != null && base != v && itemValue(base)) return true;
        if (project != null && base instanceof Param ip && ip.index() == 0 && RequestPaths.of(project).itemCallback(s.fn())) return true;
        if (project != null && base != v && base instanceof Param) v = base;
        if (!(v instanceof Param prm) || s.via().isEmpty()) return false;
        Location call = s.via().get(s.via().size() - 1);
        RequestPaths.Step caller = stepAt(p, s.via().subList(0, s.via().size() - 1));
        if (caller == null) return false;
        CallSite c = callAt(caller, call);
        if (c == null || prm.index() >= c.args().size()) return false;
        Val passed = c.args().get(prm.index());
        if (!prm.path().isEmpty()) passed = memberPath(passed, prm.path());
        return fromItem(project, p, caller, passed, depth + 1);
    }

    private static Val memberPath(Val v, List<String> path) {
        for (String k : path) v = new Member(v, k);
        return v;
    }

    private static RequestPaths.Step stepAt(RequestPaths.Path p, List<Location> via) {
        for (RequestPaths.Step st : p.steps()) if (st.via().equals(via)) return st;
        return null;
    }

    private static CallSite callAt(RequestPaths.Step st, Location at) {
        for (CallSite c : st.fn().calls()) if (at.equals(c.location())) return c;
        return null;
    }

    /** The guard tests a parameter that {@code call} passes as a constant that makes the guard fail. */
    private static boolean off(Project project, CallSite.Guard g, CallSite call) {
        Val left = g.left();
        if (left instanceof OneOf o && o.options().size() == 2 && o.options().get(1) instanceof Lit d && (Boolean.FALSE.equals(d.value()) || d.value() == null)) left = o.options().get(0);
        if (!(left instanceof Param q) || q.path().size() > 1) return false;
        Val a = call.arg(q.index());
        if (!q.path().isEmpty()) {
            // an object literal without the key (and no spread that could bring it): the option is left out, undefined
            // (updateJob(id, { enabled: true }) and if (updates.schedule) in updateJob)
            // (written in the call itself: an object made before it may be given more keys in between, data.slug = ..)
            if (a instanceof Obj obj && !obj.props().containsKey(q.path().get(0)) && obj.props().keySet().stream().noneMatch(k -> k.startsWith("..."))
                    && writtenInCall(project, call.argLocation(q.index()))) a = new Lit(null);
            else a = a instanceof Obj obj ? obj.props().get(q.path().get(0)) : null;
        }
        if (!(a instanceof Lit l)) return false;
        Object v = l.value();
        boolean falsy = v == null || Boolean.FALSE.equals(v) || v instanceof Number n && n.doubleValue() == 0 || "".equals(v);
        if (g.op().equals("truthy")) return g.holds() == falsy;
        if (g.op().equals("==") && g.right() instanceof Lit r) return g.holds() != java.util.Objects.equals(normal(v), normal(r.value()));
        return false;
    }

    /** The argument at {@code at} is written out where the call is made: its text opens an object literal. */
    private static boolean writtenInCall(Project project, Location at) {
        if (at == null || at.path() == null) return false;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, at.path());
        if (at.line() < 1 || at.line() > lines.size()) return false;
        String l = lines.get(at.line() - 1);
        return at.column() >= 1 && at.column() - 1 < l.length() && l.charAt(at.column() - 1) == '{';
    }

    private static Object normal(Object v) {
        return v instanceof Number n ? (Object) n.doubleValue() : v;
    }

    /**
     * True when the "loop" is the callback of a database call named like an array method ({@code User.find({}, (err,
     * users) => ...)} in Mongoose): the callback runs once with the result, not once per item.
     */
    private static boolean queryCallback(DbClients db, RequestPaths.Path p, Location loop) {
        for (RequestPaths.Step s : p.steps()) {
            if (!s.file().path().equals(loop.path())) continue;
            for (CallSite cs : s.fn().calls()) {
                if (loop.equals(cs.location())) return db.op(new CallIndex.Site(s.fn(), s.file(), cs, List.of())) != null;
            }
        }
        return false;
    }

    /**
     * True when the loop at {@code loop} runs over few items: a for-of/for-in over, or an iterating call on, a literal
     * array of data or the result of a call given a literal limit of at most {@link #FEW}.
     */
    private static boolean fewItems(Project project, RequestPaths.Path p, Location loop) {
        for (RequestPaths.Step s : p.steps()) {
            if (!s.file().path().equals(loop.path())) continue;
            for (dev.backcheck.lang.facts.Fn.Loop l : s.fn().loops()) {
                if (loop.equals(l.span())) return l.over() != null && (few(project, l.over(), s.file(), 0)
                        || fewUploads(project, p, l.over()) || writtenItems(s.fn(), l.over()) || capped(project, s, l.over(), loop)
                        || fewAdded(project, s.fn(), l.over(), loop) || fewPassed(project, p, s, l.over()))
                        || writtenList(project, s.fn(), loop);
            }
            for (CallSite cs : s.fn().calls()) {
                if (!loop.equals(cs.location())) continue;
                Val recv = dev.backcheck.model.Analysis.receiver(cs.callee());
                if (recv == null) return false;
                Val resolved;
                try {
                    resolved = project.resolve(recv, s.file()).val();
                } catch (RuntimeException e) {
                    resolved = recv;
                }
                // files.map(..) of const files = req.files as Express.Multer.File[] under upload.array('photos', 4): the
                // iterating call runs over the files multer let in, as the for...of over them does
                return few(project, recv, s.file(), 0) || capped(project, s, recv, loop) || fewUploads(project, p, recv)
                        || fewUploads(project, p, resolved) || writtenList(project, s.fn(), loop);
            }
        }
        return false;
    }

    /** The most items a list written out in the code ({@code [req.params.a, req.params.b]}) may hold to count as bounded. */
    static final int WRITTEN = FEW;

    /**
     * True when the loop runs over a list written out in the code with at most {@link #WRITTEN} items and no spread:
     * {@code for (const id of [a, b])}, {@code [from, to].map(..)}, or a name the function gives such a list once
     * ({@code const pair = [req.body.from, req.body.to]}) and never adds to ({@code push}/{@code unshift}/{@code splice}/
     * {@code concat}, handed to another call). Its items may come from the request, its length does not: the query runs
     * a fixed number of times, however many rows there are. Read from the text at the loop (a for...of head, or the
     * receiver of an iterating call).
     */
    private static boolean writtenList(Project project, dev.backcheck.lang.facts.Fn fn, Location loop) {
        String text = dev.backcheck.concepts.SourceLines.text(project, loop.path(), 2_000_000);
        if (text == null) return false;
        int at = offset(text, loop.line(), loop.column());
        if (at < 0 || at >= text.length()) return false;
        String head = text.substring(at, Math.min(text.length(), at + 600));
        String list;
        boolean statement = head.startsWith("for");
        if (statement) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^for\\s*\\(\\s*(?:const|let|var)\\s+[^;]*?\\s+of\\s+").matcher(head);
            // for (let i = 0; i < sources.length; i++): the indexed walk over a list, as for (const s of sources)
            java.util.regex.Matcher k = java.util.regex.Pattern.compile(
                    "^for\\s*\\(\\s*(?:let|var)\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*0\\s*;\\s*\\1\\s*<\\s*([A-Za-z_$][\\w$]*)\\.length\\s*;").matcher(head);
            if (m.find()) list = head.substring(m.end());
            else if (k.find()) list = k.group(2) + ")";
            else return false;
        } else {
            list = head;
        }
        String name = null;
        String literal;
        int declAt = -1;
        if (list.startsWith("[")) {
            literal = bracketed(list);
        } else {
            java.util.regex.Matcher n = java.util.regex.Pattern.compile(statement ? "^([A-Za-z_$][\\w$]*)\\s*\\)" : "^([A-Za-z_$][\\w$]*)\\s*\\.\\s*[A-Za-z]+\\s*\\(").matcher(list);
            if (!n.find()) return false;
            name = n.group(1);
            // const pair = [req.body.from, req.body.to]: the one declaration of the name in the function's text, given a
            // list written out and nothing chained after it ([a, b].concat(rest), [a].filter(..))
            String body = fn.location() == null ? null : slice(project, fn.location());
            if (body == null) return false;
            java.util.regex.Matcher d = java.util.regex.Pattern.compile("\\b(?:const|let|var)\\s+" + java.util.regex.Pattern.quote(name)
                    + "\\s*(?::[^=;]{1,80})?=\\s*").matcher(body);
            if (!d.find()) return false;
            declAt = d.end();
            String rest = body.substring(d.end());
            if (!rest.startsWith("[")) return false;
            literal = bracketed(rest);
            if (literal == null || !rest.substring(literal.length()).matches("(?s)\\s*(?:as\\s+[^;\\n]+)?(?:;|\\n).*")) return false;
        }
        if (literal == null || literal.contains("...") || literal.contains("\n\n")) return false;
        String inner = literal.substring(1, literal.length() - 1).strip();
        if (inner.isEmpty()) return false;
        // items at depth 0, separated by commas
        int depth = 0, items = 1;
        for (int i = 0; i < inner.length(); i++) {
            char ch = inner.charAt(i);
            if (ch == '(' || ch == '[' || ch == '{') depth++;
            else if (ch == ')' || ch == ']' || ch == '}') depth--;
            else if (ch == ',' && depth == 0 && !inner.substring(i + 1).isBlank()) items++;
        }
        if (items > WRITTEN) return false;
        if (name != null) {
            // the list is not grown or handed on (a const's value is inlined into the facts, so read the text): every other
            // mention of the name in the function is a read of its length or of one item
            String body = slice(project, fn.location());
            int loopAt = offset(text, loop.line(), loop.column()) - offset(text, fn.location().line(), fn.location().column());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w$.])" + java.util.regex.Pattern.quote(name) + "(?![\\w$])").matcher(body);
            while (m.find()) {
                if (m.start() < declAt) continue; // the declaration, and words before it ("// seed default lead sources")
                int lineStart = body.lastIndexOf('\n', m.start()) + 1;
                if (body.substring(lineStart, m.start()).contains("//")) continue; // a comment
                if (m.start() >= loopAt && m.start() <= loopAt + head.indexOf(name) + 1) continue; // the loop's own
                String after = body.substring(m.end());
                // sources.length, sources[0], sources[i] (a read, not a store: sources[i] = ..)
                if (after.matches("(?s)\\s*(?:\\.length\\b|\\[[^\\]=\\n]*](?!\\s*=[^=])).*")) continue;
                return false;
            }
        }
        return true;
    }

    /** The text of the bracketed list {@code s} starts with, up to its closing bracket, or null. */
    private static String bracketed(String s) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quote != 0) {
                if (ch == '\\') i++;
                else if (ch == quote) quote = 0;
                continue;
            }
            if (ch == '\'' || ch == '"' || ch == '`') quote = ch;
            else if (ch == '[' || ch == '(' || ch == '{') depth++;
            else if (ch == ']' || ch == ')' || ch == '}') {
                depth--;
                if (depth == 0) return ch == ']' ? s.substring(0, i + 1) : null;
            }
        }
        return null;
    }

    /**
     * True when the loop runs over a parameter of the step's function that the call on this path fills with a few
     * literal items: the argument it passes, or, when it passes none, the parameter's default
     * ({@code async getRetention(day, offsets = [1, 7, 30])} called as {@code getRetention(day)}).
     */
    private static boolean fewPassed(Project project, RequestPaths.Path p, RequestPaths.Step s, Val over) {
        if (!(over instanceof Param pr) || !pr.path().isEmpty() || s.via().isEmpty()) return false;
        dev.backcheck.lang.facts.Fn.Param declared = s.fn().param(pr.index());
        if (declared == null || !declared.name().equals(pr.name())) return false;
        Location at = s.via().get(s.via().size() - 1);
        for (RequestPaths.Step caller : p.steps()) {
            if (caller == s || !caller.file().path().equals(at.path())) continue;
            for (CallSite cs : caller.fn().calls()) {
                if (!at.equals(cs.location())) continue;
                Val arg = pr.index() < cs.args().size() ? cs.arg(pr.index()) : null;
                if (arg == null || arg instanceof Lit l && l.value() == null) return few(project, declared.defaultValue(), s.file(), 0);
                return few(project, arg, caller.file(), 0);
            }
        }
        return false;
    }

    /**
     * True when the loop runs over the files multer let into the route ({@code Object.entries(req.files)} under
     * {@code upload.fields([...])} of at most {@link #FEW} fields, {@code req.files} under {@code upload.array('x', 5)} or
     * {@code limits: { files: 3 }}): the middleware refuses more.
     */
    private static boolean fewUploads(Project project, RequestPaths.Path p, Val over) {
        boolean keys = false;
        Val v = over;
        if (v instanceof Call oc && oc.args().size() == 1 && dev.backcheck.model.Analysis.receiver(oc.callee()) instanceof dev.backcheck.lang.facts.Val.Global g
                && g.name().equals("Object") && Set.of("keys", "values", "entries").contains(String.valueOf(dev.backcheck.lang.facts.Vals.lastName(oc.callee())))) {
            v = oc.args().get(0);
            keys = true;
        }
        if (!dev.backcheck.concepts.Uploads.requestFiles(v)) return false;
        dev.backcheck.concepts.Uploads.Limit l = dev.backcheck.concepts.Uploads.of(project, p.route());
        if (l == null) return false;
        int n = l.files() >= 0 ? l.files() : keys ? l.fields() : -1;
        if (keys && l.fields() >= 0) n = n < 0 ? l.fields() : Math.min(n, l.fields());
        return n >= 0 && n <= FEW;
    }

    /**
     * True when the loop runs over a list of at most {@link #FEW} objects each written out in the function
     * ({@code const rows = []; if (u.a !== undefined) rows.push({ key: 'a', value: u.a }); ...}): one item per line
     * of code, not per row of data. Each item's push must be in the function that runs the loop, outside any loop: a
     * push inside a loop or a callback adds an item per iteration, and a list filled elsewhere is not seen whole.
     */
    private static boolean writtenItems(dev.backcheck.lang.facts.Fn fn, Val over) {
        if (!(over instanceof Arr a) || a.items().isEmpty() || a.items().size() > FEW) return false;
        for (Val item : a.items()) {
            if (!(item instanceof Obj)) return false;
            // the push that added it: in the body of the function that runs the loop, outside any loop (a list filled in
            // another function, in a callback or in a loop is no count of lines)
            for (dev.backcheck.lang.facts.Fn n : RequestPaths.handlerFunctions(fn)) {
                if (n == fn) continue;
                for (CallSite cs : n.calls()) if (pushes(cs, item)) return false;
            }
            boolean found = false;
            for (CallSite cs : fn.calls()) {
                if (!pushes(cs, item)) continue;
                if (fn.loopAround(cs.location()) != null) return false;
                found = true;
            }
            if (!found) return false;
        }
        return true;
    }

    /**
     * True when the loop runs over a collection the function makes empty ({@code new Set()}, {@code []}) and then fills
     * with at most {@link #FEW} {@code add}/{@code push} calls of its own, each outside any loop or callback
     * ({@code const ids = new Set(); if (task.sprintId) ids.add(task.sprintId); if (old && old !== task.sprintId)
     * ids.add(old); for (const id of ids) ..}): its size is bounded by lines of code, not by the data. Not when the
     * collection is handed to any other call (a helper may fill it) or filled in a nested function.
     */
    private static boolean fewAdded(Project project, dev.backcheck.lang.facts.Fn fn, Val over, Location loop) {
        String name = over instanceof Local l && l.path().isEmpty() ? l.name() : null;
        if (name == null) {
            // for (const id of ids): the name after "of", read at the loop
            List<String> lines = dev.backcheck.concepts.SourceLines.read(project, loop.path());
            if (loop.line() < 1 || loop.line() > lines.size()) return false;
            String at = lines.get(loop.line() - 1).substring(Math.max(0, Math.min(lines.get(loop.line() - 1).length(), loop.column() - 1)));
            java.util.regex.Matcher n = java.util.regex.Pattern.compile("^for\\s*\\(\\s*(?:const|let|var)\\s+[^;]*?\\bof\\s+([A-Za-z_$][\\w$]*)\\s*\\)").matcher(at);
            if (!n.find()) return false;
            name = n.group(1);
        }
        // made empty in this function: the one declaration of the name, given new Set() / new Map() / []
        boolean empty = false;
        for (dev.backcheck.lang.facts.Fn.Named n : fn.names()) {
            if (!n.name().equals(name)) continue;
            if (empty || n.value() == null) return false;
            String init = slice(project, n.value());
            if (init == null || !EMPTY_COLLECTION.matcher(init.strip()).matches()) return false;
            empty = true;
        }
        // (const paths: string[] = [] makes no call, so the facts name no value for it: its one declaration in the text)
        if (!empty) empty = declaredEmpty(project, fn, name);
        if (!empty) return false;
        final String nm = name;
        // the collection as the facts give it: its name, or the new Set() made at its one declaration
        final Val made = over instanceof New nw && nw.site() != null ? over : null;
        java.util.function.Predicate<Val> isIt = v -> v instanceof Local x && x.name().equals(nm) && x.path().isEmpty() || made != null && made.equals(v);
        for (dev.backcheck.lang.facts.Fn n : RequestPaths.handlerFunctions(fn)) {
            if (n == fn) continue;
            for (CallSite cs : n.calls()) {
                if (isIt.test(dev.backcheck.lang.facts.Vals.receiver(cs.callee())) || cs.args().stream().anyMatch(a -> handed(a, isIt))) return false;
                // (the folded literal pushed to or handed on in a callback: items.forEach((i) => ids.push(i)))
                if (dev.backcheck.lang.facts.Vals.receiver(cs.callee()) instanceof Arr && cs.calleeLocation() != null && calleeNames(project, cs, nm)) return false;
                for (int i = 0; i < cs.args().size(); i++) {
                    if (cs.args().get(i) instanceof Arr && cs.argLocation(i) != null && nm.equals(String.valueOf(slice(project, cs.argLocation(i))).strip())) return false;
                }
            }
        }
        int adds = 0;
        for (CallSite cs : fn.calls()) {
            Val r = dev.backcheck.lang.facts.Vals.receiver(cs.callee());
            // (an array made [] and pushed to is carried as the literal list it has become by then: the call's own text
            // names the collection, pathsToTry.push(..))
            boolean recv = isIt.test(r) || r instanceof Arr && cs.calleeLocation() != null && calleeNames(project, cs, nm);
            if (!recv) {
                if (cs.args().stream().anyMatch(a -> handed(a, isIt))) return false;
                // collect(body, ids): the list, carried as the literal it has become, handed to a helper that may fill it
                for (int i = 0; i < cs.args().size(); i++) {
                    if (cs.args().get(i) instanceof Arr && cs.argLocation(i) != null && nm.equals(String.valueOf(slice(project, cs.argLocation(i))).strip())) return false;
                }
                continue;
            }
            String m = cs.methodName();
            if (!"add".equals(m) && !"push".equals(m) && !"unshift".equals(m)) continue;
            if (cs.args().size() != 1 || fn.loopAround(cs.location()) != null) return false;
            if (cs.args().get(0) instanceof dev.backcheck.lang.facts.Val.Unknown) return false;
            adds++;
        }
        return adds > 0 && adds <= FEW;
    }

    /**
     * The loop runs over the keys of a map or the members of a set made in the function ({@code new Map()} /
     * {@code new Set()}, itself, its {@code .entries()} or {@code .keys()}), and the query (or the call that leads to it)
     * is under an equality of the key with a constant ({@code 'home'}, {@code Kind.home}): keys are distinct, so the
     * query runs for one item at most.
     */
    private static boolean distinctKeyBranch(RequestPaths.Path p, RequestPaths.Step s, CallSite cs, Location loop) {
        Val over = null;
        for (RequestPaths.Step t : p.steps()) {
            if (!t.file().path().equals(loop.path())) continue;
            for (dev.backcheck.lang.facts.Fn.Loop l : t.fn().loops()) if (loop.equals(l.span())) over = l.over();
        }
        if (over == null) return false;
        List<Val> keys = new java.util.ArrayList<>();
        if (keyed(over)) {
            // for (const [k, v] of map) / for (const k of set)
            keys.add(new Member(new Member(over, "*"), "0"));
            keys.add(new Member(over, "*"));
        } else if (over instanceof Call c && c.args().isEmpty() && c.callee() instanceof Member m && keyed(m.object())) {
            if (m.prop().equals("entries")) keys.add(new Member(new Member(over, "*"), "0"));
            else if (m.prop().equals("keys")) keys.add(new Member(over, "*"));
        }
        if (keys.isEmpty()) return false;
        List<CallSite.Guard> gs = new java.util.ArrayList<>(cs.guards());
        gs.addAll(s.guards());
        for (CallSite.Guard g : gs) {
            if (!g.holds() || !(g.op().equals("==") || g.op().equals("===")) || !keys.contains(g.left())) continue;
            if (constantValue(g.right())) return true;
        }
        return false;
    }

    /** A map or set the code makes: {@code new Map(..)}, {@code new Set(..)}. */
    private static boolean keyed(Val v) {
        return v instanceof New n && n.callee() instanceof dev.backcheck.lang.facts.Val.Global g && g.path().isEmpty()
                && (g.name().equals("Map") || g.name().equals("Set"));
    }

    /** A literal, or a member of a named constant object or enum ({@code Kind.home}), reading nothing of the request. */
    private static boolean constantValue(Val v) {
        if (v instanceof Lit l) return l.value() != null;
        // Kind.home of an imported enum: a Ref with a path; of a local one: a Local with a path
        if (v instanceof dev.backcheck.lang.facts.Val.Ref r) return !r.path().isEmpty();
        if (v instanceof Local l) return !l.path().isEmpty();
        if (!(v instanceof Member)) return false;
        Val o = v;
        while (o instanceof Member m) o = m.object();
        return o instanceof dev.backcheck.lang.facts.Val.Ref || o instanceof dev.backcheck.lang.facts.Val.Global || o instanceof Local;
    }

    /** The argument is the collection itself, or an object or array literal that holds it (not one of its items). */
    private static boolean handed(Val a, java.util.function.Predicate<Val> isIt) {
        if (isIt.test(a)) return true;
        if (a instanceof Obj o) return o.props().values().stream().anyMatch(v -> handed(v, isIt));
        if (a instanceof Arr arr) return arr.items().stream().anyMatch(v -> handed(v, isIt));
        if (a instanceof OneOf o) return o.options().stream().anyMatch(v -> handed(v, isIt));
        return false;
    }

    /** The source text at {@code at}, or null. */
    /**
     * The function's text declares {@code name} once, given an empty array or set ({@code const paths: string[] = []}), and
     * assigns it nowhere else.
     */
    private static boolean declaredEmpty(Project project, dev.backcheck.lang.facts.Fn fn, String name) {
        if (fn.location() == null) return false;
        String text = slice(project, fn.location());
        if (text == null) return false;
        String n = java.util.regex.Pattern.quote(name);
        java.util.regex.Matcher d = java.util.regex.Pattern.compile("(?:const|let|var)\\s+" + n + "\\s*(?::[^=;]+)?=\\s*([^;\\n]*)").matcher(text);
        int decls = 0;
        boolean empty = false;
        while (d.find()) {
            decls++;
            empty = EMPTY_COLLECTION.matcher(d.group(1).strip().replaceAll(";$", "").strip()).matches();
        }
        if (decls != 1 || !empty) return false;
        // no other assignment of the name (paths = other)
        return !java.util.regex.Pattern.compile("(?<![\\w$.])" + n + "\\s*=(?!=)").matcher(text.replaceFirst("(?:const|let|var)\\s+" + n, "")).find();
    }

    /** The text of the call's callee is {@code name.method} ({@code pathsToTry.push}). */
    private static boolean calleeNames(Project project, CallSite cs, String name) {
        String t = slice(project, cs.calleeLocation());
        return t != null && t.strip().matches(java.util.regex.Pattern.quote(name) + "\\s*\\.\\s*[A-Za-z_$][\\w$]*");
    }

    private static String slice(Project project, Location at) {
        String src = dev.backcheck.concepts.SourceLines.text(project, at.path(), 2_000_000);
        if (src == null) return null;
        int a = offset(src, at.line(), at.column()), b = offset(src, at.endLine(), at.endColumn());
        if (a < 0 || b < a || b > src.length()) return null;
        return src.substring(a, b);
    }

    private static final java.util.regex.Pattern EMPTY_COLLECTION = java.util.regex.Pattern.compile("new\\s+(?:Set|Map)\\s*(?:<[^>()]*>)?\\s*\\(\\s*\\)|\\[\\s*\\]");

    private static boolean pushes(CallSite cs, Val item) {
        String m = cs.methodName();
        return ("push".equals(m) || "unshift".equals(m)) && cs.args().contains(item);
    }

    private static boolean few(Project project, Val v, dev.backcheck.lang.facts.FileFacts file, int depth) {
        if (v == null || depth > 6) return false;
        Val r;
        try {
            r = project.resolve(v, file).val();
        } catch (RuntimeException e) {
            return false;
        }
        // a literal list of data: `const rows = []` filled by push() later is no bound (its initial value is all the facts keep)
        // (a seed list of a hundred literal entries is as fixed as one of three: its length does not grow with the data)
        if (r instanceof Arr a) return !a.items().isEmpty() && a.items().stream().allMatch(dev.backcheck.lang.facts.Vals::isData);
        if (r instanceof dev.backcheck.lang.facts.Val.Unknown u && u.kind().equals(dev.backcheck.lang.facts.Vals.CONSTANT_LIST)) return true;
        // sessions.data, result.rows, res.items: a part of what was fetched
        if (r instanceof Member m) return few(project, m.object(), file, depth + 1);
        // Object.keys(SYNC_TABLES) / Object.values(TaskStatus): the keys or values of a literal object or an enum of a few members
        if (r instanceof Call oc && oc.args().size() == 1 && dev.backcheck.model.Analysis.receiver(oc.callee()) instanceof dev.backcheck.lang.facts.Val.Global g
                && g.name().equals("Object") && Set.of("keys", "values", "entries").contains(String.valueOf(dev.backcheck.lang.facts.Vals.lastName(oc.callee())))) {
            Val target;
            try {
                target = project.resolve(oc.args().get(0), file).val();
            } catch (RuntimeException e) {
                return false;
            }
            // Object.values(VerificationType) of an enum a package exports (import { VerificationType } from '@prisma/client'):
            // the members of a generated schema enum
            if (target instanceof dev.backcheck.lang.facts.Val.Ref ref && ref.path().isEmpty() && !ref.module().startsWith(".")
                    && !ref.module().startsWith("/") && ENUM_MODULES.contains(ref.module())) return true;
            return target instanceof Obj o && !o.props().isEmpty() && o.props().size() <= FEW
                    && o.props().keySet().stream().noneMatch(k -> k.startsWith("..."));
        }
        if (r instanceof Call c) {
            for (Val a : c.args()) {
                Val ra;
                try {
                    ra = project.resolve(a, file).val();
                } catch (RuntimeException e) {
                    continue;
                }
                if (ra instanceof Obj o) {
                    for (String k : LIMIT_KEYS) if (small(o.props().get(k))) return true;
                }
            }
            // db('t').where(...).limit(5), Model.find().limit(3): a limit call in the chain
            Val callee = c.callee();
            while (callee instanceof Member m) {
                if (LIMIT_KEYS.contains(m.prop()) && c.args().size() == 1 && small(c.args().get(0))) return true;
                // items.slice(0, 5): the first few
                if (m.prop().equals("slice") && c.args().size() == 2 && c.args().get(0) instanceof Lit z && z.value() instanceof Number zn
                        && zn.doubleValue() == 0 && small(c.args().get(1))) return true;
                if (!(m.object() instanceof Call inner)) break;
                c = inner;
                callee = inner.callee();
            }
        }
        return false;
    }

    /**
     * The list is a name the function cuts down to a few items before the loop: {@code toolCalls = toolCalls.slice(0,
     * MAX_TOOL_CALLS)} (under {@code if (toolCalls.length > MAX_TOOL_CALLS)}) with a bound of at most {@link #FEW}, a
     * number or a {@code const} given one. Read from the text of the function up to the loop.
     */
    private static boolean capped(Project project, RequestPaths.Step s, Val over, Location loop) {
        if (s.fn().location() == null) return false;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, loop.path());
        if (lines.isEmpty() || loop.line() < 1 || loop.line() > lines.size()) return false;
        String name = over instanceof Val.Local l && l.path().isEmpty() ? l.name() : null;
        if (name == null) {
            // toolCalls.map(async (c) => ..): the name the iterating call is made on, read at the loop
            String at = lines.get(loop.line() - 1).substring(Math.max(0, Math.min(lines.get(loop.line() - 1).length(), loop.column() - 1)));
            java.util.regex.Matcher n = java.util.regex.Pattern.compile("^([A-Za-z_$][\\w$]*)\\s*\\.\\s*[A-Za-z]+\\s*\\(").matcher(at);
            if (n.find()) name = n.group(1);
        }
        if (name == null) return false;
        java.util.regex.Pattern cut = java.util.regex.Pattern.compile("(?<![\\w$.])" + java.util.regex.Pattern.quote(name)
                + "\\s*=\\s*" + java.util.regex.Pattern.quote(name) + "\\.slice\\(\\s*0\\s*,\\s*([A-Za-z_$][\\w$]*|\\d+)\\s*\\)");
        String cutText = name + ".slice("; // in every match of cut: lines without it are not searched with the pattern
        for (int i = Math.max(1, s.fn().location().line()); i < loop.line() && i <= lines.size(); i++) {
            if (!lines.get(i - 1).contains(cutText)) continue;
            java.util.regex.Matcher m = cut.matcher(lines.get(i - 1));
            if (!m.find()) continue;
            String b = m.group(1);
            if (b.chars().allMatch(Character::isDigit)) return Long.parseLong(b) <= FEW;
            java.util.regex.Pattern decl = java.util.regex.Pattern.compile("\\bconst\\s+" + java.util.regex.Pattern.quote(b) + "\\s*(?::\\s*number\\s*)?=\\s*(\\d+)\\b");
            for (int k = i; k >= 1 && k > i - 300; k--) {
                java.util.regex.Matcher d = decl.matcher(lines.get(k - 1));
                if (d.find()) return Long.parseLong(d.group(1)) <= FEW;
            }
        }
        return false;
    }

    private static boolean small(Val v) {
        return v instanceof Lit l && l.value() instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= FEW;
    }
}
