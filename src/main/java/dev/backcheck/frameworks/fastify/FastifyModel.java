package dev.backcheck.frameworks.fastify;

import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.FrameworkModel;
import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.*;

import java.util.*;

/**
 * Fastify 4 and 5: {@code fastify()} instances (also kept in a class field), applications started by
 * fastify-cli ({@code fastify start app.js}: the file's exported plugin), {@code register(plugin, { prefix })}
 * with plugins in any file (encapsulated, or run in the parent by {@code fastify-plugin} and
 * {@code Symbol.for('skip-override')}, which also makes Fastify ignore their prefix), {@code @fastify/autoload}
 * directories as the installed version loads them (see {@link Autoload}), shorthand routes
 * {@code get(url, [opts], handler)} and {@code route({ method, url, ... })}, route {@code schema}
 * (validated parts), route-level hooks and {@code config.rateLimit}, {@code addHook}, {@code decorate}d
 * auth functions, {@code setErrorHandler} and {@code listen}. Registrations it cannot follow are
 * reported with {@link Project#notModelled}; no route is guessed.
 * <p>
 * Encapsulation follows avvio's load order: a child plugin copies its parent's hooks when it loads,
 * so hooks and library plugins (helmet, cors, rate limit: fastify-plugin wrapped, they add hooks to
 * the instance they are registered on) reach the child plugins loaded after them, and every route of
 * the instance itself (Fastify binds those hooks when the app is ready).
 */
public final class FastifyModel implements FrameworkModel {

    private static final java.util.regex.Pattern REMOVE_ALL = java.util.regex.Pattern.compile("removeAdditional\\s*:\\s*['\"]all['\"]");

    /** Fastify({ ajv: { customOptions: { removeAdditional: 'all' } } }): Ajv drops every key a schema does not declare. */
    private static boolean removesAllAdditional(Project project) {
        return project.derived(RemovesAll.class, p -> {
            for (dev.backcheck.model.Application a : p.applications()) {
                if (!a.framework().equals("fastify") || a.location() == null) continue;
                String text = dev.backcheck.concepts.SourceLines.text(p, a.location().path(), 2_000_000);
                if (text != null && REMOVE_ALL.matcher(text).find()) return new RemovesAll(true);
            }
            return new RemovesAll(false);
        }).value();
    }

    private record RemovesAll(boolean value) { }

    private static Val propOf(Project project, Obj o, String key, FileFacts f) {
        if (o == null) return null;
        Val v = o.props().get(key);
        return v == null ? null : project.resolve(v, f).val();
    }

    /**
     * Whether the route schema a {@code "schema"} validation control stands for drops the body keys it does not
     * declare. Fastify's Ajv removes additional properties only where the schema says {@code additionalProperties: false}
     * ({@code removeAdditional: true} is its default): a literal object schema, or TypeBox's {@code Type.Object(props, opts)},
     * without it lets every other key through. True when the schema cannot be read (it may say so), or for other controls.
     */
    public static boolean stripsUnknownBodyKeys(Project project, Control c) {
        if (c == null || !"schema".equals(c.name()) || c.options() == null || !(c.options().value() instanceof Obj schema)) return true;
        if (removesAllAdditional(project)) return true;
        FileFacts f = project.file(c.options().file());
        if (f == null) return true;
        Val body = propOf(project, schema, "body", f);
        if (body instanceof Obj bo) {
            if (!bo.props().containsKey("properties") && !bo.props().containsKey("type")) return true; // not a plain JSON schema
            Val ap = propOf(project, bo, "additionalProperties", f);
            return ap instanceof Lit l && Boolean.FALSE.equals(l.value());
        }
        if (body instanceof Call call && "Object".equals(Vals.lastName(call.callee())) && !call.args().isEmpty()) {
            Val opts = call.args().size() > 1 ? project.resolve(call.args().get(1), f).val() : null;
            Val ap = opts instanceof Obj oo ? propOf(project, oo, "additionalProperties", f) : null;
            return ap instanceof Lit l && Boolean.FALSE.equals(l.value());
        }
        return true;
    }
    /**
     * {@code app.inject({ method, url, payload })} on a Fastify instance (light-my-request): the app dispatches a request
     * to itself in process, and the route that answers it runs its own hooks, schema and handler on the payload. The
     * index of the argument holding the payload (0), or -1 for any other call.
     */
    public static int selfDispatchArg(Project project, CallSite cs, FileFacts file) {
        if (!"inject".equals(cs.methodName()) || cs.args().size() != 1 || file == null) return -1;
        return "fastify".equals(project.rootModule(cs.callee(), file)) ? 0 : -1;
    }

    static final Set<String> HTTP = Set.of("get", "post", "put", "patch", "delete", "all", "options", "head");
    private static final Set<String> REG = Set.of("get", "post", "put", "patch", "delete", "all", "options", "head",
            "route", "register", "addHook", "setErrorHandler", "listen", "decorate", "after", "ready");
    /** Request lifecycle hooks that run before the handler, in order. */
    private static final List<String> PHASES = List.of("onRequest", "preParsing", "preValidation", "preHandler");
    private static final int MAX_SCOPE_DEPTH = 12;

    @Override
    public String id() {
        return "fastify";
    }

    private record Reg(String method, CallSite cs, FileFacts file, Location pos) { }

    /** A function registered as a plugin, or a library plugin by package. */
    private record Plugin(Project.FnRef fn, boolean merged, String library, Val call, FileFacts callFile, String name,
                          List<String> dependencies) {
        Plugin(Project.FnRef fn, boolean merged, String library, Val call, FileFacts callFile) {
            this(fn, merged, library, call, callFile, null, List.of());
        }
    }

    @Override
    public List<Application> build(Project project) {
        if (!project.dependsOn("fastify") && project.files().values().stream()
                .noneMatch(f -> f.imports().values().stream().anyMatch(i -> i.module().equals("fastify")))) {
            return List.of();
        }
        Analysis analysis = ModelSupport.analysis(project);
        Classifier classifier = new Classifier(analysis);
        Ctx ctx = new Ctx(project, analysis, classifier);
        ctx.collectDecorations();

        // root instances and the registrations made on them anywhere in the project
        IdentityHashMap<Val, List<Reg>> roots = new IdentityHashMap<>();
        IdentityHashMap<Val, FileFacts> rootFiles = new IdentityHashMap<>();
        ModelSupport.ParamBindings bindings = new ModelSupport.ParamBindings(project, analysis);
        ctx.bindings = bindings;
        for (FileFacts f : project.files().values()) {
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    String m = cs.methodName();
                    if (m == null || !REG.contains(m)) continue;
                    Val recv = Analysis.receiver(cs.callee());
                    if (recv == null) continue;
                    // registerApp(app) { const server = app.withTypeProvider<T>(); server.register(...) }: the parameter
                    recv = ctx.parameterUnder(recv, f);
                    // app.register(x) written inside app.register(async (child) => {...}): x loads into the child (see Builder#collect)
                    if ((m.equals("register") || m.equals("after")) && ctx.inlinePluginBodies(f).containsKey(fn)) continue;
                    for (ModelSupport.Bound b : bindings.bind(recv, f, fn)) {
                        Bound inst = ctx.rootInstance(b.val(), b.file(), 0);
                        if (inst == null) continue;
                        // made through a helper's parameter (registerSecurityPlugins(app)): it stands at the helper call
                        Location at = helperCall(ctx, bindings, recv, f, fn, inst.val, 0);
                        roots.computeIfAbsent(inst.val, k -> new ArrayList<>()).add(new Reg(m, cs, f, at != null ? at : cs.location()));
                        rootFiles.putIfAbsent(inst.val, inst.file);
                    }
                }
            }
        }
        Set<Val> presorted = Collections.newSetFromMap(new IdentityHashMap<>());
        classInstances(ctx, roots, rootFiles, presorted);
        List<Application> apps = new ArrayList<>();
        List<Set<Fn>> ran = new ArrayList<>();
        List<Application.Signal> signals = ModelSupport.signals(project);
        for (Map.Entry<Val, List<Reg>> e : roots.entrySet()) {
            Val inst = e.getKey();
            Location where = inst instanceof Call c && c.site() != null ? c.site() : e.getValue().get(0).cs.location();
            FileFacts home = rootFiles.get(inst);
            List<Reg> regs = new ArrayList<>(e.getValue());
            // a test that adds routes to the application it built does not change the application
            if (home != null && !project.isTestPath(home.path())) regs.removeIf(r -> project.isTestPath(r.file.path()));
            if (regs.isEmpty()) continue;
            // a class's registrations are already in call order (methods stand where this.method() is called)
            // the file creating the instance first, each registration where it stands there (a helper's at its call)
            if (!presorted.contains(inst)) regs.sort(Comparator.comparingInt((Reg r) -> home != null && r.pos.path().equals(home.path()) ? 0 : 1)
                    .thenComparing((Reg r) -> r.pos.path()).thenComparingInt(r -> r.pos.line()).thenComparingInt(r -> r.pos.column())
                    .thenComparing((Reg r) -> r.file.path()).thenComparingInt(r -> r.cs.location().line())
                    .thenComparingInt(r -> r.cs.location().column()));
            Builder b = new Builder(ctx);
            b.root = inst;
            b.scope(regs, "", new ArrayList<>(), false, null, new ArrayList<>(), 0);
            apps.add(new Application("fastify", where, b.routes, b.mounts, List.of(), b.errorHandlers, b.listens, signals));
            ran.add(b.ran);
        }
        // an instance created where the model could not follow its registrations (a class field, a container)
        Set<String> rootSites = new HashSet<>();
        for (Val inst : roots.keySet()) if (inst instanceof Call c && c.site() != null) rootSites.add(c.site().toString());
        rootSites.addAll(ctx.alternativeSites);
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path()) || !mayCreate(f)) continue; // a test's own instance is no application
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if (cs.isNew() || rootSites.contains(cs.location().toString())) continue;
                    if (!ctx.isCreation(new Call(cs.callee(), cs.args(), cs.location()), f)) continue;
                    project.notModelled("the registrations of a Fastify instance kept where the model cannot trace it", f.path(),
                            cs.location().line(), cs.location().column(), true);
                }
            }
        }
        // fastify-cli: `fastify start app.js` registers app.js's plugin on an instance it creates; an
        // instance the project creates to register that same plugin (a test, a dev launcher) is that app
        for (FastifyCli.Entry e : FastifyCli.entries(project)) {
            FileFacts ff = project.file(e.file());
            Val def = ff.exports().get("default");
            if (def == null) continue; // a script that creates its own instance (found as a creation)
            Plugin p = ctx.plugin(def, ff, 0);
            if (p == null || p.fn == null) {
                project.notModelled("fastify-cli start " + e.file() + " (its exported plugin could not be followed)",
                        e.manifest(), e.line(), 1, true);
                continue;
            }
            Builder b = new Builder(ctx);
            b.runPlugin(p.fn, e.prefix(), new ArrayList<>(), true, false, new ArrayList<>(), 0);
            for (int i = apps.size() - 1; i >= 0; i--) {
                if (i < ran.size() && ran.get(i).contains(p.fn.fn())) {
                    apps.remove(i);
                    ran.remove(i);
                }
            }
            apps.add(new Application("fastify", p.fn.fn().location(), b.routes, b.mounts, List.of(), b.errorHandlers, b.listens, signals));
            ran.add(b.ran);
        }
        if (apps.isEmpty()) return apps;
        apps.sort(Comparator.comparing(Application::location, Location.ORDER));
        List<Control> unmounted = ModelSupport.unmountedControls(project, classifier, ctx.used);
        List<Application> out = new ArrayList<>();
        for (Application a : apps) {
            out.add(new Application(a.framework(), a.location(), a.routes(), a.mounts(), unmounted, a.errorHandlers(),
                    a.listens(), a.signals()));
        }
        return out;
    }

    private record Bound(Val val, FileFacts file) { }

    /**
     * The call that hands the instance {@code inst} to the helper whose parameter {@code recv} is
     * (followed up through helpers that pass it on), in the function holding the instance; null when
     * {@code recv} is no parameter, or the helper is called for that instance from more than one place.
     */
    private static Location helperCall(Ctx ctx, ModelSupport.ParamBindings bindings, Val recv, FileFacts f, Fn fn, Val inst, int depth) {
        if (depth > 3 || fn == null) return null;
        if (!(ctx.project.resolve(recv, f).val() instanceof Param p) || !p.path().isEmpty()) return null;
        Location found = null;
        for (Object[] call : bindings.callersOf(fn)) {
            CallSite cs = (CallSite) call[0];
            FileFacts cf = (FileFacts) call[1];
            Val a = cs.arg(p.index());
            if (a == null) continue;
            Project.Resolved ar = ctx.project.resolve(a, cf);
            Location at;
            if (ar.val() instanceof Param) {
                at = call.length > 2 && call[2] instanceof Fn outer ? helperCall(ctx, bindings, a, cf, outer, inst, depth + 1) : null;
            } else {
                Bound b = ctx.rootInstance(ar.val(), ar.file(), 0);
                at = b != null && sameInstance(b.val, inst) ? cs.location() : null;
            }
            if (at == null) continue;
            if (found != null && !found.equals(at)) return null;
            found = at;
        }
        return found;
    }

    private static boolean sameInstance(Val a, Val b) {
        return a == b || (a instanceof Call ca && b instanceof Call cb && ca.site() != null && ca.site().equals(cb.site()));
    }

    /** Methods only a Fastify instance has: the field they are called on holds the class's instance. */
    private static final Set<String> FASTIFY_ONLY = Set.of("register", "addHook", "route", "setErrorHandler", "setNotFoundHandler",
            "decorate", "decorateRequest", "withTypeProvider");

    /**
     * A class that creates one Fastify instance and keeps it in a field ({@code this.#fastify = Fastify()}
     * in the constructor, registrations in its methods): the registrations on that field, in source order.
     */
    private static void classInstances(Ctx ctx, IdentityHashMap<Val, List<Reg>> roots, IdentityHashMap<Val, FileFacts> rootFiles,
                                       Set<Val> presorted) {
        for (FileFacts f : ctx.project.files().values()) {
            if (f.classes().isEmpty() || !mayCreate(f)) continue;
            for (ClassInfo ci : f.classes().values()) {
                List<Fn> bodies = new ArrayList<>();
                for (Fn m : ci.methods()) nestedBodies(m, bodies, 0);
                CallSite creation = null;
                int creations = 0;
                Map<String, Integer> fields = new TreeMap<>();
                for (Fn b : bodies) {
                    for (CallSite cs : b.calls()) {
                        if (!cs.isNew() && ctx.isCreation(new Call(cs.callee(), cs.args(), cs.location()), f)) {
                            creation = cs;
                            creations++;
                        }
                        String field = thisField(cs);
                        if (field != null && FASTIFY_ONLY.contains(String.valueOf(cs.methodName()))) fields.merge(field, 1, Integer::sum);
                    }
                }
                if (creations != 1 || fields.size() != 1) continue;
                String field = fields.keySet().iterator().next();
                // a method called as this.m() from another method registers where it is called
                Map<String, Location> calledAt = new HashMap<>();
                for (Fn m : ci.methods()) {
                    List<Fn> mb = new ArrayList<>();
                    nestedBodies(m, mb, 0);
                    for (Fn b : mb) {
                        for (CallSite cs : b.calls()) {
                            Val recv = Analysis.receiver(cs.callee());
                            boolean onThis = recv instanceof This t && t.path().isEmpty();
                            if (onThis && cs.methodName() != null && !cs.methodName().equals(m.name())) calledAt.putIfAbsent(cs.methodName(), cs.location());
                        }
                    }
                }
                List<Reg> regs = new ArrayList<>();
                for (Fn m : ci.methods()) {
                    Location at = null;
                    String name = m.name();
                    for (int hop = 0; hop < 6 && calledAt.containsKey(name); hop++) {
                        at = calledAt.get(name);
                        String caller = null;
                        for (Fn other : ci.methods()) {
                            if (other.location().path().equals(at.path()) && other.location().line() <= at.line()
                                    && other.location().endLine() >= at.line()) caller = other.name();
                        }
                        if (caller == null || caller.equals(name)) break;
                        name = caller;
                    }
                    List<Fn> mb = new ArrayList<>();
                    nestedBodies(m, mb, 0);
                    for (Fn b : mb) {
                        for (CallSite cs : b.calls()) {
                            if (REG.contains(String.valueOf(cs.methodName())) && field.equals(thisField(cs))) {
                                regs.add(new Reg(cs.methodName(), cs, f, at != null ? at : cs.location()));
                            }
                        }
                    }
                }
                if (regs.isEmpty()) continue;
                regs.sort(Comparator.comparingInt((Reg r) -> r.pos.line()).thenComparingInt(r -> r.pos.column())
                        .thenComparingInt(r -> r.cs.location().line()).thenComparingInt(r -> r.cs.location().column()));
                Val inst = new Call(creation.callee(), creation.args(), creation.location());
                roots.put(inst, regs);
                rootFiles.put(inst, f);
                presorted.add(inst);
            }
        }
    }

    /** A file that can call fastify() itself: it imports or requires the package. */
    private static boolean mayCreate(FileFacts f) {
        for (Import i : f.imports().values()) if (i.module().equals("fastify")) return true;
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                if (cs.callee() instanceof Global g && g.name().equals("require") && "fastify".equals(Val.constString(cs.arg(0)))) return true;
            }
        }
        return false;
    }

    private static void nestedBodies(Fn fn, List<Fn> out, int depth) {
        if (depth > 6) return;
        out.add(fn);
        for (Fn n : fn.nested()) nestedBodies(n, out, depth + 1);
    }

    /** The field a call's receiver (after chained registrations) is on: this.app.register(...) is "app". */
    private static String thisField(CallSite cs) {
        Val recv = Builder.chainBase(Analysis.receiver(cs.callee()));
        if (recv instanceof This t && t.path().size() == 1) return t.path().get(0);
        if (recv instanceof Member m && m.object() instanceof This t && t.path().isEmpty()) return m.prop();
        return null;
    }

    /** Shared state of one project: resolution helpers, decorations, used controls. */
    private static final class Ctx {
        final Project project;
        final Analysis analysis;
        final Classifier classifier;
        final Map<String, Project.FnRef> decorations = new HashMap<>();
        /**
         * Every function a plugin file decorates under one name, in order ({@code if (!domain) { decorate('authenticate',
         * devBypass); return; } decorate('authenticate', verifyJwt)}): the branches of one env switch, one of which runs.
         */
        final Map<String, List<Project.FnRef>> decorationAlternatives = new HashMap<>();
        final Set<Val> used = Collections.newSetFromMap(new IdentityHashMap<>());
        /** Sites of creations that are options of one instance's ternary (see {@link #rootInstance}). */
        final Set<String> alternativeSites = new HashSet<>();

        Ctx(Project project, Analysis analysis, Classifier classifier) {
            this.project = project;
            this.analysis = analysis;
            this.classifier = classifier;
        }

        /** True when a module specifier names an installed package or a Node built-in (not a project file left unresolved). */
        boolean isPackage(String spec) {
            if (spec.startsWith(".") || spec.startsWith("/") || spec.startsWith("#") || spec.startsWith("@/") || spec.startsWith("~")) return false;
            if (spec.startsWith("node:")) return true;
            String[] segs = spec.split("/");
            String pkg = spec.startsWith("@") && segs.length > 1 ? segs[0] + "/" + segs[1] : segs[0];
            if (project.dependsOn(pkg)) return true;
            // not declared: an unresolved path alias when the project has a folder of that name (baseUrl imports)
            String first = segs[0];
            return project.files().keySet().stream().noneMatch(p -> p.startsWith(first + "/") || p.contains("/" + first + "/"));
        }

        private final Map<String, Autoload.Version> autoloadVersions = new HashMap<>();

        Autoload.Version autoloadVersion(String pkg) {
            return autoloadVersions.computeIfAbsent(pkg, k -> Autoload.version(project, k));
        }

        /** {@code x.decorate('authenticate', fn)} anywhere but test code: the decorated functions by name. */
        void collectDecorations() {
            dev.backcheck.concepts.ImportIndex index = dev.backcheck.concepts.ImportIndex.of(project);
            for (FileFacts f : project.files().values()) {
                // a test's fake (app.decorate('authenticate', async () => {})) or a test helper's is not what the app
                // decorates: the served instance gets the plugin's
                if (project.isTestPath(f.path()) || index.testOnly(f.path()) || index.dead(f.path())) continue;
                for (Fn fn : Analysis.functions(f)) {
                    for (CallSite cs : fn.calls()) {
                        if (!"decorate".equals(cs.methodName()) || cs.args().size() < 2) continue;
                        String name = Val.constString(cs.arg(0));
                        if (name == null) continue;
                        Project.FnRef ref = ModelSupport.handler(project, cs.arg(1), f);
                        if (ref == null) continue;
                        decorations.putIfAbsent(name, ref);
                        // another definition in the file of the first (an env-switched plugin): an alternative of it
                        List<Project.FnRef> alts = decorationAlternatives.computeIfAbsent(name, k -> new ArrayList<>());
                        if (alts.stream().noneMatch(a -> a.fn() == ref.fn()) && (alts.isEmpty() || alts.get(0).file() == ref.file())) alts.add(ref);
                    }
                }
            }
        }

        ModelSupport.ParamBindings bindings;
        private final Map<FileFacts, Map<Fn, Fn>> parents = new IdentityHashMap<>();

        /** The function that declares parameter {@code p} as seen in {@code inner}: inner itself or a function around it. */
        Fn declaring(FileFacts f, Fn inner, Param p) {
            Map<Fn, Fn> up = parents.computeIfAbsent(f, k -> {
                Map<Fn, Fn> m = new IdentityHashMap<>();
                for (Fn fn : Analysis.functions(k)) for (Fn n : fn.nested()) m.putIfAbsent(n, fn);
                return m;
            });
            Fn x = inner;
            for (int hop = 0; hop < 8 && x != null; hop++) {
                if (x.params().size() > p.index() && x.params().get(p.index()).name().equals(p.name())) return x;
                x = up.get(x);
            }
            return null;
        }

        private final Map<FileFacts, Map<Fn, Fn>> inlineBodies = new IdentityHashMap<>();

        /**
         * The functions of a file that run inside an inline plugin ({@code x.register(async (child) => {...})}, the
         * plugin taking its instance parameter), each with the plugin function it belongs to (itself for the plugin).
         */
        Map<Fn, Fn> inlinePluginBodies(FileFacts f) {
            Map<Fn, Fn> memo = inlineBodies.get(f);
            if (memo != null) return memo;
            Map<Fn, Fn> out = new IdentityHashMap<>();
            Map<Fn, Integer> size = new IdentityHashMap<>();
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if (!"register".equals(cs.methodName()) || cs.args().isEmpty() || !(cs.arg(0) instanceof FnVal fv)) continue;
                    if (fv.fn().params().isEmpty() || fv.fn() == fn || size.containsKey(fv.fn())) continue;
                    List<Fn> within = new ArrayList<>();
                    nestedBodies(fv.fn(), within, 0);
                    size.put(fv.fn(), within.size());
                    // a body inside two inline plugins belongs to the inner one (the one with fewer bodies)
                    for (Fn w : within) {
                        Fn had = out.get(w);
                        if (had == null || size.get(had) > within.size()) out.put(w, fv.fn());
                    }
                }
            }
            inlineBodies.put(f, out);
            return out;
        }

        /** True for {@code fastify()}, {@code Fastify({...})}, {@code require('fastify')(...)}. */
        boolean isCreation(Val v, FileFacts f) {
            if (!(v instanceof Call c)) return false;
            if (c.callee() instanceof Call rc && rc.callee() instanceof Global g && g.name().equals("require")
                    && rc.args().size() == 1 && "fastify".equals(Val.constString(rc.args().get(0)))) return true;
            String q = project.qname(v, f);
            return q != null && (q.equals("fastify()") || q.equals("fastify.default()") || q.equals("fastify.fastify()")
                    || q.equals("fastify.default.default()"));
        }

        /**
         * The root instance a receiver denotes: a creation call, or the result of a project function
         * that returns one ({@code const app = await buildApp()}); chained registrations walk back.
         */
        /** Methods that return the instance they are called on (typing and compiler settings). */
        static final Set<String> SAME_INSTANCE = Set.of("withTypeProvider", "setValidatorCompiler", "setSerializerCompiler",
                "setSchemaErrorFormatter", "setReplySerializer", "setNotFoundHandler", "setErrorHandler", "decorate",
                "decorateRequest", "decorateReply", "addHook", "addSchema", "addContentTypeParser");

        /**
         * The parameter an instance came in through when {@code recv} is that parameter under calls that
         * answer the instance they are called on ({@code originalServer.withTypeProvider<T>()}: Fastify's
         * withTypeProvider returns {@code this}); else {@code recv} itself.
         */
        Val parameterUnder(Val recv, FileFacts f) {
            Val x = recv;
            for (int hop = 0; hop < 8; hop++) {
                Project.Resolved rr = project.resolve(x, f);
                if (rr.file() != null && rr.file() != f) return recv;
                Val r = rr.val();
                if (r instanceof Param p && p.path().isEmpty()) return hop == 0 ? recv : p;
                // originalServer.withTypeProvider<T>(): a call of the parameter's member (Param with a path)
                if (!(r instanceof Call c) || !SAME_INSTANCE.contains(String.valueOf(Vals.lastName(c.callee())))) return recv;
                x = Vals.receiver(c.callee());
                if (x == null) return recv;
            }
            return recv;
        }

        Bound rootInstance(Val v, FileFacts f, int depth) {
            if (v == null || depth > 3) return null;
            Project.Resolved r = project.resolve(v, f);
            Val x = r.val();
            for (int hop = 0; hop < 8 && x instanceof Call c && !isCreation(x, r.file())
                    && (REG.contains(String.valueOf(Vals.lastName(c.callee()))) || SAME_INSTANCE.contains(String.valueOf(Vals.lastName(c.callee()))))
                    && c.callee() instanceof Member; hop++) {
                Project.Resolved back = project.resolve(((Member) c.callee()).object(), r.file());
                x = back.val();
                r = back;
            }
            if (isCreation(x, r.file())) return new Bound(x, r.file());
            // const app = opts.logger === false ? Fastify({ logger: false }) : Fastify({ logger: true }): one instance
            // whichever option runs, made with other options; it stands at the first, and the others are the same app
            if (x instanceof OneOf o && o.options().size() > 1) {
                List<Val> made = new ArrayList<>();
                if (creations(o, r.file(), made, 0) && !made.isEmpty()) {
                    for (Val m : made) if (m instanceof Call c && c.site() != null) alternativeSites.add(c.site().toString());
                    return new Bound(made.get(0), r.file());
                }
            }
            if (x instanceof Call c) {
                Project.FnRef factory = project.function(c.callee(), r.file());
                if (factory != null) {
                    for (Val ret : factory.fn().returns()) {
                        Bound b = rootInstance(ret, factory.file(), depth + 1);
                        if (b != null) return b;
                    }
                }
            }
            return null;
        }

        /** True when every option of {@code o} (nested ternaries too) is a creation of an instance; they go to {@code out}. */
        private boolean creations(OneOf o, FileFacts f, List<Val> out, int depth) {
            if (depth > 4) return false;
            for (Val opt : o.options()) {
                Project.Resolved r = project.resolve(opt, f);
                if (r.val() instanceof OneOf inner) {
                    if (!creations(inner, r.file(), out, depth + 1)) return false;
                } else if (isCreation(r.val(), r.file())) out.add(r.val());
                else return false;
            }
            return true;
        }

        /**
         * A property set on a named plugin at module level ({@code plugin.autoPrefix = '/x'},
         * {@code plugin[Symbol.for('skip-override')] = true}), following imports and exports to
         * the module that names it. {@code key} is ".name" or "[Symbol.for('k')]".
         */
        Val ownProp(Val v, FileFacts f, String key, int depth) {
            if (v == null || f == null || depth > 6) return null;
            if (v instanceof Local l && l.path().isEmpty()) {
                Val own = f.symbols().get(l.name() + key);
                if (own != null) return own;
                Val sym = f.symbols().get(l.name());
                if (sym instanceof Local || sym instanceof Ref) return ownProp(sym, f, key, depth + 1);
                Import imp = f.imports().get(l.name());
                if (imp != null) return ownProp(new Ref(imp.module(), imp.export(), List.of()), f, key, depth + 1);
                return null;
            }
            if (v instanceof Ref r && r.path().isEmpty()) {
                String target = project.resolveModule(f.path(), r.module());
                FileFacts tf = target == null ? null : project.file(target);
                if (tf == null) return null;
                Val ev = tf.exports().get(r.export().equals("*") ? "default" : r.export());
                return ownProp(ev, tf, key, depth + 1);
            }
            return null;
        }

        /** What {@code register(x, ...)} registers. */
        Plugin plugin(Val v, FileFacts f, int depth) {
            if (v == null || depth > 4) return null;
            Project.Resolved r = project.resolve(v, f);
            Val x = r.val();
            FileFacts xf = r.file();
            if (x instanceof FnVal fv) {
                // plugin[Symbol.for('skip-override')] = true: runs in its parent, as fastify-plugin does
                Val skip = ownProp(v, f, "[Symbol.for('skip-override')]", 0);
                boolean merged = skip != null && project.resolve(skip, f).val() instanceof Lit l && Boolean.TRUE.equals(l.value());
                return new Plugin(new Project.FnRef(fv.fn(), xf), merged, null, x, xf);
            }
            // const routes = require('./routes'): the module's module.exports / default export
            if (x instanceof Local l && l.name().equals("*module*") && l.path().isEmpty() && xf != null) {
                Val def = xf.exports().get("default");
                return def == null || def == x ? null : plugin(def, xf, depth + 1);
            }
            if (x instanceof Call c) {
                // import('./routes/users') / require('./routes/users')
                if (c.callee() instanceof Global g && (g.name().equals("import") || g.name().equals("require")) && c.args().size() == 1) {
                    String spec = Val.constString(c.args().get(0));
                    String target = spec == null ? null : project.resolveModule(xf.path(), spec);
                    if (target == null) return spec == null ? null : new Plugin(null, false, spec, x, xf);
                    FileFacts tf = project.file(target);
                    Val def = tf.exports().get("default");
                    return def == null ? null : plugin(def, tf, depth + 1);
                }
                // a project function is a factory even when what it returns comes from a library
                String root = project.function(c.callee(), xf) != null ? null : project.rootModule(c.callee(), xf);
                if ("fastify-plugin".equals(root)) {
                    // fp(fn, { name, dependencies, encapsulate }): skip-override unless encapsulate: true
                    Plugin inner = c.args().isEmpty() ? null : plugin(c.args().get(0), xf, depth + 1);
                    if (inner == null) return null;
                    Val o = c.args().size() > 1 ? project.resolve(c.args().get(1), xf).val() : null;
                    boolean encapsulate = false;
                    String name = null;
                    List<String> deps = new ArrayList<>();
                    if (o instanceof Obj oo) {
                        Val enc = oo.props().get("encapsulate");
                        encapsulate = enc != null && project.resolve(enc, xf).val() instanceof Lit l && Boolean.TRUE.equals(l.value());
                        Val n = oo.props().get("name");
                        name = n == null ? null : Val.constString(project.resolve(n, xf).val());
                        Val d = oo.props().get("dependencies");
                        if (d != null && project.resolve(d, xf).val() instanceof Arr a) {
                            for (Val x1 : a.items()) {
                                String s = Val.constString(project.resolve(x1, xf).val());
                                if (s != null) deps.add(s);
                            }
                        }
                    }
                    return new Plugin(inner.fn, !encapsulate, inner.library, inner.call, inner.callFile, name, List.copyOf(deps));
                }
                if (root != null) return new Plugin(null, false, root, x, xf);
                // a factory returning the plugin: makeRoutes(deps)
                Project.FnRef factory = project.function(c.callee(), xf);
                if (factory != null) {
                    for (Val ret : factory.fn().returns()) {
                        Plugin p = plugin(ret, factory.file(), depth + 1);
                        if (p != null) return p;
                    }
                }
                return null;
            }
            String root = project.rootModule(x, xf);
            if (root != null) return new Plugin(null, false, root, x, xf);
            return null;
        }
    }

    /** A control that applies at scope level, with where it lands in the chain. */
    /**
     * A hook in a scope, at its phase; {@code onlyUrl} when its body leaves at once for every other URL
     * ({@code if (request.url !== '/api/pressure') return;}): it acts on that one path and the routes of every other
     * path do not have it on their chain.
     */
    private record Scoped(Control control, int phase, String onlyUrl) {
        Scoped(Control control, int phase) {
            this(control, phase, null);
        }

        /** The path a mount of this hook is shown at: its one URL, or the scope's prefix. */
        String at(String prefix) {
            return onlyUrl != null ? onlyUrl : prefix;
        }
    }

    /** The per-scope state passed down to children. */
    private record Inherited(List<Scoped> controls, boolean rateLimitAvailable) { }

    private static final class Builder {
        final Ctx ctx;
        final Project project;
        final List<Route> routes = new ArrayList<>();
        final List<Application.Mount> mounts = new ArrayList<>();
        final List<Location> errorHandlers = new ArrayList<>();
        final List<Location> listens = new ArrayList<>();
        final Set<Fn> active = Collections.newSetFromMap(new IdentityHashMap<>());
        /** The prefix option the plugin being run was registered with, as its own code reads it (null: unknown). */
        String pluginOptionsPrefix;

        /** The root instance of the application being built (null for a fastify-cli application). */
        Val root;

        /** The name the plugin being run was registered by ({@code register(adminAuth)}), null for an inline function. */
        String pluginName;

        /** Where the routes of the encapsulation context being built start in {@link #routes}. */
        int routesStart;

        /** The routes built so far in the current encapsulation context (its child plugins' routes). */
        List<Route> routesSoFar() {
            return List.copyOf(routes.subList(routesStart, routes.size()));
        }

        /** Every plugin function this application ran. */
        final Set<Fn> ran = Collections.newSetFromMap(new IdentityHashMap<>());
        int order;

        Builder(Ctx ctx) {
            this.ctx = ctx;
            this.project = ctx.project;
        }

        /**
         * Processes one encapsulation scope, following avvio's load timeline: registered plugins are
         * queued and load when the body awaits a registration or when it ends. A child plugin starts
         * with the hooks its parent has at that moment; a fastify-plugin child adds its hooks to the
         * parent when it loads. The scope's own routes get every hook the instance ends up with
         * (Fastify binds route hooks when the app is ready). Library plugins load in that same order.
         *
         * @param regs      its registrations in order
         * @param prefix    the full prefix of the scope
         * @param inherited controls from the ancestors (in order)
         * @param merged    true when this is a fastify-plugin body running in its parent's scope
         * @param rlParent  rate limit available from the ancestors
         * @param contributed out: the controls this body adds to its instance (for merged bodies: to the parent)
         * @return whether a rate limiter was registered in this scope (for merged bodies: into the parent)
         */
        boolean scope(List<Reg> regs, String prefix, List<Scoped> inherited, boolean merged, Boolean rlParent,
                      List<Scoped> contributed, int depth) {
            boolean[] rl = {rlParent != null && rlParent};
            List<Scoped> base = inherited;
            int routesBefore = routes.size();
            List<Location> ownErrorHandlers = new ArrayList<>();
            List<Scoped> hooks = new ArrayList<>();
            List<Reg> pending = new ArrayList<>();
            List<Reg> routeRegs = new ArrayList<>();
            // Fastify reads a route's hooks when the server gets ready (lib/route.js, avvio 'preReady'), and addHook adds the
            // hook to the instance and to every child it already has (fastify.js _addHook): a hook of this scope added after
            // a plugin was loaded (await app.register(routes); app.addHook('preHandler', guard)) runs on that plugin's routes
            // too. Only a hook added once the server started (after ready/listen) is refused.
            Map<Reg, List<Scoped>> ownHooks = new IdentityHashMap<>();
            List<Scoped> scopeHooks = new ArrayList<>();
            for (Reg r : regs) {
                if (r.method.equals("ready") || r.method.equals("listen")) break;
                if (!r.method.equals("addHook")) continue;
                List<Scoped> made = hooks(r);
                ownHooks.put(r, made);
                scopeHooks.addAll(made);
            }
            for (Reg r : regs) {
                switch (r.method) {
                    case "addHook" -> {
                        List<Scoped> made = ownHooks.containsKey(r) ? ownHooks.get(r) : hooks(r);
                        for (Scoped s : made) {
                            if (!hooks.contains(s)) {
                                hooks.add(s);
                                contributed.add(s);
                            }
                            mounts.add(new Application.Mount(s.control, s.at(prefix), routesSoFar()));
                        }
                    }
                    case "register" -> {
                        pending.add(r);
                        if (r.cs.awaited()) {
                            addLater(hooks, contributed, scopeHooks);
                            flush(pending, prefix, base, hooks, rl, contributed, depth);
                        }
                    }
                    case "after", "ready" -> {
                        if (r.cs.awaited()) {
                            addLater(hooks, contributed, scopeHooks);
                            flush(pending, prefix, base, hooks, rl, contributed, depth);
                        }
                    }
                    case "get", "post", "put", "patch", "delete", "all", "options", "head", "route" -> routeRegs.add(r);
                    case "setErrorHandler" -> ownErrorHandlers.add(r.cs.location());
                    case "listen" -> listens.add(r.cs.location());
                    default -> { }
                }
            }
            flush(pending, prefix, base, hooks, rl, contributed, depth);
            List<Scoped> all = concat(base, hooks);
            for (Reg r : routeRegs) route(r, prefix, all, rl[0]);
            // an error handler set in an encapsulated plugin (registered without fastify-plugin) serves only the routes
            // of that plugin and its children: one whose context holds no route handles nothing (errorHandlerPlugin
            // registered as a plain plugin beside the route plugins)
            // (a scope that registers plugins may hold routes the model does not list: a library's, a dynamic import's)
            boolean registers = regs.stream().anyMatch(x -> x.method.equals("register"));
            if (merged || depth == 0 || routes.size() > routesBefore || registers) errorHandlers.addAll(ownErrorHandlers);
            return rl[0];
        }

        /** Loads the queued plugins in order. */
        private void flush(List<Reg> pending, String prefix, List<Scoped> base, List<Scoped> hooks, boolean[] rl,
                           List<Scoped> contributed, int depth) {
            for (Reg r : pending) {
                List<Plugin> plugins = r.cs.args().isEmpty() ? List.of() : candidates(r);
                if (plugins.isEmpty()) {
                    notFollowed(r, "register(" + (r.cs.args().isEmpty() ? "" : describe(r.cs.arg(0))) + ")");
                    continue;
                }
                for (Plugin p : plugins) load(r, p, prefix, base, hooks, rl, contributed, depth);
            }
            pending.clear();
        }

        /**
         * The plugins one register call registers: the value itself, each value of a constant list it
         * is taken from ({@code [users, posts].forEach((p) => app.register(p))}), none when unknown.
         */
        private List<Plugin> candidates(Reg r) {
            Plugin p = ctx.plugin(r.cs.arg(0), r.file, 0);
            if (p != null) return p.fn == null && p.library != null && !ctx.isPackage(p.library) ? List.of() : List.of(p);
            List<Val> items = new ArrayList<>();
            Val x = project.resolve(r.cs.arg(0), r.file).val();
            if (x instanceof OneOf o) items.addAll(o.options());
            else if (x instanceof Param prm && prm.path().isEmpty()) items.addAll(iteratedItems(r, prm.index()));
            List<Plugin> out = new ArrayList<>();
            for (Val item : items) {
                Plugin ip = ctx.plugin(item, r.file, 0);
                if (ip == null || (ip.fn == null && ip.library != null && !ctx.isPackage(ip.library))) return List.of();
                out.add(ip);
            }
            return out;
        }

        /**
         * The route objects one {@code route(x)} call registers when {@code x} is the element of a constant array the
         * model can list (a for-of loop variable, a forEach callback's parameter): each object as its own registration,
         * placed at the line of its {@code url} in the file that declares it. Empty when any element is not an object.
         */
        private List<Reg> listedRoutes(Reg r) {
            Val a0 = r.cs.arg(0);
            List<Val> items = new ArrayList<>();
            FileFacts itemsFile = r.file;
            if (a0 instanceof Ref ref && !ref.path().isEmpty() && ref.path().get(ref.path().size() - 1).equals("*")) {
                Project.Resolved arr = project.resolve(new Ref(ref.module(), ref.export(), ref.path().subList(0, ref.path().size() - 1)), r.file);
                if (arr.val() instanceof Arr a) {
                    items.addAll(a.items());
                    if (arr.file() != null) itemsFile = arr.file();
                }
            } else if (a0 instanceof Local l && !l.path().isEmpty() && l.path().get(l.path().size() - 1).equals("*")) {
                Project.Resolved arr = project.resolve(new Local(l.name(), l.path().subList(0, l.path().size() - 1)), r.file);
                if (arr.val() instanceof Arr a) {
                    items.addAll(a.items());
                    if (arr.file() != null) itemsFile = arr.file();
                }
            } else if (project.resolve(a0, r.file).val() instanceof Param prm && prm.path().isEmpty()) {
                items.addAll(iteratedItems(r, prm.index()));
            }
            if (items.isEmpty() || items.size() > 256) return List.of();
            List<String> lines = dev.backcheck.concepts.SourceLines.read(project, itemsFile.path());
            List<Reg> out = new ArrayList<>();
            int from = 0;
            for (Val item : items) {
                Project.Resolved res = project.resolve(item, itemsFile);
                if (!(res.val() instanceof Obj o)) return List.of();
                FileFacts of = res.file() == null ? itemsFile : res.file();
                Location at = r.cs.location();
                String url = o.props().containsKey("url") ? Val.constString(o.props().get("url")) : Val.constString(o.props().get("path"));
                if (of == itemsFile && url != null) {
                    // the object's url literal, searched on from the previous object's: objects are listed in source order
                    java.util.regex.Pattern key = java.util.regex.Pattern.compile("(?<![\\w$])(url|path)\\s*:\\s*['\"`]"
                            + java.util.regex.Pattern.quote(url) + "['\"`]");
                    for (int i = from; i < lines.size(); i++) {
                        java.util.regex.Matcher m = key.matcher(lines.get(i));
                        if (m.find()) {
                            at = Location.at(itemsFile.path(), i + 1, m.start() + 1);
                            from = i + 1;
                            break;
                        }
                    }
                }
                CallSite cs = new CallSite(r.cs.callee(), List.of(o), false, at, at, List.of(at));
                out.add(new Reg("route", cs, of, at));
            }
            return out;
        }

        /** The items of a constant array whose forEach/map callback (containing the call) receives them as parameter {@code index}. */
        private List<Val> iteratedItems(Reg r, int index) {
            if (index != 0) return List.of();
            Fn callback = null;
            for (Fn fn : Analysis.functions(r.file)) {
                for (CallSite cs : fn.calls()) if (cs == r.cs) callback = fn;
            }
            if (callback == null) return List.of();
            for (Fn fn : Analysis.functions(r.file)) {
                for (CallSite cs : fn.calls()) {
                    String m = cs.methodName();
                    if (m == null || !(m.equals("forEach") || m.equals("map"))) continue;
                    if (!(cs.arg(0) instanceof FnVal fv) || fv.fn() != callback) continue;
                    Val recv = Analysis.receiver(cs.callee());
                    Val arr = recv == null ? null : project.resolve(recv, r.file).val();
                    if (arr instanceof Arr a) return a.items();
                }
            }
            return List.of();
        }

        /** Loads one registered plugin at its place in the load order. */
        private void load(Reg r, Plugin p, String prefix, List<Scoped> base, List<Scoped> hooks, boolean[] rl,
                          List<Scoped> contributed, int depth) {
            {
                Obj opts = options(r.cs.arg(1), r.file);
                if (p.library != null) {
                    if (isAutoload(p.library)) {
                        rl[0] |= autoload(r, opts, prefix, base, rl[0], hooks, contributed, depth, p.library);
                        return;
                    }
                    // a library plugin (fastify-plugin wrapped: helmet, cors, rate limit) adds its hooks to this
                    // instance when it loads: plugins loaded before it copied the hooks without it
                    if (isRateLimit(p.library)) rl[0] = true;
                    Project.Resolved given = r.cs.args().size() > 1 ? pluginOptions(r.cs.arg(1), r.file) : null;
                    if (given != null && given.val() instanceof Obj go) opts = go;
                    if (p.library.equals(SWAGGER_UI)) {
                        swaggerUi(r, opts, given == null || given.file() == null ? r.file : given.file(), prefix, concat(base, hooks));
                        return;
                    }
                    // app.register(serverAdapter.registerPlugin(), { prefix: '/queues' }): Bull Board's dashboard under the
                    // register's prefix, behind the scope's hooks (s34 nexorone: /v1/admin/queues behind superAdminHook)
                    if (p.call != null && dev.backcheck.concepts.LibraryEndpoints.bullBoard(project, p.call, p.callFile == null ? r.file : p.callFile)) {
                        String full = ModelSupport.join(prefix, opts != null && opts.props().containsKey("prefix") ? prefixOf(opts, r.file) : "");
                        List<Control> chain = new ArrayList<>();
                        List<Scoped> scoped = concat(base, hooks);
                        for (int phase = 0; phase < PHASES.size(); phase++) {
                            for (Scoped s : scoped) if (s.phase == phase && s.onlyUrl == null) chain.add(s.control);
                        }
                        chain.add(new Control(ControlKind.OTHER, dev.backcheck.concepts.LibraryEndpoints.BULL_BOARD, r.cs.location(), Set.of(), "route"));
                        routes.add(new Route("ALL", full.isEmpty() ? "/" : full, r.cs.location(), null, chain, Set.of(), order++, List.of()));
                        return;
                    }
                    Scoped s = library(p, opts, r, given == null ? new Control.Options(null, r.file.path(), r.cs.location())
                            : new Control.Options(given.val(), given.file().path(), r.cs.location()));
                    if (s != null) {
                        mounts.add(new Application.Mount(s.control, prefix, routesSoFar()));
                        hooks.add(s);
                        contributed.add(s);
                    }
                    return;
                }
                if (p.fn == null || depth > MAX_SCOPE_DEPTH || active.contains(p.fn.fn())) return;
                String outerOptions = pluginOptionsPrefix;
                String outerName = pluginName;
                // fastify.register(routes, opts) inside a plugin: the options it was itself registered with, prefix included
                // (a fastify-plugin wrapped module ignores its own prefix but hands it on to what it registers)
                boolean forwarded = opts == null && r.cs.args().size() > 1 && r.cs.arg(1) instanceof Param fwd && fwd.path().isEmpty() && fwd.index() == 1;
                String forwardedPrefix = forwarded ? outerOptions : null;
                pluginOptionsPrefix = opts != null && opts.props().containsKey("prefix") ? prefixOf(opts, r.file) : forwardedPrefix;
                pluginName = r.cs.arg(0) instanceof Local || r.cs.arg(0) instanceof Ref ? Vals.lastName(r.cs.arg(0)) : null;
                try {
                    if (p.merged) {
                        List<Scoped> added = new ArrayList<>();
                        rl[0] |= runPlugin(p.fn, prefix, concat(base, hooks), true, rl[0], added, depth);
                        hooks.addAll(added);
                        contributed.addAll(added);
                    } else {
                        String childPrefix = ModelSupport.join(prefix, forwardedPrefix != null ? forwardedPrefix : prefixOf(opts, r.file));
                        runPlugin(p.fn, childPrefix, concat(base, hooks), false, rl[0], new ArrayList<>(), depth);
                    }
                } finally {
                    pluginOptionsPrefix = outerOptions;
                    pluginName = outerName;
                }
            }
        }

        /**
         * The routes {@code @fastify/swagger-ui} registers (its lib/routes.js, 5.x and 6.x): under the {@code routePrefix}
         * option (default /documentation) of the scope it is registered in, the UI page (GET on the prefix itself), the
         * document as JSON and YAML (GET json, yaml) and the UI's files (GET static/*: @fastify/static, with
         * static/index.html and static/swagger-initializer.js beside them); with {@code baseDir}, files of that folder the
         * document refers to (GET *). Each behind the scope's hooks and the {@code uiHooks} option's onRequest and
         * preHandler.
         */
        private void swaggerUi(Reg r, Obj opts, FileFacts optsFile, String prefix, List<Scoped> scoped) {
            String at = "/documentation";
            if (opts != null && opts.props().containsKey("routePrefix")) {
                Val v = opts.props().get("routePrefix");
                String s = ModelSupport.pathOf(v);
                if (s == null) s = ModelSupport.pathOf(project, v, optsFile);
                at = s != null ? s : ModelSupport.templatePath(v);
            }
            String base = ModelSupport.join(prefix, at);
            List<String> paths = new ArrayList<>(List.of("", "/json", "/yaml", "/static/*"));
            if (opts != null && opts.props().containsKey("baseDir")) paths.add("/*");
            Val uiHooks = opts == null ? null : prop(opts, "uiHooks", optsFile);
            for (String sub : paths) {
                String full = ModelSupport.join(base, sub);
                List<Control> chain = new ArrayList<>();
                for (int phase = 0; phase < PHASES.size(); phase++) {
                    for (Scoped s : scoped) {
                        if (s.phase == phase && (s.onlyUrl == null || s.onlyUrl.equals(full))) chain.add(s.control);
                    }
                    Val h = uiHooks instanceof Obj uh && (phase == 0 || phase == 3) ? uh.props().get(PHASES.get(phase)) : null;
                    if (h == null) continue;
                    for (Val x : ModelSupport.flatten(project, List.of(h), optsFile)) {
                        Control c = control(x, optsFile, r.cs.location(), "route");
                        if (c != null) chain.add(c);
                    }
                }
                chain.add(new Control(ControlKind.OTHER, SWAGGER_UI, r.cs.location(), Set.of(), "route"));
                routes.add(new Route("GET", full, r.cs.location(), null, chain, Set.of(), order++, List.of()));
            }
        }

        private static final String SWAGGER_UI = dev.backcheck.concepts.LibraryEndpoints.FASTIFY_SWAGGER_UI;

        /** A registered value as the source names it: a binding, a module, a call. */
        private static String describe(Val v) {
            if (v instanceof Local l) return String.join(".", concatName(l.name(), l.path()));
            if (v instanceof Ref r) return r.export().equals("*") || r.export().equals("default") ? r.module() : r.export();
            if (v instanceof Param p) return String.join(".", concatName(p.name(), p.path()));
            if (v instanceof Call c) {
                if (c.callee() instanceof Global g && (g.name().equals("require") || g.name().equals("import")) && !c.args().isEmpty()) {
                    String spec = Val.constString(c.args().get(0));
                    return g.name() + "(" + (spec == null ? "{computed}" : "'" + spec + "'") + ")";
                }
                return describe(c.callee()) + "(...)";
            }
            if (v instanceof Member m) return describe(m.object()) + "." + m.prop();
            String s = Vals.lastName(v);
            return s == null ? "{computed}" : s;
        }

        private static List<String> concatName(String head, List<String> path) {
            List<String> out = new ArrayList<>();
            out.add(head);
            out.addAll(path);
            return out;
        }

        private void notFollowed(Reg r, String what) {
            Location at = r.cs.location();
            project.notModelled(what.length() > 120 ? what.substring(0, 117) + "..." : what, at.path(), at.line(), at.column(), true);
        }

        private static List<Scoped> concat(List<Scoped> a, List<Scoped> b) {
            List<Scoped> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }

        /** Runs a plugin function's body as a scope (its own, or its parent's when merged). */
        private boolean runPlugin(Project.FnRef plugin, String prefix, List<Scoped> inherited, boolean merged, boolean rateLimit,
                                  List<Scoped> contributed, int depth) {
            Fn fn = plugin.fn();
            ran.add(fn);
            if (fn.params().isEmpty()) return false;
            active.add(fn);
            int outerStart = routesStart;
            if (!merged) routesStart = routes.size();
            try {
                List<Reg> regs = new ArrayList<>();
                collect(fn, plugin.file(), 0, fn.params().get(0).name(), regs, 0);
                return scope(regs, prefix, inherited, merged, rateLimit, contributed, depth + 1);
            } finally {
                active.remove(fn);
                routesStart = outerStart;
            }
        }

        /** An instance parameter of an enclosing plugin or helper that a nested plugin body still sees. */
        private record Outer(int index, String name) { }

        /**
         * Inline plugins ({@code app.register(async (f) => {...})}) by body: the instance parameters of the
         * functions around them. avvio registers a plugin into the plugin loading at that moment, not into
         * the instance {@code register} is called on: {@code app.register(x)} written inside such a body
         * registers x in that child (its prefix, its encapsulation), as {@code f.register(x)} would.
         */
        private final Map<Fn, List<Outer>> outerOf = new IdentityHashMap<>();

        /** Registrations on parameter {@code index} (named {@code name}) of {@code fn}, its closures and the helpers it hands the instance to. */
        private void collect(Fn fn, FileFacts file, int index, String name, List<Reg> out, int depth) {
            if (depth > 4) return;
            List<Fn> bodies = new ArrayList<>();
            bodies.add(fn);
            closures(fn, name, bodies, 0);
            // the inline plugins among them, and every body inside one
            Set<Fn> inline = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Fn body : bodies) {
                for (CallSite cs : body.calls()) {
                    if (!"register".equals(cs.methodName()) || cs.args().isEmpty()) continue;
                    if (!(project.resolve(cs.arg(0), file).val() instanceof FnVal fv) || fv.fn() == fn || fv.fn().params().isEmpty()) continue;
                    if (!bodies.contains(fv.fn())) continue; // a body of its own that shadows the name sees no outer instance
                    List<Outer> outers = new ArrayList<>();
                    outers.add(new Outer(index, name));
                    outers.addAll(outerOf.getOrDefault(fn, List.of()));
                    outerOf.putIfAbsent(fv.fn(), List.copyOf(outers));
                    List<Fn> within = new ArrayList<>();
                    nestedBodies(fv.fn(), within, 0);
                    inline.addAll(within);
                }
            }
            List<Outer> outers = depth == 0 ? outerOf.getOrDefault(fn, List.of()) : List.of();
            List<Reg> found = new ArrayList<>();
            for (Fn body : bodies) {
                for (CallSite cs : body.calls()) {
                    String m = cs.methodName();
                    Val recv = chainBase(Analysis.receiver(cs.callee()));
                    if (m != null && REG.contains(m) && recv != null && isInstanceParam(recv, file, index, name)) {
                        // app.register(x) inside an inline plugin's body: x loads into that plugin (see outerOf)
                        if (inline.contains(body) && (m.equals("register") || m.equals("after"))) continue;
                        found.add(new Reg(m, cs, file, cs.location()));
                        continue;
                    }
                    if (m != null && (m.equals("register") || m.equals("after")) && recv != null && !inline.contains(body)
                            && outers.stream().anyMatch(o -> isInstanceParam(recv, file, o.index, o.name))) {
                        found.add(new Reg(m, cs, file, cs.location()));
                        continue;
                    }
                    // the application's own instance named inside an inline plugin (app.register(async (child) => { app.register(x) }))
                    if (m != null && (m.equals("register") || m.equals("after")) && recv != null && depth == 0 && root != null
                            && ctx.inlinePluginBodies(file).get(body) == fn) {
                        Bound inst = ctx.rootInstance(recv, file, 0);
                        if (inst != null && sameInstance(inst.val, root)) {
                            found.add(new Reg(m, cs, file, cs.location()));
                            continue;
                        }
                    }
                    // a helper that receives the instance: registerUserRoutes(app)
                    for (int i = 0; i < cs.args().size(); i++) {
                        if (!isInstanceParam(cs.arg(i), file, index, name)) continue;
                        Project.FnRef helper = project.function(cs.callee(), file);
                        // a function handed in through the options: await opts.registerAuthentication(f)
                        if (helper == null) helper = handedIn(cs.callee(), file, fn);
                        if (helper == null || helper.fn() == fn || helper.fn().params().size() <= i) continue;
                        List<Reg> sub = new ArrayList<>();
                        collect(helper.fn(), helper.file(), i, helper.fn().params().get(i).name(), sub, depth + 1);
                        for (Reg x : sub) found.add(new Reg(x.method, x.cs, x.file, cs.location()));
                    }
                }
            }
            // source order; a helper's registrations stand at the helper call (stable sort keeps theirs)
            found.sort(Comparator.comparingInt((Reg r) -> r.pos.line()).thenComparingInt(r -> r.pos.column()));
            out.addAll(found);
        }

        /**
         * The one function a caller hands in as a parameter's member ({@code opts.registerAuthentication}, called
         * in {@code fn} with {@code opts} a parameter of {@code fn} or of a function around it): followed back through
         * the callers, and the callers' own parameters, a few calls up; null when none or more than one is found.
         */
        private Project.FnRef handedIn(Val callee, FileFacts file, Fn fn) {
            if (!(project.resolve(callee, file).val() instanceof Param p) || p.path().isEmpty()) return null;
            List<Project.FnRef> found = new ArrayList<>();
            handedIn(new Param(p.index(), p.name(), List.of()), p.path(), file, fn, found, 0);
            return found.size() == 1 ? found.get(0) : null;
        }

        private void handedIn(Param p, List<String> path, FileFacts file, Fn inner, List<Project.FnRef> out, int depth) {
            if (depth > 4 || out.size() > 1) return;
            Fn owner = ctx.declaring(file, inner, p);
            if (owner == null) return;
            for (Object[] call : ctx.bindings.callersOf(owner)) {
                CallSite cs = (CallSite) call[0];
                FileFacts cf = (FileFacts) call[1];
                Val a = cs.arg(p.index());
                if (a == null) continue;
                Val v = a;
                for (String seg : path) v = Val.member(v, seg);
                Project.Resolved r = project.resolve(v, cf);
                if (r.val() instanceof FnVal fv) {
                    if (out.stream().noneMatch(x -> x.fn() == fv.fn())) out.add(new Project.FnRef(fv.fn(), r.file() != null ? r.file() : cf));
                    continue;
                }
                Project.Resolved ar = project.resolve(a, cf);
                if (ar.val() instanceof Param ap && ap.path().isEmpty() && call.length > 2 && call[2] instanceof Fn caller) {
                    handedIn(ap, path, cf, caller, out, depth + 1);
                }
            }
        }

        /** Nested functions of {@code fn} that still see its instance parameter (no parameter of that name). */
        private static void closures(Fn fn, String name, List<Fn> out, int depth) {
            if (depth > 4) return;
            for (Fn n : fn.nested()) {
                boolean shadows = n.params().stream().anyMatch(p -> p.name().equals(name));
                if (shadows) continue;
                out.add(n);
                closures(n, name, out, depth + 1);
            }
        }

        /** The instance a chained registration is made on: {@code app.register(a).register(b)} is {@code app}. */
        static Val chainBase(Val recv) {
            Val x = recv;
            for (int hop = 0; hop < 16 && x instanceof Call c; hop++) {
                String m = Vals.lastName(c.callee());
                Val base = Analysis.receiver(c.callee());
                if (m == null || base == null || !(REG.contains(m) || Ctx.SAME_INSTANCE.contains(m))) break;
                x = base;
            }
            return x;
        }

        private boolean isInstanceParam(Val v, FileFacts file, int index, String name) {
            Val x = v instanceof Param ? v : project.resolve(v, file).val();
            return x instanceof Param p && p.index() == index && p.name().equals(name) && p.path().isEmpty();
        }

        private Obj options(Val v, FileFacts f) {
            if (v == null) return null;
            Val r = project.resolve(v, f).val();
            return r instanceof Obj o ? o : null;
        }

        private Val prop(Obj o, String key, FileFacts f) {
            return propOf(project, o, key, f);
        }

        /** The prefix option, as a constant after resolution in {@code file} (a config value, an env default), else its template. */
        private String prefixOf(Obj opts, FileFacts file) {
            if (opts == null || !opts.props().containsKey("prefix")) return "";
            Val p = opts.props().get("prefix");
            String s = ModelSupport.pathOf(p);
            if (s != null) return s;
            s = file == null ? null : ModelSupport.pathOf(project, p, file);
            if (s != null) return s;
            return ModelSupport.templatePath(p);
        }

        private static boolean isRateLimit(String lib) {
            return lib.equals("@fastify/rate-limit") || lib.equals("fastify-rate-limit");
        }

        private static boolean isAutoload(String lib) {
            return Autoload.PACKAGES.contains(lib);
        }

        /** A library plugin registered in a scope: helmet, cors, rate limit (unless global: false), bearer auth. */
        /**
         * A library plugin's options as the registration gives them: followed through bindings and
         * imports, and through one call of a project function that returns them
         * ({@code register(cors, corsOptions(app))} with {@code corsOptions} returning an object literal).
         */
        private Project.Resolved pluginOptions(Val v, FileFacts f) {
            Project.Resolved r = project.resolve(v, f);
            if (r.val() instanceof Call c) {
                Project.FnRef fn = project.function(c.callee(), r.file());
                if (fn != null && fn.fn().returns().size() == 1) {
                    Project.Resolved ret = project.resolve(fn.fn().returns().get(0), fn.file());
                    if (ret.val() instanceof Obj) return ret;
                }
            }
            return r;
        }

        private Scoped library(Plugin p, Obj opts, Reg r, Control.Options given) {
            ControlKind k = Classifier.kindOfPackage(p.library);
            if (k == null) return null;
            Val global = opts == null ? null : opts.props().get("global");
            boolean notGlobal = global instanceof Lit l && Boolean.FALSE.equals(l.value());
            switch (k) {
                case RATE_LIMIT, HEADERS -> {
                    if (notGlobal) return null;
                }
                case CORS -> { }
                case AUTH -> {
                    // @fastify/jwt, @fastify/auth, @fastify/basic-auth only decorate; bearer-auth adds a hook by default
                    if (!p.library.equals("@fastify/bearer-auth")) return null;
                    Val add = opts == null ? null : opts.props().get("addHook");
                    if (add instanceof Lit l && Boolean.FALSE.equals(l.value())) return null;
                }
                default -> {
                    return null;
                }
            }
            ctx.used.add(p.call);
            return new Scoped(new Control(k, p.library, r.pos, Set.of(), "global", given), 0);
        }

        /**
         * This scope's hooks added later on (see {@link #scope}) joined to the live list of its hooks (which the plugins
         * loaded by fastify-plugin also add theirs to) before plugins are loaded.
         */
        private static void addLater(List<Scoped> hooks, List<Scoped> contributed, List<Scoped> scopeHooks) {
            for (Scoped s : scopeHooks) {
                if (hooks.contains(s)) continue;
                hooks.add(s);
                contributed.add(s);
            }
        }

        /**
         * The controls one addHook call adds: its hook, and, for a hook that authenticates and then runs a rate limiter on
         * the request ({@code await authMiddleware(request, reply); await apiRateLimit(request, reply)}), that limiter too.
         */
        private List<Scoped> hooks(Reg r) {
            Scoped s = hook(r);
            if (s == null) return List.of();
            if (s.control.kind() != ControlKind.AUTH || r.cs.args().size() < 2) return List.of(s);
            Project.FnRef fn = ModelSupport.handler(project, r.cs.arg(1), r.file);
            if (fn == null) return List.of(s);
            List<Scoped> out = new ArrayList<>(List.of(s));
            Set<String> seen = new HashSet<>();
            for (Location limiter : ModelSupport.limiterCalls(project, fn.fn(), fn.file())) {
                if (!seen.add(limiter.message())) continue;
                // one control per limiter the hook runs, placed at the hook's registration as the hook itself: the routes
                // its skip list lets past that limiter are judged by Authentication (the limiter's own call's conditions)
                Control rate = new Control(ControlKind.RATE_LIMIT, limiter.message(), s.control.location(), Set.of(), s.control.scope());
                out.add(new Scoped(rate, s.phase, s.onlyUrl));
            }
            return out;
        }

        private Scoped hook(Reg r) {
            String name = Val.constString(r.cs.arg(0));
            int phase = name == null ? -1 : PHASES.indexOf(name);
            // onSend runs on every reply before it goes out: a hook there guards nothing, but the headers it sets are on
            // every response (a hand-written helmet: reply.header('X-Content-Type-Options', ..) and HSTS)
            boolean onSend = "onSend".equals(name);
            if (phase < 0 && !onSend || r.cs.args().size() < 2) return null;
            Control c = control(r.cs.arg(1), r.file, r.cs.location(), "global");
            if (onSend) {
                if (c == null || c.kind() != ControlKind.HEADERS) return null;
                phase = PHASES.size() - 1;
            }
            // fp(async (f) => f.addHook('preHandler', async (req, reply) => {...})): the hook is known by its plugin's name
            if (c != null && c.name().equals("<anonymous>") && pluginName != null) {
                c = new Control(c.kind(), pluginName, c.location(), c.parts(), c.scope(), c.options());
            }
            return c == null ? null : new Scoped(c, phase, onlyUrl(r.cs.arg(1), r.file));
        }

        /**
         * The one URL a hook function acts on, or null: every call in its body runs past a test that the request's URL
         * is a literal path ({@code if (request.url !== '/api/pressure') return;} first), so for any other URL it returns
         * having done nothing (Fastify runs a scope's hooks for every route of the scope; this one leaves at once).
         */
        private String onlyUrl(Val v, FileFacts f) {
            Project.Resolved r = project.resolve(v, f);
            if (!(r.val() instanceof FnVal fv) || fv.fn().params().isEmpty() || fv.fn().calls().isEmpty()) return null;
            String only = null;
            for (CallSite cs : fv.fn().calls()) {
                String here = null;
                for (CallSite.Guard g : cs.guards()) {
                    boolean equal = g.op().equals("==") && g.holds() || g.op().equals("!=") && !g.holds();
                    String lit = Val.constString(g.right());
                    if (equal && lit != null && lit.startsWith("/") && requestUrl(g.left())) here = lit;
                }
                if (here == null || only != null && !only.equals(here)) return null;
                only = here;
            }
            return only;
        }

        /** request.url, request.routeOptions.url, request.routerPath of the hook's first parameter. */
        private static boolean requestUrl(Val v) {
            if (v instanceof Param p && p.index() == 0) {
                return p.path().equals(List.of("url")) || p.path().equals(List.of("routerPath")) || p.path().equals(List.of("routeOptions", "url"));
            }
            if (v instanceof Req q && q.part().equals("meta:url") && q.path().isEmpty()) return true;
            if (v instanceof Req q && q.part().equals("meta:routeOptions") && q.path().equals(List.of("url"))) return true;
            return false;
        }

        /** Classifies a hook value: a function, a decorated function ({@code app.authenticate}), or a library decorator. */
        private Control control(Val v, FileFacts f, Location where, String scope) {
            Project.Resolved r = project.resolve(v, f);
            Val x = r.val();
            if (x instanceof FnVal fv && fv.fn().calls().size() == 1 && fv.fn().nested().isEmpty()) {
                // a hook that only delegates: (req, reply, done) => checkSession(req, reply, app, done)
                CallSite only = fv.fn().calls().get(0);
                Project.FnRef target = project.function(only.callee(), r.file());
                boolean passesRequest = !fv.fn().params().isEmpty() && only.args().stream()
                        .anyMatch(a -> a instanceof Param p && p.index() == 0 && p.path().isEmpty());
                if (target != null && passesRequest) {
                    Control c = ctx.classifier.classifyFunction(target.fn(), target.file(), Vals.lastName(only.callee()), where, scope, false);
                    if (c != null && c.kind() != ControlKind.OTHER) {
                        ctx.used.add(x);
                        return c;
                    }
                }
            }
            // app.requireAdmin on the instance Fastify() made: the function the app decorated under that name
            String decName = Vals.lastName(v);
            if (!(x instanceof FnVal) && !(x instanceof Call) && decName != null && ctx.decorations.containsKey(decName)
                    && "fastify".equals(project.rootModule(x, r.file()))) {
                return decoratedAny(decName, where, scope, 0);
            }
            // fastify.userAuth(['perm']) where the app decorated userAuth with a factory: the middleware it returns
            if (x instanceof Call dc && decName != null && ctx.decorations.containsKey(decName) && (dc.callee() instanceof Member
                    || dc.callee() instanceof Param pc && !pc.path().isEmpty() || dc.callee() instanceof Local lc && !lc.path().isEmpty())) {
                for (Project.FnRef factory : ctx.decorationAlternatives.getOrDefault(decName, List.of(ctx.decorations.get(decName)))) {
                    for (Val ret : factory.fn().returns()) {
                        Project.Resolved rr = project.resolve(ret, factory.file());
                        if (!(rr.val() instanceof FnVal inner) || inner.fn() == factory.fn()) continue;
                        // (one that runs a decorated guard on the request first, await fastify.authenticate(request), as that guard does)
                        Control made = decorated(new Project.FnRef(inner.fn(), rr.file() != null ? rr.file() : factory.file()), decName, where, scope, 0);
                        if (made != null && made.kind() != ControlKind.OTHER) return made;
                    }
                }
            }
            if (x instanceof FnVal || project.rootModule(x, r.file()) != null) {
                ctx.used.add(x);
                Control c = ctx.classifier.classify(v, f, where, scope);
                // async (req, reply) => { await scope.authenticate(req); await scope.checkSubscription(req, reply) }: a hook
                // that runs a decorated guard on the request first authenticates as that guard does
                if (x instanceof FnVal fv && (c == null || c.kind() == ControlKind.OTHER)) {
                    Control d = decorated(new Project.FnRef(fv.fn(), r.file() != null ? r.file() : f),
                            c != null ? c.name() : "<anonymous>", where, scope, 0);
                    if (d != null && d.kind() == ControlKind.AUTH) return d;
                }
                return c;
            }
            if (x instanceof Call c) {
                String m = Vals.lastName(c.callee());
                // app.rateLimit({...}), app.auth([...]), app.basicAuth
                if ("rateLimit".equals(m) && (project.dependsOn("@fastify/rate-limit") || project.dependsOn("fastify-rate-limit"))) {
                    return new Control(ControlKind.RATE_LIMIT, "@fastify/rate-limit", where, Set.of(), scope);
                }
                if ("auth".equals(m) && project.dependsOn("@fastify/auth")) {
                    return new Control(ControlKind.AUTH, "@fastify/auth", where, Set.of(), scope);
                }
                if (project.function(c.callee(), r.file()) != null) return ctx.classifier.classify(v, f, where, scope);
            }
            String last = Vals.lastName(v);
            if (last != null && !(x instanceof Call)) {
                if (last.equals("basicAuth") && project.dependsOn("@fastify/basic-auth")) {
                    return new Control(ControlKind.AUTH, "@fastify/basic-auth", where, Set.of(), scope);
                }
                if (last.equals("verifyBearerAuth") && project.dependsOn("@fastify/bearer-auth")) {
                    return new Control(ControlKind.AUTH, "@fastify/bearer-auth", where, Set.of(), scope);
                }
                if (ctx.decorations.containsKey(last)) return decoratedAny(last, where, scope, 0);
            }
            return ctx.classifier.classify(v, f, where, scope);
        }

        /**
         * A decorated function ({@code fastify.decorate('requireAdmin', fn)}) classified by what it does; one that first
         * runs another decorated guard on the request ({@code await fastify.authenticate(request)}, outside a try that
         * swallows its failure) and then tests a role authenticates as that guard does.
         */
        /**
         * The functions decorated under {@code name} ({@link Ctx#decorationAlternatives}) classified: one that authenticates
         * decides, since the branch that decorates it is the one a deployment runs (a dev bypass is the other).
         */
        private Control decoratedAny(String name, Location where, String scope, int depth) {
            Control first = null;
            for (Project.FnRef d : ctx.decorationAlternatives.getOrDefault(name, List.of(ctx.decorations.get(name)))) {
                Control c = decorated(d, name, where, scope, depth);
                if (c.kind() == ControlKind.AUTH) return c;
                if (first == null) first = c;
            }
            return first;
        }

        private Control decorated(Project.FnRef dec, String name, Location where, String scope, int depth) {
            Control c = ctx.classifier.classifyFunction(dec.fn(), dec.file(), name, where, scope, false);
            if (c.kind() != ControlKind.OTHER || depth > 2) return c;
            for (CallSite cs : dec.fn().calls()) {
                String m = cs.methodName();
                if (m == null || !(cs.callee() instanceof Member || cs.callee() instanceof Param) || cs.args().isEmpty()) continue;
                boolean request = cs.arg(0) instanceof Req q && q.part().equals("raw") && q.path().isEmpty()
                        || cs.arg(0) instanceof Param p && p.index() == 0 && p.path().isEmpty();
                if (!request || dec.fn().inLenientTry(cs.location())) continue;
                Project.FnRef inner = ctx.decorations.get(m);
                if (inner == null || inner.fn() == dec.fn()) continue;
                Control ic = decoratedAny(m, where, scope, depth + 1);
                if (ic.kind() == ControlKind.AUTH) return new Control(ControlKind.AUTH, name, where, Set.of(), scope);
            }
            return c;
        }

        private void route(Reg r, String prefix, List<Scoped> scoped, boolean rateLimit) {
            List<Val> args = r.cs.args();
            List<String> methods;
            String path;
            Obj opts;
            Val handlerVal;
            if (r.method.equals("route")) {
                opts = options(args.isEmpty() ? null : args.get(0), r.file);
                if (opts == null) {
                    // for (const route of routes) fastify.route(route), routes.forEach((r) => app.route(r)) over a
                    // constant array of route objects: one route per object
                    List<Reg> listed = r.cs == null ? List.of() : listedRoutes(r);
                    for (Reg each : listed) route(each, prefix, scoped, rateLimit);
                    // a route the model cannot see
                    if (listed.isEmpty() && r.cs != null) notFollowed(r, "route(" + (args.isEmpty() ? "" : describe(args.get(0))) + ")");
                    return;
                }
                methods = methodsOf(prop(opts, "method", r.file));
                Val url = opts.props().containsKey("url") ? opts.props().get("url") : opts.props().get("path");
                path = url == null ? "{unknown}" : pathOrUnknown(withOptionsPrefix(url, r.file));
                handlerVal = opts.props().get("handler");
            } else {
                if (args.isEmpty()) return;
                path = pathOrUnknown(withOptionsPrefix(args.get(0), r.file));
                methods = List.of(r.method.toUpperCase(Locale.ROOT));
                if (args.size() >= 3) {
                    opts = options(args.get(1), r.file);
                    handlerVal = args.get(args.size() - 1);
                } else if (args.size() == 2) {
                    Obj o = options(args.get(1), r.file);
                    if (o != null && o.props().containsKey("handler")) {
                        opts = o;
                        handlerVal = o.props().get("handler");
                    } else {
                        opts = null;
                        handlerVal = args.get(1);
                    }
                } else return;
            }
            String full = ModelSupport.join(prefix, path);
            // the chain: per phase, scope hooks then route hooks
            Val config = prop(opts, "config", r.file);
            Val rlConfig = config instanceof Obj co ? prop(co, "rateLimit", r.file) : null;
            boolean rlOff = rlConfig instanceof Lit l && Boolean.FALSE.equals(l.value());
            List<Control> chain = new ArrayList<>();
            for (int phase = 0; phase < PHASES.size(); phase++) {
                for (Scoped s : scoped) {
                    if (s.phase != phase) continue;
                    if (s.onlyUrl != null && !s.onlyUrl.equals(full)) continue;
                    if (rlOff && s.control.kind() == ControlKind.RATE_LIMIT && s.control.name().equals("@fastify/rate-limit")) continue;
                    chain.add(s.control);
                }
                if (phase == 0 && rateLimit && rlConfig != null && !rlOff) {
                    chain.add(new Control(ControlKind.RATE_LIMIT, "@fastify/rate-limit", r.cs.location(), Set.of(), "route"));
                }
                Val hooks = opts == null ? null : opts.props().get(PHASES.get(phase));
                if (hooks == null) continue;
                for (Val h : ModelSupport.flatten(project, List.of(hooks), r.file)) {
                    Control c = control(h, r.file, r.cs.location(), "route");
                    if (c != null) chain.add(c);
                }
            }
            // the route schema validates the parts it declares
            Set<String> validated = new TreeSet<>();
            Val schemaVal = opts == null ? null : opts.props().get("schema");
            Project.Resolved schemaAt = schemaVal == null ? null : project.resolve(schemaVal, r.file);
            Val schema = schemaAt == null ? null : schemaAt.val();
            // the file the schema object is written in (its names resolve there): the route's, or the module it is imported from
            FileFacts schemaFile = schemaAt == null || schemaAt.file() == null ? r.file : schemaAt.file();
            if (schema instanceof Obj so) {
                for (String k : so.props().keySet()) {
                    String part = switch (k) {
                        case "body" -> "body";
                        case "querystring", "query" -> "query";
                        case "params" -> "params";
                        case "headers" -> "headers";
                        default -> null;
                    };
                    if (part != null) validated.add(part);
                }
            } else if (schema != null && !(schema instanceof Lit)) {
                validated.add("*"); // a schema built elsewhere: its parts are unknown, assume it covers what it is for
            }
            if (!validated.isEmpty()) chain.add(new Control(ControlKind.VALIDATION, "schema", r.cs.location(), validated, "route",
                    schema instanceof Obj ? new Control.Options(schema, schemaFile.path(), r.cs.location()) : null));
            Fn handler = null;
            FileFacts handlerFile = r.file;
            if (handlerVal != null) {
                Project.FnRef ref = ModelSupport.handler(project, handlerVal, r.file);
                if (ref != null) {
                    handler = ref.fn();
                    handlerFile = ref.file();
                }
            }
            chain.addAll(ModelSupport.handlerControls(project, handler, handlerFile, r.cs.location()));
            // await fastify.authenticate(request) first thing in the handler: the decorated guard, run by hand
            // (unconditional, outside a try that swallows its failure or serves a public answer in its catch, handed the request)
            if (handler != null && chain.stream().noneMatch(c -> c.kind() == ControlKind.AUTH)) {
                for (CallSite cs : handler.calls()) {
                    String m = cs.methodName();
                    if (m == null || !ctx.decorations.containsKey(m) || !ModelSupport.onlyPastRefusals(handler, cs) || cs.args().isEmpty()
                            || !(cs.callee() instanceof Member || cs.callee() instanceof Param) || handler.inLenientTry(cs.location())
                            || Analysis.failureServedInCatch(handler, cs)) continue;
                    boolean request = cs.arg(0) instanceof Req q && q.part().equals("raw") && q.path().isEmpty()
                            || cs.arg(0) instanceof Param p && p.index() == 0 && p.path().isEmpty();
                    if (!request) continue;
                    Control d = decoratedAny(m, r.cs.location(), "route", 1);
                    if (d != null && d.kind() == ControlKind.AUTH) {
                        chain.add(new Control(ControlKind.AUTH, m, r.cs.location(), Set.of(), "route"));
                        break;
                    }
                }
            }
            for (String m : methods) {
                routes.add(new Route(m, full, r.cs.location(), handler, chain, validated, order++, List.of()));
            }
        }

        /**
         * A route path built from the plugin's own options ({@code opts.prefix + 'users'}, a pattern of
         * plugins that skip encapsulation): the prefix option the plugin was registered with.
         */
        private Val withOptionsPrefix(Val v, FileFacts f) {
            Val x = project.resolve(v, f).val();
            List<Val> parts = x instanceof Concat c ? c.parts() : null;
            if (parts == null || parts.isEmpty() || !(parts.get(0) instanceof Param p) || p.index() != 1
                    || !p.path().equals(List.of("prefix"))) return x;
            List<Val> out = new ArrayList<>(parts);
            out.set(0, new Lit(pluginOptionsPrefix == null ? "{prefix}" : pluginOptionsPrefix));
            String s = Val.constString(new Concat(out));
            if (s != null) return new Lit(s);
            StringBuilder sb = new StringBuilder();
            for (Val part : out) {
                String cs = Val.constString(part);
                sb.append(cs != null ? cs : "{unknown}");
            }
            return new Lit(sb.toString());
        }

        private static String pathOrUnknown(Val v) {
            String p = ModelSupport.pathOf(v);
            return p != null ? p : ModelSupport.templatePath(v);
        }

        private static List<String> methodsOf(Val v) {
            List<String> out = new ArrayList<>();
            if (v instanceof Arr a) {
                for (Val x : a.items()) {
                    String s = Val.constString(x);
                    out.add(s == null ? "{unknown}" : s.toUpperCase(Locale.ROOT));
                }
            } else {
                String s = v == null ? null : Val.constString(v);
                out.add(s == null ? "{unknown}" : s.toUpperCase(Locale.ROOT));
            }
            return out;
        }

        // ------------------------------------------------------------ @fastify/autoload

        /** The scope autoloaded plugins register into: the instance autoload was registered on, or a folder's hooks plugin. */
        private final class Target {
            final String prefix;
            final List<Scoped> base;
            final List<Scoped> hooks;
            final List<Scoped> contributed;
            final int routesStart;
            boolean rl;

            Target(String prefix, List<Scoped> base, List<Scoped> hooks, List<Scoped> contributed, boolean rl, int routesStart) {
                this.routesStart = routesStart;
                this.prefix = prefix;
                this.base = base;
                this.hooks = hooks;
                this.contributed = contributed;
                this.rl = rl;
            }
        }

        /** A plugin file as autoload loads it. */
        private record Loaded(String path, FileFacts file, Plugin plugin, Obj routeObject, String prefix, boolean merged, String seenPrefix) {
            Loaded(String path, FileFacts file, Plugin plugin, Obj routeObject, String prefix, boolean merged) {
                this(path, file, plugin, routeObject, prefix, merged, prefix);
            }
        }

        /**
         * Registers what {@code @fastify/autoload} loads from its directory (see {@link Autoload}):
         * every plugin file with the prefix its folder and exports give it; fastify-plugin wrapped
         * files (and all files with {@code encapsulate: false}) run in the instance autoload was
         * registered on, so their hooks and library plugins reach the plugins loaded after them.
         */
        private boolean autoload(Reg r, Obj opts, String prefix, List<Scoped> inherited, boolean rateLimit,
                                 List<Scoped> fromMerged, List<Scoped> contributed, int depth, String pkg) {
            String dir = opts == null ? null : directory(opts.props().get("dir"), r.file);
            if (dir == null) {
                Val d = opts == null ? null : opts.props().get("dir");
                project.notModelled(pkg + " directory " + (d == null ? "(no dir option)" : Vals.shape(d, "{?}")),
                        r.file.path(), r.cs.location().line(), r.cs.location().column(), true);
                return false;
            }
            Autoload.Version v = ctx.autoloadVersion(pkg);
            Autoload.Options o = Autoload.options(project, opts, r.file, v);
            o.dir = dir;
            for (String what : o.notModelled) {
                project.notModelled(pkg + " " + what, r.file.path(), r.cs.location().line(), r.cs.location().column(), true);
            }
            Val ov = prop(opts, "options", r.file);
            String optionsPrefix = null;
            if (ov instanceof Obj oo && oo.props().containsKey("prefix")) optionsPrefix = prefixOf(oo, r.file);
            boolean optionsUnknown = ov != null && !(ov instanceof Obj);
            List<Autoload.Node> nodes = Autoload.tree(project, o, v);
            // load every file first (autoload imports them all before registering any)
            Map<String, Loaded> byName = new LinkedHashMap<>();
            Map<String, Loaded> byPath = new HashMap<>();
            for (Autoload.Node n : nodes) {
                for (Autoload.PluginFile pf : n.plugins()) {
                    Loaded l = load(pf, o, v, optionsPrefix, optionsUnknown);
                    if (l == null) continue;
                    byPath.put(pf.path(), l);
                    String name = l.plugin != null && l.plugin.name != null ? l.plugin.name : pf.path();
                    byName.putIfAbsent(name, l);
                }
            }
            Target parent = new Target(prefix, inherited, fromMerged, contributed, rateLimit, routesStart);
            Set<String> registered = new HashSet<>();
            for (Autoload.Node n : nodes) {
                List<Loaded> loaded = new ArrayList<>();
                for (Autoload.PluginFile pf : n.plugins()) {
                    Loaded l = byPath.get(pf.path());
                    if (l != null) loaded.add(l);
                }
                if (loaded.isEmpty()) continue;
                if (n.hooks().isEmpty()) {
                    for (Loaded l : loaded) registerWithDeps(parent, l, byName, registered, new HashSet<>(), depth);
                    continue;
                }
                // the folder's plugins load inside one encapsulated plugin that first registers its hook files
                String hp = v.atLeast(6, 4) ? Autoload.hooksPrefix(loaded.stream().map(Loaded::prefix).toList()) : null;
                Target composed = new Target(ModelSupport.join(prefix, hp == null ? "" : hp), concat(inherited, fromMerged),
                        new ArrayList<>(), new ArrayList<>(), parent.rl, routes.size());
                int outerStart = routesStart;
                routesStart = composed.routesStart;
                for (String h : n.hooks()) {
                    FileFacts hf = project.file(h);
                    Val def = hf == null ? null : hf.exports().get("default");
                    Plugin hpg = def == null ? null : ctx.plugin(def, hf, 0);
                    if (hpg == null || hpg.fn == null) continue;
                    registerInto(composed, new Loaded(h, hf, hpg, null, null, true), depth);
                }
                for (Loaded l : loaded) {
                    String stripped = l.prefix;
                    if (hp != null && stripped != null && stripped.startsWith(hp)) {
                        stripped = stripped.substring(hp.length());
                        if (stripped.isEmpty()) stripped = null;
                    }
                    registerWithDeps(composed, new Loaded(l.path, l.file, l.plugin, l.routeObject, stripped, l.merged, l.seenPrefix),
                            byName, registered, new HashSet<>(), depth);
                }
                routesStart = outerStart;
            }
            return parent.rl && !rateLimit;
        }

        /** Registers a loaded file after the plugins its fastify-plugin {@code dependencies} name (autoload's own order). */
        private void registerWithDeps(Target t, Loaded l, Map<String, Loaded> byName, Set<String> registered, Set<String> chain, int depth) {
            if (!registered.add(l.path) || chain.size() > 16) return;
            chain.add(l.path);
            if (l.plugin != null) {
                for (String dep : l.plugin.dependencies) {
                    Loaded d = byName.get(dep);
                    if (d != null && !chain.contains(d.path)) registerWithDeps(t, d, byName, registered, new HashSet<>(chain), depth);
                }
            }
            registerInto(t, l, depth);
        }

        private void registerInto(Target t, Loaded l, int depth) {
            if (l.routeObject != null) {
                // a file exporting a route object: autoload wraps it in a plugin that calls fastify.route(it)
                Location at = Location.at(l.path, 1, 1);
                CallSite cs = new CallSite(new Member(new Local("fastify", List.of()), "route"), List.of(l.routeObject), false,
                        at, at, List.of(at));
                route(new Reg("route", cs, l.file, at), ModelSupport.join(t.prefix, l.prefix == null ? "" : l.prefix),
                        concat(t.base, t.hooks), t.rl);
                return;
            }
            Plugin p = l.plugin;
            if (p.library != null) {
                // export default fastifyRateLimit + export const autoConfig = {...} (or (fastify) => ({...})): its options
                Obj libOpts = null;
                Val ac = l.file.exports().get("autoConfig");
                Project.Resolved acr = ac == null ? null : project.resolve(ac, l.file);
                Val acv = acr == null ? null : acr.val();
                FileFacts acf = acr == null || acr.file() == null ? l.file : acr.file();
                Location optionsAt = Location.at(l.path, 1, 1);
                if (acv instanceof FnVal fv && fv.fn().returns().size() == 1) {
                    if (acf == l.file) optionsAt = fv.fn().location();
                    Project.Resolved ret = project.resolve(fv.fn().returns().get(0), acf);
                    acv = ret.val();
                    if (ret.file() != null) acf = ret.file();
                }
                if (acv instanceof Obj ao) libOpts = ao;
                Scoped s = library(p, libOpts, new Reg("register", null, l.file, Location.at(l.path, 1, 1)),
                        new Control.Options(acv, acf.path(), optionsAt));
                if (isRateLimit(p.library)) t.rl = true;
                if (s != null) {
                    mounts.add(new Application.Mount(s.control, t.prefix, List.copyOf(routes.subList(t.routesStart, routes.size()))));
                    t.hooks.add(s);
                    t.contributed.add(s);
                }
                return;
            }
            if (p.fn == null || depth > MAX_SCOPE_DEPTH || active.contains(p.fn.fn())) return;
            String outerOptions = pluginOptionsPrefix;
            pluginOptionsPrefix = l.seenPrefix;
            try {
                runLoaded(t, l, p, depth);
            } finally {
                pluginOptionsPrefix = outerOptions;
            }
        }

        private void runLoaded(Target t, Loaded l, Plugin p, int depth) {
            if (l.merged) {
                List<Scoped> added = new ArrayList<>();
                t.rl |= runPlugin(p.fn, t.prefix, concat(t.base, t.hooks), true, t.rl, added, depth);
                t.hooks.addAll(added);
                t.contributed.addAll(added);
            } else {
                runPlugin(p.fn, ModelSupport.join(t.prefix, l.prefix == null ? "" : l.prefix), concat(t.base, t.hooks), false, t.rl,
                        new ArrayList<>(), depth);
            }
        }

        /** One file as autoload imports it: its plugin (or route object), the prefix option it gets, whether it encapsulates. */
        private Loaded load(Autoload.PluginFile pf, Autoload.Options o, Autoload.Version v, String optionsPrefix, boolean optionsUnknown) {
            FileFacts ff = project.file(pf.path());
            if (ff == null) return null;
            Val def = ff.exports().get("default");
            if (def == null) return null; // not a plugin shape: autoload skips it
            Val skip = ff.exports().get("autoload");
            Val skipOwn = ctx.ownProp(def, ff, ".autoload", 0);
            for (Val sv : new Val[]{skip, skipOwn}) {
                if (sv != null && project.resolve(sv, ff).val() instanceof Lit l && Boolean.FALSE.equals(l.value())) return null;
            }
            Val resolved = project.resolve(def, ff).val();
            Obj routeObject = resolved instanceof Obj ro && ro.props().containsKey("method") ? ro : null;
            Plugin p = routeObject == null ? ctx.plugin(def, ff, 0) : null;
            if (routeObject == null && p == null) {
                if (!(resolved instanceof Lit) && !(resolved instanceof Obj)) {
                    project.notModelled("@fastify/autoload plugin file " + pf.path() + " (its default export could not be followed)",
                            pf.path(), 1, 1, true);
                }
                return null;
            }
            // autoConfig, autoPrefix, prefixOverride: exports of the module or properties of the plugin
            String optPrefix = optionsPrefix;
            Val ac = firstNonNull(ctx.ownProp(def, ff, ".autoConfig", 0), ff.exports().get("autoConfig"));
            if (optPrefix == null && ac != null && project.resolve(ac, ff).val() instanceof Obj aco && aco.props().containsKey("prefix")) {
                optPrefix = prefixOf(aco, ff);
            }
            Val ap = firstNonNull(ctx.ownProp(def, ff, ".autoPrefix", 0), ff.exports().get("autoPrefix"));
            Val po = firstNonNull(ctx.ownProp(def, ff, ".prefixOverride", 0), ff.exports().get("prefixOverride"));
            String apS = ap == null ? null : pathOrUnknown(project.resolve(ap, ff).val());
            String poS = po == null ? null : pathOrUnknown(project.resolve(po, ff).val());
            String prefix = Autoload.pluginPrefix(v, o, optPrefix, pf.dirPrefix(), apS, ap != null, poS, po != null);
            boolean merged = p != null && (p.merged || !o.encapsulate);
            // what the plugin reads as opts.prefix when autoload's options could not be resolved
            String seen = optionsUnknown && optPrefix == null
                    ? Autoload.pluginPrefix(v, o, "{prefix}", pf.dirPrefix(), apS, ap != null, poS, po != null) : prefix;
            return new Loaded(pf.path(), ff, p, routeObject, prefix, merged, seen);
        }

        private static Val firstNonNull(Val a, Val b) {
            return a != null ? a : b;
        }

        /** The project directory an autoload {@code dir} option names: join(__dirname, 'routes'), new URL('./routes', import.meta.url). */
        private String directory(Val v, FileFacts f) {
            if (v == null) return null;
            List<String> parts = new ArrayList<>();
            dirParts(project.resolve(v, f).val(), f, parts, 0);
            if (parts.isEmpty()) return null;
            String rel = String.join("/", parts);
            String from = f.path().contains("/") ? f.path().substring(0, f.path().lastIndexOf('/')) : "";
            List<String> candidates = new ArrayList<>();
            candidates.add(normalize(from.isEmpty() ? rel : from + "/" + rel));
            for (var m : project.manifests()) {
                String d = m.path().contains("/") ? m.path().substring(0, m.path().lastIndexOf('/')) : "";
                candidates.add(normalize(d.isEmpty() ? rel : d + "/" + rel));
            }
            for (String c : candidates) {
                if (c == null) continue;
                String cc = c;
                if (project.files().keySet().stream().anyMatch(p -> p.startsWith(cc + "/"))) return c;
            }
            return null;
        }

        /** {@code __dirname}, {@code import.meta.dirname}, {@code dirname(fileURLToPath(import.meta.url))}. */
        private boolean isOwnDir(Val hole, FileFacts f) {
            if (Vals.lastName(hole) != null && Vals.lastName(hole).equals("__dirname")) return true;
            Val x = project.resolve(hole, f).val();
            String n = Vals.lastName(x instanceof Call c ? c.callee() : x);
            return n != null && (n.equals("__dirname") || n.equals("dirname"));
        }

        private void dirParts(Val v, FileFacts f, List<String> out, int depth) {
            if (v == null || depth > 4) return;
            String s = Val.constString(v);
            if (s != null) {
                out.add(s);
                return;
            }
            if (v instanceof Call c) {
                String m = Vals.lastName(c.callee());
                if (m != null && (m.equals("join") || m.equals("resolve"))) {
                    for (Val a : c.args()) {
                        Val ra = project.resolve(a, f).val();
                        String cs = Val.constString(ra);
                        if (cs != null) out.add(cs);
                        else if (ra instanceof Call) dirParts(ra, f, out, depth + 1);
                    }
                } else if (m != null && m.equals("fileURLToPath") && !c.args().isEmpty()) {
                    dirParts(project.resolve(c.args().get(0), f).val(), f, out, depth + 1);
                }
            } else if (v instanceof Tpl t && !t.quasis().isEmpty() && t.holes().stream().allMatch(h -> isOwnDir(h, f))) {
                // `${__dirname}/routes`: the directory holes are the file's own directory
                StringBuilder sb = new StringBuilder();
                for (String q : t.quasis()) sb.append(q);
                String rest = sb.toString().replaceAll("^/+", "");
                if (!rest.isEmpty()) out.add(rest);
            } else if (v instanceof New n && "URL".equals(Vals.lastName(n.callee())) && !n.args().isEmpty()) {
                String s0 = Val.constString(n.args().get(0));
                if (s0 != null) out.add(s0);
            }
        }

        private static String normalize(String p) {
            return dev.backcheck.workspace.Globs.normalize(p);
        }
    }
}
