package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;

import java.util.*;

/**
 * How the project shuts down, computed once: where servers listen, the shutdown hooks (SIGTERM/SIGINT handlers,
 * {@code close-with-grace}, {@code @godaddy/terminus}, {@code lightship}, {@code fastify-graceful-shutdown},
 * Nest {@code app.enableShutdownHooks()}), whether each closes the server ({@code server.close}, {@code app.close},
 * an http-terminator's {@code terminate}) and which database clients the code run on shutdown closes
 * ({@code prisma.$disconnect}, {@code pool.end}, {@code dataSource.destroy}, {@code mongoose.disconnect} /
 * {@code connection.close}, {@code redis.quit}, {@code knex.destroy}, {@code sequelize.close}), following the
 * project functions they call, Fastify {@code onClose} hooks and Nest lifecycle hooks run by {@code app.close()}.
 */
public final class ShutdownHooks {

    /** A server that listens: the application (null for a bare http server), the listen call. */
    public record Listen(Application app, String framework, Location location) { }

    /**
     * A shutdown hook: {@code kind} signal, close-with-grace, terminus, lightship, fastify-graceful-shutdown,
     * nest-shutdown-hooks; {@code signals} the signals it reacts to; {@code closesServer} where it closes the server
     * (null when it does not); {@code closes} the database libraries it closes, with where.
     */
    public record Hook(String kind, List<String> signals, Location location, Location closesServer, Map<String, Location> closes) { }

    /** A database client the code opens: library (prisma, pg, mysql, mongoose, mongodb, typeorm, knex, sequelize, redis, ...) and where. */
    public record DbClient(String library, Location location, String over) {
        public DbClient(String library, Location location) {
            this(library, location, null);
        }

        /**
         * True when the client is closed by one of {@code closed} (library names): its own, or for a Kysely instance
         * the pool library its dialect was given ({@code new PostgresDialect({ pool })}): Kysely holds no connection
         * of its own, {@code db.destroy()} only ends that pool, so {@code pool.end()} closes it as well.
         */
        public boolean closedBy(Set<String> closed) {
            return closed.contains(library) || over != null && closed.contains(over);
        }

        /** The libraries closing this client also closes: a Kysely instance's destroy() ends the pool it was given. */
        public Set<String> alsoCloses() {
            return over == null ? Set.of() : Set.of(over);
        }
    }

    private final Project project;
    private final CallIndex calls;
    private final ErrorHandlers errors;
    private final List<Listen> listens = new ArrayList<>();
    private final List<Hook> hooks = new ArrayList<>();
    private final List<DbClient> clients = new ArrayList<>();
    private final List<Fn> onCloseHooks = new ArrayList<>();
    private final List<Fn> nestLifecycle = new ArrayList<>();

    public static ShutdownHooks of(Project p) {
        return p.derived(ShutdownHooks.class, ShutdownHooks::new);
    }

    private ShutdownHooks(Project project) {
        this.project = project;
        this.calls = CallIndex.of(project);
        this.errors = ErrorHandlers.of(project);
        collectListens();
        collectLifecycle();
        collectHooks();
        collectClients();
    }

    /**
     * How a Spring Boot app stops: {@code setting} is the {@code server.shutdown} entry (null when unset),
     * {@code bootVersion} the version the app's own build pins (null when unknown or none), {@code graceful} true when the web server
     * drains in-flight requests on shutdown: {@code server.shutdown=graceful}, or unset on Boot 3.4 and later (where
     * graceful is the default). {@code known} is false when neither the setting nor the version says.
     */
    public record SpringShutdown(SpringConfig.Entry setting, String bootVersion, boolean graceful, boolean known) { }

    /** The Spring Boot shutdown mode of the app's build module (default profile). */
    public SpringShutdown springShutdown(Application a) {
        SpringConfig c = SpringConfig.of(project);
        SpringConfig.Entry e = c.value("server.shutdown", SpringConfig.moduleOf(a.location().path()));
        String boot = SpringConfig.bootVersion(project, a.location().path());
        if (e != null) {
            String v = c.resolve(e.value(), e.module());
            if (v != null && v.strip().equalsIgnoreCase("graceful")) return new SpringShutdown(e, boot, true, true);
            if (v != null && v.strip().equalsIgnoreCase("immediate")) return new SpringShutdown(e, boot, false, true);
            return new SpringShutdown(e, boot, true, false); // a placeholder: not judged
        }
        if (boot == null) return new SpringShutdown(null, null, true, false);
        return new SpringShutdown(null, boot, SpringConfig.compareVersions(boot, "3.4") >= 0, true);
    }

    /** Servers that listen in non-test code, in source order. */
    public List<Listen> listens() {
        return listens;
    }

    /** Shutdown hooks of non-test code, in source order. */
    public List<Hook> hooks() {
        return hooks;
    }

    /** The shutdown hooks in the same package as {@code path}. */
    public List<Hook> hooksFor(String path) {
        return hooks.stream().filter(h -> errors.sameTree(h.location().path(), path)).toList();
    }

    /** Database clients opened in non-test code, in source order. */
    public List<DbClient> clients() {
        return clients;
    }

    /** The database clients opened in files the entry file {@code path} loads (its imports, followed). */
    public List<DbClient> clientsReachedFrom(String path) {
        Set<String> reach = reachable(path);
        return clients.stream().filter(c -> reach.contains(c.location().path())).toList();
    }

    /** The first hook in the package of {@code path} that closes the server, or null. */
    public Hook closingHook(String path) {
        for (Hook h : hooksFor(path)) if (h.closesServer() != null) return h;
        return null;
    }

    // ------------------------------------------------------------------ listen calls

    private void collectListens() {
        Set<Location> seen = new HashSet<>();
        // (nor in a file no process runs: a test server named as one, test-e2e-server.mjs, that a person starts by hand)
        ImportIndex index = ImportIndex.of(project);
        for (Application a : project.applications()) {
            if (project.isTestPath(a.location().path())) continue;
            for (Location l : a.listens()) {
                if (!project.isTestPath(l.path()) && !tooling(l.path()) && !index.notRun(l.path()) && seen.add(l)) listens.add(new Listen(a, a.framework(), l));
            }
        }
        // http.createServer(app).listen(port), const server = https.createServer(opts, app); server.listen(...)
        for (CallIndex.Site s : calls.sites("*.listen")) {
            if (project.isTestPath(s.file().path()) || seen.contains(s.cs().location()) || tooling(s.file().path()) || index.notRun(s.file().path())) continue;
            Val recv = Analysis.receiver(s.cs().callee());
            if (recv == null) continue;
            String q;
            try {
                q = project.qname(recv, s.file());
            } catch (RuntimeException e) {
                continue;
            }
            Application made = madeByFactory(recv, s.file());
            if (made != null) {
                seen.add(s.cs().location());
                listens.add(new Listen(made, made.framework(), s.cs().location()));
                continue;
            }
            if (q == null) continue;
            q = q.replace("node:", "");
            if (q.matches("(new )?(http|https|http2|spdy)\\.(createServer|createSecureServer|Server)\\(\\)")) {
                // a probe for a free port: the listen callback closes the server it just opened (findAvailablePort)
                if (portProbe(s.cs(), recv, s.file())) continue;
                seen.add(s.cs().location());
                Application app = null;
                for (Application a : project.applications()) {
                    if (errors.sameTree(a.location().path(), s.file().path()) && a.listens().isEmpty()) app = app == null ? a : app;
                }
                listens.add(new Listen(app, app == null ? "node" : app.framework(), s.cs().location()));
            }
        }
        listens.sort(Comparator.comparing(Listen::location, Location.ORDER));
    }

    /**
     * {@code server.listen(port, () => { const p = server.address().port; server.close(() => resolve(p)) })}: the
     * callback closes the server as soon as it listens. It tells whether a port is free and serves nothing; there is no
     * traffic for a shutdown to drain.
     */
    private boolean portProbe(CallSite listen, Val recv, FileFacts file) {
        if (recv == null) return false;
        Val server = resolved(recv, file);
        for (Val a : listen.args()) {
            if (!(a instanceof FnVal fv)) continue;
            Deque<Fn> todo = new ArrayDeque<>(List.of(fv.fn()));
            for (int n = 0; !todo.isEmpty() && n < 20; n++) {
                Fn f = todo.pop();
                for (CallSite c : f.calls()) {
                    Val r = Analysis.receiver(c.callee());
                    if ("close".equals(c.methodName()) && r != null && (recv.equals(r) || server != null && server.equals(resolved(r, file)))) return true;
                }
                todo.addAll(f.nested());
            }
        }
        return false;
    }

    private Val resolved(Val v, FileFacts f) {
        try {
            Project.Resolved r = project.resolve(v, f);
            return r == null ? null : r.val();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Tooling next to the application: scripts, tools, benchmarks, examples and docs start servers of their own. */
    boolean tooling(String path) {
        // a local development wrapper only a dev script runs (node server.cjs around next dev): never deployed
        if (ServerCode.of(project).devScriptOnly(path)) return true;
        String p = "/" + path;
        for (String dir : List.of("/scripts/", "/script/", "/tools/", "/tooling/", "/benchmarks/", "/benchmark/", "/bench/",
                "/examples/", "/example/", "/docs/", "/seed/", "/seeds/", "/migrations/")) {
            if (p.contains(dir)) return true;
        }
        return false;
    }

    /** The application a project factory returns: {@code const app = createApp(); app.listen(port)} (the model binds no listen there). */
    private Application madeByFactory(Val recv, FileFacts f) {
        Project.Resolved r;
        try {
            r = project.resolve(recv, f);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(r.val() instanceof Call c)) return null;
        Project.FnRef factory = project.function(c.callee(), r.file());
        if (factory == null) return null;
        for (Val ret : factory.fn().returns()) {
            Val rv = project.resolve(ret, factory.file()).val();
            Location site = rv instanceof Call rc ? rc.site() : rv instanceof New rn ? rn.site() : null;
            if (site == null) continue;
            for (Application a : project.applications()) if (a.location().equals(site)) return a;
        }
        return null;
    }

    // ------------------------------------------------------------------ hooks

    private static final Set<String> SIGNALS = Set.of("SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT", "SIGUSR2");

    private void collectHooks() {
        for (String key : List.of("process.on", "process.once", "process.addListener", "process.prependListener")) {
            for (CallIndex.Site s : calls.sites(key)) {
                if (project.isTestPath(s.file().path())) continue;
                // a client script beside the server (socket.io-client, fetch) stops itself on Ctrl+C: not the server's hook
                // (a file that listens itself, http.createServer(..).listen(port), is a server whatever else it is)
                String hp = s.file().path();
                // (nor a tooling script's, scripts/continuous-system.js stopping its own loop: s33 echotune)
                if ((ServerCode.of(project).standaloneScript(hp) || tooling(hp)) && listens.stream().noneMatch(l -> l.location().path().equals(hp))) continue;
                // a module no entry reaches (a cron script run by hand, nothing imports it): its handler is not the server's
                if (ImportIndex.of(project).dead(s.file().path())) continue;
                List<String> sigs = errors.eventsOf(s).stream().filter(x -> x.equals("SIGTERM") || x.equals("SIGINT")).toList();
                if (sigs.isEmpty()) continue;
                Project.FnRef h = s.cs().arg(1) == null ? null : handlerOf(s.cs().arg(1), s.file(), s.fn());
                hooks.add(hook("signal", sigs, s.cs().location(), h == null ? List.of() : List.of(h), false));
            }
        }
        for (CallIndex.Site s : sites("close-with-grace")) {
            hooks.add(hook("close-with-grace", List.of("SIGTERM", "SIGINT"), s.cs().location(), fnArgs(s), false));
        }
        for (CallIndex.Site s : sites("@godaddy/terminus.createTerminus")) {
            List<Project.FnRef> fns = new ArrayList<>();
            Val opts = s.cs().arg(1) == null ? null : project.resolve(s.cs().arg(1), s.file()).val();
            if (opts instanceof Obj o) {
                for (String k : List.of("onSignal", "beforeShutdown", "onShutdown", "onSendFailureDuringShutdown")) {
                    Project.FnRef f = o.props().get(k) == null ? null : handlerOf(o.props().get(k), s.file(), s.fn());
                    if (f != null) fns.add(f);
                }
            }
            Hook h = hook("terminus", List.of("SIGTERM"), s.cs().location(), fns, false);
            hooks.add(new Hook(h.kind(), h.signals(), h.location(), s.cs().location(), h.closes())); // terminus closes the server itself
        }
        for (CallIndex.Site s : calls.sites("*.registerShutdownHandler")) {
            if (project.isTestPath(s.file().path())) continue;
            hooks.add(hook("lightship", List.of("SIGTERM", "SIGINT", "SIGHUP"), s.cs().location(), fnArgs(s), false));
        }
        for (CallIndex.Site s : calls.sites("*.register")) {
            if (project.isTestPath(s.file().path()) || s.cs().arg(0) == null) continue;
            String root = project.rootModule(s.cs().arg(0), s.file());
            if ("fastify-graceful-shutdown".equals(root) || "@mgcrea/fastify-graceful-exit".equals(root)) {
                Hook h = hook("fastify-graceful-shutdown", List.of("SIGTERM", "SIGINT"), s.cs().location(), List.of(), true);
                hooks.add(new Hook(h.kind(), h.signals(), h.location(), s.cs().location(), h.closes()));
            }
        }
        for (CallIndex.Site s : calls.sites("*.enableShutdownHooks")) {
            if (project.isTestPath(s.file().path())) continue;
            Hook h = hook("nest-shutdown-hooks", List.of("SIGTERM", "SIGINT"), s.cs().location(), List.of(), true);
            hooks.add(new Hook(h.kind(), h.signals(), h.location(), s.cs().location(), h.closes()));
        }
        hooks.sort(Comparator.comparing(Hook::location, Location.ORDER));
    }

    private List<CallIndex.Site> sites(String key) {
        return calls.sites(key).stream().filter(s -> !project.isTestPath(s.file().path())).toList();
    }

    private List<Project.FnRef> fnArgs(CallIndex.Site s) {
        List<Project.FnRef> out = new ArrayList<>();
        for (Val a : s.cs().args()) {
            Project.FnRef f = handlerOf(a, s.file(), s.fn());
            if (f != null) out.add(f);
        }
        return out;
    }

    private Project.FnRef handlerOf(Val v, FileFacts f, Fn in) {
        if (v instanceof FnVal fv) return new Project.FnRef(fv.fn(), f);
        Project.FnRef r = project.function(v, f);
        if (r != null) return r;
        // process.on('SIGTERM', () => shutdown('SIGTERM')) is a FnVal; process.on('SIGTERM', this.stop.bind(this))
        Project.Resolved rv = project.resolve(v, f);
        if (rv.val() instanceof Call c && "bind".equals(Vals.lastName(c.callee())) && c.callee() instanceof Member m) {
            return ModelSupportBridge.resolve(calls, m.object(), f, in);
        }
        return ModelSupportBridge.resolve(calls, v, f, in);
    }

    /** Walks what a hook runs: closes of the server and of database clients. */
    private Hook hook(String kind, List<String> signals, Location at, List<Project.FnRef> fns, boolean runsLifecycle) {
        Map<String, Location> closes = new TreeMap<>();
        Location[] server = {null};
        Set<Fn> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object[]> todo = new ArrayDeque<>();
        for (Project.FnRef f : fns) todo.add(new Object[]{f.fn(), f.file(), 0});
        if (runsLifecycle) addLifecycle(todo);
        while (!todo.isEmpty()) {
            Object[] cur = todo.pop();
            Fn fn = (Fn) cur[0];
            FileFacts file = (FileFacts) cur[1];
            int depth = (Integer) cur[2];
            if (!seen.add(fn) || seen.size() > 200) continue;
            for (Fn n : fn.nested()) todo.add(new Object[]{n, file, depth});
            for (CallSite cs : fn.calls()) {
                // shutdown('SIGTERM') where const shutdown = createShutdownHandler({ steps: [{ run: () => app.close() },
                // { run: () => closePool() }] }): the function a factory returned runs the functions it was handed
                // (also through a binding: const shutdown = createGracefulShutdown({ close: () => app.close() }) at module level)
                Val callee = cs.callee();
                if (!(callee instanceof Call) && (callee instanceof Local || callee instanceof Ref) && depth < 3) {
                    Val bound = project.resolve(callee, file).val();
                    if (bound instanceof Call) callee = bound;
                }
                if (callee instanceof Call made && depth < 3) {
                    List<Fn> handed = new ArrayList<>();
                    for (Val a : made.args()) functionsIn(a, handed, 0);
                    for (Fn h : handed) todo.add(new Object[]{h, file, depth + 1});
                }
                // gracefulShutdown(server, async () => { await closeRedis() }) with the hook calling await cleanupFn(): a
                // parameter of an enclosing function runs what each caller of that function hands in
                if (cs.callee() instanceof Param p && p.path().isEmpty() && depth < 3) {
                    for (Fn h : handedIn(p, file, cs.location())) todo.add(new Object[]{h, calls.fileOf(h), depth + 1});
                }
                String m = cs.methodName();
                if (m == null) continue;
                Val recv = Analysis.receiver(cs.callee());
                // let client = null at module level, set later by another function: the facts fold the name to its
                // first value; the source names it (client.end())
                if (recv instanceof Lit nl && nl.value() == null) recv = namedReceiver(cs, m);
                String db = dbClose(m, recv, file);
                if (db != null) closes.putIfAbsent(db, cs.location());
                else if (recv != null && SERVER_CLOSE.contains(m) && !dbLike(recv, file)) {
                    if (server[0] == null) server[0] = cs.location();
                    // app.close() / fastify.close() runs the onClose hooks and Nest's lifecycle hooks
                    if (m.equals("close")) addLifecycle(todo);
                }
                if (depth < 3) {
                    Project.FnRef t;
                    try {
                        t = calls.resolve(cs, file, fn);
                    } catch (RuntimeException e) {
                        t = null;
                    }
                    if (t != null) todo.add(new Object[]{t.fn(), t.file(), depth + 1});
                    else {
                        // () => shutdown('SIGTERM') where const shutdown = (signal) => { .. } is written in the same
                        // enclosing function (main()): the function of that name nested in an enclosing one
                        Fn local = enclosingNamed(fn, cs.callee());
                        if (local != null) todo.add(new Object[]{local, file, depth + 1});
                    }
                    for (Val a : cs.args()) {
                        if (a instanceof FnVal) continue; // nested already
                        Project.FnRef cb = project.function(a, file);
                        if (cb != null) todo.add(new Object[]{cb.fn(), cb.file(), depth + 1});
                    }
                }
            }
        }
        return new Hook(kind, List.copyOf(signals), at, server[0], Collections.unmodifiableMap(closes));
    }

    /**
     * The functions the callers of the function whose parameter {@code p} is (the innermost one of {@code file} around
     * {@code at} with that parameter) pass in its place: written there or named.
     */
    private List<Fn> handedIn(Param p, FileFacts file, Location at) {
        if (file == null || at == null) return List.of();
        Fn owner = null;
        for (Fn f : Analysis.functions(file)) {
            if (f.location() == null || !f.location().spans(at) || p.index() >= f.params().size()) continue;
            if (!p.name().equals(f.params().get(p.index()).name())) continue;
            if (owner == null || owner.location().spans(f.location())) owner = f;
        }
        if (owner == null) return List.of();
        List<Fn> out = new ArrayList<>();
        for (CallIndex.Site c : calls.callers(owner)) {
            Val a = c.cs().arg(p.index());
            if (a instanceof FnVal fv) out.add(fv.fn());
            else if (a != null) {
                Project.FnRef r = project.function(a, c.file());
                if (r != null) out.add(r.fn());
            }
            if (out.size() > 16) break;
        }
        return out;
    }

    /** The function named by a plain call's callee and written in a function enclosing {@code fn}, or null. */
    private Fn enclosingNamed(Fn fn, Val callee) {
        if (!(callee instanceof Local l) || !l.path().isEmpty()) return null;
        Fn up = calls.parentOf(fn);
        for (int i = 0; i < 4 && up != null; i++) {
            for (Fn n : up.nested()) if (n != fn && l.name().equals(n.name())) return n;
            up = calls.parentOf(up);
        }
        return null;
    }

    /** The functions written in {@code v}: itself, or the values of an object or list literal (a list of shutdown steps). */
    private static void functionsIn(Val v, List<Fn> out, int depth) {
        if (v == null || depth > 4 || out.size() > 32) return;
        if (v instanceof FnVal fv) out.add(fv.fn());
        else if (v instanceof Obj o) for (Val x : o.props().values()) functionsIn(x, out, depth + 1);
        else if (v instanceof Arr a) for (Val x : a.items()) functionsIn(x, out, depth + 1);
    }

    private void addLifecycle(Deque<Object[]> todo) {
        for (Fn f : onCloseHooks) todo.add(new Object[]{f, calls.fileOf(f), 1});
        for (Fn f : nestLifecycle) todo.add(new Object[]{f, calls.fileOf(f), 1});
    }

    private static final Set<String> SERVER_CLOSE = Set.of("close", "terminate", "stop", "closeAllConnections", "shutdown", "stopServer");

    /** Fastify onClose hooks and Nest lifecycle methods (run when the application closes). */
    private void collectLifecycle() {
        for (CallIndex.Site s : calls.sites("*.addHook")) {
            if (!"onClose".equals(Val.constString(s.cs().arg(0)))) continue;
            Project.FnRef f = s.cs().arg(1) == null ? null : handlerOf(s.cs().arg(1), s.file(), s.fn());
            if (f != null) onCloseHooks.add(f.fn());
        }
        for (CallIndex.Site s : calls.sites("*.onClose")) {
            Project.FnRef f = s.cs().arg(0) == null ? null : handlerOf(s.cs().arg(0), s.file(), s.fn());
            if (f != null) onCloseHooks.add(f.fn());
        }
        for (FileFacts f : project.files().values()) {
            for (ClassInfo c : f.classes().values()) {
                for (String m : dev.backcheck.frameworks.nest.NestModel.SHUTDOWN_HOOKS) {
                    Fn fn = c.method(m);
                    if (fn != null) nestLifecycle.add(fn);
                }
            }
        }
    }

    // ------------------------------------------------------------------ database clients

    /** Close methods per library. */
    private static final Map<String, Set<String>> CLOSE = new LinkedHashMap<>();

    static {
        CLOSE.put("prisma", Set.of("$disconnect"));
        CLOSE.put("pg", Set.of("end"));
        CLOSE.put("postgres", Set.of("end"));
        CLOSE.put("mysql", Set.of("end"));
        CLOSE.put("mongoose", Set.of("disconnect", "close"));
        CLOSE.put("mongodb", Set.of("close"));
        CLOSE.put("typeorm", Set.of("destroy", "close"));
        CLOSE.put("knex", Set.of("destroy"));
        CLOSE.put("sequelize", Set.of("close"));
        CLOSE.put("redis", Set.of("quit", "disconnect", "close", "destroy"));
        CLOSE.put("kysely", Set.of("destroy"));
        CLOSE.put("mikro-orm", Set.of("close"));
    }

    /** The library whose client a call closes, or null: by method, and a receiver that is not the server. */
    private String dbClose(String method, Val recv, FileFacts file) {
        return dbClose(method, recv, file, 0);
    }

    private String dbClose(String method, Val recv, FileFacts file, int depth) {
        if (recv == null) return null;
        if (method.equals("$disconnect")) return "prisma";
        // let client: Redis | null = null; .. client = new Redis(..); .. if (client) await client.quit(): the client the
        // name holds where it is set (the null it starts with closes nothing)
        if (recv instanceof OneOf o && depth < 3) {
            for (Val x : o.options()) {
                if (x instanceof Lit l && l.value() == null || x instanceof Global g && g.name().equals("undefined")) continue;
                String lib = dbClose(method, x, file, depth + 1);
                if (lib != null) return lib;
            }
            return null;
        }
        // const queueConnection = createJobConnection(); .. queueConnection.disconnect(): a project factory that returns
        // a client of a known library (return new Redis(url, ..)); the client is what closes, whatever its name says
        String made = factoryLibrary(recv, file);
        if (made != null && CLOSE.getOrDefault(made, Set.of()).contains(method)) return made;
        // let client = null; .. function getDb() { client = postgres(url); .. } .. await client.end(): a module variable
        // set by another function of the file; the client is what that assignment makes
        String assigned = depth < 2 ? assignedLibrary(recv, file) : null;
        if (assigned != null && CLOSE.getOrDefault(assigned, Set.of()).contains(method)) return assigned;
        String root = project.rootModule(recv, file);
        String name = Vals.lastName(recv);
        String low = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (serverLike(low)) return null;
        String lib = library(root);
        if (lib == null) lib = guessByName(low);
        if (lib != null && CLOSE.getOrDefault(lib, Set.of()).contains(method)) return lib;
        // db.close() / pool.end() / client.quit() on a project value: by method and receiver name
        if (method.equals("end") && (low.contains("pool") || low.contains("pg") || low.contains("sql") || low.contains("db"))) return lib == null ? "pg" : lib;
        if ((method.equals("close") || method.equals("disconnect") || method.equals("destroy") || method.equals("quit")) && dbLike(recv, file)) {
            return lib == null ? "database" : lib;
        }
        return null;
    }

    private static final java.util.regex.Pattern NAME_DOT = java.util.regex.Pattern.compile("^\\s*(?:await\\s+)?([A-Za-z_$][\\w$]*)\\s*\\??\\.\\s*([A-Za-z_$][\\w$]*)\\s*\\(");

    /** The plain name a call's source text calls {@code method} on ({@code client.end()}, {@code client?.end()}), as a Local, or null. */
    private Val namedReceiver(CallSite cs, String method) {
        Location at = cs.location();
        if (at == null || at.path() == null) return null;
        List<String> lines = SourceLines.read(project, at.path());
        if (at.line() < 1 || at.line() > lines.size()) return null;
        String line = lines.get(at.line() - 1);
        String from = at.column() >= 1 && at.column() - 1 <= line.length() ? line.substring(at.column() - 1) : line;
        java.util.regex.Matcher mm = NAME_DOT.matcher(from);
        return mm.find() && mm.group(2).equals(method) ? new Local(mm.group(1), List.of()) : null;
    }

    /**
     * The library of the client assigned to a plain name ({@code client = postgres(url)}, {@code pool = new Pool(..)})
     * by some function of {@code file}, or null: the first such assignment whose call or constructor comes from a known
     * database library.
     */
    private String assignedLibrary(Val recv, FileFacts file) {
        if (file == null || !(recv instanceof Local l) || !l.path().isEmpty() || l.name().equals("this")) return null;
        // plain assignments are not kept in the facts: read them from the source, and the callee from the file's imports
        List<String> lines = SourceLines.read(project, file.path());
        java.util.regex.Pattern assign = java.util.regex.Pattern.compile("(?<![\\w$.])" + java.util.regex.Pattern.quote(l.name())
                + "\\s*=\\s*(?:await\\s+)?(?:new\\s+)?([A-Za-z_$][\\w$]*)(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*\\s*\\(");
        for (String line : lines) {
            java.util.regex.Matcher m = assign.matcher(line);
            while (m.find()) {
                Import imp = file.imports().get(m.group(1));
                String lib = imp == null ? null : library(imp.module());
                if (lib != null) return lib;
            }
        }
        return null;
    }


    /** The library of the client a project function returns when {@code v} is a call of it ({@code return new Redis(..)}), or null. */
    private String factoryLibrary(Val v, FileFacts file) {
        if (!(v instanceof Call c) || file == null) return null;
        Project.FnRef t;
        try {
            t = project.function(c.callee(), file);
        } catch (RuntimeException e) {
            return null;
        }
        if (t == null || t.file() == null) return null;
        for (Val r : t.fn().returns()) {
            String lib = r instanceof New n ? library(project.rootModule(n.callee(), t.file())) : null;
            if (lib != null) return lib;
        }
        return null;
    }

    private static boolean serverLike(String low) {
        return low.contains("server") || low.equals("app") || low.equals("fastify") || low.equals("instance") || low.contains("terminator")
                || low.equals("wss") || low.equals("io") || low.contains("socket") || low.contains("worker") || low.contains("queue");
    }

    private boolean dbLike(Val recv, FileFacts file) {
        String root = project.rootModule(recv, file);
        if (library(root) != null) return true;
        String name = Vals.lastName(recv);
        if (name == null) return false;
        String low = name.toLowerCase(Locale.ROOT);
        if (serverLike(low)) return false;
        return guessByName(low) != null || low.equals("connection") || low.equals("db") || low.contains("database") || low.equals("client")
                || low.contains("pool") || low.equals("orm") || low.equals("sql") || low.contains("datasource") || low.equals("conn");
    }

    private static String guessByName(String low) {
        if (low.contains("prisma")) return "prisma";
        if (low.contains("mongoose")) return "mongoose";
        if (low.contains("mongo")) return "mongodb";
        if (low.contains("sequelize")) return "sequelize";
        if (low.contains("knex")) return "knex";
        if (low.contains("redis") || low.contains("cache")) return "redis";
        if (low.contains("datasource")) return "typeorm";
        if (low.contains("pool")) return "pg";
        return null;
    }

    /** The root packages {@link #library} knows. */
    private static final List<String> CLIENT_ROOTS = List.of("@prisma/client", "pg", "pg-pool", "postgres", "mysql", "mysql2", "mysql2/promise",
            "mongoose", "mongodb", "typeorm", "knex", "sequelize", "sequelize-typescript", "redis", "ioredis", "@redis/client", "kysely",
            "@mikro-orm/core", "@mikro-orm/postgresql", "@mikro-orm/mysql");

    /** True when a callee of qname {@code q} can be rooted in a package {@link #library} knows (the qname starts with its root). */
    private static boolean clientName(String q) {
        String s = q;
        while (s.startsWith("new ")) s = s.substring(4);
        for (String r : CLIENT_ROOTS) if (s.startsWith(r)) return true;
        return false;
    }

    /** The library family of an npm package, or null. */
    static String library(String root) {
        if (root == null) return null;
        return switch (root) {
            case "@prisma/client" -> "prisma";
            case "pg", "pg-pool" -> "pg";
            case "postgres" -> "postgres";
            case "mysql", "mysql2", "mysql2/promise" -> "mysql";
            case "mongoose" -> "mongoose";
            case "mongodb" -> "mongodb";
            case "typeorm" -> "typeorm";
            case "knex" -> "knex";
            case "sequelize", "sequelize-typescript" -> "sequelize";
            case "redis", "ioredis", "@redis/client" -> "redis";
            case "kysely" -> "kysely";
            case "@mikro-orm/core", "@mikro-orm/postgresql", "@mikro-orm/mysql" -> "mikro-orm";
            default -> null;
        };
    }

    private void collectClients() {
        boolean nestOrm = project.files().values().stream().anyMatch(f -> f.imports().values().stream().anyMatch(i ->
                i.module().equals("@nestjs/typeorm") || i.module().equals("@nestjs/mongoose") || i.module().equals("@nestjs/sequelize")
                        || i.module().startsWith("@mikro-orm/nestjs")));
        // opens() needs a qname and a root package library() knows, which the qname starts with (after any "new "):
        // only the calls of such names are asked
        CallFilter opening = CallFilter.of(CallIndex.of(project).qnamed(ShutdownHooks::clientName));
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            for (ClassInfo c : f.classes().values()) {
                // class PrismaService extends PrismaClient
                if (c.superClass() != null && "prisma".equals(library(project.rootModule(c.superClass(), f)))) {
                    clients.add(new DbClient("prisma", c.location()));
                }
            }
            if (!opening.file(f)) continue;
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if (!opening.call(cs)) continue;
                    String lib = opens(cs, f, nestOrm);
                    if (lib != null && !handedOver(cs, fn, f) && !closedInPlace(lib, fn))
                        clients.add(new DbClient(lib, cs.location(), lib.equals("kysely") ? kyselyPool(cs, f) : null));
                }
            }
        }
        clients.sort(Comparator.comparing(DbClient::location, Location.ORDER));
    }

    /**
     * True when the client is created inside the arguments of another call: handed to a library that owns it
     * ({@code KyselyModule.forRootAsync({ useFactory: () => ({ dialect: new PostgresJSDialect({ postgres: postgres(url) }) }) })},
     * {@code new RedisSyncExtension({ redis: new Redis() })}), which closes it with the application. A method chain
     * on the client itself ({@code createClient().connect()}) and drizzle (which never closes its client) do not count.
     */
    private boolean handedOver(CallSite client, Fn fn, FileFacts f) {
        for (Fn other : Analysis.functions(f)) {
            for (CallSite cs : other.calls()) {
                if (cs == client || !contains(cs.location(), client.location()) || cs.location().equals(client.location())) continue;
                if (contains(cs.calleeLocation(), client.location())) continue; // a method called on the client
                String root = project.rootModule(cs.callee(), f);
                if (root != null && root.startsWith("drizzle-orm")) continue;
                return true;
            }
        }
        return false;
    }

    /**
     * The pool library a {@code new Kysely({ dialect })} runs over: pg for {@code new PostgresDialect({ pool })}, mysql
     * for {@code new MysqlDialect({ pool })}, postgres for kysely-postgres-js' {@code PostgresJSDialect}; else null.
     */
    private String kyselyPool(CallSite cs, FileFacts f) {
        Val opts = cs.arg(0);
        Val dialect = opts instanceof Obj o ? o.props().get("dialect") : null;
        for (int i = 0; i < 3 && (dialect instanceof Local || dialect instanceof Ref); i++) {
            Project.Resolved r;
            try {
                r = project.resolve(dialect, f);
            } catch (RuntimeException e) {
                r = null;
            }
            if (r == null || r.val() == dialect) break;
            dialect = r.val();
        }
        String n = dialect instanceof New d ? Vals.lastName(d.callee()) : dialect instanceof Call c ? Vals.lastName(c.callee()) : null;
        if (n == null) return null;
        return switch (n) {
            case "PostgresDialect" -> "pg";
            case "MysqlDialect" -> "mysql";
            case "PostgresJSDialect" -> "postgres";
            default -> null;
        };
    }

    /** A client a function opens and closes itself (a health check's own connection, a script's pool). */
    private static boolean closedInPlace(String lib, Fn fn) {
        Set<String> close = CLOSE.getOrDefault(lib, Set.of());
        for (CallSite cs : fn.calls()) if (cs.methodName() != null && close.contains(cs.methodName())) return true;
        return false;
    }

    private static boolean contains(Location outer, Location inner) {
        if (outer == null || inner == null || !outer.path().equals(inner.path())) return false;
        boolean start = outer.line() < inner.line() || outer.line() == inner.line() && outer.column() <= inner.column();
        boolean end = outer.endLine() > inner.endLine() || outer.endLine() == inner.endLine() && outer.endColumn() >= inner.endColumn();
        return start && end;
    }

    /** The library a call opens a client or pool of, or null. */
    private String opens(CallSite cs, FileFacts f, boolean nestOrm) {
        String q;
        try {
            q = project.qname(cs.callee(), f);
        } catch (RuntimeException e) {
            return null;
        }
        if (q == null) return null;
        String root = project.rootModule(cs.callee(), f);
        String lib = library(root);
        if (lib == null) return null;
        q = (cs.isNew() ? "new " : "") + q;
        String m = q.substring(q.lastIndexOf('.') + 1);
        return switch (lib) {
            case "prisma" -> cs.isNew() && m.equals("PrismaClient") ? lib : null;
            case "pg" -> cs.isNew() && (m.equals("Pool") || m.equals("Client")) ? lib : null;
            case "postgres" -> q.equals("postgres") ? lib : null;
            case "mysql" -> m.equals("createPool") || m.equals("createConnection") ? lib : null;
            case "mongoose" -> m.equals("connect") || m.equals("createConnection") ? lib : null;
            case "mongodb" -> cs.isNew() && m.equals("MongoClient") || q.endsWith("MongoClient.connect") ? lib : null;
            case "typeorm" -> !nestOrm && (q.endsWith("createConnection") || q.endsWith(".initialize")) ? lib : null;
            case "knex" -> q.equals("knex") || q.equals("knex.knex") || q.equals("knex.default") ? lib : null;
            case "sequelize" -> cs.isNew() && m.equals("Sequelize") && !nestOrm ? lib : null;
            case "redis" -> m.equals("createClient") || cs.isNew() && (m.equals("Redis") || q.equals("new ioredis") || m.equals("Cluster")) ? lib : null;
            case "kysely" -> cs.isNew() && m.equals("Kysely") ? lib : null;
            case "mikro-orm" -> q.endsWith("MikroORM.init") && !nestOrm ? lib : null;
            default -> null;
        };
    }

    /** The project files {@code path} loads: its imports and inline requires, followed. */
    public Set<String> reachable(String path) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(path);
        while (!todo.isEmpty() && seen.size() < 5000) {
            String p = todo.pop();
            if (!seen.add(p)) continue;
            FileFacts f = project.file(p);
            if (f == null) continue;
            Set<String> specs = new TreeSet<>();
            for (Import i : f.imports().values()) specs.add(i.module());
            specs.addAll(f.reexportAll());
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if (cs.callee() instanceof Global g && g.path().isEmpty() && (g.name().equals("require") || g.name().equals("import"))) {
                        String s = Val.constString(cs.arg(0));
                        if (s != null) specs.add(s);
                    }
                }
            }
            for (Val v : f.exports().values()) if (v instanceof Ref r) specs.add(r.module());
            for (String s : specs) {
                String t = project.resolveModule(p, s);
                if (t != null && !seen.contains(t)) todo.add(t);
            }
        }
        return seen;
    }

    /** Bridges to the call index's resolution of project callees (methods through this, instances, DI). */
    private static final class ModelSupportBridge {
        static Project.FnRef resolve(CallIndex calls, Val v, FileFacts f, Fn in) {
            try {
                return calls.resolve(v, false, f, in);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
