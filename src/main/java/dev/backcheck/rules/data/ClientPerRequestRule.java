package dev.backcheck.rules.data;

import dev.backcheck.concepts.DbClients;
import dev.backcheck.concepts.RequestPaths;
import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.ClassInfo;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.HashSet;
import java.util.Set;

/**
 * A database client or pool created for each request: {@code new PrismaClient()}, {@code new Pool()},
 * {@code mysql.createConnection()}, {@code mongoose.connect()}, {@code new DataSource()}, ... on a request path (in the
 * handler, in a function it calls, or in the constructor / field initializers of a class it instantiates per request).
 * Each request then opens its own connections: the database runs out of them under load and every request pays the
 * connection set-up. Not reported: clients made at module load or kept once made ({@code if (!client) client = ...},
 * a module-level name or map read before the client is made and stored there),
 * also when the keeping is done by a caller on the path ({@code if (!db) db = openDatabase(file)}, with the client made
 * inside {@code openDatabase}), or on a class instance kept that way ({@code if (!store) store = new Store()} whose field
 * makes the pool); a reconnect of the one shared connection ({@code if (mongoose.connection.readyState === 0)
 * mongoose.connect(..)}); a package deployed to Cloudflare Workers (depends on {@code wrangler}), where a client per
 * request is the platform's way.
 */
@RuleId("data/client-per-request")
public final class ClientPerRequestRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        DbClients db = DbClients.of(project);
        if (db.clients().isEmpty()) return;
        Set<String> workers = workerDirs(project);
        CallIndex index = CallIndex.of(project);
        Set<Location> done = new HashSet<>();
        for (RequestPaths.Path p : RequestPaths.of(project).paths()) {
            for (RequestPaths.Step s : p.steps()) {
                for (CallSite cs : s.fn().calls()) {
                    CallIndex.Site site = new CallIndex.Site(s.fn(), s.file(), cs, java.util.List.of());
                    DbClients.Client c = db.client(site);
                    if (c != null) {
                        // (the route's package too: a shared database package's createDbClient(env), called by a Worker's
                        // handler, runs on Workers though its own package.json names no wrangler)
                        if (keptOnce(cs, s) || keptInModule(project, cs, s) || keptByCaller(project, p, s) || onWorkers(project, workers, c.at()) || onWorkers(project, workers, p.route().location())
                                || fallbackNeverTaken(project, index, s, cs) || !done.add(c.at())) continue;
                        report(ctx, p, c.what(), c.lib(), c.at(), null);
                        continue;
                    }
                    // new UserService() per request, whose field initializer makes a client: private prisma = new PrismaClient()
                    if (!cs.isNew() || keptOnce(cs, s)) continue;
                    Project.ClassHit hit;
                    try {
                        hit = project.classOf(cs.callee(), s.file());
                    } catch (RuntimeException e) {
                        continue;
                    }
                    if (hit == null) continue;
                    for (ClassInfo.Prop prop : hit.info().props()) {
                        if (!(prop.value() instanceof New n)) continue;
                        String q = project.qname(n.callee(), hit.file());
                        if (q == null) continue;
                        String lib = null, what = null;
                        for (DbClients.Client known : db.clients()) {
                            if (known.at().path().equals(hit.file().path()) && prop.location() != null && known.at().line() == prop.location().line()) {
                                lib = known.lib();
                                what = known.what();
                            }
                        }
                        if (lib == null && (q.endsWith("PrismaClient") || q.equals("pg.Pool") || q.equals("pg.Client"))) {
                            lib = q.endsWith("PrismaClient") ? "prisma" : "pg";
                            what = "new " + q.substring(q.lastIndexOf('.') + 1) + "()";
                        }
                        if (lib == null || prop.location() == null || onWorkers(project, workers, prop.location())
                                || onWorkers(project, workers, p.route().location()) || !done.add(prop.location())) continue;
                        report(ctx, p, what, lib, prop.location(), cs.location());
                    }
                }
            }
        }
    }

    /**
     * The client is made by a helper ({@code createConnection(name)} returning {@code new Redis(url)}) whose caller on the
     * path keeps what it answers where it outlives the request and looks it up first ({@code if (publisher?.status ===
     * 'ready') return publisher; .. publisher = createConnection('publisher')}): made once, as if made there.
     */
    private static boolean keptByCaller(Project project, RequestPaths.Path p, RequestPaths.Step s) {
        if (s.via().isEmpty()) return false;
        Location call = s.via().get(s.via().size() - 1);
        java.util.List<Location> up = s.via().subList(0, s.via().size() - 1);
        for (RequestPaths.Step t : p.steps()) {
            if (!t.via().equals(up)) continue;
            for (CallSite c : t.fn().calls()) {
                if (!call.equals(c.location())) continue;
                if (keptOnce(c, t) || keptInModule(project, c, t)) return true;
            }
        }
        return false;
    }

    /**
     * True when the call runs once and is kept ({@code if (!client) client = ...}, on this call or on a call that led
     * to it) or only when the shared connection is down ({@code if (mongoose.connection.readyState === 0) await
     * mongoose.connect(...)}: a reconnect of the one connection, not one per request).
     */
    private static boolean keptOnce(CallSite cs, RequestPaths.Step s) {
        if (RequestPaths.cachedOnce(cs) || RequestPaths.cachedOnce(s.guards()) || handsBackKept(s.fn())) return true;
        for (CallSite.Guard g : cs.guards()) if (connectionState(g.left()) || connectionState(g.right())) return true;
        for (CallSite.Guard g : s.guards()) if (connectionState(g.left()) || connectionState(g.right())) return true;
        return false;
    }

    /**
     * The client is stored where it outlives the request and looked up first: a module-level name or map
     * ({@code if (redisClient && isConnected) return redisClient; .. redisClient = new Redis(url)}, {@code if
     * (!pools.has(id)) { const pool = new Pool(cfg); pools.set(id, pool) } return pools.get(id)}): made once (per key),
     * the same reading the file-read and loop rules make ({@link RequestPaths#keptOnce}, {@link RequestPaths#memoized}).
     */
    private static boolean keptInModule(Project project, CallSite cs, RequestPaths.Step s) {
        return RequestPaths.memoized(s.fn(), cs) || RequestPaths.keptOnce(project, s.fn(), cs.location());
    }

    /**
     * The function hands back a value it keeps when that value is there ({@code if (global.__db__ && global.__ready__)
     * return global.__db__;}, {@code if (this.pool) return this.pool;}): a memoised initialiser, whose client is made on
     * the first call and returned by every later one (s25 meridian initializeDatabase).
     */
    private static boolean handsBackKept(dev.backcheck.lang.facts.Fn fn) {
        for (int i = 0; i < fn.returns().size(); i++) {
            dev.backcheck.lang.facts.Val r = fn.returns().get(i);
            if (!(r instanceof Global || r instanceof Local || r instanceof Member)) continue;
            for (CallSite.Guard g : fn.returnGuards(i)) {
                if (g.holds() && "truthy".equals(g.op()) && r.equals(g.left())) return true;
            }
        }
        return false;
    }

    /**
     * The client is a parameter's fallback, {@code this.prisma = prisma || new PrismaClient()} (or {@code ??}), and every
     * caller of the function passes that argument ({@code new UserService(prisma)} with the shared client): the fallback
     * never runs. A caller that leaves the argument out, or passes undefined or null, keeps the finding; so does a
     * function no call of the project reaches.
     */
    private static boolean fallbackNeverTaken(Project project, CallIndex index, RequestPaths.Step s, CallSite cs) {
        if (cs.location() == null) return false;
        java.util.List<String> lines = dev.backcheck.concepts.SourceLines.read(project, s.file().path());
        if (lines == null || cs.location().line() < 1 || cs.location().line() > lines.size()) return false;
        String line = lines.get(cs.location().line() - 1);
        int col = Math.min(Math.max(cs.location().column() - 1, 0), line.length());
        java.util.regex.Matcher m = FALLBACK.matcher(line.substring(0, col));
        if (!m.find()) return false;
        int param = -1;
        for (int i = 0; i < s.fn().params().size(); i++) if (m.group(1).equals(s.fn().params().get(i).name())) param = i;
        if (param < 0) return false;
        java.util.List<CallIndex.Site> callers = index.callers(s.fn());
        if (callers.isEmpty()) return false;
        for (CallIndex.Site c : callers) {
            if (c.cs().args().size() <= param) return false;
            dev.backcheck.lang.facts.Val a = c.cs().arg(param);
            if (a instanceof dev.backcheck.lang.facts.Val.Lit l && l.value() == null) return false;
            if (a instanceof dev.backcheck.lang.facts.Val.Global g && g.name().equals("undefined") && g.path().isEmpty()) return false;
        }
        return true;
    }

    /** The text before a call that makes it the fallback of a name: {@code prisma || } / {@code prisma ?? } right before it. */
    private static final java.util.regex.Pattern FALLBACK = java.util.regex.Pattern.compile("([A-Za-z_$][\\w$]*)\\s*(?:\\|\\||\\?\\?)\\s*$");

    private static final Set<String> STATE_PROPS = Set.of("readyState", "isConnected", "connected", "isInitialized");

    private static boolean connectionState(dev.backcheck.lang.facts.Val v) {
        if (v == null || v instanceof Call || v instanceof New) return false;
        String name = dev.backcheck.lang.facts.Vals.lastName(v);
        return name != null && STATE_PROPS.contains(name);
    }

    /**
     * Package folders deployed to Cloudflare Workers (the package depends on {@code wrangler} or
     * {@code @cloudflare/workers-types}): a Worker cannot share I/O objects between requests, so a client made per
     * request (Neon's serverless driver, Hyperdrive with pg) is the platform's way, not a leak.
     */
    private static Set<String> workerDirs(Project project) {
        Set<String> out = new HashSet<>();
        for (dev.backcheck.workspace.Manifest m : project.manifests()) {
            if ("npm".equals(m.ecosystem()) && (m.has("wrangler") || m.has("@cloudflare/workers-types"))) out.add(m.dir());
        }
        return out;
    }

    /** True when the nearest package.json above {@code at} is a Workers package (for a route: the Worker serving it). */
    private static boolean onWorkers(Project project, Set<String> workers, Location at) {
        if (workers.isEmpty() || at == null) return false;
        String nearest = null;
        for (dev.backcheck.workspace.Manifest m : project.manifests()) {
            if (!"npm".equals(m.ecosystem()) || at.path() == null || !at.path().startsWith(m.dir())) continue;
            if (nearest == null || m.dir().length() > nearest.length()) nearest = m.dir();
        }
        return nearest != null && workers.contains(nearest);
    }

    private static void report(RuleContext ctx, RequestPaths.Path p, String what, String lib, Location at, Location instantiated) {
        String where = instantiated == null ? "runs for every request to " + p.route().label()
                : "is a field of a class instantiated for every request to " + p.route().label() + " (at " + instantiated.path() + ":" + instantiated.line() + ")";
        ctx.report(at, what + " " + where + ": each request opens its own connection"
                        + (lib.equals("prisma") ? "s (a PrismaClient holds a pool)" : "") + ", so under load the database runs out of"
                        + " connections and every request pays the connection set-up. Create the client once at startup and share it.")
                .related(p.route().location(), p.route().label() + " is declared here")
                .related(instantiated, "instantiated here")
                .fix(ctx.meta().fixText(p.app().framework()))
                .property("library", lib)
                .add();
    }
}
