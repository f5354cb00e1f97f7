package dev.backcheck.flow;

import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every call of the project, indexed once (one walk over all functions of all files): by the names a
 * model can use for its callee ({@link #keys}), by the project function it calls (its callers), and the
 * calls that hand a function literal to a library ({@code list.forEach(x => ...)}: the callback's parent).
 * Rules and the {@link TaintEngine} ask this index instead of walking every call of every file.
 */
public final class CallIndex {

    /** One call: the function it is made in, that function's file, the call, and the names of its callee. */
    public record Site(Fn fn, FileFacts file, CallSite cs, List<String> keys) { }

    /** A call that passes function literal {@code arg} to something: the callback's caller. */
    public record Callback(Site site, int arg) { }

    private final Project project;
    private final Analysis analysis;
    private final Map<String, List<Site>> byKey = new HashMap<>();
    private final IdentityHashMap<Fn, List<Site>> callers = new IdentityHashMap<>();
    private final IdentityHashMap<Fn, Callback> callbacks = new IdentityHashMap<>();
    private final IdentityHashMap<Fn, FileFacts> fileOf = new IdentityHashMap<>();
    private final IdentityHashMap<Fn, Fn> parentOf = new IdentityHashMap<>();
    private final IdentityHashMap<Fn, dev.backcheck.lang.facts.ClassInfo> ownerOf = new IdentityHashMap<>();
    private int calls;
    private final long buildNanos;
    private long keyNanos, calleeNanos;
    private final long buildCpuNanos;

    /** This thread's CPU time (0 when the JVM cannot tell): the build's cost on a machine other work shares. */
    private static long cpuNow() {
        java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
        return t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : 0;
    }

    /** The project's index, built on first use and kept with the project. */
    public static CallIndex of(Project p) {
        return p.derived(CallIndex.class, CallIndex::new);
    }

    private CallIndex(Project project) {
        long t0 = System.nanoTime();
        long c0 = cpuNow();
        this.project = project;
        this.analysis = ModelSupport.analysis(project);
        // naming and resolving each call's callee (the cost) runs per file on the project's threads; the index is then
        // filled on this thread in file and source order, as one walk would
        List<Resolved[]> perFile = project.perFile(this::resolveCalls);
        int fi = 0;
        for (FileFacts f : project.files().values()) {
            Resolved[] done = perFile.get(fi++);
            for (dev.backcheck.lang.facts.ClassInfo c : f.classes().values()) {
                for (Fn m : c.methods()) own(m, c, 0);
            }
            int ci = 0;
            for (Fn fn : Analysis.functions(f)) {
                fileOf.put(fn, f);
                for (Fn n : fn.nested()) parentOf.putIfAbsent(n, fn);
                for (CallSite cs : fn.calls()) {
                    calls++;
                    Resolved r = done[ci++];
                    Site s = new Site(fn, f, cs, r.keys);
                    for (String k : s.keys()) byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
                    if (r.qname == QNAME_FAILED) qnameFailed.add(s);
                    else if (r.qname != null) byQname.computeIfAbsent(r.qname, x -> new ArrayList<>()).add(s);
                    Project.FnRef target = r.target;
                    if (target != null && target.fn() != fn) callers.computeIfAbsent(target.fn(), x -> new ArrayList<>()).add(s);
                    for (int i = 0; i < cs.args().size(); i++) {
                        if (cs.args().get(i) instanceof FnVal fv) callbacks.putIfAbsent(fv.fn(), new Callback(s, i));
                        // app.route({ method, url, schema, handler: async (req, reply) => ... })
                        if (cs.args().get(i) instanceof Obj o && o.props().get("handler") instanceof FnVal hv) {
                            callbacks.putIfAbsent(hv.fn(), new Callback(s, i));
                        }
                    }
                }
            }
        }
        canon.clear();
        buildNanos = System.nanoTime() - t0;
        buildCpuNanos = cpuNow() - c0;
    }

    /** One call's callee names, the project function it runs (null: none) and its callee's {@link Project#qname} (null: none). */
    private record Resolved(List<String> keys, Project.FnRef target, String qname) { }

    /** {@link Resolved#qname} of a call whose callee's qname threw: such calls pass every {@link #qnamed} filter. */
    private static final String QNAME_FAILED = new String("<qname failed>");
    /** Calls by their callee's {@link Project#qname} as {@link Project#qname} answers it (not normalized, no "new "). */
    private final Map<String, List<Site>> byQname = new HashMap<>();
    private final List<Site> qnameFailed = new ArrayList<>();

    /** The names and target of every call of {@code f}, in the order the constructor walks them (any thread). */
    private Resolved[] resolveCalls(FileFacts f) {
        int n = 0;
        for (Fn fn : Analysis.functions(f)) n += fn.calls().size();
        Resolved[] out = new Resolved[n];
        int i = 0;
        long key = 0, callee = 0;
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                long tk = System.nanoTime();
                String[] raw = new String[1];
                List<String> keys = keys(cs.callee(), cs.isNew(), fn, f, raw);
                long tc = System.nanoTime();
                Project.FnRef target = resolve(cs.callee(), cs.isNew(), f, fn);
                key += tc - tk;
                callee += System.nanoTime() - tc;
                out[i++] = new Resolved(canonical(keys), target, raw[0]);
            }
        }
        synchronized (this) {
            keyNanos += key;
            calleeNanos += callee;
        }
        return out;
    }

    /**
     * The project function a call runs: a function or method ({@link Analysis#resolveCallee}: plain calls, this,
     * instances, DI-typed fields), the constructor of {@code new C(...)}, or a method of a class handed out by a
     * container ({@code Container.get(UserService).find(x)}, {@code container.resolve(UserService).find(x)}); null.
     */
    public Project.FnRef resolve(Val callee, boolean isNew, FileFacts f, Fn in) {
        try {
            Project.FnRef target = analysis.resolveCallee(callee, f, in);
            if (target == null && isNew) target = constructor(callee, f);
            if (target == null && !isNew) target = containerMethod(callee, f);
            return target;
        } catch (RuntimeException e) {
            return null; // an unresolvable callee is not a call of a project function
        }
    }

    /**
     * {@link #resolve(Val, boolean, FileFacts, Fn)} of a call's own callee, answered once per call: concepts and rules
     * walk the same handlers and services again and again (every route's path, the ownership walk per route, the
     * error handlers' request paths) and ask the same calls. The answer is kept with the file and function it was
     * asked for; asked for another pair, it is computed (and not kept).
     */
    public Project.FnRef resolve(CallSite cs, FileFacts f, Fn in) {
        Known k;
        synchronized (known) {
            k = known.get(cs);
        }
        if (k != null && k.file == f && k.in == in) return k.target;
        Project.FnRef target = resolve(cs.callee(), cs.isNew(), f, in);
        if (k == null) {
            synchronized (known) {
                known.putIfAbsent(cs, new Known(f, in, target));
            }
        }
        return target;
    }

    /** One call's resolved callee, and the file and function it was resolved in (see {@link #resolve(CallSite, FileFacts, Fn)}). */
    private record Known(FileFacts file, Fn in, Project.FnRef target) { }

    private final IdentityHashMap<CallSite, Known> known = new IdentityHashMap<>();

    private Project.FnRef containerMethod(Val callee, FileFacts f) {
        String m = Vals.lastName(callee);
        if (m == null || !(Analysis.receiver(callee) instanceof Call c) || c.args().isEmpty()) return null;
        String get = Vals.lastName(c.callee());
        if (!"get".equals(get) && !"resolve".equals(get)) return null;
        Project.ClassHit hit = project.classOf(c.args().get(0), f);
        if (hit == null) return null;
        Fn fn = hit.info().method(m);
        return fn == null ? null : new Project.FnRef(fn, hit.file());
    }

    private final java.util.concurrent.ConcurrentHashMap<List<String>, List<String>> canon = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One shared immutable copy of each distinct key list (most calls share theirs: {@code *.json}, {@code <response>.json}),
     * on the per-file threads (which thread's copy is kept makes no difference: equal lists).
     */
    private List<String> canonical(List<String> keys) {
        List<String> c = canon.get(keys);
        if (c == null) {
            List<String> mine = List.copyOf(keys);
            c = canon.putIfAbsent(mine, mine);
            if (c == null) c = mine;
        }
        return c;
    }

    /** {@code new C(...)} of a project class: its constructor, or null. */
    private Project.FnRef constructor(Val callee, FileFacts f) {
        try {
            Project.ClassHit hit = project.classOf(callee, f);
            // a class without its own constructor runs the one it inherits
            for (int i = 0; hit != null && i < 4; i++) {
                Fn ctor = hit.info().method("constructor");
                if (ctor != null) return new Project.FnRef(ctor, hit.file());
                hit = hit.info().superClass() == null ? null : project.classOf(hit.info().superClass(), hit.file());
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void own(Fn fn, dev.backcheck.lang.facts.ClassInfo c, int depth) {
        if (depth > 50 || ownerOf.putIfAbsent(fn, c) != null) return;
        for (Fn n : fn.nested()) own(n, c, depth + 1);
    }

    /** The function {@code fn} is written in (its closure's parent), or null for a top-level function or a method. */
    public Fn parentOf(Fn fn) {
        return parentOf.get(fn);
    }

    /** The class whose method (or a function nested in one) {@code fn} is, or null. */
    public dev.backcheck.lang.facts.ClassInfo ownerOf(Fn fn) {
        return ownerOf.get(fn);
    }

    /** How long building the index took (for the scan's statistics). */
    public long buildNanos() {
        return buildNanos;
    }

    /** CPU time of the build (its thread's), 0 when unknown. */
    public long buildCpuNanos() {
        return buildCpuNanos;
    }

    /** Of {@link #buildNanos}: naming callees ({@link #keys}), and resolving them to project functions. */
    public long keyNanos() {
        return keyNanos;
    }

    public long calleeNanos() {
        return calleeNanos;
    }

    /** Calls whose callee has name {@code key}, in file and source order. */
    public List<Site> sites(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** Calls (by identity) and the files that hold them: see {@link #named}. */
    public record Named(Set<CallSite> calls, Set<FileFacts> files) { }

    /**
     * The calls among the sites of any of {@code keys} (each also looked up with "new " before it), and their files:
     * a filter for a walk over the project's calls in its own order that only cares about calls of those names.
     * A call whose {@link Project#qname} is {@code q} is among the sites of {@link #normalize normalize(q)}.
     */
    public Named named(java.util.Collection<String> keys) {
        Set<CallSite> calls = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<FileFacts> files = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (String k : keys) {
            for (Site s : sites(k)) {
                calls.add(s.cs());
                files.add(s.file());
            }
            for (Site s : sites("new " + k)) {
                calls.add(s.cs());
                files.add(s.file());
            }
        }
        return new Named(calls, files);
    }

    /**
     * The calls one of whose {@link #keys} passes {@code test} (asked once per distinct key), and their files: a filter
     * for a walk over the project's calls that only acts on some names ({@link #qualifiedKey} among them).
     */
    public Named keyed(java.util.function.Predicate<String> test) {
        Set<CallSite> calls = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<FileFacts> files = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, List<Site>> e : byKey.entrySet()) {
            if (!test.test(e.getKey())) continue;
            for (Site s : e.getValue()) {
                calls.add(s.cs());
                files.add(s.file());
            }
        }
        return new Named(calls, files);
    }

    /**
     * The calls whose callee's {@link Project#qname} (as it answers, before {@link #normalize}; a constructor call's
     * without "new ") passes {@code test}, and their files: a filter for a walk over the project's calls that only
     * acts on calls of some resolved names (the test is asked once per distinct name, not per call). Calls whose
     * qname threw are always among them (the walk meets the same failure as before).
     */
    public Named qnamed(java.util.function.Predicate<String> test) {
        Set<CallSite> calls = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<FileFacts> files = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, List<Site>> e : byQname.entrySet()) {
            if (!test.test(e.getKey())) continue;
            for (Site s : e.getValue()) {
                calls.add(s.cs());
                files.add(s.file());
            }
        }
        for (Site s : qnameFailed) {
            calls.add(s.cs());
            files.add(s.file());
        }
        return new Named(calls, files);
    }

    /** Calls of project function {@code fn} (plain calls, methods through this, instances and DI-typed fields). */
    public List<Site> callers(Fn fn) {
        return callers.getOrDefault(fn, List.of());
    }

    /** The call that passes {@code fn} as a function literal argument, or null. */
    public Callback callback(Fn fn) {
        return callbacks.get(fn);
    }

    /** The file declaring {@code fn}, or null when it is not a function of the project. */
    public FileFacts fileOf(Fn fn) {
        return fileOf.get(fn);
    }

    public int callCount() {
        return calls;
    }

    public Project project() {
        return project;
    }

    public Analysis analysis() {
        return analysis;
    }

    private static final Set<String> RESPONSE_NAMES = Set.of("res", "response", "reply", "resp", "c", "ctx", "context", "rep");

    /**
     * The names a model may use for the callee of {@code cs}: its qualified name ({@code child_process.exec},
     * {@code new Function}), {@code <response>.m} / {@code <request>.m} for methods of the handler's response
     * and request objects, and {@code *.m} for any method call {@code m}.
     */
    public List<String> keys(CallSite cs, Fn fn, FileFacts f) {
        return keys(cs.callee(), cs.isNew(), fn, f);
    }

    public List<String> keys(Val callee, boolean isNew, Fn fn, FileFacts f) {
        return keys(callee, isNew, fn, f, null);
    }

    /** {@link #keys}; {@code raw[0]} (when given) set to the callee's {@link Project#qname}, or {@link #QNAME_FAILED}. */
    private List<String> keys(Val callee, boolean isNew, Fn fn, FileFacts f, String[] raw) {
        List<String> out = new ArrayList<>(3);
        String q = qualified(callee, f, 0, raw);
        if (q != null) out.add(isNew ? "new " + q : q);
        String m = Vals.lastName(callee);
        Val recv = Analysis.receiver(callee);
        if (m != null && recv != null) {
            if (isResponse(recv, fn)) out.add("<response>." + m);
            if (recv instanceof Req) out.add("<request>." + m);
            out.add("*." + m);
        }
        return out;
    }

    /**
     * The first of {@link #keys}, the callee's qualified name ({@code new } in front for a constructor call), when it
     * has one, else null: for the many callers that only read that key (the others, {@code <response>.m},
     * {@code <request>.m} and {@code *.m}, are not built).
     */
    public String qualifiedKey(CallSite cs, FileFacts f) {
        String q = qualified(cs.callee(), f, 0, null);
        return q == null ? null : cs.isNew() ? "new " + q : q;
    }

    private String qualified(Val callee, FileFacts f, int depth, String[] raw) {
        // a callee rooted at a parameter, this or the request has no import name (and resolving it costs the most)
        Val root = callee;
        for (int i = 0; i < 16; i++) {
            if (root instanceof Member m) root = m.object();
            else if (root instanceof Call c) root = c.callee();
            else break;
        }
        if (root instanceof Param || root instanceof This || root instanceof Req) return null;
        String q;
        try {
            q = project.qname(callee, f);
        } catch (RuntimeException e) {
            if (raw != null) raw[0] = QNAME_FAILED;
            return null;
        }
        if (raw != null) raw[0] = q;
        if (q == null || q.startsWith("util.promisify(") || q.startsWith("node:util.promisify(")) {
            // const run = util.promisify(exec): calls of run are calls of exec
            Project.Resolved r = project.resolve(callee, f);
            if (depth < 2 && r.val() instanceof Call c && c.args().size() == 1 && "promisify".equals(Vals.lastName(c.callee()))) {
                return qualified(c.args().get(0), r.file(), depth + 1, null);
            }
            return null;
        }
        return normalize(q);
    }

    /** {@code node:fs.readFile} → {@code fs.readFile}; {@code fs/promises.readFile} → {@code fs.promises.readFile}. */
    public static String normalize(String q) {
        if (q.startsWith("node:")) q = q.substring(5);
        if (q.startsWith("new node:")) q = "new " + q.substring(9);
        if (q.startsWith("fs/promises")) q = "fs.promises" + q.substring("fs/promises".length());
        if (q.endsWith("()") && q.startsWith("util.promisify")) return null;
        return q;
    }

    /** True when {@code v} is (a call chain on) the response object of a handler: res, reply, Hono's c. */
    static boolean isResponse(Val v, Fn fn) {
        for (int i = 0; i < 8 && v != null; i++) {
            if (v instanceof Param p) {
                if (!p.path().isEmpty()) return false;
                Fn.Param decl = fn == null ? null : fn.param(p.index());
                String type = decl == null ? null : decl.type();
                if (type != null) {
                    String t = type.toLowerCase(Locale.ROOT);
                    return t.endsWith("response") || t.endsWith("reply") || t.equals("context") || t.endsWith(".context");
                }
                return RESPONSE_NAMES.contains(p.name());
            }
            if (v instanceof Call c) v = Analysis.receiver(c.callee());
            else if (v instanceof Member m) v = m.object();
            else return false;
        }
        return false;
    }
}
