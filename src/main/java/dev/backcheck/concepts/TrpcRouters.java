package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;

import java.util.*;
import java.util.regex.Pattern;

/**
 * tRPC, the concept (read from {@code @trpc/server} v10 and v11): the root object
 * {@code initTRPC[.context<C>()][.meta<M>()].create(opts)} and what it builds.
 * <ul>
 *   <li>Routers: {@code t.router({ key: procedure | router | { nested record } })} (v11 also takes plain
 *       objects as nested records), {@code t.mergeRouters(a, b)} (same level); keys join into the dotted
 *       procedure path ({@code post.create}). Routers imported across files are followed.</li>
 *   <li>Procedures: a builder chain from {@code t.procedure} through {@code .use(middleware)},
 *       {@code .input(schema)}, {@code .output}, {@code .meta}, {@code .concat}, ending in
 *       {@code .query(resolver)}, {@code .mutation(resolver)} or {@code .subscription(resolver)};
 *       intermediate builders are usually named ({@code publicProcedure}, {@code protectedProcedure}).</li>
 *   <li>Middleware ({@code t.middleware(fn)} or an inline function) is judged by what it does: it throws
 *       {@code TRPCError} UNAUTHORIZED/FORBIDDEN under a condition, or verifies a token (authentication); it
 *       throws TOO_MANY_REQUESTS or calls a rate limiter (rate limit).</li>
 *   <li>Input validators: any parser {@code .input()} accepts (zod, yup, valibot, superstruct, typebox, arktype,
 *       a function); {@code z.any()}/{@code z.unknown()} validate nothing.</li>
 *   <li>Adapters that serve a router over HTTP: express {@code createExpressMiddleware} (mounted with
 *       {@code app.use(path, ...)}), fastify {@code fastifyTRPCPlugin} ({@code prefix}), Next.js
 *       {@code createNextApiHandler} (pages/api/trpc/[trpc]) and the fetch adapter {@code fetchRequestHandler}
 *       ({@code endpoint}), standalone {@code createHTTPServer}/{@code createHTTPHandler}, AWS Lambda,
 *       WebSocket {@code applyWSSHandler}, Hono's {@code @hono/trpc-server}. Without any adapter in the
 *       project, each router no other router contains is taken as served.</li>
 *   <li>Request values: a resolver's {@code input} (also {@code opts.input}) and {@code ctx.req.*} /
 *       {@code ctx.headers} are what the client sends ({@link #requestValue}).</li>
 * </ul>
 */
public final class TrpcRouters {

    /** A middleware on a procedure's chain: its name, where it is applied, its function (may be null), what it does. */
    public record Middleware(String name, Location at, Fn fn, ControlKind kind) { }

    /** An {@code .input(schema)}: the schema library ("zod", "function" for a parser function), where; opaque for z.any()/z.unknown(). */
    public record Input(String lib, Location at, boolean opaque, Val schema, FileFacts file) {
        public Input(String lib, Location at, boolean opaque) {
            this(lib, at, opaque, null, null);
        }
    }

    /**
     * A procedure: dotted path, type (query, mutation, subscription), where it is declared, its resolver
     * (null when not resolvable), builder middlewares and inputs from the root outward, and whether the
     * builder chain was followed to {@code t.procedure} (false: an unknown base, its controls may be missing).
     */
    public record Procedure(String path, String type, Location location, Fn resolver, List<Middleware> middlewares,
                            List<Input> inputs, boolean builderKnown) {
        /** True when some {@code .input()} validates (not z.any()/z.unknown()). */
        public boolean validated() {
            return inputs.stream().anyMatch(i -> !i.opaque());
        }
    }

    /**
     * Where a router is served: adapter kind (express, fastify, next, fetch, standalone, lambda, ws, hono, none),
     * the adapter call (or the router itself for "none"), the mount path ("/trpc"; "" when unknown), and the file.
     */
    public record Adapter(String kind, Location at, String mountPath, String file, Location mountedAt) { }

    /** A served root router: its adapter, where the router is built, and its procedures in path order. */
    public record Served(Adapter adapter, Location router, List<Procedure> procedures) { }

    private static final Pattern ROOT = Pattern.compile("^@trpc/server(?:/[\\w-]+)*\\.initTRPC(?:\\.(?:context|meta)\\(\\))*\\.create\\(\\)");
    private static final Set<String> TYPES = Set.of("query", "mutation", "subscription");
    private static final Set<String> LEGACY_STEPS = Set.of("query", "mutation", "subscription", "merge", "middleware",
            "transformer", "formatError", "flat");
    private static final Pattern LEGACY_ROUTER = Pattern.compile("^@trpc/server\\.router\\(\\)$");

    /** {@code trpc.router<Ctx>()} or a project function returning it ({@code createRouter()}). */
    private boolean isLegacyBase(Call c, FileFacts f, int depth) {
        String q = project.qname(c, f);
        if (q != null && LEGACY_ROUTER.matcher(q).matches()) return true;
        if (depth > 2) return false;
        Project.FnRef fr = project.function(c.callee(), f);
        if (fr == null) return false;
        for (Val r : fr.fn().returns()) {
            Project.Resolved rr = project.resolve(r, fr.file());
            if (rr.val() instanceof Call rc && isLegacyBase(rc, rr.file(), depth + 1)) return true;
        }
        return false;
    }

    private static final Set<String> PASS_THROUGH = Set.of("output", "meta", "concat", "unstable_concat");
    private static final Map<String, String> ADAPTERS = Map.ofEntries(
            Map.entry("@trpc/server/adapters/express.createExpressMiddleware", "express"),
            Map.entry("@trpc/server/adapters/fastify.fastifyTRPCPlugin", "fastify"),
            Map.entry("@trpc/server/adapters/next.createNextApiHandler", "next"),
            Map.entry("@trpc/server/adapters/fetch.fetchRequestHandler", "fetch"),
            Map.entry("@trpc/server/adapters/standalone.createHTTPServer", "standalone"),
            Map.entry("@trpc/server/adapters/standalone.createHTTPHandler", "standalone"),
            Map.entry("@trpc/server/adapters/standalone.createHTTP2Handler", "standalone"),
            Map.entry("@trpc/server/adapters/node-http.createHTTPHandler", "standalone"),
            Map.entry("@trpc/server/adapters/node-http.nodeHTTPRequestHandler", "standalone"),
            Map.entry("@trpc/server/adapters/aws-lambda.awsLambdaRequestHandler", "lambda"),
            Map.entry("@trpc/server/adapters/aws-lambda.awsLambdaStreamingRequestHandler", "lambda"),
            Map.entry("@trpc/server/adapters/ws.applyWSSHandler", "ws"),
            Map.entry("@hono/trpc-server.trpcServer", "hono"));
    /** Schema libraries an .input() parser may come from, by root package. */
    private static final Map<String, String> SCHEMA_LIBS = Map.ofEntries(
            Map.entry("zod", "zod"), Map.entry("zod/v4", "zod"), Map.entry("zod/mini", "zod"), Map.entry("yup", "yup"),
            Map.entry("valibot", "valibot"), Map.entry("superstruct", "superstruct"), Map.entry("@sinclair/typebox", "typebox"),
            Map.entry("arktype", "arktype"), Map.entry("effect", "effect"), Map.entry("@effect/schema", "effect"),
            Map.entry("runtypes", "runtypes"), Map.entry("io-ts", "io-ts"), Map.entry("joi", "joi"), Map.entry("myzod", "myzod"),
            Map.entry("@vinejs/vine", "vine"), Map.entry("@robolex/sure", "sure"), Map.entry("scale-ts", "scale-ts"),
            Map.entry("drizzle-zod", "zod"), Map.entry("zod-prisma-types", "zod"), Map.entry("@trpc/server", "trpc"));

    private final Project project;
    private final Analysis analysis;
    private final List<Served> served = new ArrayList<>();
    private final IdentityHashMap<Fn, Procedure> byResolver = new IdentityHashMap<>();
    // asked and kept from the top only (depth 0, a fresh seen set): a function of the middleware alone
    private final Map<Fn, ControlKind> mwMemo = Collections.synchronizedMap(new IdentityHashMap<>());

    public static TrpcRouters of(Project p) {
        return p.derived(TrpcRouters.class, TrpcRouters::new);
    }

    /** Set while this thread builds the routers (their middlewares are summarised then): no caller is resolved meanwhile. */
    private static final ThreadLocal<Boolean> BUILDING = new ThreadLocal<>();

    /**
     * {@link #calledProcedure} of the project's routers; null while they are being built on this thread (a summary asked
     * for a middleware then does not ask for the routers again).
     */
    public static CalledProcedure called(Project p, Val callee, FileFacts file) {
        if (BUILDING.get() != null || callee == null) return null;
        return of(p).calledProcedure(callee, file);
    }

    private TrpcRouters(Project p) {
        this.project = p;
        this.analysis = ModelSupport.analysis(p);
        if (!p.dependsOn("@trpc/server") && !anyImport(p)) return;
        boolean outer = BUILDING.get() == null;
        if (outer) BUILDING.set(Boolean.TRUE);
        try {
            build(p);
        } finally {
            if (outer) BUILDING.remove();
        }
    }

    private void build(Project p) {
        Set<Location> seenRoots = new HashSet<>();
        List<RouterCall> routers = new ArrayList<>();
        for (FileFacts f : p.files().values()) {
            if (p.isTestPath(f.path()) || !"ts".equals(f.language())) continue;
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if ("register".equals(cs.methodName()) && cs.args().size() >= 2
                            && "@trpc/server/adapters/fastify.fastifyTRPCPlugin".equals(p.qname(cs.arg(0), f))) {
                        fastify(cs, f, seenRoots);
                        continue;
                    }
                    String q = p.qname(cs.callee(), f);
                    if (q == null) continue;
                    String kind = ADAPTERS.get(q);
                    if (kind != null) {
                        adapter(kind, cs, fn, f, seenRoots);
                        continue;
                    }
                    if (isRouterFactory(q)) routers.add(new RouterCall(cs, f));
                }
            }
        }
        if (served.isEmpty()) {
            // no adapter in the project (served from another package, or a custom handler): every router no other router holds
            Set<Location> nested = new HashSet<>();
            for (RouterCall rc : routers) {
                Collector c = new Collector(null);
                c.router(new Call(rc.cs.callee(), rc.cs.args(), rc.cs.location()), rc.file, "", 0);
                nested.addAll(c.innerRouters);
            }
            for (RouterCall rc : routers) {
                if (nested.contains(rc.cs.location()) || !seenRoots.add(rc.cs.location())) continue;
                Collector c = new Collector(null);
                c.router(new Call(rc.cs.callee(), rc.cs.args(), rc.cs.location()), rc.file, "", 0);
                if (c.procedures.isEmpty()) continue;
                add(new Adapter("none", rc.cs.location(), "", rc.file.path(), null), rc.cs.location(), c.procedures);
            }
        }
        served.sort(Comparator.comparing((Served s) -> s.adapter().at(), Location.ORDER));
    }

    private record RouterCall(CallSite cs, FileFacts file) { }

    private static boolean anyImport(Project p) {
        for (FileFacts f : p.files().values()) {
            for (var imp : f.imports().values()) if (imp.module().startsWith("@trpc/server")) return true;
        }
        return false;
    }

    private void add(Adapter a, Location router, List<Procedure> procs) {
        procs.sort(Comparator.comparing(Procedure::path).thenComparing(Procedure::location, Location.ORDER));
        for (Procedure pr : procs) if (pr.resolver() != null) byResolver.putIfAbsent(pr.resolver(), pr);
        served.add(new Served(a, router, List.copyOf(procs)));
    }

    private boolean isRouterFactory(String q) {
        var m = ROOT.matcher(q);
        if (!m.find()) return false;
        String rest = q.substring(m.end());
        return rest.equals(".router") || rest.equals(".mergeRouters");
    }

    /** An adapter call: its router option, its mount path. */
    private void adapter(String kind, CallSite cs, Fn fn, FileFacts f, Set<Location> seenRoots) {
        Val opts = null;
        String mount = "";
        Location mountedAt = null;
        if (kind.equals("fastify")) return; // a plugin value: its options are at the register() call
        opts = cs.arg(0);
        Project.Resolved o = project.resolve(opts, f);
        Map<String, Val> props = o.val() instanceof Obj ob ? ob.props() : Map.of();
        Val router = props.get("router");
        switch (kind) {
            case "express", "hono" -> {
                CallSite use = useCall(cs, f);
                mountedAt = use == null ? null : use.location();
                mount = use == null ? "" : usePath(use);
            }
            case "fetch" -> mount = Optional.ofNullable(constString(props.get("endpoint"), o.file())).orElse("");
            case "next" -> mount = nextMount(f.path());
            case "standalone" -> mount = "/";
            default -> mount = "";
        }
        contextFn(props.get("createContext"), o.file());
        if (kind.equals("hono") && props.get("endpoint") != null) mount = Optional.ofNullable(constString(props.get("endpoint"), o.file())).orElse(mount);
        serve(kind, cs.location(), mount, f, router, o.file(), seenRoots, mountedAt);
    }

    /** fastify.register(fastifyTRPCPlugin, { prefix, trpcOptions: { router } }). */
    private void fastify(CallSite cs, FileFacts f, Set<Location> seenRoots) {
        Project.Resolved o = project.resolve(cs.arg(1), f);
        if (!(o.val() instanceof Obj ob)) return;
        String prefix = constString(ob.props().get("prefix"), o.file());
        Project.Resolved t = project.resolve(ob.props().get("trpcOptions"), o.file());
        if (!(t.val() instanceof Obj to)) return;
        contextFn(to.props().get("createContext"), t.file());
        serve("fastify", cs.location(), prefix == null ? "/" : prefix, f, to.props().get("router"), t.file(), seenRoots, cs.location());
    }

    /** The adapters' createContext functions. */
    private final List<Project.FnRef> contextFns = new ArrayList<>();

    private void contextFn(Val v, FileFacts f) {
        if (v == null || f == null) return;
        Project.FnRef fn = project.function(v, f);
        if (fn != null && contextFns.stream().noneMatch(x -> x.fn() == fn.fn())) contextFns.add(fn);
    }

    private void serve(String kind, Location at, String mount, FileFacts adapterFile, Val router, FileFacts routerFile, Set<Location> seenRoots,
                       Location mountedAt) {
        if (router == null) return;
        Project.Resolved r = project.resolve(router, routerFile);
        Location rootAt = r.val() instanceof Call c && c.site() != null ? c.site() : at;
        if (!seenRoots.add(rootAt)) return; // one router served twice (HTTP and WebSocket) is one set of procedures
        Collector c = new Collector(null);
        c.router(r.val(), r.file(), "", 0);
        add(new Adapter(kind, at, mount == null ? "" : mount, adapterFile.path(), mountedAt), rootAt, c.procedures);
    }

    /** The app.use(path, adapter) call that mounts the adapter call {@code cs}, or null. */
    private static CallSite useCall(CallSite cs, FileFacts f) {
        for (Fn g : Analysis.functions(f)) {
            for (CallSite u : g.calls()) {
                if (!"use".equals(u.methodName()) && !"all".equals(u.methodName())) continue;
                for (Val a : u.args()) if (containsSite(a, cs.location(), 0)) return u;
            }
        }
        return null;
    }

    /** The path a use() call mounts at: "/" without one, "" when not constant. */
    private static String usePath(CallSite u) {
        String p = u.args().size() > 1 ? Val.constString(u.arg(0)) : "/";
        if (p == null) return "";
        if (p.endsWith("/*")) p = p.substring(0, p.length() - 2);
        return p.isEmpty() ? "/" : p;
    }

    private static boolean containsSite(Val v, Location site, int depth) {
        if (v == null || depth > 4) return false;
        if (v instanceof Call c) {
            if (site.equals(c.site())) return true;
            for (Val a : c.args()) if (containsSite(a, site, depth + 1)) return true;
        }
        return false;
    }

    /** pages/api/trpc/[trpc].ts → /api/trpc; app/api/trpc/[trpc]/route.ts → /api/trpc. */
    static String nextMount(String path) {
        String p = path.replace('\\', '/');
        int i = p.indexOf("pages/api/");
        int j = p.indexOf("app/api/");
        String rest;
        if (i >= 0) rest = p.substring(i + "pages".length());
        else if (j >= 0) rest = p.substring(j + "app".length());
        else return "";
        rest = rest.replaceAll("/route\\.[cm]?[jt]sx?$", "").replaceAll("\\.[cm]?[jt]sx?$", "");
        rest = rest.replaceAll("/\\[\\[?\\.{0,3}[^/\\]]*\\]\\]?$", "");
        return rest.isEmpty() ? "/" : rest;
    }

    private String constString(Val v, FileFacts f) {
        if (v == null) return null;
        Project.Resolved r = project.resolve(v, f);
        return Val.constString(r.val());
    }

    /** Walks one router value into procedures. */
    private final class Collector {
        final List<Procedure> procedures = new ArrayList<>();
        final Set<Location> innerRouters = new HashSet<>();
        final Set<Location> visiting = new HashSet<>();

        Collector(Object unused) { }

        void router(Val v, FileFacts f, String prefix, int depth) {
            if (v == null || depth > 24) return;
            Project.Resolved r = project.resolve(v, f);
            Val x = r.val();
            FileFacts xf = r.file();
            if (!(x instanceof Call c)) {
                if (x instanceof Obj o) record(o, xf, prefix, depth);
                return;
            }
            String q = project.qname(c.callee(), xf);
            if (q != null && q.startsWith("@trpc/server") && q.endsWith(".lazy") && !c.args().isEmpty()) {
                // v11 lazy(() => import('./user')): the router the imported module exports
                lazy(c.args().get(0), xf, prefix, depth);
                return;
            }
            if (q == null || !isRouterFactory(q)) {
                if (legacy(c, xf, prefix, depth, List.of())) return;
                // legacyRouter.interop() in a v10 mergeRouters
                if ("interop".equals(Vals.lastName(c.callee())) && withoutLast(c.callee()) != null) router(withoutLast(c.callee()), xf, prefix, depth + 1);
                return;
            }
            if (c.site() != null) {
                if (depth > 0) innerRouters.add(c.site());
                if (!visiting.add(c.site())) return;
            }
            try {
                if (q.endsWith(".mergeRouters")) {
                    for (Val a : c.args()) router(a, xf, prefix, depth + 1);
                } else if (!c.args().isEmpty()) {
                    Project.Resolved rec = project.resolve(argOf(c, 0), xf);
                    if (rec.val() instanceof Obj o) record(o, rec.file(), prefix, depth);
                }
            } finally {
                if (c.site() != null) visiting.remove(c.site());
            }
        }

        /**
         * The v9 router API (still in v10 as deprecated): {@code trpc.router<Ctx>().middleware(fn).query('name', { input,
         * resolve }).mutation(...).merge('prefix.', sub)}; a middleware applies to the procedures after it and to routers
         * merged after it. True when {@code c} is such a chain.
         */
        boolean legacy(Call c, FileFacts f, String prefix, int depth, List<Middleware> inherited) {
            List<Call> steps = new ArrayList<>();
            Val cur = c;
            FileFacts cf = f;
            boolean base = false;
            for (int i = 0; i < 200 && cur instanceof Call cc; i++) {
                String m = Vals.lastName(cc.callee());
                if (LEGACY_STEPS.contains(m) && cc.callee() instanceof Member mm) {
                    steps.add(cc);
                    cur = mm.object();
                    continue;
                }
                base = isLegacyBase(cc, cf, 0);
                break;
            }
            if (!base) return false;
            if (c.site() != null && !visiting.add(c.site())) return true;
            Collections.reverse(steps);
            List<Middleware> mws = new ArrayList<>(inherited);
            for (Call st : steps) {
                String m = Vals.lastName(st.callee());
                Location at = st.site();
                switch (m) {
                    case "middleware" -> mws.add(middleware(argOf(st, 0), f, at, "middleware"));
                    case "query", "mutation", "subscription" -> {
                        String name = Val.constString(argOf(st, 0));
                        Project.Resolved o = project.resolve(argOf(st, 1), f);
                        if (name == null || !(o.val() instanceof Obj ob)) continue;
                        List<Input> inputs = new ArrayList<>();
                        if (ob.props().get("input") != null) inputs.add(input(ob.props().get("input"), o.file(), at));
                        Fn resolver = null;
                        Val rv = ob.props().get("resolve");
                        if (rv != null) {
                            Project.FnRef fr = project.function(rv, o.file());
                            if (fr != null) resolver = fr.fn();
                        }
                        Location loc = resolver != null && resolver.location() != null ? resolver.location() : at;
                        if (loc != null) procedures.add(new Procedure(prefix + name, m, loc, resolver, List.copyOf(mws), List.copyOf(inputs), true));
                    }
                    case "merge" -> {
                        String p = st.args().size() >= 2 ? Val.constString(argOf(st, 0)) : "";
                        Val sub = st.args().size() >= 2 ? argOf(st, 1) : argOf(st, 0);
                        Project.Resolved sr = project.resolve(sub, f);
                        if (sr.val() instanceof Call sc) {
                            if (sc.site() != null) innerRouters.add(sc.site());
                            legacy(sc, sr.file(), prefix + (p == null ? "" : p), depth + 1, mws);
                        }
                    }
                    default -> { }
                }
            }
            if (c.site() != null) visiting.remove(c.site());
            return true;
        }

        /**
         * {@code lazy(() => import('./user'))} (the module's one exported router) or
         * {@code lazy(() => import('./user').then((m) => m.userRouter))}.
         */
        void lazy(Val loader, FileFacts f, String prefix, int depth) {
            Project.FnRef fn = project.function(loader, f);
            if (fn == null) return;
            for (Val ret : fn.fn().returns()) {
                Val v = ret;
                String export = null;
                if (v instanceof Call then && "then".equals(Vals.lastName(then.callee())) && then.callee() instanceof Member m) {
                    Project.FnRef pick = then.args().isEmpty() ? null : project.function(then.args().get(0), fn.file());
                    if (pick != null) for (Val r : pick.fn().returns()) if (r instanceof Param p && p.path().size() == 1) export = p.path().get(0);
                    v = m.object();
                }
                if (!(v instanceof Call imp) || !(imp.callee() instanceof Global g) || !g.name().equals("import") || imp.args().isEmpty()) continue;
                String spec = Val.constString(imp.args().get(0));
                String path = spec == null ? null : project.resolveModule(fn.file().path(), spec);
                FileFacts mf = path == null ? null : project.file(path);
                if (mf == null) continue;
                if (export != null) {
                    Val e = mf.exports().get(export);
                    if (e != null) router(e, mf, prefix, depth + 1);
                    continue;
                }
                for (Map.Entry<String, Val> e : new TreeMap<>(mf.exports()).entrySet()) {
                    Project.Resolved r = project.resolve(e.getValue(), mf);
                    if (r.val() instanceof Call rc) {
                        String rq = project.qname(rc.callee(), r.file());
                        if (rq != null && isRouterFactory(rq)) {
                            router(e.getValue(), mf, prefix, depth + 1);
                            break;
                        }
                    }
                }
            }
        }

        /** A router record: each key a procedure, a router or a nested record. */
        void record(Obj o, FileFacts f, String prefix, int depth) {
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                String key = e.getKey();
                if (key.startsWith("...")) {
                    // a spread record or router: its keys at this level
                    Project.Resolved s = project.resolve(e.getValue(), f);
                    if (s.val() instanceof Obj so) record(so, s.file(), prefix, depth + 1);
                    else router(s.val(), s.file(), prefix, depth + 1);
                    continue;
                }
                String path = prefix.isEmpty() ? key : prefix + "." + key;
                Project.Resolved ev = project.resolve(e.getValue(), f);
                Val v = ev.val();
                if (v instanceof Call c && TYPES.contains(String.valueOf(Vals.lastName(c.callee())))) {
                    Procedure p = procedure(path, c, ev.file());
                    if (p != null) {
                        procedures.add(p);
                        continue;
                    }
                }
                if (v instanceof Obj nested) {
                    record(nested, ev.file(), path, depth + 1);
                    continue;
                }
                router(v, ev.file(), path, depth + 1);
            }
        }
    }

    /** A procedure call {@code builder.query(resolver)} at {@code path}, or null when its builder is not a tRPC procedure builder. */
    private Procedure procedure(String path, Call c, FileFacts f) {
        String type = Vals.lastName(c.callee());
        Val builder = withoutLast(c.callee());
        List<Middleware> mws = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        boolean known = false;
        boolean anyStep = false;
        String name = null; // the builder binding the steps were read from (protectedProcedure)
        FileFacts bf = f;
        for (int i = 0; i < 40 && builder != null; i++) {
            if (builder instanceof Local l && l.path().isEmpty()) name = l.name();
            else if (builder instanceof Ref rf && rf.path().isEmpty() && !rf.export().equals("default") && !rf.export().equals("*")) name = rf.export();
            Project.Resolved r = project.resolve(builder, bf);
            Val b = r.val();
            bf = r.file();
            String q = project.qname(b, bf);
            if (q != null && ROOT.matcher(q).find() && q.endsWith(".procedure")) {
                known = true;
                break;
            }
            if (!(b instanceof Call bc)) break;
            String m = Vals.lastName(bc.callee());
            if (m == null) break;
            Location at = bc.site() == null ? c.site() : bc.site();
            if (m.equals("use")) {
                anyStep = true;
                mws.add(middleware(argOf(bc, 0), bf, at, name));
            } else if (m.equals("input")) {
                anyStep = true;
                inputs.add(input(argOf(bc, 0), bf, at));
            } else if (!PASS_THROUGH.contains(m)) {
                break;
            }
            builder = withoutLast(bc.callee());
        }
        if (!known && !anyStep) {
            // not a tRPC builder we can see: a procedure only when the project builds tRPC routers at all (the caller checked)
            if (builder == null) return null;
        }
        Collections.reverse(mws);
        Collections.reverse(inputs);
        Fn resolver = null;
        if (!c.args().isEmpty()) {
            Project.FnRef fr = project.function(argOf(c, 0), f);
            if (fr != null) resolver = fr.fn();
        }
        Location loc = c.site();
        if (loc == null) return null;
        return new Procedure(path, type, loc, resolver, List.copyOf(mws), List.copyOf(inputs), known);
    }

    private Middleware middleware(Val arg, FileFacts f, Location at, String builderName) {
        String name = arg instanceof Local l && l.path().isEmpty() ? l.name()
                : arg instanceof Ref rf && rf.path().isEmpty() && !rf.export().equals("default") ? rf.export() : null;
        Project.Resolved r = project.resolve(arg, f);
        Val v = r.val();
        FileFacts vf = r.file();
        List<Fn> fns = new ArrayList<>();
        List<FileFacts> files = new ArrayList<>();
        // t.middleware(fn), t.middleware(fn).unstable_pipe(fn2), an inline function
        for (int i = 0; i < 6 && v != null; i++) {
            if (v instanceof FnVal fv) {
                fns.add(fv.fn());
                files.add(vf);
                break;
            }
            if (v instanceof Call c) {
                String m = Vals.lastName(c.callee());
                if ("middleware".equals(m) || "unstable_pipe".equals(m) || "pipe".equals(m) || "experimental_standaloneMiddleware".equals(m)
                        || "create".equals(m)) {
                    Project.FnRef fr = c.args().isEmpty() ? null : project.function(argOf(c, 0), vf);
                    if (fr != null) {
                        fns.add(fr.fn());
                        files.add(fr.file());
                    }
                    Val recv = withoutLast(c.callee());
                    if (recv == null) break;
                    Project.Resolved rr = project.resolve(recv, vf);
                    v = rr.val();
                    vf = rr.file();
                    continue;
                }
                // a factory call returning the middleware (rateLimit({ ... }), requireRole('admin'))
                Project.FnRef factory = project.function(c.callee(), vf);
                String root = project.rootModule(c.callee(), vf);
                if (root != null && dev.backcheck.model.Classifier.kindOfPackage(root) != null) {
                    return new Middleware(name != null ? name : root, at, null, dev.backcheck.model.Classifier.kindOfPackage(root));
                }
                if (factory != null) {
                    for (Val ret : factory.fn().returns()) {
                        Project.FnRef rf = project.function(ret, factory.file());
                        if (rf != null) {
                            fns.add(rf.fn());
                            files.add(rf.file());
                        }
                    }
                    if (name == null) name = factory.fn().name();
                }
                break;
            }
            break;
        }
        if (name == null || name.isEmpty()) name = builderName != null ? builderName : "<middleware>";
        ControlKind kind = ControlKind.OTHER;
        Fn first = fns.isEmpty() ? null : fns.get(0);
        for (int i = 0; i < fns.size(); i++) {
            ControlKind k = kindOf(fns.get(i), files.get(i), 0, Collections.newSetFromMap(new IdentityHashMap<>()));
            if (k == ControlKind.AUTH || kind == ControlKind.OTHER) kind = k;
        }
        return new Middleware(name, at, first, kind);
    }

    /**
     * What a middleware (or a resolver) does, by behaviour: AUTH when it throws TRPCError UNAUTHORIZED or FORBIDDEN
     * under a condition, or verifies a token / rejects the unauthenticated (the HTTP analysis); RATE_LIMIT when it
     * throws TOO_MANY_REQUESTS or calls a rate limiter; else OTHER. Followed into the project functions it calls.
     */
    public ControlKind kindOf(Fn fn, FileFacts f, int depth, Set<Fn> seen) {
        if (fn == null || depth > 3 || !seen.add(fn)) return ControlKind.OTHER;
        if (depth == 0 && mwMemo.containsKey(fn)) return mwMemo.get(fn);
        ControlKind k = ControlKind.OTHER;
        List<Fn> all = new ArrayList<>();
        all.add(fn);
        all.addAll(fn.nested());
        outer:
        for (Fn g : all) {
            for (CallSite cs : g.calls()) {
                String code = trpcErrorCode(cs);
                // the throw runs when the caller is unknown: its if-test (or, for a compound test such as
                // !ctx.user || !ctx.session, the function's rejecting presence checks) names who the caller is
                if (code != null && (code.equals("UNAUTHORIZED") || code.equals("FORBIDDEN"))
                        && (cs.guards().stream().anyMatch(gd -> Vals.anyPart(gd.left(), TrpcRouters::identity))
                        || g.checks().stream().anyMatch(ck -> Vals.anyPart(ck.subject(), TrpcRouters::identity)))) {
                    k = ControlKind.AUTH;
                    break outer;
                }
                if ("TOO_MANY_REQUESTS".equals(code)) k = ControlKind.RATE_LIMIT;
            }
        }
        if (k == ControlKind.OTHER && f != null) {
            Analysis.Summary s = analysis.summary(fn, f);
            if (s.isAuth()) k = ControlKind.AUTH;
            else if (s.rateLimits()) k = ControlKind.RATE_LIMIT;
        }
        if (k == ControlKind.OTHER && f != null) {
            for (Fn g : all) {
                for (CallSite cs : g.calls()) {
                    Project.FnRef t = project.function(cs.callee(), f);
                    if (t == null || t.fn() == fn) continue;
                    ControlKind tk = kindOf(t.fn(), t.file(), depth + 1, seen);
                    if (tk == ControlKind.AUTH) {
                        k = tk;
                        break;
                    }
                    if (tk == ControlKind.RATE_LIMIT) k = tk;
                }
                if (k == ControlKind.AUTH) break;
            }
        }
        if (depth == 0) mwMemo.put(fn, k);
        return k;
    }

    private static final Pattern IDENTITY = Pattern.compile("(?i)(user|users?Id|session|auth|account|viewer|me|principal|identity|"
            + "currentUser|claims|token|apiKey|member|caller|uid)");
    private static final Pattern IDENTITY_CALL = Pattern.compile("(?i)(auth|get(Server)?(Auth)?Session|getServerAuthSession|currentUser|getUser|"
            + "validateRequest|getAuth|verify\\w*|decode\\w*)");

    /**
     * A value that says who the caller is: {@code ctx.user}, {@code ctx.session?.user}, {@code ctx.auth.userId}, or what
     * {@code auth()}/{@code getServerSession()} returned (a guard on {@code poll.isActive} is no authentication).
     */
    private static boolean identity(Val v) {
        if (v instanceof Param p) {
            // what the context carries (createContext derives it from the request): if (!ctx.requester) throw UNAUTHORIZED
            if ((p.name().equals("ctx") || p.path().contains("ctx")) && !p.path().contains("input")) return true;
            for (String s : p.path()) if (IDENTITY.matcher(s).matches()) return true;
            return p.path().isEmpty() && IDENTITY.matcher(p.name()).matches();
        }
        if (v instanceof Req q) return q.part().equals("user") || q.part().equals("session") || q.part().equals("headers") || q.part().equals("cookies");
        if (v instanceof Call c) {
            String m = Vals.lastName(c.callee());
            return m != null && IDENTITY_CALL.matcher(m).matches();
        }
        if (v instanceof Member m) return IDENTITY.matcher(m.prop()).matches() && !(m.object() instanceof Lit);
        if (v instanceof Local l) {
            for (String s : l.path()) if (IDENTITY.matcher(s).matches()) return true;
            return false;
        }
        return false;
    }

    /** The code of {@code new TRPCError({ code })}, or null. */
    public static String trpcErrorCode(CallSite cs) {
        if (!cs.isNew() || !"TRPCError".equals(Vals.lastName(cs.callee())) || cs.args().isEmpty()) return null;
        if (cs.arg(0) instanceof Obj o) return Val.constString(o.props().get("code"));
        return null;
    }

    private Input input(Val schema, FileFacts f, Location at) {
        if (schema == null) return new Input("none", at, true);
        Project.Resolved r = project.resolve(schema, f);
        Val v = r.val();
        if (v instanceof FnVal) return new Input("function", at, false, v, r.file());
        String root = project.rootModule(v, r.file());
        String lib = root == null ? null : SCHEMA_LIBS.get(root);
        if (lib == null) lib = "schema"; // a project or workspace schema module whose library is not seen here
        boolean opaque = false;
        if (v instanceof Call c && c.args().isEmpty()) {
            String m = Vals.lastName(c.callee());
            opaque = ("any".equals(m) || "unknown".equals(m) || "mixed".equals(m)) && root != null;
        }
        return new Input(lib, at, opaque, v, r.file());
    }

    /** Zod/valibot/yup builders whose value holds no free text: numbers, booleans, dates, enum members, literals. */
    private static final Set<String> RESTRICTIVE = Set.of("number", "boolean", "bigint", "date", "enum", "nativeEnum", "literal",
            "picklist", "integer", "int", "coerce.number", "coerce.boolean", "coerce.date", "coerce.bigint");
    /** String refinements that leave no free text: an id or a date format. */
    private static final Set<String> RESTRICTIVE_STRING = Set.of("uuid", "cuid", "cuid2", "ulid", "datetime", "date", "time",
            "ip", "ipv4", "ipv6", "nanoid", "base64", "emoji", "int", "integer");

    /**
     * True when {@code field} of a procedure's input is declared with a schema that admits no free text
     * ({@code z.number()}, {@code z.enum([...])}, {@code z.string().uuid()}, {@code z.coerce.date()}).
     */
    public boolean restrictedField(Procedure p, String field) {
        for (Input in : p.inputs()) {
            if (in.schema() == null || in.file() == null) continue;
            Val s = in.schema();
            // z.object({...}) with refinements after it (.strict(), .optional())
            for (int i = 0; i < 8 && s instanceof Call c && c.callee() instanceof Member m && m.object() instanceof Call; i++) s = m.object();
            if (!(s instanceof Call c) || c.args().isEmpty()) continue;
            String m = Vals.lastName(c.callee());
            if (!"object".equals(m) && !"strictObject".equals(m) && !"looseObject".equals(m)) continue;
            Project.Resolved shape = project.resolve(c.args().get(0), in.file());
            if (!(shape.val() instanceof Obj o)) continue;
            Val f = o.props().get(field);
            if (f != null && restrictive(project.resolve(f, shape.file()).val())) return true;
        }
        return false;
    }

    private static boolean restrictive(Val v) {
        Set<String> steps = new HashSet<>();
        for (int i = 0; i < 12 && v != null; i++) {
            if (v instanceof Call c) {
                Val callee = c.callee();
                String name = Vals.lastName(callee);
                if (callee instanceof Member m) {
                    steps.add(name);
                    v = m.object();
                    continue;
                }
                if (callee instanceof Ref r) {
                    String base = r.path().isEmpty() ? r.export() : String.join(".", r.path());
                    if (RESTRICTIVE.contains(base)) return true;
                    // valibot: v.pipe(v.string(), v.uuid())
                    if (base.equals("pipe")) {
                        for (Val a : c.args()) if (restrictive(a)) return true;
                        for (Val a : c.args()) if (a instanceof Call ac && RESTRICTIVE_STRING.contains(String.valueOf(Vals.lastName(ac.callee())))) return true;
                        return false;
                    }
                    if (base.equals("string")) return steps.stream().anyMatch(RESTRICTIVE_STRING::contains) || steps.contains("regex");
                    return false;
                }
                return false;
            }
            return false;
        }
        return false;
    }

    private static Val argOf(Call c, int i) {
        return i < c.args().size() ? c.args().get(i) : null;
    }

    private static Val withoutLast(Val v) {
        if (v instanceof Member m) return m.object();
        if (v instanceof Ref r && !r.path().isEmpty()) return new Ref(r.module(), r.export(), r.path().subList(0, r.path().size() - 1));
        if (v instanceof Local l && !l.path().isEmpty()) return new Local(l.name(), l.path().subList(0, l.path().size() - 1));
        if (v instanceof Param p && !p.path().isEmpty()) return new Param(p.index(), p.name(), p.path().subList(0, p.path().size() - 1));
        return null;
    }

    /** Every served router, ordered by adapter location. */
    public List<Served> served() {
        return Collections.unmodifiableList(served);
    }

    /** True when a tRPC adapter in {@code path} serves a router (a Next.js route file that is a tRPC endpoint). */
    public boolean servesFrom(String path) {
        for (Served s : served) if (s.adapter().file().equals(path) && !s.adapter().kind().equals("none")) return true;
        return false;
    }

    /** The procedure {@code fn} resolves, or null. */
    public Procedure procedureOf(Fn fn) {
        return fn == null ? null : byResolver.get(fn);
    }

    /** True when {@code fn} is the resolver of a served procedure. */
    public boolean isResolver(Fn fn) {
        return procedureOf(fn) != null;
    }

    /**
     * The request value a resolver's parameter stands for, or null: {@code input.x} (the client's input, part
     * {@code input}), {@code ctx.req.*} (the request), {@code ctx.headers.*}. The signed-in user, the session and
     * services on the context are not request values.
     */
    public Val requestValue(Fn fn, Param p) {
        if (p.index() != 0 || p.path().isEmpty() || !isResolver(fn)) return null;
        List<String> path = p.path();
        if (path.get(0).equals("input")) {
            if (path.size() >= 2 && restrictedField(procedureOf(fn), path.get(1))) return new Lit(null); // a number, an enum member, an id
            return new Req("input", path.subList(1, path.size()));
        }
        if (path.get(0).equals("ctx") && path.size() >= 2) {
            if (path.get(1).equals("req") || path.get(1).equals("request")) {
                Val r = new Req("raw", List.of());
                for (String s : path.subList(2, path.size())) r = Val.member(r, s);
                return r;
            }
            if (path.get(1).equals("headers")) return new Req("headers", path.subList(2, path.size()));
            // a field createContext copied from the request (token: req.headers.authorization)
            for (Project.FnRef c : contextFns) {
                Val v = RequestContext.field(project, c.fn(), c.file(), path.subList(1, path.size()), 0, Set.of("req", "request"));
                if (v != null) return v;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ server-side callers

    /**
     * A call on a server-side caller: the procedure it runs and the file of its resolver. {@code @trpc/server}'s
     * {@code createCallerFactory(router)(ctx)} (v11's {@code t.createCallerFactory}) and {@code router.createCaller(ctx)}
     * answer a proxy: {@code caller.a.b.proc(x)} runs procedure {@code a.b.proc} with {@code x} as its raw input, through
     * the procedure's middlewares and {@code .input()} parsers (a parse failure throws {@code TRPCError} BAD_REQUEST)
     * before its resolver sees {@code input}. Without an {@code .input()} the resolver's {@code input} is undefined.
     */
    public record CalledProcedure(Procedure procedure, FileFacts resolverFile) {
        /** The library of the procedure's first {@code .input()} that validates (not z.any()), or null when none does. */
        public String validatedBy() {
            for (Input in : procedure.inputs()) if (!in.opaque()) return in.lib();
            return null;
        }
    }

    private final Map<Val, Object> calledMemo = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Location, List<Procedure>> routerMemo = Collections.synchronizedMap(new HashMap<>());
    private final Map<String, Object> contextSets = Collections.synchronizedMap(new HashMap<>());
    private volatile Boolean makesCallers;
    private static final Object NO_CALL = new Object();

    /**
     * The procedure {@code callee} runs when it is a procedure of a server-side caller ({@code caller.a.b.proc}): the caller
     * bound in a local or made inline ({@code createCaller(ctx).a.proc}), or a Hono context variable every middleware of
     * the project sets to a caller ({@code c.set('api', createCaller(c.get('ctx')))}, read as {@code c.var.api} or
     * {@code c.get('api')}). Null otherwise.
     */
    public CalledProcedure calledProcedure(Val callee, FileFacts file) {
        if (callee == null || file == null || !makesCallers()) return null;
        Object known = calledMemo.get(callee);
        if (known == null) {
            CalledProcedure cp = null;
            try {
                cp = findCalled(callee, file);
            } catch (RuntimeException e) {
                cp = null;
            }
            known = cp == null ? NO_CALL : cp;
            calledMemo.put(callee, known);
        }
        return known == NO_CALL ? null : (CalledProcedure) known;
    }

    /** True when some file of the project makes a server-side caller (a call named createCaller or createCallerFactory). */
    private boolean makesCallers() {
        Boolean b = makesCallers;
        if (b != null) return b;
        boolean any = false;
        if (project.dependsOn("@trpc/server") || anyImport(project)) {
            outer:
            for (FileFacts f : project.files().values()) {
                if (!"ts".equals(f.language())) continue;
                for (Fn fn : Analysis.functions(f)) {
                    for (CallSite cs : fn.calls()) {
                        String m = cs.methodName();
                        if ("createCaller".equals(m) || "createCallerFactory".equals(m)) {
                            any = true;
                            break outer;
                        }
                    }
                }
            }
        }
        makesCallers = any;
        return any;
    }

    private CalledProcedure findCalled(Val callee, FileFacts file) {
        List<String> tail = new ArrayList<>();
        Val base = callee;
        while (base instanceof Member m) {
            tail.add(0, m.prop());
            base = m.object();
        }
        List<String> path = base instanceof Param p ? p.path() : base instanceof Local l ? l.path() : base instanceof Ref r ? r.path() : List.of();
        // the caller is the base with the first i steps of its path; the rest of the steps (at least one) name the procedure
        for (int i = 0; i <= path.size(); i++) {
            List<String> rest = new ArrayList<>(path.subList(i, path.size()));
            rest.addAll(tail);
            if (rest.isEmpty()) break;
            Val caller = withPath(base, path.subList(0, i));
            if (caller == null) continue;
            List<Procedure> procs = callerProcedures(caller, file);
            if (procs == null) continue;
            String dotted = String.join(".", rest);
            for (Procedure p : procs) {
                if (!p.path().equals(dotted)) continue;
                FileFacts rf = p.resolver() == null ? null : analysis.fnFile(p.resolver());
                return new CalledProcedure(p, rf);
            }
            return null;
        }
        return null;
    }

    private static Val withPath(Val base, List<String> path) {
        if (base instanceof Param p) return new Param(p.index(), p.name(), List.copyOf(path));
        if (base instanceof Local l) return new Local(l.name(), List.copyOf(path));
        if (base instanceof Ref r) return new Ref(r.module(), r.export(), List.copyOf(path));
        return path.isEmpty() ? base : null;
    }

    /** The procedures of the router {@code v} is a caller of, or null when it is no caller. */
    private List<Procedure> callerProcedures(Val v, FileFacts f) {
        // Hono: c.var.api, c.get('api')
        String key = null;
        if (v instanceof Param p && p.path().size() == 2 && p.path().get(0).equals("var")) key = p.path().get(1);
        else if (v instanceof Call c && c.args().size() == 1 && c.callee() instanceof Param p && p.path().equals(List.of("get"))) key = Val.constString(c.args().get(0));
        if (key != null) return contextCaller(key);
        RouterAt r = callerOf(v, f);
        return r == null ? null : procedures(r.router(), r.file());
    }

    private record RouterAt(Val router, FileFacts file) { }

    /** The router a value is a caller of: {@code createCaller(ctx)} with {@code createCaller = createCallerFactory(router)}, or {@code router.createCaller(ctx)}. */
    private RouterAt callerOf(Val v, FileFacts f) {
        Project.Resolved r = project.resolve(v, f);
        if (!(r.val() instanceof Call c)) return null;
        if ("createCaller".equals(Vals.lastName(c.callee())) && withoutLast(c.callee()) != null) {
            Val recv = withoutLast(c.callee());
            Project.Resolved rr = project.resolve(recv, r.file());
            if (rr.val() instanceof Call rc) {
                String q = project.qname(rc.callee(), rr.file());
                if (q != null && isRouterFactory(q)) return new RouterAt(rc, rr.file());
            }
        }
        Project.Resolved fac = project.resolve(c.callee(), r.file());
        if (fac.val() instanceof Call fc && !fc.args().isEmpty() && "createCallerFactory".equals(Vals.lastName(fc.callee()))) {
            String q = project.qname(fc.callee(), fac.file());
            if (q != null && q.startsWith("@trpc/server")) return new RouterAt(fc.args().get(0), fac.file());
        }
        return null;
    }

    /**
     * The procedures of the caller every {@code c.set(key, value)} of the project puts on the Hono context, or null when
     * none does or one sets something else (or a caller of another router).
     */
    @SuppressWarnings("unchecked")
    private List<Procedure> contextCaller(String key) {
        Object known = contextSets.get(key);
        if (known != null) return known == NO_CALL ? null : (List<Procedure>) known;
        List<Procedure> found = null;
        Location router = null;
        boolean any = false, bad = false;
        outer:
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path()) || !"ts".equals(f.language())) continue;
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if (cs.args().size() != 2 || !(cs.callee() instanceof Param p) || !p.path().equals(List.of("set"))) continue;
                    if (!key.equals(Val.constString(cs.arg(0)))) continue;
                    any = true;
                    RouterAt r = callerOf(cs.arg(1), f);
                    Project.Resolved rr = r == null ? null : project.resolve(r.router(), r.file());
                    Location site = rr != null && rr.val() instanceof Call rc ? rc.site() : null;
                    if (site == null || router != null && !router.equals(site)) {
                        bad = true;
                        break outer;
                    }
                    router = site;
                    found = procedures(r.router(), r.file());
                }
            }
        }
        List<Procedure> out = !any || bad ? null : found;
        contextSets.put(key, out == null ? NO_CALL : out);
        return out;
    }

    /** The procedures of a router value: those of the served router built there, else collected from it. */
    private List<Procedure> procedures(Val router, FileFacts f) {
        Project.Resolved r = project.resolve(router, f);
        if (!(r.val() instanceof Call c) || c.site() == null) return null;
        for (Served s : served) if (s.router().equals(c.site())) return s.procedures();
        List<Procedure> known = routerMemo.get(c.site());
        if (known != null) return known;
        Collector col = new Collector(null);
        boolean outer = BUILDING.get() == null;
        if (outer) BUILDING.set(Boolean.TRUE); // the middlewares summarised on the way resolve no caller
        try {
            col.router(r.val(), r.file(), "", 0);
        } finally {
            if (outer) BUILDING.remove();
        }
        List<Procedure> out = List.copyOf(col.procedures);
        routerMemo.put(c.site(), out);
        return out;
    }

    /** Where a resolver reads its input ({@code input} or {@code opts.input}), or null when it does not. */
    public static Location inputRead(Fn resolver) {
        if (resolver == null) return null;
        List<Fn> all = new ArrayList<>();
        all.add(resolver);
        collect(resolver, all, 0);
        Location best = null;
        for (Fn g : all) {
            for (CallSite cs : g.calls()) {
                boolean reads = Vals.anyPart(cs.callee(), TrpcRouters::isInput) || cs.args().stream().anyMatch(a -> Vals.anyPart(a, TrpcRouters::isInput));
                if (reads && (best == null || Location.ORDER.compare(cs.location(), best) < 0)) best = cs.location();
            }
            for (Val r : g.returns()) {
                if (Vals.anyPart(r, TrpcRouters::isInput) && best == null) best = g.location();
            }
        }
        return best;
    }

    private static void collect(Fn fn, List<Fn> out, int depth) {
        if (depth > 4) return;
        for (Fn n : fn.nested()) {
            out.add(n);
            collect(n, out, depth + 1);
        }
    }

    private static boolean isInput(Val v) {
        // the resolver's own first parameter only (its callbacks' parameters have other indexes or names)
        return v instanceof Param p && p.index() == 0 && !p.path().isEmpty() && p.path().get(0).equals("input");
    }
}
