package dev.backcheck.flow;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.ClassInfo;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One flow engine for every rule that asks "can request data reach this argument?".
 *
 * <p>The front end already inlines local bindings into values ({@code const q = req.query.q; exec(q)} gives
 * {@code exec} the value {@code req.query.q}), so within one function a flow is a walk of the sink's
 * argument. Across functions the engine follows, backwards from the sink and in source order:
 * <ul>
 *   <li>a parameter to what each caller passes ({@link CallIndex#callers}), memoised per function,
 *       parameter and kind (the parameter → source summary), also through {@code this.service.m()} of
 *       DI-typed fields and class instances;</li>
 *   <li>a callback's parameter to the receiver's elements ({@code ids.forEach(id => ...)},
 *       {@code p.then(v => ...)});</li>
 *   <li>a call of a project function to what it returns, with its parameters bound to the call's
 *       arguments;</li>
 *   <li>library calls through the models: propagators pass data on, sanitizers end it, other calls
 *       return data no client chose;</li>
 *   <li>{@code this.x} to what the class stores in it (the value it is declared or first assigned with, in the
 *       function that assigns it; a constructor parameter property; a getter's return; fields of the class it
 *       extends), a closure's read of an enclosing function's parameter to that function's callers, and
 *       {@code o.x} of an object literal field by field (spreads included).</li>
 * </ul>
 * A caller search is memoised per function, parameter and kind, only when nothing in it was cut short (a cycle,
 * the visit budget, a depth limit), with how many levels up, how deep and how many visits it took; it is reused
 * only where a fresh search would have as many levels, depth and visits left, and charges those visits. So every
 * answer is the one a fresh engine gives when asked that one question: it does not depend on which sink asked
 * first (rules trace on several threads). The sink's own conditions are only applied in the sink's function.
 * Framework validation that admits no free text also ends a flow: a NestJS DTO field with a restrictive
 * class-validator decorator behind a ValidationPipe, a {@code Parse*Pipe} parameter, a Fastify route schema
 * field typed integer/enum/narrow format or pattern.
 * Sources are request values ({@link Req}) the framework models named; the signed-in user, the session,
 * framework-validated parts and request metadata the client does not choose are not sources. A value a
 * rejecting guard checked for type, format or range ({@link Fn#checks}) is sanitised; so is one the sink's
 * enclosing {@code if} compares with constants or an allow-list.
 */
public final class TaintEngine {
    /** How many calls up (callers) and down (returns) a flow is followed. */
    public static final int MAX_CALL_DEPTH = 5;
    /** How many value nodes one trace may visit before it gives up (no finding rather than a slow scan). */
    public static final int MAX_VISITS = 20_000;

    /** A flow from a request value to a sink: the source, and its steps (source first; the rule adds the sink). */
    public record Flow(Req source, List<Location> steps, String what) {
        public Flow(Req source, List<Location> steps) {
            this(source, steps, null);
        }

        /** The source as a reader of the code names it: {@code `req.query.q`}, or {@code `@RequestParam q`} for a Java handler parameter. */
        public String what() {
            return what != null ? what : describe(source);
        }

        public Location sourceAt() {
            return steps.isEmpty() ? null : steps.get(0);
        }

        Flow then(Location at, String message) {
            if (at == null) return this;
            List<Location> s = new ArrayList<>(steps);
            s.add(at.withMessage(message));
            return new Flow(source, List.copyOf(s), what);
        }

        /** This flow with the sink appended as the last step. */
        public Flow to(Location sink, String message) {
            return then(sink, message);
        }

        /** How messages open: "`req.query.host` read from the request at src/a.ts:12". */
        public String origin() {
            Location src = sourceAt();
            return what() + " read from the request" + (src == null ? "" : " at " + src.path() + ":" + src.line());
        }

        /** The steps after the source, as messages put them: " (passed to ping() as host, then returned by run())", or "". */
        public String through() {
            List<String> via = new ArrayList<>();
            for (int i = 1; i < steps.size(); i++) {
                String m = steps.get(i).message();
                if (m != null) via.add(m);
            }
            return via.isEmpty() ? "" : " (" + String.join(", then ", via) + ")";
        }
    }

    /** A sink call found through the models: the entry, where the call is, and the argument checked. */
    public record SinkSite(Models.Sink model, CallIndex.Site site, int arg, Val value) {
        public Fn fn() {
            return site.fn();
        }

        public FileFacts file() {
            return site.file();
        }

        public CallSite cs() {
            return site.cs();
        }

        public Location argLocation() {
            return site.cs().argLocation(arg);
        }
    }

    private final Project project;
    private final CallIndex index;
    private final Models models;
    private final Map<String, Object> memo = new HashMap<>();
    private static final Object BUSY = new Object();
    /** Per function: the values its calls hand to project functions that check that parameter, with the checks' kinds. */
    private final Map<Fn, Map<Val, Set<String>>> asserted = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /**
     * The values {@code fn} hands, as they are, to a project function whose own rejecting guard checks that parameter
     * ({@code assertValidJsonPath(path)} with {@code if (!isValidJsonPath(path)) throw new BadRequestException(..)} there),
     * each with the kinds of those checks (type, format, range): after that call the value has passed them.
     */
    private Map<Val, Set<String>> assertedValues(Fn fn, FileFacts file) {
        Map<Val, Set<String>> known = asserted.get(fn);
        if (known != null) return known;
        Map<Val, Set<String>> out = new HashMap<>();
        for (CallSite cs : fn.calls()) {
            if (cs.args().isEmpty() || cs.isNew()) continue;
            Project.FnRef t = index.resolve(cs.callee(), false, file, fn);
            if (t == null || t.fn() == fn) continue;
            for (int i = 0; i < cs.args().size(); i++) {
                Val a = cs.args().get(i);
                if (a == null || a instanceof Lit) continue;
                Fn.Param decl = t.fn().param(i);
                if (decl == null) continue;
                for (Fn.Check c : t.fn().checks()) {
                    if (c.sanitises() && c.subject() instanceof Param cp && cp.index() == i && cp.path().isEmpty() && decl.name().equals(cp.name())) {
                        out.computeIfAbsent(a, k -> new java.util.TreeSet<>()).add(c.kind());
                    }
                }
            }
        }
        asserted.put(fn, out);
        return out;
    }

    /**
     * A caller search that nothing cut short: its flow (null: none), and what it took beyond the frame that asked:
     * levels up, recursion depth and visits. A later ask may reuse it only with as much of each left.
     */
    private record Searched(Flow flow, int levels, int depth, int visits) { }
    private long visits;
    private long traces;
    /** Per sink kind: sinks matched, traces, flows found, visits, nanoseconds (sink matching and traces). */
    private final Map<String, long[]> perKind = new java.util.TreeMap<>();

    public static TaintEngine of(Project p) {
        return p.derived(TaintEngine.class, x -> new TaintEngine(x, CallIndex.of(x), Models.builtin()));
    }

    public TaintEngine(Project project, CallIndex index, Models models) {
        this.project = project;
        this.index = index;
        this.models = models;
    }

    public CallIndex index() {
        return index;
    }

    public Models models() {
        return models;
    }

    /** Value nodes visited and traces run so far (for the scan's statistics). */
    public long visits() {
        return visits;
    }

    public long traces() {
        return traces;
    }

    /**
     * Every call that matches a sink model of {@code kind}, with the argument to check, in file and source order.
     * A {@code *.method} entry limited to {@code module}s only matches receivers rooted in one of them.
     */
    public synchronized List<SinkSite> sinks(String kind) {
        long t0 = System.nanoTime();
        List<SinkSite> out = new ArrayList<>();
        // a call's argument once (a call matched by two callees of a model): by path, place and argument (no key text made per site)
        record Seen(String path, int line, int column, int arg) { }
        java.util.Set<Seen> seen = new java.util.HashSet<>();
        for (Models.Sink s : models.sinks(kind)) {
            for (String callee : s.callees()) {
                for (CallIndex.Site site : index.sites(callee)) {
                    if (!s.modules().isEmpty()) {
                        String root = project.rootModule(site.cs().callee(), site.file());
                        if (root == null || !s.modules().contains(root.startsWith("node:") ? root.substring(5) : root)) continue;
                    }
                    List<Integer> args = new ArrayList<>();
                    int n = site.cs().args().size();
                    if (s.arg() == -2) for (int i = 0; i < n; i++) args.add(i);
                    else if (s.arg() == -1) { if (n > 0) args.add(n - 1); }
                    else if (s.arg() < n) args.add(s.arg());
                    for (int i : args) {
                        Val v = site.cs().arg(i);
                        if (s.field() != null) {
                            if (!(v instanceof Obj o) || !o.props().containsKey(s.field())) continue;
                            v = o.props().get(s.field());
                        }
                        if (seen.add(new Seen(site.file().path(), site.cs().location().line(), site.cs().location().column(), i))) out.add(new SinkSite(s, site, i, v));
                    }
                }
            }
        }
        sortByPlace(out);
        long[] st = stats(kind);
        st[0] += out.size();
        st[4] += System.nanoTime() - t0;
        return out;
    }

    /**
     * Sorts sites by their call's {@link Location#ORDER}, then by argument, as a stable sort with that comparator
     * does: each distinct path is compared with the others once (its rank among them), not in every comparison of two
     * sites (most sites of a large tree share a long path prefix with the ones they are compared with).
     */
    private static void sortByPlace(List<SinkSite> out) {
        if (out.size() < 2) return;
        java.util.Comparator<SinkSite> order = java.util.Comparator.comparing((SinkSite x) -> x.cs().location(), Location.ORDER)
                .thenComparingInt(SinkSite::arg);
        Map<String, Integer> rank = new java.util.HashMap<>();
        for (SinkSite x : out) {
            String path = x.cs().location().path();
            if (path == null) { // as the comparator answers (or fails) for it
                out.sort(order);
                return;
            }
            rank.put(path, 0);
        }
        List<String> paths = new ArrayList<>(rank.keySet());
        java.util.Collections.sort(paths);
        for (int i = 0; i < paths.size(); i++) rank.put(paths.get(i), i);
        record Ranked(int rank, SinkSite site) { }
        List<Ranked> ranked = new ArrayList<>(out.size());
        for (SinkSite x : out) ranked.add(new Ranked(rank.get(x.cs().location().path()), x));
        ranked.sort((a, b) -> {
            int c = Integer.compare(a.rank, b.rank);
            if (c != 0) return c;
            Location la = a.site.cs().location(), lb = b.site.cs().location();
            c = Integer.compare(la.line(), lb.line());
            if (c != 0) return c;
            c = Integer.compare(la.column(), lb.column());
            if (c != 0) return c;
            c = Integer.compare(la.endLine(), lb.endLine());
            if (c != 0) return c;
            c = Integer.compare(la.endColumn(), lb.endColumn());
            return c != 0 ? c : Integer.compare(a.site.arg(), b.site.arg());
        });
        for (int i = 0; i < ranked.size(); i++) out.set(i, ranked.get(i).site);
    }

    /** The first flow (in source order) from a request value to {@code s}'s argument, or null. */
    public Flow trace(SinkSite s) {
        Flow f = trace(s.value(), s.fn(), s.file(), s.model().kind(), s.cs());
        return f;
    }

    /**
     * The first flow from a request value into {@code v}, a value computed in {@code fn} of {@code file}, for
     * sinks of {@code kind}; {@code at} is the sink call (its enclosing conditions may sanitise), or null.
     */
    public synchronized Flow trace(Val v, Fn fn, FileFacts file, String kind, CallSite at) {
        // the handler of routes an earlier route always answers first, or a function of a file no process runs: no
        // request reaches it
        if (dev.backcheck.concepts.ImportIndex.unreached(project, fn, file)) return null;
        long t0 = System.nanoTime();
        long v0 = visits;
        traces++;
        Trace t = new Trace(kind, at);
        Flow f = t.find(v, new Frame(fn, file, null, null, null, 0), 0);
        long[] st = stats(kind);
        st[1]++;
        if (f != null) st[2]++;
        st[3] += visits - v0;
        st[4] += System.nanoTime() - t0;
        return f;
    }

    private long[] stats(String kind) {
        return perKind.computeIfAbsent(kind, k -> new long[5]);
    }

    /**
     * The engine's cost for the scan's statistics: building the call index, then per sink kind the sinks
     * matched, traces run, flows found, value nodes visited and time spent (matching and tracing).
     */
    public synchronized String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("call index %d ms, %d ms CPU (%d calls; naming %d ms, resolving %d ms), %d memo entries", index.buildNanos() / 1_000_000,
                index.buildCpuNanos() / 1_000_000, index.callCount(), index.keyNanos() / 1_000_000, index.calleeNanos() / 1_000_000, memo.size()));
        for (Map.Entry<String, long[]> e : perKind.entrySet()) {
            long[] st = e.getValue();
            sb.append(String.format("; %s: %d sinks, %d traces, %d flows, %d visits, %d ms", e.getKey(), st[0], st[1], st[2], st[3], st[4] / 1_000_000));
        }
        return sb.toString();
    }

    /** Where a call's arguments came from: the caller's frame, so a callee's parameter resolves to the caller's data. */
    private record Frame(Fn fn, FileFacts file, List<Val> args, Frame caller, Location callAt, int up) {
        Frame(Fn fn, FileFacts file, List<Val> args, Frame caller, Location callAt) {
            this(fn, file, args, caller, callAt, caller == null ? 0 : caller.up());
        }

        int depth() {
            int d = 0;
            for (Frame f = caller; f != null; f = f.caller) d++;
            return d;
        }
    }

    /**
     * A choice of two values under a {@code typeof .. === 'string'} test, one a literal (or undefined) and the other a
     * request value the function's {@code verdict} check names (the extractor records one for exactly this ternary:
     * the kept value is the tested one, the other a literal).
     */
    public static boolean typeofStringKept(OneOf o, Fn fn) {
        Val.Test t = o.test();
        if (t == null || o.options().size() != 2 || fn == null) return false;
        boolean typeofLeft = t.left() instanceof Unknown u && u.kind().equals("typeof");
        boolean typeofRight = t.right() instanceof Unknown u2 && u2.kind().equals("typeof");
        Val type = typeofLeft ? t.right() : typeofRight ? t.left() : null;
        if (type == null || !"string".equals(Val.constString(type)) || !(t.op().equals("==") || t.op().equals("!="))) return false;
        boolean keptFirst = t.op().equals("==") == t.holds();
        Val kept = o.options().get(keptFirst ? 0 : 1), other = o.options().get(keptFirst ? 1 : 0);
        if (!(other instanceof Lit || other instanceof Global g && g.name().equals("undefined") && g.path().isEmpty())) return false;
        if (!(kept instanceof Req q)) return false;
        for (Fn.Check c : fn.checks()) if (c.kind().equals("verdict") && q.equals(c.subject())) return true;
        return false;
    }

    private final class Trace {
        final String kind;
        final CallSite sinkCall;
        int budget = MAX_VISITS;
        /** Bumped whenever a search was cut short (a cycle, the visit budget, a depth limit): its answer then is not memoised. */
        int incomplete;
        /** The highest level up and the deepest recursion this trace reached (a memoised search records its own). */
        int reachUp;
        int reachDepth;
        /** Set while the key names of the value searched are asked ({@code Object.keys(o)}), not its values: see {@link Vals#keysOf}. */
        boolean keys;

        Trace(String kind, CallSite sinkCall) {
            this.kind = kind;
            this.sinkCall = sinkCall;
        }

        Flow find(Val v, Frame fr, int depth) {
            if (v == null) return null;
            if (depth > 60 || --budget < 0) {
                incomplete++;
                return null;
            }
            if (depth > reachDepth) reachDepth = depth;
            if (fr != null && fr.up() > reachUp) reachUp = fr.up();
            visits++;
            // handed to a project function that refuses it unless it passes a type, format or range check (an assertion
            // helper called before the use): checked as a rejecting guard of this function would check it
            if (fr != null && fr.fn() != null && fr.file() != null && !(v instanceof Lit)) {
                Set<String> kinds = assertedValues(fr.fn(), fr.file()).get(v);
                if (kinds != null && kinds.stream().anyMatch(this::sanitisingKind)) return null;
            }
            if ("length".equals(Vals.lastName(v)) && !(v instanceof Call)) return null; // x.length is a number
            Val keyed = Vals.keysOf(v);
            if (keyed != null) return keysOf(keyed, fr, depth);
            if (keys && v instanceof Obj o) {
                // an object literal's own keys are the code's names: only what a spread copies in may bring others
                List<Val> spreads = new ArrayList<>();
                for (Map.Entry<String, Val> e : o.props().entrySet()) if (e.getKey().startsWith("...")) spreads.add(e.getValue());
                return first(spreads, fr, depth);
            }
            if (keys && v instanceof Arr) return null; // an array's keys are its indexes
            if (v instanceof Req q) return request(q, fr);
            if (v instanceof Param p) return param(p, fr, depth);
            // string building ends flows of kinds that only fear non-strings (models: the "<template>"/"<concat>" sanitizers)
            if (v instanceof Tpl t) return models.sanitizes(TEMPLATE, kind) ? null : first(t.holes(), fr, depth);
            if (v instanceof Concat c) return models.sanitizes(CONCAT, kind) ? null : first(c.parts(), fr, depth);
            if (v instanceof Arr a) return first(a.items(), fr, depth);
            if (v instanceof OneOf o) return oneOf(o, fr, depth);
            if (v instanceof Obj o) return first(operands(o), fr, depth);
            if (v instanceof Member m) return member(m, fr, depth);
            // a helper's answer the sink call runs only after an allow-list or pattern test held for it (the same call,
            // inlined from one local: if (!/^[a-f0-9]{32}$/.test(name)) return 400; ... path.join(dir, name))
            if (v instanceof Call && fr != null && fr.up() == 0 && fr.args() == null && sinkGuarded(v)) return null;
            if (v instanceof Call c) return call(c.callee(), c.args(), false, c.site(), fr, depth);
            if (v instanceof New n) return call(n.callee(), n.args(), true, n.site(), fr, depth);
            if (v instanceof This t) return field(t, fr, depth);
            return null;
        }

        /** The key names of {@code o}: a flow from where the object came, through its spreads but not its literal keys' values. */
        Flow keysOf(Val o, Frame fr, int depth) {
            boolean was = keys;
            keys = true;
            try {
                return find(o, fr, depth + 1);
            } finally {
                keys = was;
            }
        }

        /**
         * The values of an object literal a flow of this kind may pass through. For operator injection ("nosql"), not the
         * operand of {@code $regex} or {@code $options}: MongoDB takes only a string (or a regex) there and Mongoose
         * casts it to one (an object throws a CastError), so a request value written only as a pattern cannot add an
         * operator to the filter that holds it ({@code { name: { $regex: search, $options: 'i' } }}); a pattern from the
         * client is injection/regex's concern.
         */
        List<Val> operands(Obj o) {
            if (!kind.equals("nosql")) return new ArrayList<>(o.props().values());
            List<Val> out = new ArrayList<>();
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                if (e.getKey().equals("$regex") || e.getKey().equals("$options")) continue;
                out.add(e.getValue());
            }
            return out;
        }

        /**
         * Either value of a choice. {@code ALLOWED.includes(x) ? `d.${x}` : 'd.created_at'}: the branch taken when an
         * allow-list holds x carries no flow of x's source (a flow there from the value the test looked up ends).
         */
        Flow oneOf(OneOf o, Frame fr, int depth) {
            Val.Test t = o.test();
            // typeof q === 'string' ? q : undefined: for operator injection the value goes on only as a string (an object
            // sent in its place becomes the literal), the extractor's verdict check naming the kept request value
            if (kind.equals("nosql") && fr != null && typeofStringKept(o, fr.fn())) return null;
            if (t == null || o.options().size() != 2 || !"truthy".equals(t.op()) || !(t.left() instanceof Call tc)) return first(o.options(), fr, depth);
            Val listed = null;
            for (Val a : tc.args()) if (allowListTest(tc, a)) listed = a;
            if (listed == null) return first(o.options(), fr, depth);
            // a list the client chose proves nothing about its members
            Val list = dev.backcheck.model.Analysis.receiver(tc.callee());
            if (list != null && find(list, fr, depth + 1) != null) return first(o.options(), fr, depth);
            int kept = t.holds() ? 0 : 1;
            Flow other = find(o.options().get(1 - kept), fr, depth + 1);
            if (other != null) return other;
            Flow f = find(o.options().get(kept), fr, depth + 1);
            if (f == null) return null;
            Flow of = find(listed, fr, depth + 1);
            return of != null && of.source().equals(f.source()) ? null : f;
        }

        Flow first(List<Val> parts, Frame fr, int depth) {
            for (Val p : parts) {
                Flow f = find(p, fr, depth + 1);
                if (f != null) return f;
            }
            return null;
        }

        /** A request value: a source unless the client does not choose it, or a guard checked it. */
        Flow request(Req q, Frame fr) {
            if (!isSource(q, kind)) return null;
            if (!q.path().isEmpty() && q.path().get(q.path().size() - 1).equals("length")) return null; // a number
            if (checked(q, fr)) return null;
            // a message an MCP server connected only over stdio is handed: from the local process that launched it
            if (dev.backcheck.concepts.McpServers.stdioHandler(index, fr.fn(), fr.file())) return null;
            if (validatedInput(q, fr)) return null;
            if (keys && strippedDtoKeys(q, fr.fn())) return null;
            if (schemaRestricted(q, fr)) return null;
            if (expressValidated(q, fr)) return null;
            // the read the sink's own call sees: inside its arguments, else the nearest before it in that function
            Location at = readLocation(fr.fn(), q, fr.caller() == null && fr.up() == 0 ? sinkCall : null);
            if (at == null) at = paramLocation(fr.fn(), q);
            if (at == null) at = fr.callAt() != null ? fr.callAt() : sinkCall != null ? sinkCall.location() : null;
            String what = java(fr) ? SpringSources.servletDescribe(q) : null;
            List<Location> steps = at == null ? List.of() : List.of(at.withMessage((what != null ? what : describe(q)) + " is read here"));
            return new Flow(q, steps, what);
        }

        /** True when a rejecting guard of the reading function checked the value's type, format or range, or the sink call runs only when it matched a constant. */
        boolean checked(Req q, Frame fr) {
            for (Frame f = fr; f != null; f = f.caller()) {
                // a callback literal runs inside the function that passes it: that function's guards hold too
                int up = 0;
                for (Fn g = f.fn(); g != null && up < 4; up++) {
                    for (Fn.Check c : g.checks()) {
                        if (!sanitises(c)) continue;
                        // typeof x === 'string' leaves any code, pattern or key a string can hold
                        if (c.kind().equals("type") && TYPE_CHECK_KEEPS.contains(kind)) continue;
                        // a URL that is a string of URL shape still names any host: only ranges (allow-lists) pin it
                        if (kind.equals("ssrf") && !c.kind().equals("range") || kind.equals("redirect") && c.kind().equals("type")) continue;
                        if (c.subject() instanceof Req s && s.part().equals(q.part()) && prefix(s.path(), q.path())) return true;
                    }
                    CallIndex.Callback cb = index.callback(g);
                    g = cb == null ? null : cb.site().fn();
                }
            }
            // the sink's own conditions speak of values of the sink's function only (a memoised caller search must not depend on them)
            return fr.up() == 0 && sinkGuarded(q);
        }

        /**
         * A rejecting check that ends a flow of this kind: a type, format or range test; for a file path also a record
         * looked up by the value and required to exist ({@code SELECT ... WHERE id = $1}, 404 when no row): the value
         * then equals a key the database holds, which the server issued, and a {@code ../} sent instead matches no row.
         */
        boolean sanitises(Fn.Check c) {
            return c.sanitises() || kind.equals("path") && c.kind().equals("exists");
        }

        /** A rejecting check of this kind ends a flow of this trace's kind (as in {@link #checked}). */
        boolean sanitisingKind(String k) {
            if (k.equals("type") && TYPE_CHECK_KEEPS.contains(kind)) return false;
            return !(kind.equals("ssrf") && !k.equals("range") || kind.equals("redirect") && k.equals("type"));
        }

        /** allowed.includes(x), ALLOWED.has(x), /^[a-z]+$/.test(x), isValidX(x) holding. */
        boolean allowListTest(Call c, Val q) {
            String m = Vals.lastName(c.callee());
            if (m == null) return false;
            boolean subjectIsArg = c.args().stream().anyMatch(a -> same(a, q));
            // a URL's shape (regex, isURL) leaves its host open; the ssrf rule judges host patterns itself
            if (kind.equals("ssrf")) return subjectIsArg && (m.equals("includes") || m.equals("has") || m.equals("contains"));
            // Java: ALLOWED.contains(x), x.matches("[a-z0-9]+") with a narrow pattern
            if (subjectIsArg && (m.equals("contains") || m.equals("containsKey"))) return true;
            if (m.equals("matches") && c.args().size() == 1 && same(dev.backcheck.model.Analysis.receiver(c.callee()), q)
                    && Val.constString(c.args().get(0)) != null && SpringSources.narrowJavaPattern(Val.constString(c.args().get(0)))) return true;
            if (subjectIsArg && (m.equals("includes") || m.equals("has") || m.equals("test") || m.startsWith("isValid")
                    || m.startsWith("is") && m.length() > 2 && Character.isUpperCase(m.charAt(2)))) return true;
            return false;
        }

        /** {@code v} is {@code q} or a value {@code q} is read from (a guard on {@code req.query} covers {@code req.query.x}). */
        boolean same(Val v, Val q) {
            if (q instanceof Req rq) return v instanceof Req r && r.part().equals(rq.part()) && prefix(r.path(), rq.path());
            if (q instanceof Param pq) return v instanceof Param p && p.index() == pq.index() && p.name().equals(pq.name()) && prefix(p.path(), pq.path());
            return v != null && v.equals(q);
        }

        /** {@code o.x} of an object literal whose {@code x} was not written: the spreads' {@code x} (and a later write's); else the object. */
        Flow member(Member m, Frame fr, int depth) {
            // one element of a split on the path separator (name.split('/')[1]) holds no separator: like basename
            if (kind.equals("path") && m.prop().chars().allMatch(Character::isDigit) && !m.prop().isEmpty()
                    && separatorSplit(m.object())) return null;
            if (m.object() instanceof Obj o && !m.prop().equals("*")) {
                List<Val> parts = new ArrayList<>();
                for (Map.Entry<String, Val> e : o.props().entrySet()) {
                    if (e.getKey().startsWith("...")) parts.add(Val.member(e.getValue(), m.prop()));
                    else if (e.getKey().equals(m.prop())) parts.add(e.getValue());
                }
                return first(parts, fr, depth);
            }
            // planFile(kind, id, name).filename: that property of what a project function returns, when it returns
            // object literals only (a name built from constants beside a directory built from the id)
            if (m.object() instanceof Call c && !m.prop().equals("*") && fr.fn() != null && fr.depth() < MAX_CALL_DEPTH) {
                Project.FnRef target = index.resolve(c.callee(), false, fr.file(), fr.fn());
                if (target != null && target.fn() != fr.fn() && !target.fn().returns().isEmpty()
                        && target.fn().returns().stream().allMatch(r -> r instanceof Obj)) {
                    Frame inner = new Frame(target.fn(), target.file(), c.args(), fr, c.site());
                    String name = label(target.fn());
                    for (Val r : target.fn().returns()) {
                        for (Map.Entry<String, Val> e : ((Obj) r).props().entrySet()) {
                            Val part = e.getKey().startsWith("...") ? Val.member(e.getValue(), m.prop()) : e.getKey().equals(m.prop()) ? e.getValue() : null;
                            if (part == null) continue;
                            Flow f = find(part, inner, depth + 1);
                            if (f != null) return f.then(c.site(), "returned by " + name + " as ." + m.prop());
                        }
                    }
                    return null;
                }
            }
            return find(m.object(), fr, depth + 1);
        }

        /** A project function as flow messages name it: {@code plan()}, or "a function" when it has no name. */
    private static String label(Fn fn) {
        return fn.name().isEmpty() ? "a function" : fn.name() + "()";
    }

    /** {@code x.split('/')} or {@code x.split('\\')}: its elements carry no path separator. */
        boolean separatorSplit(Val v) {
            if (!(v instanceof Call c) || !"split".equals(Vals.lastName(c.callee())) || c.args().isEmpty()) return false;
            String sep = Val.constString(c.args().get(0));
            return "/".equals(sep) || "\\".equals(sep);
        }

        /**
         * {@code name.substring(name.lastIndexOf('.'))} (or {@code + 1}, slice, substr) and {@code name.split('.').pop()}:
         * the text after the last dot of a name, which holds no dot itself (a '..' segment needs two).
         */
        boolean extensionCut(Val callee, List<Val> args) {
            String m = Vals.lastName(callee);
            if ("pop".equals(m) && args.isEmpty() && callee instanceof Member pm && pm.object() instanceof Call sc
                    && "split".equals(Vals.lastName(sc.callee())) && sc.args().size() == 1 && ".".equals(Val.constString(sc.args().get(0)))) return true;
            if (!Set.of("substring", "slice", "substr").contains(String.valueOf(m)) || args.size() != 1) return false;
            Val from = args.get(0);
            if (from instanceof Concat c && c.parts().size() == 2 && c.parts().get(1) instanceof Lit n && n.value() instanceof Double) from = c.parts().get(0);
            Val recv = dev.backcheck.model.Analysis.receiver(callee);
            return from instanceof Call li && "lastIndexOf".equals(Vals.lastName(li.callee())) && li.args().size() == 1
                    && ".".equals(Val.constString(li.args().get(0))) && recv != null && recv.equals(dev.backcheck.model.Analysis.receiver(li.callee()));
        }

        /** A parameter: the caller's argument when the frame knows it; else every caller (memoised), or the receiver of a callback. */
        Flow param(Param p, Frame fr, int depth) {
            Fn own = fr.fn();
            if (own != null && !ownParam(own, p)) {
                // a closure reads a parameter of the function it is written in
                Fn outer = index.parentOf(own);
                for (int i = 0; outer != null && i < 20 && !ownParam(outer, p); i++) outer = index.parentOf(outer);
                if (outer != null) return param(p, new Frame(outer, fr.file(), null, null, null, fr.up()), depth + 1);
                // a parameter of a function written inside this one (or one it is written in) that put it into a value
                // read here (sets.push(`${col} = $1`) in a local helper, in an array callback): never bound to this
                // function's arguments; a local helper's is followed to its calls, a callback's is not followed (the
                // checks its list went through, keys.filter(k => !(k in COLUMNS)) answered 400, are not known here)
                List<Fn> decl = nestedDeclaring(own, p);
                if (!decl.isEmpty()) {
                    for (Fn g : decl) {
                        if (index.callback(g) != null) continue;
                        FileFacts gf = index.fileOf(g) != null ? index.fileOf(g) : fr.file();
                        Flow f = param(p, new Frame(g, gf, null, null, null, fr.up()), depth + 1);
                        if (f != null) return f;
                    }
                    return null;
                }
            }
            Fn.Param decl = own == null ? null : own.param(p.index());
            if (decl != null && !p.path().isEmpty() && p.path().get(0).equals("req") && honoContext(decl)) {
                // Hono's c.req.path is the pathname of the Fetch Request's URL, which the WHATWG URL parser built with its
                // dot segments ('..', '%2e%2e', backslashes) resolved (on @hono/node-server too, which makes the Request
                // from the incoming URL): no '../' is left to climb out of a directory it is joined to
                if (kind.equals("path") && p.path().equals(List.of("req", "path"))) return null;
                // Hono: c.req.url, c.req.path, c.req.raw.headers
                Val r = new Req("raw", List.of());
                for (String seg : p.path().subList(1, p.path().size())) r = Val.member(r, seg);
                return find(r, fr, depth + 1);
            }
            if (own != null) {
                // a rejecting guard in this function checked the parameter's type, format or range
                for (Fn.Check c : own.checks()) {
                    if (sanitises(c) && c.subject() instanceof Param cp && cp.index() == p.index() && prefix(cp.path(), p.path())) return null;
                }
            }
            if (fr.up() == 0 && fr.args() == null && sinkGuarded(p)) return null;
            if (decl != null && java(fr)) {
                // a Java parameter declared as a number, UUID, date or boolean holds no text whoever calls it
                if (p.path().isEmpty() && !SpringSources.injectable(decl.type())) return null;
                if (fr.args() == null && own != null) {
                    // a Spring MVC / JAX-RS handler parameter bound to the request (@RequestParam, @RequestBody, a command object)
                    FileFacts file = index.fileOf(own) != null ? index.fileOf(own) : fr.file();
                    Req q = SpringSources.request(project, own, decl, p, file);
                    if (q != null) {
                        if (!isSource(q, kind) || SpringSources.restricted(project, decl, p.path(), file)) return null;
                        Location at = decl.location();
                        String what = SpringSources.describe(decl, q);
                        return new Flow(q, at == null ? List.of() : List.of(at.withMessage(what + " is read here")), what);
                    }
                }
            }
            if (fr.args() == null && own != null && graphqlArgs(own).contains(p.index())) {
                // a GraphQL resolver's arguments come from the client's query (the request body)
                Req q = new Req("args", p.path());
                if (!isSource(q, kind)) return null;
                if (keys && p.path().isEmpty() && graphqlInputClass(decl, index.fileOf(own) != null ? index.fileOf(own) : fr.file())) return null;
                // @Args('filters') filters: FiltersInput whose field carries @IsEnum/@IsInt..., with a ValidationPipe: no free text
                FileFacts declFile = index.fileOf(own) != null ? index.fileOf(own) : fr.file();
                if (decl != null && !p.path().isEmpty() && nestValidationPipe() && restrictedDtoField(decl.type(), p.path(), declFile)) return null;
                Location at = decl != null && decl.location() != null ? decl.location() : own.location();
                return new Flow(q, at == null ? List.of() : List.of(at.withMessage(describe(q) + " (GraphQL arguments) is read here")));
            }
            if (fr.args() != null) {
                if (p.index() >= fr.args().size()) return null;
                Val a = fr.args().get(p.index());
                for (String s : p.path()) a = Val.member(a, s);
                return find(a, fr.caller(), depth + 1);
            }
            Fn fn = fr.fn();
            if (fn == null) return null;
            // a tRPC resolver's input and request context (the concept says which parameters are request values)
            Val trpc = dev.backcheck.concepts.TrpcRouters.of(project).requestValue(fn, p);
            if (trpc != null) return find(trpc, fr, depth + 1);
            // a GraphQL resolver's context field its server copied from the request (ctx.token, context.req.body)
            Val gqlCtx = dev.backcheck.concepts.GraphqlServers.of(project).contextValue(fn, p);
            if (gqlCtx != null) return find(gqlCtx, fr, depth + 1);
            CallIndex.Callback cb = index.callback(fn);
            if (cb != null) return callbackParam(p, fn, cb, fr, depth);
            if (fr.up() >= MAX_CALL_DEPTH) {
                incomplete++;
                return null;
            }
            String key = System.identityHashCode(fn) + "#" + p.index() + "#" + String.join(".", p.path()) + "#" + kind + (keys ? "#keys" : "")
                    + "#" + fr.file().path() + ":" + fn.location().line() + ":" + fn.location().column();
            Object m = memo.get(key);
            if (m == BUSY) {
                incomplete++; // a cycle: what the outer search finds is the answer
                return null;
            }
            // reused only where a fresh search would not be cut either (levels, depth and visits left), as if run again
            if (m instanceof Searched done && fr.up() + done.levels() < MAX_CALL_DEPTH && depth + done.depth() <= 60
                    && budget - done.visits() >= 0) {
                budget -= done.visits();
                reachUp = Math.max(reachUp, fr.up() + done.levels());
                reachDepth = Math.max(reachDepth, depth + done.depth());
                return done.flow();
            }
            memo.put(key, BUSY);
            int cut = incomplete;
            Object before = m;
            int outerUp = reachUp, outerDepth = reachDepth, budgetAtStart = budget;
            reachUp = fr.up();
            reachDepth = depth;
            Flow found = null;
            String name = fn.name().isEmpty() ? "a function" : fn.name() + "()";
            String pname = fn.param(p.index()) == null ? "#" + p.index() : fn.param(p.index()).name();
            if (pname.startsWith("{") && !p.path().isEmpty()) pname = p.path().get(0); // createDb({ dbName }): "as dbName"
            for (CallIndex.Site s : index.callers(fn)) {
                Val a = s.cs().arg(p.index());
                if (a == null || dev.backcheck.concepts.ImportIndex.unreached(project, s.fn(), s.file())) continue;
                for (String seg : p.path()) a = Val.member(a, seg);
                Flow f = find(a, new Frame(s.fn(), s.file(), null, null, null, fr.up() + 1), depth + 1);
                if (f != null) {
                    found = f.then(s.cs().argLocation(p.index()), "passed to " + name + " as " + pname);
                    break;
                }
            }
            // an answer is kept only when nothing was cut short (a cut one depends on where the search was asked from)
            if (incomplete == cut) memo.put(key, new Searched(found, reachUp - fr.up(), reachDepth - depth, budgetAtStart - budget));
            else if (before instanceof Searched) memo.put(key, before); // kept for asks with more left
            else memo.remove(key);
            reachUp = Math.max(outerUp, reachUp);
            reachDepth = Math.max(outerDepth, reachDepth);
            return found;
        }

        /** True when {@code p} names a parameter of {@code fn} (by position and name). */
        /** The functions written inside {@code fn}'s outermost enclosing function that declare {@code p} (by index and name). */
        List<Fn> nestedDeclaring(Fn fn, Param p) {
            Fn root = fn;
            for (int i = 0; i < 20 && index.parentOf(root) != null; i++) root = index.parentOf(root);
            List<Fn> out = new ArrayList<>();
            java.util.ArrayDeque<Fn> todo = new java.util.ArrayDeque<>(root.nested());
            for (int n = 0; !todo.isEmpty() && n < 400; n++) {
                Fn g = todo.pop();
                if (ownParam(g, p) && !out.contains(g)) out.add(g);
                todo.addAll(g.nested());
            }
            return out;
        }

        boolean ownParam(Fn fn, Param p) {
            Fn.Param d = fn.param(p.index());
            return d != null && d.name().equals(p.name());
        }

        /** The sink call runs only when {@code p} equals a constant or passed an allow-list test. */
        boolean sinkGuarded(Val p) {
            if (sinkCall == null) return false;
            for (CallSite.Guard g : sinkCall.guards()) {
                if (!g.holds()) continue;
                if (g.op().equals("==") && (same(g.left(), p) && Vals.isData(g.right()) || same(g.right(), p) && Vals.isData(g.left()))) return true;
                if (g.op().equals("truthy") && g.left() instanceof Call c && allowListTest(c, p)) return true;
            }
            return false;
        }

        /** {@code list.forEach(x => ...)}, {@code p.then(v => ...)}: the parameter is an element (or the value) of the receiver. */
        Flow callbackParam(Param p, Fn fn, CallIndex.Callback cb, Frame fr, int depth) {
            CallSite cs = cb.site().cs();
            String m = cs.methodName();
            Val recv = dev.backcheck.model.Analysis.receiver(cs.callee());
            if (recv == null || m == null || p.index() != 0) return null;
            Val elem = switch (m) {
                case "forEach", "map", "flatMap", "filter", "find", "some", "every", "findIndex" -> Val.member(recv, "*");
                case "then", "finally" -> recv;
                default -> null;
            };
            if (elem == null) return null;
            for (String s : p.path()) elem = Val.member(elem, s);
            return find(elem, new Frame(cb.site().fn(), cb.site().file(), null, null, null, fr.up()), depth + 1);
        }

        /**
         * {@code this.x}: what the class stores in the field: the value it is declared or first assigned with
         * (a constructor's or method's parameter is followed to that function's callers, {@code new C(...)} included),
         * or a constructor parameter property ({@code constructor(private readonly x: string)}).
         */
        Flow field(This t, Frame fr, int depth) {
            if (t.path().isEmpty() || fr.fn() == null) return null;
            ClassInfo owner = index.ownerOf(fr.fn());
            if (owner == null) return null;
            String name = t.path().get(0);
            List<String> rest = t.path().subList(1, t.path().size());
            FileFacts file = index.fileOf(fr.fn()) != null ? index.fileOf(fr.fn()) : fr.file();
            // the class, then the classes it extends
            for (int level = 0; owner != null && level < 4; level++) {
                for (ClassInfo.Prop prop : owner.props()) {
                    if (!prop.name().equals(name) || prop.value() == null) continue;
                    Val v = prop.value();
                    if (v instanceof FnVal) return null;
                    for (String seg : rest) v = Val.member(v, seg);
                    Fn in = methodAt(owner, prop.location());
                    Flow f = find(v, new Frame(in, file, null, null, null, fr.up()), depth + 1);
                    return f == null ? null : f.then(prop.location(), "stored in this." + name);
                }
                Fn ctor = owner.method("constructor");
                if (ctor != null) {
                    for (int i = 0; i < ctor.params().size(); i++) {
                        if (!ctor.params().get(i).name().equals(name)) continue;
                        Flow f = param(new Param(i, name, List.copyOf(rest)), new Frame(ctor, file, null, null, null, fr.up()), depth + 1);
                        return f == null ? null : f.then(ctor.params().get(i).location(), "stored in this." + name);
                    }
                }
                // a getter (get cmd() { return ... }): what it returns
                Fn getter = owner.method(name);
                if (getter != null && getter.params().isEmpty() && !name.equals("constructor")) {
                    Frame gf = new Frame(getter, file, null, null, null, fr.up());
                    for (Val r : getter.returns()) {
                        Val v = r;
                        for (String seg : rest) v = Val.member(v, seg);
                        Flow f = find(v, gf, depth + 1);
                        if (f != null) return f.then(getter.location(), "returned by this." + name);
                    }
                    return null;
                }
                Project.ClassHit up = null;
                try {
                    up = owner.superClass() == null ? null : project.classOf(owner.superClass(), file);
                } catch (RuntimeException e) {
                    up = null;
                }
                owner = up == null ? null : up.info();
                file = up == null ? file : up.file();
            }
            return null;
        }

        /** The method of {@code c} whose body holds {@code at}, or null (a field initialiser). */
        Fn methodAt(ClassInfo c, Location at) {
            if (at == null) return null;
            for (Fn m : c.methods()) {
                Location l = m.location();
                boolean afterStart = at.line() > l.line() || at.line() == l.line() && at.column() >= l.column();
                boolean beforeEnd = at.line() < l.endLine() || at.line() == l.endLine() && at.column() <= l.endColumn();
                if (afterStart && beforeEnd) return m;
            }
            return null;
        }

        /** Hono's context parameter ({@code c: Context}, or an untyped {@code c}/{@code ctx}). */
        boolean honoContext(Fn.Param d) {
            String t = d.type();
            if (t != null) return t.equals("Context") || t.endsWith(".Context") || t.endsWith("Context") && !t.endsWith("ExecutionContext");
            return d.name().equals("c") || d.name().equals("ctx");
        }

        /**
         * Input a NestJS pipe validated before the handler ran: {@code @Param('id', ParseIntPipe)}, or a field of a
         * {@code @Body() dto: Dto} whose class-validator decorators admit no free text, with a ValidationPipe in the project.
         */
        boolean validatedInput(Req q, Frame fr) {
            Fn fn = fr.fn();
            if (fn == null) return false;
            for (Fn.Param p : fn.params()) {
                for (dev.backcheck.lang.facts.Decorator d : p.decorators()) {
                    String part = d.inputPart();
                    if (part == null || !part.equals(q.part())) continue;
                    String field = d.args().isEmpty() ? null : Val.constString(d.args().get(0));
                    if (field != null) {
                        if (q.path().isEmpty() || !q.path().get(0).equals(field)) continue;
                        for (Val a : d.args()) if (parsePipe(a)) return true;
                        continue;
                    }
                    for (Val a : d.args()) if (parsePipe(a)) return true;
                    if (q.path().isEmpty() || !nestValidationPipe()) continue;
                    FileFacts file = index.fileOf(fn) != null ? index.fileOf(fn) : fr.file();
                    if (restrictedDtoField(p.type(), q.path(), file)) return true;
                }
            }
            return false;
        }

        /**
         * A Fastify route schema that admits no free text in the field read: {@code { type: 'integer' }}, an
         * {@code enum}/{@code const}, a narrow {@code format} or anchored {@code pattern}, TypeBox's
         * {@code Type.Integer()}/{@code Type.Literal()}/{@code Type.Enum()}. The handler is the function literal
         * handed to the registration ({@code app.post(url, { schema }, handler)}, {@code app.route({ schema, handler })}).
         */
        boolean schemaRestricted(Req q, Frame fr) {
            if (q.path().isEmpty() || fr.fn() == null) return false;
            CallIndex.Callback cb = index.callback(fr.fn());
            if (cb == null) {
                // a handler named in the registration (controller.list.bind(controller), bound.list of an object of bound
                // methods): every Fastify route it serves must restrict the field
                List<Registration> regs = fastifyRegistrations(fr.fn());
                if (regs.isEmpty()) return false;
                for (Registration r : regs) if (!schemaRestricted(q, r.cs(), r.file())) return false;
                return true;
            }
            return schemaRestricted(q, cb.site().cs(), cb.site().file());
        }

        /** True when a {@code schema} of the options handed to the registration {@code reg} narrows the field {@code q} reads. */
        boolean schemaRestricted(Req q, CallSite reg, FileFacts f) {
            for (Val a : reg.args()) {
                if (!(resolved(a, f) instanceof Obj opts) || !(resolved(opts.props().get("schema"), f) instanceof Obj schema)) continue;
                Val part = switch (q.part()) {
                    case "body" -> schema.props().get("body");
                    case "query" -> schema.props().containsKey("querystring") ? schema.props().get("querystring") : schema.props().get("query");
                    case "params" -> schema.props().get("params");
                    case "headers" -> schema.props().get("headers");
                    default -> null;
                };
                Val field = schemaField(resolved(part, f), q.path().get(0), f);
                if (field != null && narrowSchema(resolved(field, f), f)) return true;
            }
            return false;
        }

        /**
         * An express-validator chain of the route narrows the field and the route refuses the request when the result
         * holds errors ({@link dev.backcheck.concepts.ExpressValidators}): {@code router.get(p, [query('id').isUUID()],
         * (req, res) => { if (!validationResult(req).isEmpty()) return res.status(400)...; ... })}.
         */
        boolean expressValidated(Req q, Frame fr) {
            if (q.path().isEmpty() || fr.fn() == null) return false;
            CallIndex.Callback cb = index.callback(fr.fn());
            if (cb == null) return false;
            return dev.backcheck.concepts.ExpressValidators.narrowed(project, q, fr.fn(), cb.site().cs(), cb.site().file());
        }

        Val resolved(Val v, FileFacts f) {
            if (v == null) return null;
            try {
                return project.resolve(v, f).val();
            } catch (RuntimeException e) {
                return v;
            }
        }

        /** The schema of property {@code name} of an object schema (JSON schema {@code properties}, or TypeBox {@code Type.Object({...})}). */
        Val schemaField(Val schema, String name, FileFacts f) {
            if (schema instanceof Obj o && resolved(o.props().get("properties"), f) instanceof Obj props) return props.props().get(name);
            if (schema instanceof Call c && "Object".equals(Vals.lastName(c.callee())) && !c.args().isEmpty()
                    && resolved(c.args().get(0), f) instanceof Obj props) return props.props().get(name);
            return null;
        }

        boolean narrowSchema(Val s, FileFacts f) {
            if (s instanceof Obj o) {
                if (o.props().containsKey("enum") || o.props().containsKey("const")) return true;
                String type = Val.constString(resolved(o.props().get("type"), f));
                if (type != null && Set.of("integer", "number", "boolean", "null").contains(type)) return true;
                String format = Val.constString(resolved(o.props().get("format"), f));
                if (format != null && Set.of("uuid", "date", "date-time", "time", "ipv4", "ipv6", "hostname", "duration").contains(format)) return true;
                String pattern = Val.constString(resolved(o.props().get("pattern"), f));
                return pattern != null && anchoredNarrow(pattern);
            }
            if (s instanceof Call c) {
                String m = Vals.lastName(c.callee());
                if (m == null) return false;
                if (Set.of("Integer", "Number", "Boolean", "Literal", "Enum", "Null").contains(m)) return true;
                if (m.equals("String") && !c.args().isEmpty()) return narrowSchema(resolved(c.args().get(0), f), f);
                if (m.equals("Union")) {
                    // Type.Union([Type.Literal('a'), Type.Literal('b')])
                    return !c.args().isEmpty() && resolved(c.args().get(0), f) instanceof Arr arr && !arr.items().isEmpty()
                            && arr.items().stream().allMatch(x -> narrowSchema(resolved(x, f), f));
                }
            }
            return false;
        }

        boolean parsePipe(Val v) {
            String n = Vals.lastName(v);
            return n != null && PARSE_PIPES.contains(n);
        }

        /** True when the field at {@code path} of DTO class {@code type} (nested DTOs followed) carries a restrictive class-validator decorator. */
        boolean restrictedDtoField(String type, List<String> path, FileFacts file) {
            Project.ClassHit h = type == null ? null : project.classNamed(type, file);
            for (int i = 0; h != null && i < path.size(); i++) {
                ClassInfo.Prop prop = dtoProp(h, path.get(i), 0);
                if (prop == null) return false;
                for (dev.backcheck.lang.facts.Decorator d : prop.decorators()) if (restrictive(d)) return true;
                String t = prop.type();
                if (t == null || i == path.size() - 1) return false;
                h = project.classNamed(t.endsWith("[]") ? t.substring(0, t.length() - 2) : t, h.file());
                if (t.endsWith("[]") && i + 1 < path.size()) i++; // dto.items[0].x: skip the index
            }
            return false;
        }

        /** A field of a DTO class or of the class it extends ({@code extends PartialType(CreateDto)} too). */
        ClassInfo.Prop dtoProp(Project.ClassHit h, String name, int depth) {
            for (ClassInfo.Prop p : h.info().props()) if (p.name().equals(name)) return p;
            Val sup = h.info().superClass();
            if (sup == null || depth > 4) return null;
            if (sup instanceof Call c && !c.args().isEmpty()) sup = c.args().get(0); // PartialType(CreateDto), PickType(...)
            Project.ClassHit up;
            try {
                up = project.classOf(sup, h.file());
            } catch (RuntimeException e) {
                up = null;
            }
            return up == null ? null : dtoProp(up, name, depth + 1);
        }

        boolean restrictive(dev.backcheck.lang.facts.Decorator d) {
            if (RESTRICTIVE_VALIDATORS.contains(d.name())) return true;
            // @Matches(/^[a-z0-9-]+$/): an anchored pattern without a wildcard
            if (d.name().equals("Matches") && d.arg(0) instanceof Regex r) return anchoredNarrow(r.pattern());
            return false;
        }

        Flow call(Val callee, List<Val> args, boolean isNew, Location site, Frame fr, int depth) {
            // a Java bean getter on request data or a parameter (dto.getName(), cookie.getValue()): that field
            if (args.isEmpty() && !isNew && java(fr)) {
                Val field = SpringSources.getter(callee);
                if (field != null) return find(field, fr, depth + 1);
            }
            List<String> keys = index.keys(callee, isNew, fr.fn(), fr.file());
            // a client-chosen value a Java library object hands out (MultipartFile.getOriginalFilename())
            if (java(fr)) {
                Req lib = SpringSources.libraryRequest(keys);
                if (lib != null) {
                    if (!isSource(lib, kind)) return null;
                    String what = "`" + Vals.lastName(callee) + "()`";
                    return new Flow(lib, site == null ? List.of() : List.of(site.withMessage(what + " is read here")), what);
                }
            }
            // a sanitiser named exactly for this kind (String() for nosql) ends the flow; else a propagator named
            // exactly (JSON.parse) wins over a sanitiser named by method only (*.parse)
            if (models.sanitizesExactly(keys, kind)) return null;
            Models.Propagator exact = models.exactPropagator(keys);
            if (exact != null) {
                if (exact.arg() == -2) return first(args, fr, depth);
                return exact.arg() < args.size() ? find(args.get(exact.arg()), fr, depth + 1) : null;
            }
            if (models.sanitizes(keys, kind)) return null;
            String m = Vals.lastName(callee);
            // a file name's extension (name.substring(name.lastIndexOf('.')), name.split('.').pop()) holds no '.' past its
            // first character: no '..' segment to climb out with, as path.extname's answer
            if (kind.equals("path") && extensionCut(callee, args)) return null;
            // the last or first element of a split on the path separator (name.split('/').pop()) holds no separator
            if (kind.equals("path") && callee instanceof Member cm && Set.of("pop", "shift").contains(cm.prop())
                    && separatorSplit(cm.object())) return null;
            if (RegexEscape.sanitizes(kind, m, args)) return null; // s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            if (RegexEscape.stripsPathSeparators(kind, m, args)) return null; // name.replace(/[^a-zA-Z0-9-]/g, '')
            // id.replace(/\.\./g, '').replace(/\//g, '').replace(/\\/g, ''): the chain drops both separators
            if (kind.equals("path") && ("replace".equals(m) || "replaceAll".equals(m))
                    && RegexEscape.separatorsStrippedByChain(new Call(callee, args, null)).size() == 2) return null;
            // table.replace(/[^a-z0-9_]/gi, ''); phone.replace(/\D/g, '') spliced into a $where string: no quote to close
            if ((kind.equals("sql") || kind.equals("nosql-code")) && RegexEscape.stripsToWordChars(m, args)) return null;
            // Object.keys(data).filter(k => isValidFieldName(k)): only keys an anchored identifier pattern accepts are kept
            if (kind.equals("sql") && "filter".equals(m) && args.size() == 1 && args.get(0) instanceof FnVal fv && keepsIdentifiers(fv.fn(), fr.file(), 0)) return null;
            // Java: name.replaceAll("[\\\\/:*?]", "") drops both path separators
            if (kind.equals("path") && java(fr) && ("replaceAll".equals(m) || "replace".equals(m)) && args.size() == 2
                    && "".equals(Val.constString(args.get(1))) && separatorClass(Val.constString(args.get(0)))) return null;
            // a method on a path-carrying value (req.body.name.trim(), req.get('host')): the receiver's data
            if (callee instanceof Req q && !q.path().isEmpty()) {
                String last = q.path().get(q.path().size() - 1);
                Req recv = new Req(q.part(), q.path().subList(0, q.path().size() - 1));
                if (q.part().equals("raw") && recv.path().isEmpty() && Set.of("get", "header").contains(last) && !args.isEmpty()) {
                    String h = Val.constString(args.get(0));
                    return request(new Req("headers", h == null ? List.of() : List.of(h.toLowerCase(java.util.Locale.ROOT))), fr);
                }
                if (q.part().equals("raw") && recv.path().isEmpty() && last.equals("param") && !args.isEmpty()) {
                    String h = Val.constString(args.get(0));
                    return request(new Req("params", h == null ? List.of() : List.of(h)), fr);
                }
                if (STRING_METHODS.contains(last) || ELEMENT_METHODS.contains(last)) {
                    Flow f = find(recv, fr, depth + 1);
                    return f != null ? f : STRING_METHODS.contains(last) && !POSITION_ARGS.contains(last) ? first(args, fr, depth) : null;
                }
                return null;
            }
            Models.Propagator prop = models.propagator(keys);
            if (prop != null) {
                Flow f = prop.arg() == -2 ? first(args, fr, depth) : prop.arg() < args.size() ? find(args.get(prop.arg()), fr, depth + 1) : null;
                // and the receiver's data (Buffer.from(x).toString()), unless it is a module or a global (JSON.parse)
                Val pr = dev.backcheck.model.Analysis.receiver(callee);
                if (f == null && pr != null && !(pr instanceof Ref) && !(pr instanceof Global)) f = find(pr, fr, depth + 1);
                return f;
            }
            Val recv = dev.backcheck.model.Analysis.receiver(callee);
            if (m != null && recv != null && (STRING_METHODS.contains(m) || ELEMENT_METHODS.contains(m)) && !(recv instanceof Ref) && !(recv instanceof Global)) {
                Flow f = find(recv, fr, depth + 1);
                if (f != null) return f;
                if (STRING_METHODS.contains(m) && !POSITION_ARGS.contains(m)) return first(args, fr, depth);
                return null;
            }
            // a project function: what it returns, with its parameters bound to these arguments
            if (fr.fn() != null && fr.depth() >= MAX_CALL_DEPTH) incomplete++;
            if (fr.fn() != null && fr.depth() < MAX_CALL_DEPTH) {
                Project.FnRef target = index.resolve(callee, isNew, fr.file(), fr.fn());
                if (target != null && target.fn() != fr.fn()) {
                    Frame inner = new Frame(target.fn(), target.file(), args, fr, site);
                    String name = label(target.fn());
                    // (a value returned only while an allow-list holds it is the choice that test makes: Fn.returnValue)
                    for (Val r : target.fn().returnValues()) {
                        Flow f = find(r, inner, depth + 1);
                        if (f != null) return f.then(site, "returned by " + name);
                    }
                    return null;
                }
            }
            // await-free promise helpers and unknown library calls: data the client did not choose
            return null;
        }
    }

    /**
     * The request value a Java handler parameter is bound to by Spring MVC or JAX-RS ({@code @RequestParam q}, a
     * {@code @RequestBody} DTO, a command object), or null: for rules that judge a parameter the engine found no flow from.
     */
    public Req requestParam(Fn fn, Param p, FileFacts file) {
        if (fn == null || file == null || !"java".equals(file.language())) return null;
        Fn.Param decl = fn.param(p.index());
        if (decl == null || !decl.name().equals(p.name())) return null;
        try {
            return SpringSources.request(project, fn, decl, p, file);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A regular expression character class holding both path separators ({@code [\\/:*?]}). */
    private static boolean separatorClass(String re) {
        return re != null && re.startsWith("[") && re.contains("/") && re.contains("\\\\");
    }

    private static boolean java(Frame fr) {
        return fr.file() != null && "java".equals(fr.file().language());
    }

    private java.util.IdentityHashMap<Fn, List<dev.backcheck.model.Route>> routesByHandler;

    /**
     * The key names of request part {@code q} (the whole part) as a NestJS handler receives it in a parameter typed by
     * a class ({@code @Query() dto: SearchDto}) on a route whose ValidationPipe whitelists: the pipe deletes (or with
     * forbidNonWhitelisted refuses) every property the class declares no class-validator decorator for, so the keys
     * left are names the code wrote ({@code Object.entries(dto)} spliced as column names). An interface or a plain
     * object type leaves the pipe nothing to check; the values stay the client's.
     */
    /**
     * The key names of {@code v} read in {@code fn} are names the code declared: a NestJS DTO behind a whitelisting
     * ValidationPipe ({@link #strippedDtoKeys}) or a GraphQL resolver's argument typed by an input class
     * ({@link #graphqlInputClass}).
     */
    public boolean fixedKeys(Val v, Fn fn, FileFacts file) {
        if (v instanceof Req q) return strippedDtoKeys(q, fn);
        if (v instanceof Param p && p.path().isEmpty() && fn != null && graphqlArgs(fn).contains(p.index())) {
            Fn.Param decl = fn.param(p.index());
            return decl != null && decl.name().equals(p.name()) && graphqlInputClass(decl, index.fileOf(fn) != null ? index.fileOf(fn) : file);
        }
        return false;
    }

    /**
     * A resolver parameter typed by a project class decorated {@code @InputType()} or {@code @ArgsType()}: GraphQL
     * validates the client's arguments against the schema the class declares and refuses any field it does not
     * ("Field x is not defined by type"), so the object's keys are the class's declared fields (a JSON scalar typed
     * {@code any} or a record type is no such class).
     */
    boolean graphqlInputClass(Fn.Param decl, FileFacts file) {
        if (decl == null || decl.type() == null || decl.type().isEmpty() || file == null) return false;
        Project.ClassHit h = project.classNamed(decl.type(), file);
        if (h == null) return false;
        for (dev.backcheck.lang.facts.Decorator d : h.info().decorators()) {
            if ("InputType".equals(d.name()) || "ArgsType".equals(d.name())) return true;
        }
        return false;
    }

    /** A route registration call and its file. */
    record Registration(CallSite cs, FileFacts file) { }

    private java.util.IdentityHashMap<Fn, List<Registration>> fastifyRegistrations;

    /**
     * The registration calls of the Fastify routes whose handler is {@code fn} ({@code app.get(url, opts, handler)}); empty
     * when one of its routes is not a Fastify one, or its registration call is not found.
     */
    synchronized List<Registration> fastifyRegistrations(Fn fn) {
        if (fastifyRegistrations == null) {
            fastifyRegistrations = new java.util.IdentityHashMap<>();
            java.util.Map<String, Registration> sites = new java.util.HashMap<>();
            java.util.IdentityHashMap<Fn, List<Location>> byHandler = new java.util.IdentityHashMap<>();
            Set<Fn> elsewhere = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            Set<String> files = new java.util.HashSet<>();
            for (dev.backcheck.model.Application a : project.applications()) {
                for (dev.backcheck.model.Route r : a.routes()) {
                    if (r.handler() == null) continue;
                    if (!a.framework().equals("fastify") || !r.isHttp() || r.location() == null) {
                        elsewhere.add(r.handler());
                        continue;
                    }
                    byHandler.computeIfAbsent(r.handler(), k -> new ArrayList<>()).add(r.location());
                    files.add(r.location().path());
                }
            }
            for (String path : files) {
                FileFacts f = project.files().get(path);
                if (f == null) continue;
                for (Fn g : dev.backcheck.model.Analysis.functions(f)) {
                    for (CallSite cs : g.calls()) sites.putIfAbsent(at(cs.location()), new Registration(cs, f));
                }
            }
            for (var e : byHandler.entrySet()) {
                if (elsewhere.contains(e.getKey())) continue;
                List<Registration> regs = new ArrayList<>();
                for (Location l : e.getValue()) {
                    Registration r = sites.get(at(l));
                    if (r == null) {
                        regs = null;
                        break;
                    }
                    regs.add(r);
                }
                if (regs != null) fastifyRegistrations.put(e.getKey(), List.copyOf(regs));
            }
        }
        return fastifyRegistrations.getOrDefault(fn, List.of());
    }

    private static String at(Location l) {
        return l.path() + ":" + l.line() + ":" + l.column();
    }

    public boolean strippedDtoKeys(Req q, Fn fn) {
        if (fn == null || !q.path().isEmpty()) return false;
        String type = null;
        for (Fn.Param p : fn.params()) {
            for (dev.backcheck.lang.facts.Decorator d : p.decorators()) {
                if (q.part().equals(d.inputPart()) && (d.args().isEmpty() || Val.constString(d.args().get(0)) == null)) type = p.type();
            }
        }
        if (type == null || type.isEmpty()) return false;
        synchronized (this) {
            if (routesByHandler == null) {
                routesByHandler = new java.util.IdentityHashMap<>();
                for (dev.backcheck.model.Application a : project.applications()) {
                    for (dev.backcheck.model.Route r : a.routes()) {
                        if (r.handler() != null) routesByHandler.computeIfAbsent(r.handler(), k -> new ArrayList<>()).add(r);
                    }
                }
            }
        }
        List<dev.backcheck.model.Route> rs = routesByHandler.getOrDefault(fn, List.of());
        if (rs.isEmpty()) return false;
        for (dev.backcheck.model.Route r : rs) {
            boolean dto = false;
            for (dev.backcheck.model.Route.ParamInput in : r.inputs()) {
                if (in.part().equals(q.part()) && in.validated() && type.equals(in.type())) dto = true;
            }
            boolean strips = r.controls(dev.backcheck.model.ControlKind.VALIDATION).stream().anyMatch(c -> c.parts().contains("strip"));
            if (!dto || !strips) return false;
        }
        return true;
    }

    private java.util.IdentityHashMap<Fn, Set<Integer>> graphqlArgs;

    /**
     * The parameters of a GraphQL resolver that hold the client's arguments: the second of a resolver-map function
     * ({@code (parent, args, context)}), those decorated {@code @Args}/{@code @Arg} in NestJS and TypeGraphQL.
     */
    /** True when {@code fn} is a GraphQL resolver whose parameters the engine takes for the client's arguments. */
    public boolean graphqlResolver(Fn fn) {
        return fn != null && !graphqlArgs(fn).isEmpty();
    }

    private Set<Integer> graphqlArgs(Fn fn) {
        if (graphqlArgs == null) {
            graphqlArgs = new java.util.IdentityHashMap<>();
            for (dev.backcheck.model.Application a : project.applications()) {
                for (dev.backcheck.model.Route r : a.routes()) {
                    if (r.kind() != dev.backcheck.model.Route.Kind.GRAPHQL || r.handler() == null) continue;
                    // the concept knows where the arguments are (a root-value resolver's first, a Pothos prisma field's third)
                    int known = dev.backcheck.concepts.GraphqlServers.of(project).argsParam(r.handler());
                    if (known >= 0) {
                        graphqlArgs.put(r.handler(), Set.of(known));
                        continue;
                    }
                    Set<Integer> idx = new java.util.TreeSet<>();
                    List<Fn.Param> ps = r.handler().params();
                    for (int i = 0; i < ps.size(); i++) {
                        for (dev.backcheck.lang.facts.Decorator d : ps.get(i).decorators()) {
                            if ("Args".equals(d.name()) || "Arg".equals(d.name())) idx.add(i);
                        }
                    }
                    if (idx.isEmpty() && ps.size() > 1 && ps.stream().allMatch(x -> x.decorators().isEmpty())) idx.add(1);
                    graphqlArgs.put(r.handler(), idx);
                }
            }
        }
        return graphqlArgs.getOrDefault(fn, Set.of());
    }

    /** Request parts a client chooses, for sinks of {@code kind}. */
    public static boolean isSource(Req q, String kind) {
        String part = q.part();
        if (part.startsWith("valid:")) return false;
        // a browser following a link cannot choose headers or cookies; an upload's path is the server's and busboy
        // (multer, express-fileupload) cuts its client name to the last segment
        if (kind.equals("redirect") && (part.equals("headers") || part.equals("cookies") || part.equals("signedCookies")
                || part.equals("meta:hostname"))) return false;
        if (kind.equals("path") && (part.equals("file") || part.equals("files"))) return false;
        // req.viewTemplate, req.tenant: properties a middleware set, not the client (for the kinds whose rules opted in)
        if (Set.of("path", "ssrf", "redirect").contains(kind) && part.equals("raw") && !q.path().isEmpty()
                && !Set.of("rawBody", "fields", "get", "header", "param").contains(q.path().get(0))) return false;
        return switch (part) {
            case "user", "session", "meta:ip", "meta:ips", "meta:method", "meta:protocol", "meta:routeOptions", "meta:log", "meta:id" -> false;
            case "raw" -> !q.path().isEmpty() && !Set.of("user", "session", "ip", "method", "protocol", "log", "id", "app", "res",
                    "socket", "connection", "routeOptions", "server").contains(q.path().get(0));
            default -> true;
        };
    }

    private static boolean prefix(List<String> p, List<String> of) {
        return p.size() <= of.size() && of.subList(0, p.size()).equals(p);
    }

    /** Where {@code fn} (or a function nested in it) reads {@code q}, or null. */
    static Location readLocation(Fn fn, Req q) {
        return readLocation(fn, q, null);
    }

    /**
     * Where {@code fn} (or a function nested in it) reads {@code q}, or null: with {@code use} (the call that uses the
     * value, in {@code fn}), a read inside its span first, else the nearest read before it, else the first read.
     */
    static Location readLocation(Fn fn, Req q, CallSite use) {
        if (fn == null) return null;
        List<Fn> all = new ArrayList<>();
        all.add(fn);
        all.addAll(fn.nested());
        List<Location> exact = new ArrayList<>();
        Location prefix = null;
        for (Fn f : all) {
            for (Fn.Read r : f.reads()) {
                if (!(r.value() instanceof Req rq) || !rq.part().equals(q.part())) continue;
                if (rq.path().equals(q.path())) exact.add(r.location());
                else if (prefix == null && prefix(rq.path(), q.path())) prefix = r.location();
            }
        }
        if (exact.isEmpty()) return prefix;
        Location u = use == null ? null : use.location();
        if (u != null) {
            for (Location r : exact) if (within(r, u)) return r;
            Location best = null;
            for (Location r : exact) {
                if (!r.path().equals(u.path()) || before(u, r)) continue;
                if (best == null || before(best, r)) best = r;
            }
            if (best != null) return best;
        }
        return exact.get(0);
    }

    /** True when {@code a} starts before {@code b}. */
    private static boolean before(Location a, Location b) {
        return a.line() < b.line() || a.line() == b.line() && a.column() < b.column();
    }

    /** True when {@code r} lies inside {@code span} (same file). */
    private static boolean within(Location r, Location span) {
        return r.path().equals(span.path()) && !before(r, span)
                && (r.endLine() < span.endLine() || r.endLine() == span.endLine() && r.endColumn() <= span.endColumn());
    }

    /** A parameter bound to the request by a decorator (NestJS {@code @Body('name') name}), for {@code q}; or null. */
    static Location paramLocation(Fn fn, Req q) {
        if (fn == null) return null;
        for (Fn.Param p : fn.params()) {
            for (dev.backcheck.lang.facts.Decorator d : p.decorators()) {
                String part = d.requestPart();
                if (part != null && !part.startsWith("meta:") && (part.equals(q.part()) || part.equals("raw"))) return p.location();
            }
        }
        return null;
    }

    /** A request value as a reader writes it: {@code req.body.email}, {@code req.params.id}. */
    public static String describe(Req q) {
        String part = q.part();
        String base;
        if (part.startsWith("valid:")) base = "c.req.valid('" + part.substring(6) + "')";
        else if (part.startsWith("meta:")) base = "req." + part.substring(5);
        else if (part.equals("raw")) base = "req";
        else if (part.equals("input")) base = "input"; // a tRPC procedure's input
        else if (part.equals("args")) base = "args";
        else base = "req." + part;
        StringBuilder sb = new StringBuilder("`").append(base);
        for (String seg : q.path()) {
            if (seg.matches("[A-Za-z_$][A-Za-z0-9_$]*")) sb.append('.').append(seg);
            else if (seg.equals("*")) sb.append("[…]");
            else sb.append("['").append(seg).append("']");
        }
        return sb.append('`').toString();
    }

    /** NestJS pipes that turn a parameter into a number, boolean, UUID or enum member (or reject the request). */
    static final Set<String> PARSE_PIPES = Set.of("ParseIntPipe", "ParseFloatPipe", "ParseBoolPipe", "ParseUUIDPipe", "ParseEnumPipe");

    /**
     * class-validator decorators after which a field holds no free text: numbers, booleans, dates, identifiers, enum
     * members, hostnames. Not {@code IsEmail} (its local part admits {@code $ ` | & ' /}), {@code IsUrl}, {@code IsString}, lengths.
     */
    static final Set<String> RESTRICTIVE_VALIDATORS = Set.of("IsInt", "IsNumber", "IsNumberString", "IsPositive", "IsNegative",
            "Min", "Max", "IsBoolean", "IsBooleanString", "IsDate", "IsDateString", "IsISO8601", "IsUUID", "IsMongoId", "IsIn",
            "IsEnum", "IsAlphanumeric", "IsAlpha", "IsHexadecimal", "IsPort", "IsIP", "IsFQDN", "IsHexColor", "IsISO31661Alpha2",
            "IsLatitude", "IsLongitude", "IsLatLong", "IsMilitaryTime", "IsJWT", "IsDecimal", "IsCurrency", "IsCreditCard");

    /** {@code ^[a-z0-9-]+$}: anchored at both ends, no {@code .}, {@code \S}, {@code \W} or negated class that admits any character. */
    /**
     * True when every answer of {@code fn} (a filter's callback) is a test of its first parameter against an anchored
     * identifier pattern ({@link #identifierPattern}): directly ({@code /^[a-z_]+$/i.test(k)}), or through a project
     * function whose every answer is such a test of its own first parameter ({@code isValidFieldName(k)}). A conjunction
     * answers its last operand ({@code k !== 'id' && isValidFieldName(k)}).
     */
    boolean keepsIdentifiers(Fn fn, FileFacts file, int depth) {
        if (fn == null || fn.returns().isEmpty() || depth > 2) return false;
        for (Val r : fn.returns()) {
            if (!(r instanceof Call c) || c.args().size() != 1 || !(c.args().get(0) instanceof Param p) || p.index() != 0 || !p.path().isEmpty()) return false;
            if ("test".equals(Vals.lastName(c.callee())) && c.callee() instanceof Member m) {
                Val re = m.object() instanceof Regex ? m.object() : project.resolve(m.object(), file).val();
                if (re instanceof Regex rx && identifierPattern(rx.pattern())) continue;
                return false;
            }
            Project.FnRef t;
            try {
                t = index.analysis().resolveCallee(c.callee(), file, fn);
            } catch (RuntimeException e) {
                return false;
            }
            if (t == null || t.fn() == fn || !keepsIdentifiers(t.fn(), t.file() == null ? file : t.file(), depth + 1)) return false;
        }
        return true;
    }

    /** An anchored pattern of letters, digits and _ only ({@code ^[a-zA-Z_][a-zA-Z0-9_]*$}, {@code ^\w+$}): an SQL identifier. */
    static boolean identifierPattern(String p) {
        return anchoredNarrow(p) && p.length() > 2 && p.substring(1, p.length() - 1).matches("(?:\\\\[wd]|[A-Za-z0-9_\\[\\]{}*+?,-])+");
    }

    static boolean anchoredNarrow(String p) {
        if (!p.startsWith("^") || !p.endsWith("$") || p.endsWith("\\$")) return false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                if (i + 1 < p.length() && "SWDs".indexOf(p.charAt(i + 1)) >= 0) return false; // \\s admits a newline
                i++;
                continue;
            }
            if (c == '.' && !insideClass(p, i)) return false;
            if (c == '[' && i + 1 < p.length() && p.charAt(i + 1) == '^') return false;
            if (c == '|') return false; // ^a|b$ anchors only one side of each branch
        }
        return true;
    }

    private static boolean insideClass(String p, int at) {
        boolean in = false;
        for (int i = 0; i < at; i++) {
            char c = p.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '[') in = true;
            else if (c == ']') in = false;
        }
        return in;
    }

    private volatile Boolean nestPipe;

    /** True when the project uses NestJS's ValidationPipe (global, per controller or per parameter). */
    boolean nestValidationPipe() {
        Boolean b = nestPipe;
        if (b == null) {
            b = false;
            for (FileFacts f : project.files().values()) {
                for (dev.backcheck.lang.facts.Import i : f.imports().values()) {
                    if (i.module().equals("@nestjs/common") && i.export().equals("ValidationPipe")) b = true;
                }
                if (b) break;
            }
            nestPipe = b;
        }
        return b;
    }
    private static final List<String> TEMPLATE = List.of("<template>");
    private static final List<String> CONCAT = List.of("<concat>");
    /** Sink kinds a type check does not sanitise: a string is all the payload needs. */
    static final Set<String> TYPE_CHECK_KEEPS = Set.of("code", "regex", "prototype", "xxe");

    /** String methods whose result is built only from the receiver and the arguments. */
    static final Set<String> STRING_METHODS = Set.of("toString", "slice", "substring", "substr", "replace", "replaceAll",
            "trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "padStart", "padEnd", "concat", "join",
            "split", "repeat", "at", "charAt", "normalize", "toLocaleLowerCase", "toLocaleUpperCase", "valueOf");
    /**
     * Methods whose arguments are positions, counts or a separator, not content of the answer: {@code rows.slice(i, i +
     * batchSize)} holds rows, whatever a client chose for the batch size; {@code s.split(',')} holds pieces of s.
     */
    static final Set<String> POSITION_ARGS = Set.of("slice", "substring", "substr", "at", "charAt", "repeat", "split", "normalize");

    /** Array methods whose result is made of the receiver's elements. */
    static final Set<String> ELEMENT_METHODS = Set.of("filter", "find", "slice", "flat", "reverse", "sort", "pop", "shift", "at", "values");

    @Override
    public String toString() {
        return "TaintEngine[" + index.callCount() + " calls, " + traces + " traces, " + visits + " visits]";
    }

}
