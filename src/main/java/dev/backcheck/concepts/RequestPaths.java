package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;

import java.util.*;

/**
 * The code that runs for each request: a route's handler, the functions nested in it, and the project functions it
 * calls (plain calls, methods through {@code this}, DI-injected services, {@code new C()} constructors, container
 * lookups), followed {@link #MAX_DEPTH} calls deep. Each function reached is a {@link Step} that carries how it was
 * reached: the calls on the way, whether it runs once per item of a loop (a loop statement around the call, or a
 * callback of {@code forEach}/{@code map}), and whether it runs inside a transaction the code opened
 * ({@link DbClients#inTransaction}), and whether it runs apart from the request's own work (a timer's callback, a
 * promise left running, an event listener's callback: {@link Step#detachedAt}). Module-level code (run once at load) is
 * never on a request path.
 */
public final class RequestPaths {
    public static final int MAX_DEPTH = 4;

    /** Array methods whose callback runs once per item. */
    public static final Set<String> ITERATORS = Set.of("forEach", "map", "flatMap", "reduce", "reduceRight", "filter",
            "some", "every", "find", "findIndex");

    /**
     * One function on a route's path: the function, its file, the calls that led to it (handler first), the loop it
     * runs in (the loop statement or iterating call around the call that reached it; null when it runs once), and
     * whether a transaction encloses it, and the conditions ({@code if} tests) of the calls that led to it;
     * {@code detachedAt} the call that set it running apart from the request's own work (a callback handed to a timer,
     * {@code setImmediate(async () => ..)}; a promise left running with a {@code .catch}; a listener's callback,
     * {@code socket.on('message', cb)}, run on each event), null when the request waits for it.
     */
    public record Step(Fn fn, FileFacts file, List<Location> via, Location loop, String loopKind, boolean inTx, int depth,
                       List<CallSite.Guard> guards, Location detachedAt) {
        public boolean inLoop() {
            return loop != null;
        }

        public boolean detached() {
            return detachedAt != null;
        }
    }

    /** One route of an application with the steps of its request path, handler first. */
    public record Path(Application app, Route route, List<Step> steps) { }

    private final Project project;
    private final CallIndex index;
    private final DbClients db;
    private List<Path> paths;
    /** Calls a listener callback sets running and leaves, and the registrations of listeners (see {@link #eventWork}). */
    private final Set<Location> eventWork = new HashSet<>();
    /** The calls that register a listener on the path ({@code socket.on('message', cb)}). */
    private final Set<Location> listeners = new HashSet<>();

    public static RequestPaths of(Project p) {
        return p.derived(RequestPaths.class, RequestPaths::new);
    }

    private RequestPaths(Project project) {
        this.project = project;
        this.index = CallIndex.of(project);
        this.db = DbClients.of(project);
    }

    /** Every route with a known handler and its request path, in application and route-location order. */
    public synchronized List<Path> paths() {
        if (paths != null) return paths;
        List<Path> out = new ArrayList<>();
        Set<Location> seen = new HashSet<>();
        for (Application app : project.applications()) {
            List<Route> routes = new ArrayList<>(app.routes());
            routes.sort(Comparator.comparing(Route::location, Comparator.nullsLast(Location.ORDER)).thenComparing(Route::method));
            for (Route r : routes) {
                if (r.handler() == null || r.location() == null) continue;
                FileFacts f = index.fileOf(r.handler());
                if (f == null) f = index.analysis().fnFile(r.handler());
                if (f == null || project.isTestPath(f.path())) continue;
                List<Step> steps = new ArrayList<>();
                walk(r.handler(), f, List.of(), List.of(), null, null, false, 0, steps, Collections.newSetFromMap(new IdentityHashMap<>()), null);
                out.add(new Path(app, r, List.copyOf(steps)));
                seen.add(r.location());
            }
        }
        paths = List.copyOf(out);
        return paths;
    }

    private Set<Fn> onRead;

    /**
     * True when the function runs on the path of a read: a GET or HEAD route, or a GraphQL query. Such a function's
     * writes (a cart read that drops the lines whose product was withdrawn, a get-or-create of the caller's row) run
     * alone whenever the read is served, so they keep the data consistent by themselves: a mutating request that
     * calls the same function to answer (return this.getCart(userId)) does not make them part of its own writes.
     */
    public synchronized boolean runsOnRead(Fn fn) {
        if (onRead == null) {
            Set<Fn> out = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Path p : paths()) {
                String m = String.valueOf(p.route().method()).toUpperCase(Locale.ROOT);
                if (!(m.equals("GET") || m.equals("HEAD") || m.equals("QUERY"))) continue;
                for (Step s : p.steps()) out.add(s.fn());
            }
            onRead = out;
        }
        return onRead.contains(fn);
    }

    /** True when the function runs for requests (it is a step of some route's path). */
    public boolean onRequestPath(Fn fn) {
        for (Path p : paths()) for (Step s : p.steps()) if (s.fn() == fn) return true;
        return false;
    }

    private void walk(Fn fn, FileFacts file, List<Location> via, List<CallSite.Guard> guards, Location loop, String kind, boolean inTx, int depth, List<Step> out, Set<Fn> visited,
                      Location detached) {
        if (fn == null || file == null || !visited.add(fn) || out.size() > 400) return;
        boolean tx = inTx || db.transactionalMethod(fn, file);
        out.add(new Step(fn, file, via, loop, kind, tx, depth, guards, detached));
        // functions written inside this one: callbacks run where they are handed over
        for (Fn n : fn.nested()) {
            CallIndex.Callback cb = index.callback(n);
            Location l = loop;
            String k = kind;
            boolean ntx = tx;
            Location nd = detached;
            // a method of the object the function hands back (a repository factory: return { list() {..}, create() {..} }):
            // it runs when a caller calls it, not when the factory runs; only the methods the path calls by name count
            String key = cb == null ? handedOut(fn, n) : null;
            if (key != null && !calledOnPath(out, key, n)) continue;
            if (cb != null && cb.site().fn() == fn) {
                CallSite cs = cb.site().cs();
                // no method name: a callback handed to super.m(..) or to a computed callee (Set.of answers null with an exception)
                String named = cs.methodName();
                // a timer's callback runs later, a unit of its own (also when the task that set the timer was one)
                if (named != null && TIMERS.contains(named) && cs.location() != null) nd = cs.location();
                // a listener's callback (socket.on('message', cb), ws.on('close', cb)) runs on each event of the emitter,
                // apart from the request that registered it and from the other events: the event's own handling
                if (cb.arg() >= 1 && named != null && LISTENS.contains(named) && cs.location() != null) {
                    nd = cs.location();
                    eventWork.add(nd);
                    listeners.add(nd);
                }
                if (l == null) {
                    Fn.Loop il = itemLoop(fn, cs);
                    l = il == null ? null : il.span();
                    k = il == null ? null : il.kind();
                }
                String m = cs.methodName();
                if (l == null && m != null && ITERATORS.contains(m) && dev.backcheck.model.Analysis.receiver(cs.callee()) != null) {
                    l = cs.location();
                    k = m;
                }
                if (!ntx && db.inTransaction(cb.site())) ntx = true;
            }
            // a local function the request starts and does not wait for (const sendAll = async () => {..};
            // sendAll().catch(log)): every call of it here leaves it running, a unit of its own
            if (cb == null && nd == null && !n.name().isEmpty()) {
                Location started = leftRunning(fn, file, n);
                if (started != null) nd = started;
            }
            // an async function written and called on the spot, its promise discarded or left with a catch
            // (void (async () => { for (..) await award(id) })().catch(log)): the request does not wait for it
            if (cb == null && nd == null) {
                Location started = iifeLeftRunning(fn, file, n);
                if (started != null) nd = started;
            }
            walk(n, file, via, guards, l, k, ntx, depth, out, visited, nd);
        }
        if (depth >= MAX_DEPTH) return;
        for (CallSite cs : fn.calls()) {
            Project.FnRef target = index.resolve(cs, file, fn);
            if (target == null || target.fn() == fn) continue;
            if (project.isTestPath(target.file().path())) continue;
            CallIndex.Site site = new CallIndex.Site(fn, file, cs, List.of());
            Fn.Loop il = loop != null ? null : itemLoop(fn, cs);
            Location l = loop != null ? loop : il == null ? null : il.span();
            String k = loop != null ? kind : il == null ? null : il.kind();
            boolean t = tx || db.inTransaction(site);
            List<Location> v = new ArrayList<>(via);
            v.add(cs.location());
            List<CallSite.Guard> g = new ArrayList<>(guards);
            g.addAll(cs.guards());
            Location nd = detached;
            // a task left running (also one a task already left running starts in turn: prune(..).catch(log) inside a
            // job the request did not wait for) is a unit of its own; in an event's handling it is that event's work
            if (cs.location() != null && (firedAndForgotten(fn, cs) || voided(file, cs) || floating(fn, file, cs, target.fn()))) {
                boolean event = listener(fn) || detached != null && eventWork.contains(detached);
                nd = cs.location();
                if (event) eventWork.add(nd);
            }
            walk(target.fn(), target.file(), List.copyOf(v), List.copyOf(g), l, k, t, depth + 1, out, visited, nd);
        }
    }

    /**
     * The first call in {@code fn} of its nested function {@code n} when there is one and every call of it is a task
     * left running (fired and forgotten, voided or floating); else null.
     */
    private Location leftRunning(Fn fn, FileFacts file, Fn n) {
        Location first = null;
        for (CallSite cs : fn.calls()) {
            if (cs.location() == null || !n.name().equals(dev.backcheck.lang.facts.Vals.lastName(cs.callee()))) continue;
            Project.FnRef t = index.resolve(cs, file, fn);
            if (t == null || t.fn() != n) continue;
            if (!(firedAndForgotten(fn, cs) || voided(file, cs) || floating(fn, file, cs, n))) return null;
            if (first == null) first = cs.location();
        }
        return first;
    }

    /**
     * The call of {@code n} when {@code fn} calls it where it is written ({@code (async () => {..})()}) and leaves it
     * running: {@code void} before it, or a {@code .catch} on its promise as a statement; else null.
     */
    private Location iifeLeftRunning(Fn fn, FileFacts file, Fn n) {
        if (!n.async()) return null;
        for (CallSite cs : fn.calls()) {
            if (cs.location() == null || !(cs.callee() instanceof dev.backcheck.lang.facts.Val.FnVal fv) || fv.fn() != n) continue;
            return firedAndForgotten(fn, cs) || voided(file, cs) ? cs.location() : null;
        }
        return null;
    }

    /** Methods that register a callback to run on each event of an emitter ({@code socket.on('message', cb)}). */
    private static final Set<String> LISTENS = Set.of("on", "once", "addListener", "addEventListener", "prependListener");

    /** True when {@code fn} is a callback handed to an event emitter to run on each of its events. */
    private boolean listener(Fn fn) {
        CallIndex.Callback cb = index.callback(fn);
        return cb != null && cb.arg() >= 1 && cb.site().cs().methodName() != null && LISTENS.contains(cb.site().cs().methodName());
    }

    /**
     * True when the step runs in an event listener the path registers ({@code socket.on('message', cb)}) or in a task
     * such a listener sets running and leaves ({@code socket.on('message', (d) => { handleMessage(d).catch(log) })}):
     * apart from the request that opened the connection, but the whole of the event's own handling, which nobody else
     * does for it; not a background job beside an answer.
     */
    public boolean eventWork(Step s) {
        paths();
        return s.detachedAt() != null && eventWork.contains(s.detachedAt());
    }

    /** True when {@code at} is the call that registers an event listener on a path ({@code ws.on('close', cb)}). */
    public boolean listenerAt(Location at) {
        paths();
        return at != null && listeners.contains(at);
    }

    /** The key of {@code n} in an object literal {@code fn} returns ({@code return { list: async () => .. }}), or null. */
    private static String handedOut(Fn fn, Fn n) {
        for (dev.backcheck.lang.facts.Val r : fn.returns()) {
            String k = r instanceof dev.backcheck.lang.facts.Val.Obj o ? keyOf(o, n, 0) : null;
            if (k != null) return k;
        }
        return null;
    }

    private static String keyOf(dev.backcheck.lang.facts.Val.Obj o, Fn n, int depth) {
        if (depth > 3) return null;
        for (Map.Entry<String, dev.backcheck.lang.facts.Val> e : o.props().entrySet()) {
            if (e.getValue() instanceof dev.backcheck.lang.facts.Val.FnVal fv && fv.fn() == n) return e.getKey();
            if (e.getValue() instanceof dev.backcheck.lang.facts.Val.Obj inner) {
                String k = keyOf(inner, n, depth + 1);
                if (k != null) return k;
            }
        }
        return null;
    }

    /**
     * True when a function already on the path calls method {@code name} ({@code runs.updateStatus(..)}) on an object the
     * factory of {@code method} made: the receiver, followed through locals and a factory of factories ({@code const { runs }
     * = getRepos()}), answers {@code method} for that name. A receiver the analysis cannot follow to a factory's object
     * counts by the name alone; one that ends at another factory's object (a second repository with a method of the
     * same name) does not.
     */
    private boolean calledOnPath(List<Step> steps, String name, Fn method) {
        for (Step st : steps) {
            for (CallSite c : st.fn().calls()) {
                if (!name.equals(c.methodName())) continue;
                dev.backcheck.lang.facts.Val recv = dev.backcheck.lang.facts.Vals.receiver(c.callee());
                if (recv == null) return true;
                Project.FnRef m;
                try {
                    Project.Resolved r = project.resolveThroughFactory(recv, st.file());
                    m = project.factoryMethod(r.val(), r.file() != null ? r.file() : st.file(), name);
                } catch (RuntimeException e) {
                    m = null;
                }
                if (m == null || m.fn() == method) return true;
            }
        }
        return false;
    }

    private final Map<String, List<String>> lines = new HashMap<>();

    /**
     * {@code void sendWelcome(user)}, {@code void db.update(..)}: a call whose promise the code discards on purpose with
     * {@code void}; it runs on apart from the request, which neither waits for it nor fails with it.
     */
    public synchronized boolean voided(FileFacts file, CallSite cs) {
        Location at = cs.location();
        if (cs.awaited() || at == null || file == null) return false;
        List<String> ls = lines.computeIfAbsent(file.path(), k -> SourceLines.read(project, k));
        if (at.line() < 1 || at.line() > ls.size()) return false;
        String l = ls.get(at.line() - 1);
        int col = Math.min(l.length(), Math.max(0, at.column() - 1));
        return VOID_BEFORE.matcher(l.substring(0, col)).find();
    }

    /**
     * {@code this.generateImageVariantsAsync(file.id, buffer, key);} as a statement of its own: a call of an async project
     * function whose promise is neither awaited, returned, kept under a name nor handed on; the request goes on and
     * answers without waiting for it, so its work runs apart from the request.
     */
    public synchronized boolean floating(Fn fn, FileFacts file, CallSite cs, Fn target) {
        Location at = cs.location();
        if (cs.awaited() || at == null || file == null || target == null || !target.async()) return false;
        // controller.create(req, res): a function handed the caller's own parameters (the request and response) answers
        // the request itself, the wrapper only starts it
        // (all the parameters the caller has: some of them among other values, the image bytes and name handed to a
        // variants job, are only data)
        Set<Integer> bare = new HashSet<>();
        for (dev.backcheck.lang.facts.Val a : cs.args()) if (a instanceof dev.backcheck.lang.facts.Val.Param p0 && p0.path().isEmpty()) bare.add(p0.index());
        if (!bare.isEmpty() && bare.size() == fn.params().size()) return false;
        for (dev.backcheck.lang.facts.Val r : fn.returns()) {
            if (r instanceof dev.backcheck.lang.facts.Val.Call rc && at.equals(rc.site())) return false;
        }
        for (Fn.Named n : fn.names()) if (n.value() != null && n.value().spans(at)) return false;
        List<String> ls = lines.computeIfAbsent(file.path(), k -> SourceLines.read(project, k));
        if (at.line() < 1 || at.endLine() > ls.size()) return false;
        String first = ls.get(at.line() - 1);
        String before = first.substring(0, Math.min(first.length(), Math.max(0, at.column() - 1))).strip();
        for (int k = at.line() - 1; before.isEmpty() && k >= 1 && k > at.line() - 4; k--) {
            // the line above ends a statement or opens a block (not `[`, `(`, `,` or `=` of a list or assignment going on)
            String prev = ls.get(k - 1).replaceAll("//.*$", "").strip();
            if (prev.isEmpty()) continue;
            before = prev.endsWith(";") || prev.endsWith("{") || prev.endsWith("}") ? ";" : prev;
        }
        if (!(before.isEmpty() || before.endsWith(";") || before.endsWith("{") || before.endsWith("}"))) return false;
        String last = ls.get(at.endLine() - 1);
        String after = last.substring(Math.min(last.length(), Math.max(0, at.endColumn() - 1))).strip();
        return after.isEmpty() || after.startsWith(";") && after.substring(1).strip().replaceAll("//.*$", "").isEmpty();
    }

    private static final java.util.regex.Pattern VOID_BEFORE = java.util.regex.Pattern.compile("(?<![\\w$.])void\\s+$");

    /**
     * {@code this.sendPush(..).catch((err) => log(err))} as a statement: the call's promise runs on apart from the request,
     * which neither waits for it nor fails with it (its failure is logged), like a timer callback.
     */
    private static boolean firedAndForgotten(Fn fn, CallSite cs) {
        if (cs.awaited() || cs.location() == null) return false;
        for (CallSite c : fn.calls()) {
            if (!"catch".equals(c.methodName()) || c.awaited() || c.location() == null) continue;
            if (!(dev.backcheck.lang.facts.Vals.receiver(c.callee()) instanceof dev.backcheck.lang.facts.Val.Call p)) continue;
            // syncUser(id).then(() => audit(..)).catch(log): the call at the head of a .then/.finally chain
            while (!cs.location().equals(p.site()) && ("then".equals(dev.backcheck.lang.facts.Vals.lastName(p.callee()))
                    || "finally".equals(dev.backcheck.lang.facts.Vals.lastName(p.callee())))
                    && dev.backcheck.lang.facts.Vals.receiver(p.callee()) instanceof dev.backcheck.lang.facts.Val.Call inner) p = inner;
            if (!cs.location().equals(p.site())) continue;
            // handed back to the caller, or kept under a name to be awaited later: not left behind
            for (dev.backcheck.lang.facts.Val r : fn.returns()) {
                if (r instanceof dev.backcheck.lang.facts.Val.Call rc && c.location().equals(rc.site())) return false;
            }
            for (Fn.Named n : fn.names()) if (n.value() != null && n.value().spans(c.location())) return false;
            return true;
        }
        return false;
    }

    /** Timer functions whose callback runs later, apart from the request that scheduled it. */
    private static final Set<String> TIMERS = Set.of("setImmediate", "setTimeout", "setInterval", "nextTick", "queueMicrotask");

    /** The loop statement of {@code fn} around {@code cs}, null when none. */
    public static Location loopOf(Fn fn, CallSite cs) {
        Fn.Loop l = fn.loopAround(cs.location());
        return l == null ? null : l.span();
    }

    /**
     * The innermost loop of {@code fn} around {@code cs} that runs once per item, null when none: a counted loop with a
     * small constant number of turns ({@code for (let attempt = 1; attempt <= maxRetries; attempt++)} with {@code const
     * maxRetries = 3}: a retry loop) is not one; a call in it runs a few times whatever the data holds.
     */
    public Fn.Loop itemLoop(Fn fn, CallSite cs) {
        return itemLoopAround(fn, cs.location());
    }

    /** The innermost loop of {@code fn} that runs once per item around {@code where} (see {@link #itemLoop}), null when none. */
    public Fn.Loop itemLoopAround(Fn fn, Location where) {
        Fn.Loop in = null;
        if (where == null) return null;
        for (Fn.Loop l : fn.loops()) if (l.contains(where) && !fewTurns(l)) in = l;
        return in;
    }

    /**
     * True when {@code fn} is the callback of an array method that runs it once per item ({@code items.map(async (x) =>
     * ..)}, {@code forEach}): what it returns is that item's result, not the request's end.
     */
    public boolean itemCallback(Fn fn) {
        return itemCallbackCall(fn) != null;
    }

    /** The iterating call {@code fn} is the callback of ({@code items.map(..)}, see {@link #itemCallback}), or null. */
    public Location itemCallbackCall(Fn fn) {
        CallIndex.Callback cb = index.callback(fn);
        if (cb == null) return null;
        String m = cb.site().cs().methodName();
        return m != null && ITERATORS.contains(m) && Analysis.receiver(cb.site().cs().callee()) != null ? cb.site().cs().location() : null;
    }

    /** The most turns a counted loop with constant bounds may make to count as a few. */
    public static final int FEW_TURNS = 10;
    private final Map<Location, Boolean> fewTurns = new HashMap<>();
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(
            "^for\\s*\\(\\s*(?:let|var)?\\s*([A-Za-z_$][\\w$]*)\\s*(?::\\s*number\\s*)?=\\s*(\\d+)\\s*;\\s*\\1\\s*(<=?)\\s*([A-Za-z_$][\\w$]*|\\d+)\\s*;\\s*(?:\\1\\s*\\+\\+|\\+\\+\\s*\\1|\\1\\s*\\+=\\s*1)\\s*\\)");

    /**
     * A counted {@code for} whose start and bound are constants with at most {@link #FEW_TURNS} turns between them: a
     * number literal, or a name given a number once by a {@code const} of the same file before the loop; the counter
     * only stepped by the header.
     */
    private synchronized boolean fewTurns(Fn.Loop l) {
        if (!"for".equals(l.kind()) || l.span() == null || l.span().path() == null) return false;
        return fewTurns.computeIfAbsent(l.span(), span -> {
            List<String> lines = SourceLines.read(project, span.path());
            if (lines.isEmpty() || span.line() < 1 || span.line() > lines.size()) return false;
            String head = lines.get(span.line() - 1);
            head = head.substring(Math.max(0, Math.min(head.length(), span.column() - 1)));
            java.util.regex.Matcher m = COUNTED.matcher(head);
            if (!m.find()) return false;
            long start = Long.parseLong(m.group(2));
            Long bound = null;
            String b = m.group(4);
            if (b.chars().allMatch(Character::isDigit)) bound = Long.parseLong(b);
            else {
                java.util.regex.Pattern decl = java.util.regex.Pattern.compile("\\bconst\\s+" + java.util.regex.Pattern.quote(b) + "\\s*(?::\\s*number\\s*)?=\\s*(\\d+)\\s*[;\\n]");
                for (int i = span.line() - 1; i >= 1 && i >= span.line() - 200; i--) {
                    java.util.regex.Matcher d = decl.matcher(lines.get(i - 1) + "\n");
                    if (d.find()) {
                        bound = Long.parseLong(d.group(1));
                        break;
                    }
                }
            }
            if (bound == null) return false;
            long turns = bound - start + (m.group(3).equals("<=") ? 1 : 0);
            if (turns > FEW_TURNS) return false;
            // the counter is not changed in the body (i-- to retry the same turn again)
            String counter = java.util.regex.Pattern.quote(m.group(1));
            java.util.regex.Pattern step = java.util.regex.Pattern.compile("(?<![\\w$.])" + counter + "\\s*(?:[-+*/]?=(?!=)|\\+\\+|--)|(?:\\+\\+|--)\\s*" + counter + "\\b");
            for (int i = span.line() + 1; i <= Math.min(lines.size(), span.endLine()); i++) if (step.matcher(lines.get(i - 1)).find()) return false;
            return true;
        });
    }

    /**
     * True when the call runs in a process's one-time set-up that a request happens to trigger: it (or a call that led
     * to it) sits under {@code if (!pool)} / {@code if (pool == null)} on a module-level {@code let}/{@code var} of a file
     * on the path ({@code getMetricsDb()} creating the pool and running its migrations on first use). It runs on the
     * first request only, apart from the request's own data.
     */
    public boolean initOnce(Path p, Step s, CallSite cs) {
        List<CallSite.Guard> gs = new ArrayList<>(s.guards());
        gs.addAll(cs.guards());
        for (CallSite.Guard g : gs) {
            boolean missing = g.op().equals("truthy") && !g.holds()
                    || (g.op().equals("==") && g.holds() || g.op().equals("!=") && !g.holds())
                    && g.right() instanceof dev.backcheck.lang.facts.Val.Lit lit && lit.value() == null;
            if (!missing) continue;
            // a module `let pool = null` read in a function: the front end gives its initial value
            if (g.left() instanceof dev.backcheck.lang.facts.Val.Lit l0 && l0.value() == null) return true;
            if (!(g.left() instanceof dev.backcheck.lang.facts.Val.Local l) || !l.path().isEmpty()) continue;
            Set<String> seen = new HashSet<>();
            for (Step t : p.steps()) {
                if (seen.add(t.file().path()) && moduleVar(t.file().path(), l.name())) return true;
            }
        }
        return false;
    }

    private final Map<String, Boolean> moduleVars = new HashMap<>();

    /** The file declares {@code name} with a {@code let} or {@code var} at its top level (a line that starts with it). */
    private synchronized boolean moduleVar(String path, String name) {
        return moduleVars.computeIfAbsent(path + "|" + name, k -> {
            String text = SourceLines.text(project, path, 2_000_000);
            return text != null && java.util.regex.Pattern.compile("(?m)^(?:export\\s+)?(?:let|var)\\s+" + java.util.regex.Pattern.quote(name) + "\\b").matcher(text).find();
        });
    }

    /** The loop kind of {@code fn} around {@code cs} (for-of, for-in, for, while, do-while), null when none. */
    public static String loopKind(Fn fn, CallSite cs) {
        Fn.Loop l = fn.loopAround(cs.location());
        return l == null ? null : l.kind();
    }

    /**
     * A call that runs only when a lookup in a map misses, in a function that stores into that same map
     * ({@code const hit = cache.get(key); if (hit) return hit; ... cache.set(key, row)}, {@code if (!seen.has(k)) ..
     * seen.add(k)}, {@code let t = this.templates.get(name); if (!t) { t = compile(readFileSync(..)); this.templates.set(name, t) }}):
     * memoized, it runs once per distinct key (a query in a loop: not once per item; a file read: not once per request).
     */
    public static boolean memoized(dev.backcheck.lang.facts.Fn fn, CallSite cs) {
        for (CallSite.Guard g : cs.guards()) {
            if (!g.op().equals("truthy") || g.holds() || !(g.left() instanceof dev.backcheck.lang.facts.Val.Call c)) continue;
            String m = dev.backcheck.lang.facts.Vals.lastName(c.callee());
            if (!"get".equals(m) && !"has".equals(m)) continue;
            dev.backcheck.lang.facts.Val map = dev.backcheck.lang.facts.Vals.receiver(c.callee());
            if (map == null) continue;
            for (CallSite other : fn.calls()) {
                String om = other.methodName();
                if (("set".equals(om) || "add".equals(om)) && map.equals(dev.backcheck.lang.facts.Vals.receiver(other.callee()))) return true;
            }
        }
        return false;
    }

    /**
     * True when the value of the call at {@code at} is kept in a cache that outlives the request and that the function
     * reads first: a module-level name or a field of {@code this} ({@code const cache = new Map()}, {@code let manifest},
     * {@code const byName = {}}) the call's result is stored into ({@code cache.set(k, load(k))}, {@code byName[k] =
     * load(k)}, {@code manifest = read()}, {@code x ??= load()}, {@code x || (x = load())}, or a name given the result
     * and stored so later), and that the function mentions before the call (the lookup that returns early). The call
     * then runs once (per key), not per request. Read from the text of the function.
     */
    public static boolean keptOnce(Project project, Fn fn, Location at) {
        if (fn == null || fn.location() == null || at == null || !at.path().equals(fn.location().path())) return false;
        String src = SourceLines.text(project, at.path(), 2_000_000);
        if (src == null) return false;
        int[] starts = SourceLines.lineStarts(src);
        if (fn.location().line() > starts.length || fn.location().endLine() > starts.length || at.line() > starts.length
                || at.endLine() > starts.length) return false;
        int fnStart = starts[fn.location().line() - 1] + fn.location().column() - 1;
        int fnEnd = Math.min(src.length(), starts[fn.location().endLine() - 1] + fn.location().endColumn() - 1);
        int callStart = starts[at.line() - 1] + at.column() - 1;
        int callEnd = starts[at.endLine() - 1] + at.endColumn() - 1;
        if (fnStart < 0 || callStart < fnStart || callEnd > fnEnd || callEnd < callStart) return false;
        // the statement up to the call: from the start of its line (and of lines it continues: a previous line ending in
        // '=', '(', ',', '&&', '||', '??', '?' or ':'), after the last ';' there
        int line = at.line();
        for (int k = 0; k < 5 && line > fn.location().line(); k++) {
            String prev = src.substring(starts[line - 2], starts[line - 1]).strip();
            if (!prev.matches("(?s).*(?:[=(,?:]|&&|\\|\\|)$")) break;
            line--;
        }
        int stmt = Math.max(fnStart, starts[line - 1]);
        int semi = src.lastIndexOf(';', callStart - 1);
        if (semi >= stmt) stmt = semi + 1;
        String before = src.substring(stmt, callStart);
        String cacheName = null;
        int storeAt = -1;
        java.util.regex.Matcher m;
        if (!DECLARED.matcher(before).find() && ((m = SET_INTO.matcher(before)).find() || (m = ASSIGN_INTO.matcher(before)).find())) {
            // cache.set(key, load(key)); byName[k] = load(k); manifest = load(); x ??= load(); x || (x = load())
            cacheName = m.group(1);
            storeAt = stmt + m.start();
        } else if ((m = DECLARED.matcher(before)).find()) {
            // const t = load(k); .. cache.set(k, t) / byName[k] = t / manifest = t
            String local = java.util.regex.Pattern.quote(m.group(1));
            java.util.regex.Matcher st = java.util.regex.Pattern.compile("(?:this\\.)?([A-Za-z_$][\\w$]*)\\s*(?:\\.\\s*set\\s*\\([^;]*,\\s*" + local
                    + "\\s*\\)|(?:\\[[^\\]]+]\\s*)?=\\s*" + local + "\\s*[;\\n])").matcher(src.substring(callEnd, fnEnd));
            if (st.find()) {
                cacheName = st.group(1);
                storeAt = callStart;
            }
        }
        if (cacheName == null) return false;
        // kept beyond the request: declared at the top level of the module (and not again in the function), or a field of this
        String nm = java.util.regex.Pattern.quote(cacheName);
        String body = src.substring(fnStart, fnEnd);
        boolean field = body.contains("this." + cacheName);
        boolean moduleLevel = java.util.regex.Pattern.compile("(?m)^(?:export\\s+)?(?:const|let|var)\\s+" + nm + "\\b").matcher(src).find()
                && !java.util.regex.Pattern.compile("\\b(?:const|let|var)\\s+" + nm + "\\b").matcher(body).find();
        if (!field && !moduleLevel) return false;
        // read before the store (the lookup that answers without the call), or in the store itself (x ??= load(),
        // x || (x = load()))
        String head = src.substring(fnStart, storeAt);
        java.util.regex.Pattern read = java.util.regex.Pattern.compile("(?<![\\w$])" + nm
                + "(?:\\s*\\.\\s*(?:get|has)\\s*\\(|\\s*\\[|\\s*\\)|\\s*\\|\\||\\s*\\?\\?|\\s*[!=]==?\\s*(?:null|undefined)|\\s*&&|\\s*;)");
        if (read.matcher(head).find()) return true;
        return before.contains("??=") || before.contains("||=")
                || java.util.regex.Pattern.compile(nm + "\\s*\\|\\|\\s*\\(\\s*(?:this\\.)?" + nm + "\\s*=").matcher(src.substring(Math.max(fnStart, stmt - 80), callStart)).find();
    }

    /** What may stand between the store and the call: wrappers of its value ({@code JSON.parse(load())}), an await. */
    private static final String WRAPPED = "(?:(?:await\\s+)?[A-Za-z_$][\\w$.]*\\s*\\(\\s*)*(?:await\\s+)?$";
    private static final java.util.regex.Pattern SET_INTO = java.util.regex.Pattern.compile(
            "(?<![\\w$.])(?:this\\.)?([A-Za-z_$][\\w$]*)\\s*\\.\\s*set\\s*\\([^;]*,\\s*" + WRAPPED);
    private static final java.util.regex.Pattern ASSIGN_INTO = java.util.regex.Pattern.compile(
            "(?<![\\w$.])(?:this\\.)?([A-Za-z_$][\\w$]*)\\s*(?:\\[[^\\]]+]\\s*)?(?:\\?\\?|\\|\\|)?=\\s*" + WRAPPED);
    private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile(
            "\\b(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*(?::[^=]{1,60})?=\\s*" + WRAPPED);


    /**
     * True when the call runs once and its result is kept: it sits under {@code if (!cache)} / {@code if (cache == null)}
     * on a module variable, a global or a field ({@code if (!client) client = new Pool()}).
     */
    public static boolean cachedOnce(CallSite cs) {
        return cachedOnce(cs.guards());
    }

    /**
     * True when the conditions a step was reached under keep a value once made ({@code if (!db) db = openDatabase()}
     * around the call that led to it): the whole step runs once, not per request.
     */
    public static boolean cachedOnce(List<CallSite.Guard> guards) {
        for (CallSite.Guard g : guards) {
            boolean kept = g.left() instanceof dev.backcheck.lang.facts.Val.Local || g.left() instanceof dev.backcheck.lang.facts.Val.Global
                    || g.left() instanceof dev.backcheck.lang.facts.Val.This
                    // a module `let cache;` read in a function: the front end gives its initial value
                    || g.left() instanceof dev.backcheck.lang.facts.Val.Lit l0 && l0.value() == null;
            if (!kept) continue;
            if (g.op().equals("truthy") && !g.holds()) return true;
            if ((g.op().equals("==") && g.holds() || g.op().equals("!=") && !g.holds())
                    && g.right() instanceof dev.backcheck.lang.facts.Val.Lit l && l.value() == null) return true;
        }
        return false;
    }

    /** The functions a route's handler is made of (for rules that only read the handler itself). */
    public static List<Fn> handlerFunctions(Fn handler) {
        List<Fn> out = new ArrayList<>();
        Deque<Fn> todo = new ArrayDeque<>();
        todo.push(handler);
        while (!todo.isEmpty() && out.size() < 200) {
            Fn f = todo.pop();
            out.add(f);
            for (Fn n : f.nested()) todo.push(n);
        }
        return out;
    }

    Analysis analysis() {
        return index.analysis();
    }
}
