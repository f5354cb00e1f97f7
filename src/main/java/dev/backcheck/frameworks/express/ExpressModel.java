package dev.backcheck.frameworks.express;

import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.FrameworkModel;
import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.frameworks.routingcontrollers.RoutingControllers;
import dev.backcheck.frameworks.tsoa.Tsoa;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.*;

import java.util.*;

/**
 * Express 4 and 5: {@code express()} apps and {@code Router()}s (in any file), {@code use} with
 * optional path prefix, arrays of middleware and mounted routers/sub-apps, {@code METHOD(path,
 * ...handlers)}, {@code route(path).get().post()}, 4-argument error handlers, {@code listen}.
 * Express semantics: middleware mounted before a route (on a matching path) applies to it; later
 * middleware does not.
 */
public final class ExpressModel implements FrameworkModel {
    static final Set<String> HTTP = Set.of("get", "post", "put", "patch", "delete", "all", "options", "head");
    /** Methods of an Express app or router that answer the app or router itself, so calls chain on it. */
    private static final Set<String> CHAINS_BACK = java.util.stream.Stream.concat(HTTP.stream(),
            java.util.stream.Stream.of("use", "disable", "enable", "set", "engine", "param")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /**
     * A function mounted with {@code use} that sends a response through its second parameter and never calls or passes
     * on its third: an endpoint for every method under its path (Nest's {@code app.use} is this Express one).
     */
    public static boolean answersOnlyMiddleware(Fn fn) {
        return fn != null && Builder.answersOnly(fn);
    }

    private static final Set<String> RESPONDS = Set.of("send", "json", "end", "sendStatus", "sendFile", "render", "redirect", "jsonp");
    private static final Set<String> REG = Set.of("use", "get", "post", "put", "patch", "delete", "all", "options", "head",
            "listen", "route", "param");

    @Override
    public String id() {
        return "express";
    }

    /** An app or router instance and the registrations made on it. */
    private static final class Inst {
        final Val val;
        final FileFacts file;
        final boolean isApp;
        final Location created;
        final List<Reg> regs = new ArrayList<>();

        Inst(Val val, FileFacts file, boolean isApp, Location created) {
            this.val = val;
            this.file = file;
            this.isApp = isApp;
            this.created = created;
        }
    }

    /**
     * One registration: {@code args} with callback parameters and class fields replaced by their
     * values; {@code env} where it takes effect ({@code if (NODE_ENV === 'production')}...).
     */
    private record Reg(String method, CallSite cs, FileFacts file, String routePath, List<Val> args,
                       ModelSupport.EnvScope env, Fn fn) {
        Reg(String method, CallSite cs, FileFacts file, String routePath, List<Val> args, ModelSupport.EnvScope env) {
            this(method, cs, file, routePath, args, env, null);
        }

        /** The registration as written, for messages (made only when one is reported). */
        String written() {
            return ExpressModel.written(cs);
        }
    }

    /** The calls of {@code f} whose method name the registration walk of {@link #build} acts on, with their functions, in source order. */
    private static List<Object[]> registrationCalls(FileFacts f) {
        List<Object[]> out = null;
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                String m = cs.methodName();
                if (m == null || !(REG.contains(m) || "RegisterRoutes".equals(m) || "createExpressServer".equals(m)
                        || "useExpressServer".equals(m))) continue;
                if (out == null) out = new ArrayList<>();
                out.add(new Object[]{fn, cs});
            }
        }
        return out == null ? List.of() : out;
    }

    @Override
    public List<Application> build(Project project) {
        if (!project.dependsOn("express") && !project.dependsOn(RoutingControllers.MODULE) && project.files().values().stream()
                .noneMatch(f -> f.imports().values().stream().anyMatch(i -> i.module().equals("express")))) {
            return List.of();
        }
        Analysis analysis = ModelSupport.analysis(project);
        Classifier classifier = new Classifier(analysis);
        IdentityHashMap<Val, Inst> insts = new IdentityHashMap<>();
        List<Reg> pendingCreates = new ArrayList<>();
        ModelSupport.ParamBindings bindings = new ModelSupport.ParamBindings(project, analysis, true);
        ModelSupport.Classes classes = new ModelSupport.Classes(project);
        ModelSupport.Callbacks callbacks = new ModelSupport.Callbacks(project, bindings, classes);

        // the calls this walk acts on (by their method name) are picked out per file on the project's threads; the walk
        // then visits only those, in file and source order as before
        List<List<Object[]>> picked = project.perFile(ExpressModel::registrationCalls);
        int fileIndex = 0;
        for (FileFacts f : project.files().values()) {
            for (Object[] pick : picked.get(fileIndex++)) {
                Fn fn = (Fn) pick[0];
                CallSite cs = (CallSite) pick[1];
                {
                    String m = cs.methodName();
                    if ("RegisterRoutes".equals(m) && cs.callee() instanceof Ref rr && rr.module().startsWith(".")
                            && project.resolveModule(f.path(), rr.module()) == null && cs.arg(0) != null) {
                        // tsoa's generated routes file is not in the tree (generated at build time, gitignored):
                        // the routes it would register come from the controllers
                        for (ModelSupport.Bound b : bindings.bind(cs.arg(0), f, fn)) {
                            Boolean app = kind(project, b.val(), b.file());
                            if (app == null) continue;
                            Inst in = insts.computeIfAbsent(b.val(), k -> new Inst(k, b.file(), app, k instanceof Call c ? c.site() : null));
                            in.regs.add(new Reg("tsoa", cs, f, null, List.of(), ModelSupport.envScope(project, f, cs.guards())));
                        }
                        continue;
                    }
                    if ("createExpressServer".equals(m) || "useExpressServer".equals(m)) {
                        serverCall(project, f, fn, cs, bindings, insts, pendingCreates);
                        continue;
                    }
                    if (m == null || !REG.contains(m)) continue;
                    Val recv0 = Analysis.receiver(cs.callee());
                    if (recv0 == null) continue;
                    ModelSupport.EnvScope env = ModelSupport.envScope(project, f, cs.guards());
                    for (Map<Integer, Project.Resolved> params : callbacks.envs(fn)) {
                    if (!ModelSupport.reachable(project, classes, cs.guards(), params, fn)) continue;
                    // app.disable('x-powered-by').use(json()).use('/api', router): each of these answers the app it was
                    // called on, so the chain registers on that app
                    for (int hop = 0; hop < 24 && recv0 instanceof Call cc && CHAINS_BACK.contains(String.valueOf(Vals.lastName(cc.callee())))
                            && !(HTTP.contains(Vals.lastName(cc.callee())) && HTTP.contains(m)) && Analysis.receiver(cc.callee()) != null; hop++) {
                        recv0 = Analysis.receiver(cc.callee());
                    }
                    Val recv = ModelSupport.substitute(project, classes, recv0, params, fn);
                    List<Val> args = new ArrayList<>();
                    for (Val a : cs.args()) args.add(ModelSupport.substitute(project, classes, a, params, fn));
                    String routePath = null;
                    Fn recvOwner = recv instanceof Param rp ? classes.paramOwner(fn, rp) : fn;
                    List<ModelSupport.Bound> bound = bindings.bind(recv, f, recvOwner);
                    if (bound.isEmpty() && recv instanceof Param rp && rp.path().isEmpty() && expressTyped(recvOwner.param(rp.index()))) {
                        // registerRoutes(app: Express) that nothing in the project calls: its routes hang on no app
                        project.notModelled(written(cs) + " on parameter '" + rp.name() + "', which no call in the project binds to an app",
                                f.path(), cs.location().line(), cs.location().column(), true);
                    }
                    if (recv instanceof Param rp && rp.path().isEmpty() && !bound.isEmpty()) {
                        // configureApp(app) called with const app = createApp(): the app the project factory returns
                        List<ModelSupport.Bound> apps = new ArrayList<>();
                        List<String> lost = new ArrayList<>();
                        for (ModelSupport.Bound b : bound) {
                            ModelSupport.Bound made = kind(project, b.val(), b.file()) == null ? returnedInstance(project, b, 0) : b;
                            if (made != null) apps.add(made);
                            else lost.add(shown(b.val()));
                        }
                        if (!lost.isEmpty() && expressTyped(recvOwner.param(rp.index()))) {
                            project.notModelled(written(cs) + " on parameter '" + rp.name() + "', bound to " + String.join(", ", lost)
                                    + ", which the model does not follow to an app", f.path(), cs.location().line(), cs.location().column(), true);
                        }
                        bound = apps;
                    }
                    for (ModelSupport.Bound b : bound) {
                        Val inst = b.val();
                        FileFacts instFile = b.file();
                        // app.route('/x').get(h).post(h): walk back over the chained method calls
                        for (int hop = 0; hop < 64 && inst instanceof Call cc && HTTP.contains(String.valueOf(Vals.lastName(cc.callee())))
                                && HTTP.contains(m); hop++) {
                            Val back = Analysis.receiver(cc.callee());
                            if (back == null) break;
                            inst = back;
                        }
                        // app.route('/x').get(h).post(h)
                        if (inst instanceof Call c && "route".equals(Vals.lastName(c.callee())) && HTTP.contains(m)) {
                            routePath = c.args().isEmpty() ? null : ModelSupport.pathOf(project, c.args().get(0), instFile);
                            if (routePath == null) routePath = "{unknown}";
                            Val base = Analysis.receiver(c.callee());
                            if (base == null) continue;
                            Project.Resolved rb = project.resolve(base, instFile);
                            // router.route('/x').post(h) on a router handed in as a parameter: the router the caller passes
                            if (rb.val() instanceof Param bp && bp.path().isEmpty() && instFile == f) {
                                List<ModelSupport.Bound> bb = bindings.bind(base, f, recvOwner);
                                if (bb.size() == 1) rb = new Project.Resolved(bb.get(0).val(), bb.get(0).file());
                            }
                            inst = rb.val();
                            instFile = rb.file();
                        }
                        // useExpressServer(app, options) returns the app it was given
                        if (inst instanceof Call uc && RoutingControllers.isUse(project.qname(uc, instFile)) && !uc.args().isEmpty()) {
                            Project.Resolved ur = project.resolve(uc.args().get(0), instFile);
                            inst = ur.val();
                            instFile = ur.file();
                        }
                        Boolean app = kind(project, inst, instFile);
                        if (app == null) continue;
                        if (m.equals("route")) continue;
                        // test code that registers on the real app (a fake auth, a debug route) does not change it
                        if (project.isTestPath(f.path()) && inst instanceof Call ic && ic.site() != null
                                && !project.isTestPath(ic.site().path())) continue;
                        Inst in = insts.computeIfAbsent(inst, k -> new Inst(k, b.file(), app,
                                k instanceof Call c ? c.site() : null));
                        in.regs.add(new Reg(m, cs, f, routePath, args, env, fn));
                    }
                    }
                }
            }
        }
        // createExpressServer(options): the app it returns registers the controllers where it is created
        for (Reg r : pendingCreates) {
            Inst target = null;
            for (Inst in : insts.values()) {
                if (in.val instanceof Call c && r.cs.location().equals(c.site())) target = in;
            }
            if (target == null) {
                Val v = new Call(r.cs.callee(), r.cs.args(), r.cs.location());
                target = new Inst(v, r.file, true, r.cs.location());
                insts.put(v, target);
            }
            target.regs.add(r);
        }
        // what is mounted inside something else is not an application of its own
        Set<Val> mounted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Inst in : insts.values()) {
            if (in.created != null && project.isTestPath(in.created.path())) continue; // a test app mounting the real one
            for (Reg r : in.regs) {
                if (!r.method.equals("use")) continue;
                for (Val a : ModelSupport.flatten(project, r.args, r.file)) {
                    Val v = instance(project, a, r.file, r.fn, insts);
                    if (v != null && v != in.val) mounted.add(v);
                }
            }
        }
        List<Application> apps = new ArrayList<>();
        List<Application.Signal> signals = ModelSupport.signals(project);
        Set<Val> usedControls = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Inst in : insts.values()) {
            if (!in.isApp || mounted.contains(in.val)) continue;
            Builder b = new Builder(project, classifier, insts, usedControls);
            b.expand(in, "", List.of(), new ArrayList<>(), false);
            Location where = in.created != null ? in.created : in.regs.isEmpty() ? null : in.regs.get(0).cs.location();
            if (where == null) continue;
            apps.add(new Application("express", where, b.routes, b.mounts, List.of(), b.errorHandlers, b.listens, signals));
        }
        if (apps.isEmpty()) return apps;
        List<Control> unmounted = ModelSupport.unmountedControls(project, classifier, usedControls);
        List<Application> out = new ArrayList<>();
        for (Application a : apps) {
            out.add(new Application(a.framework(), a.location(), a.routes(), a.mounts(), unmounted, a.errorHandlers(),
                    a.listens(), a.signals()));
        }
        return out;
    }

    /**
     * The app/router instance a mounted value denotes: the instance itself, or the one a project
     * factory returns ({@code app.use('/x', createXRouter())}). Null when it is not one.
     */
    private static Val instance(Project project, Val a, FileFacts file, Fn caller, IdentityHashMap<Val, Inst> insts) {
        Project.Resolved rv = project.resolve(a, file);
        Project.Resolved computed = ModelSupport.computedRequire(project, rv.val(), rv.file());
        if (computed != null) rv = computed;
        if (insts.containsKey(rv.val())) return rv.val();
        // export default Router().get('/', h).post('/', h2): the chain returns the router it started from
        Val back = rv.val();
        // (module.exports = app.post('/', h): the callee is the local app's method, app.post, not a member expression)
        for (int hop = 0; hop < 64 && back instanceof Call bc && REG.contains(String.valueOf(Vals.lastName(bc.callee())))
                && Analysis.receiver(bc.callee()) != null; hop++) {
            back = project.resolve(Analysis.receiver(bc.callee()), rv.file()).val();
            if (insts.containsKey(back)) return back;
        }
        // const { publicRouter, authRouter } = buildRouters(): a router a project function makes and returns in an object
        // literal ({ publicRouter, authRouter, adminRouter }), taken from that object by name
        if (rv.val() instanceof Member m && m.object() instanceof Call c) {
            Project.FnRef factory = project.function(c.callee(), rv.file());
            if (factory != null) {
                for (Val ret : factory.fn().returns()) {
                    Project.Resolved rr = project.resolve(ret, factory.file());
                    if (!(rr.val() instanceof Obj o) || !o.props().containsKey(m.prop())) continue;
                    Val field = project.resolve(o.props().get(m.prop()), rr.file()).val();
                    if (insts.containsKey(field)) return field;
                }
            }
        }
        if (rv.val() instanceof Call c) {
            Project.FnRef factory = project.function(c.callee(), rv.file());
            // this.express.use('/api', this.privateRoutes()): a method of the app's own class that builds and returns a router
            if (factory == null && caller != null && c.callee() instanceof This t && t.path().size() == 1 && rv.file() == file) {
                factory = ModelSupport.analysis(project).resolveCallee(c.callee(), file, caller);
            }
            // app.use(healthCheckService.getRouter()) of module.exports = { healthCheckService: new HealthCheckService() }:
            // the method of the class the instance is made from, which builds and returns a router
            if (factory == null && Vals.lastName(c.callee()) != null && Project.withoutLast(c.callee()) != null) {
                factory = project.factoryMethod(Project.withoutLast(c.callee()), rv.file(), Vals.lastName(c.callee()));
            }
            if (factory != null) {
                for (Val ret : factory.fn().returns()) {
                    Val rr = project.resolve(ret, factory.file()).val();
                    if (insts.containsKey(rr)) return rr;
                    // (router) => { users(router); return router; }: the router the caller handed in
                    if (rr instanceof Param rp && rp.path().isEmpty() && c.args().size() > rp.index()) {
                        Val given = project.resolve(c.args().get(rp.index()), rv.file()).val();
                        if (insts.containsKey(given)) return given;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The app or router a call of a project function returns ({@code function createApp() { const app = express(); ...;
     * return app; }}), a few factories deep; null when it returns none.
     */
    private static ModelSupport.Bound returnedInstance(Project project, ModelSupport.Bound b, int depth) {
        if (depth > 3 || !(b.val() instanceof Call c)) return null;
        Project.FnRef factory = project.function(c.callee(), b.file());
        if (factory == null) return null;
        for (Val ret : factory.fn().returns()) {
            Project.Resolved rr = project.resolve(ret, factory.file());
            if (kind(project, rr.val(), rr.file()) != null) return new ModelSupport.Bound(rr.val(), rr.file());
            ModelSupport.Bound deeper = returnedInstance(project, new ModelSupport.Bound(rr.val(), rr.file()), depth + 1);
            if (deeper != null) return deeper;
        }
        return null;
    }

    /**
     * {@code createExpressServer(options)} / {@code useExpressServer(app, options)} from
     * routing-controllers: a registration of its controllers ("rc") on the app.
     */
    private static void serverCall(Project project, FileFacts f, Fn fn, CallSite cs, ModelSupport.ParamBindings bindings,
                                   IdentityHashMap<Val, Inst> insts, List<Reg> pendingCreates) {
        String q = project.qname(cs.callee(), f);
        ModelSupport.EnvScope env = ModelSupport.envScope(project, f, cs.guards());
        if (RoutingControllers.isCreate(q)) {
            pendingCreates.add(new Reg("rc", cs, f, null, cs.args().isEmpty() ? List.of() : List.of(cs.arg(0)), env));
        } else if (RoutingControllers.isUse(q) && cs.arg(0) != null) {
            for (ModelSupport.Bound b : bindings.bind(cs.arg(0), f, fn)) {
                Boolean app = kind(project, b.val(), b.file());
                if (app == null) continue;
                Inst in = insts.computeIfAbsent(b.val(), k -> new Inst(k, b.file(), app, k instanceof Call c ? c.site() : null));
                in.regs.add(new Reg("rc", cs, f, null, cs.arg(1) == null ? List.of() : List.of(cs.arg(1)), env));
            }
        }
    }

    private static final Set<String> EXPRESS_TYPES = Set.of("Express", "Application", "Router", "IRouter", "express.Express",
            "express.Application", "express.Router", "Express.Application", "core.Express");

    /** A parameter typed as an Express app or router. */
    private static boolean expressTyped(Fn.Param p) {
        return p != null && p.type() != null && EXPRESS_TYPES.contains(p.type());
    }

    /** The registration as written, for messages: {@code router.use(route.path, route.route)}. */
    private static String written(CallSite cs) {
        StringBuilder sb = new StringBuilder();
        String callee = Classifier.displayName(cs.callee());
        sb.append(callee == null ? "?" : callee).append('(');
        for (int i = 0; i < cs.args().size() && i < 2; i++) {
            if (i > 0) sb.append(", ");
            Val a = cs.args().get(i);
            String c = Val.constString(a);
            String d = c != null ? "'" + c + "'" : a instanceof FnVal ? "function" : shown(a);
            sb.append(d == null ? "..." : d);
        }
        if (cs.args().size() > 2) sb.append(", ...");
        return sb.append(')').toString();
    }

    /** A value as written, with an element of a loop the model could not list shown as {@code item}. */
    private static String shown(Val a) {
        if (a instanceof Member m) {
            String o = shown(m.object());
            return (o == null ? "item" : o) + "." + m.prop();
        }
        if (a instanceof Unknown) return "item";
        if (a instanceof Call c) {
            String callee = Classifier.displayName(c.callee());
            return callee == null ? null : callee + "(...)";
        }
        String d = Classifier.displayName(a);
        // for (const p of extra): an element of a list, extra.*.path, is shown as item.path
        return d != null && d.contains("*") ? "item" + d.substring(d.lastIndexOf('*') + 1) : d;
    }

    /** True for a value the model cannot follow: an unbound parameter, an unknown element, a member of one. */
    private static boolean unresolved(Val v) {
        if (v instanceof Param || v instanceof Unknown) return true;
        if (v instanceof Member m) return unresolved(m.object());
        return false;
    }

    /** TRUE for an express() app, FALSE for a Router, null for anything else. */
    private static Boolean kind(Project project, Val inst, FileFacts f) {
        if (!(inst instanceof Call) && !(inst instanceof New)) return null;
        String q = project.qname(inst, f);
        if (q == null) return null;
        if (q.equals("express()") || q.equals("express.default()") || RoutingControllers.isCreate(q)) return Boolean.TRUE;
        if (q.equals("express.Router()") || q.equals("new express.Router()") || q.equals("express.default.Router()")) return Boolean.FALSE;
        return null;
    }

    /**
     * A control in force from where it is registered on: under {@code path} (a prefix) for every method, or, with a
     * {@code method}, for that method on exactly that path ({@code router.post('/answers/:id/vote', writeLimiter)}: a
     * route of middleware only, which passes every request on to the later route that answers it).
     */
    record Scoped(Control control, String path, String method) {
        Scoped(Control control, String path) {
            this(control, path, null);
        }

        boolean applies(String routePath) {
            return method == null && ModelSupport.applies(path, routePath);
        }

        boolean appliesTo(String routeMethod, String routePath) {
            return method != null && method.equals(routeMethod) && shape(path).equals(shape(routePath));
        }

        /** The path with its parameters unnamed (/answers/:id/vote and /answers/:answerId/vote match the same requests). */
        private static String shape(String p) {
            return p.replaceAll(":[^/]+", ":").replaceAll("/+$", "");
        }
    }

    /**
     * The controls in force in a router, in registration order, with an index by path (issue 14): an application that
     * mounts thousands of routers gathers the middleware each mounts ({@link Builder#expand}'s answer), and every later
     * mount and route tested each of them ({@link ModelSupport#applies}): mounts x controls. The index answers the same
     * controls, in the same order: each candidate is still tested as before, the index only leaves out those whose
     * path cannot match ({@code ExpressActiveIndexTest} compares it with the linear scan on random paths). Only
     * {@code add} and {@code addAll} change it (a router's active list only grows).
     */
    static final class ActiveList extends ArrayList<Scoped> {
        /** Below this size the lists are scanned as before. */
        private static final int INDEXED = 32;
        /** Controls of every method by their normalised scope ({@link #scopeKey}); "" for those under every path. */
        private final Map<String, List<Integer>> byScope = new HashMap<>();
        /** Controls by their path as written (the mount test also takes controls under the mount path). */
        private final TreeMap<String, List<Integer>> byPath = new TreeMap<>();
        /** Controls of one method (a limiter-only route): taken by every mount. */
        private final List<Integer> withMethod = new ArrayList<>();

        ActiveList(Collection<Scoped> from) {
            super(from.size() + 8);
            addAll(from);
        }

        @Override
        public boolean add(Scoped s) {
            int i = size();
            super.add(s);
            if (s.method() != null) withMethod.add(i);
            else byScope.computeIfAbsent(scopeKey(s.path()), k -> new ArrayList<>(2)).add(i);
            if (s.path() != null) byPath.computeIfAbsent(s.path(), k -> new ArrayList<>(2)).add(i);
            return true;
        }

        @Override
        public boolean addAll(Collection<? extends Scoped> c) {
            for (Scoped s : c) add(s);
            return !c.isEmpty();
        }

        /**
         * {@link ModelSupport#applies}'s scope once its trailing '/*' or '*' is cut: "" when it applies to every path.
         * A scope applies to a path when this key is the path, or a prefix of it ending in '/', or a prefix followed by '/'.
         */
        static String scopeKey(String scope) {
            if (scope == null || scope.isEmpty() || scope.equals("/")) return "";
            if (scope.endsWith("/*")) scope = scope.substring(0, scope.length() - 2);
            if (scope.endsWith("*")) scope = scope.substring(0, scope.length() - 1);
            return scope.isEmpty() || scope.equals("/") ? "" : scope;
        }

        /** The controls of {@code active} that apply to a route at {@code full}, in order ({@code s.applies(full)}). */
        static List<Scoped> applying(List<Scoped> active, String full) {
            List<Scoped> out = new ArrayList<>();
            if (!(active instanceof ActiveList al) || active.size() < INDEXED) {
                for (Scoped s : active) if (s.applies(full)) out.add(s);
                return out;
            }
            for (int i : al.candidates(full, false)) if (active.get(i).applies(full)) out.add(active.get(i));
            return out;
        }

        /**
         * The controls of {@code active} a router mounted at {@code full} inherits, in order: those of one method, those
         * whose path applies to the mount path, and those on a path the mount path applies to.
         */
        static List<Scoped> mountable(List<Scoped> active, String full) {
            List<Scoped> out = new ArrayList<>();
            if (!(active instanceof ActiveList al) || active.size() < INDEXED) {
                for (Scoped s : active) if (mounts(s, full)) out.add(s);
                return out;
            }
            for (int i : al.candidates(full, true)) if (mounts(active.get(i), full)) out.add(active.get(i));
            return out;
        }

        private static boolean mounts(Scoped s, String full) {
            return s.method() != null || ModelSupport.applies(s.path(), full) || ModelSupport.applies(full, s.path());
        }

        /** Indices that may pass the test, ascending, each once: a superset of those that do. */
        private int[] candidates(String full, boolean mount) {
            BitSet hit = new BitSet(size());
            mark(hit, byScope.get(""));
            if (full != null) {
                mark(hit, byScope.get(full));
                for (int i = 0; i < full.length(); i++) {
                    if (full.charAt(i) != '/') continue;
                    mark(hit, byScope.get(full.substring(0, i)));
                    mark(hit, byScope.get(full.substring(0, i + 1)));
                }
            }
            if (mount) {
                for (int i : withMethod) hit.set(i);
                String under = scopeKey(full);
                if (under.isEmpty()) hit.set(0, size());
                else {
                    for (Map.Entry<String, List<Integer>> e : byPath.tailMap(under, true).entrySet()) {
                        if (!e.getKey().startsWith(under)) break;
                        mark(hit, e.getValue());
                    }
                }
            }
            return hit.stream().toArray();
        }

        private static void mark(BitSet hit, List<Integer> at) {
            if (at != null) for (int i : at) hit.set(i);
        }
    }

    private static final class Builder {
        final Project project;
        final Classifier classifier;
        final IdentityHashMap<Val, Inst> insts;
        final Set<Val> usedControls;
        final List<Route> routes = new ArrayList<>();
        /** method, full path and declaration of every route listed, to tell the same route reached again. */
        private final Set<String> listed = new HashSet<>();
        final List<Application.Mount> mounts = new ArrayList<>();
        final List<Location> errorHandlers = new ArrayList<>();
        final List<Location> listens = new ArrayList<>();
        int order;

        Builder(Project project, Classifier classifier, IdentityHashMap<Val, Inst> insts, Set<Val> usedControls) {
            this.project = project;
            this.classifier = classifier;
            this.insts = insts;
            this.usedControls = usedControls;
        }

        /**
         * Lists the routes of {@code in} mounted at {@code prefix}. Returns the middleware {@code in} mounts itself
         * ({@code router.use(auth)}, {@code router.use('/admin', requireAdmin)}), each with its full path: Express runs
         * a router's stack for every request under its mount path that no earlier route answered, so that middleware
         * also runs before the routes the parent registers after this mount under the same path.
         */
        List<Scoped> expand(Inst in, String prefix, List<Scoped> inherited, List<Inst> stack, boolean productionOnly) {
            if (stack.contains(in) || stack.size() > 12) return List.of();
            stack.add(in);
            List<Scoped> active = new ActiveList(inherited);
            List<Reg> regs = new ArrayList<>(in.regs);
            // a registration in a helper the app's file calls takes effect where that call is (hardenApp(app) before mountApi(app))
            regs.sort(ModelSupport.registrationOrder(project, in.file, (Reg r) -> r.file, (Reg r) -> r.cs, (Reg r) -> r.fn,
                    (Reg r) -> ModelSupport.position(r.cs)));
            for (Reg r : regs) {
                if (stack.size() == 1) topReg = r;
                // mounted only in development or test: not part of the application in production
                if (r.env == ModelSupport.EnvScope.NOT_PRODUCTION) {
                    // (its controls are not "never mounted": they are mounted outside production)
                    for (Val a : ModelSupport.flatten(project, r.args, r.file)) usedControls.add(project.resolve(a, r.file).val());
                    devOnly(r, prefix);
                    continue;
                }
                boolean prodOnly = productionOnly || r.env == ModelSupport.EnvScope.PRODUCTION_ONLY;
                switch (r.method) {
                    case "use" -> use(in, r, prefix, active, stack, prodOnly);
                    case "listen" -> listens.add(r.cs.location());
                    case "rc" -> routingControllers(r, prefix, active, prodOnly);
                    case "tsoa" -> tsoa(prefix, active, prodOnly);
                    case "param" -> { }
                    default -> route(r, prefix, active, prodOnly);
                }
            }
            stack.remove(stack.size() - 1);
            // active only grows: what follows the inherited entries is what this router mounted
            return List.copyOf(active.subList(inherited.size(), active.size()));
        }

        private void notModelled(Reg r) {
            project.notModelled(r.written(), r.file.path(), r.cs.location().line(), r.cs.location().column(), true);
        }

        /** Classifies a middleware value; a function wrapped by an async helper is judged by what the wrapped function does. */
        private Control classify(Val v, FileFacts file, Location where, String scope) {
            Project.FnRef inner = ModelSupport.wrappedMiddleware(project, v, file);
            if (inner != null) {
                // named by what it wraps (auth.jwt), not by the wrapper (asyncHandler)
                Val shown = v instanceof Call call && call.args().size() == 1 ? call.args().get(0) : v;
                Control c = classifier.classifyFunction(inner.fn(), inner.file(), Classifier.displayName(shown), where, scope, true);
                if (c.kind() != ControlKind.OTHER) return c;
            }
            return classifier.classify(v, file, where, scope);
        }

        /** A control mounted only under a production check says so in its name. */
        private static Control production(Control c, boolean prodOnly) {
            if (!prodOnly || c == null || c.name().endsWith(ModelSupport.PRODUCTION_ONLY)) return c;
            return new Control(c.kind(), c.name() + ModelSupport.PRODUCTION_ONLY, c.location(), c.parts(), c.scope());
        }

        private void use(Inst in, Reg r, String prefix, List<Scoped> active, List<Inst> stack, boolean prodOnly) {
            List<Val> args = r.args;
            String path = "";
            int first = 0;
            // app.use(['/docs', '/api-docs'], basicAuth(..)): Express mounts the middleware on each path of the list
            if (args.size() > 1 && project.resolve(args.get(0), r.file).val() instanceof Arr paths && !paths.items().isEmpty()
                    && paths.items().stream().allMatch(x -> ModelSupport.pathOf(project, x, r.file) != null)) {
                for (Val each : paths.items()) {
                    List<Val> one = new ArrayList<>();
                    one.add(each);
                    one.addAll(args.subList(1, args.size()));
                    use(in, new Reg(r.method, r.cs, r.file, r.routePath, one, r.env, r.fn), prefix, active, stack, prodOnly);
                }
                return;
            }
            if (!args.isEmpty()) {
                String p = ModelSupport.pathOf(project, args.get(0), r.file);
                if (p != null) {
                    path = p;
                    first = 1;
                } else if (args.get(0) instanceof Tpl || args.get(0) instanceof Concat) {
                    // `${prefix}/players`: keep the constant parts ({unknown}/players)
                    path = ModelSupport.templatePath(args.get(0));
                    first = 1;
                } else if (unresolved(project.resolve(args.get(0), r.file).val()) && args.size() > 1) {
                    // app.use(route.path, route.router) over something the model could not list
                    notModelled(r);
                    return;
                }
            }
            String full = ModelSupport.join(prefix, path);
            List<Val> rest = args.subList(Math.min(first, args.size()), args.size());
            List<Val> flat = ModelSupport.flatten(project, rest, r.file);
            for (Val a : flat) {
                Project.Resolved rv = project.resolve(a, r.file);
                Val key = instance(project, a, r.file, r.fn, insts);
                Inst sub = key == null ? null : insts.get(key);
                if (sub != null && sub != in) {
                    // controls on the mount path and those on a narrower path under it (app.use('/v1/auth', limiter)
                    // before app.use('/v1', router)): each route below checks its own full path again
                    List<Scoped> applicable = ActiveList.mountable(active, full);
                    // (app.use('/api', projects) where projects runs router.use(authenticate), then app.use('/api', health):
                    // a request for /api/health passes through the projects router's stack first and needs a token)
                    active.addAll(expand(sub, full, applicable, stack, prodOnly));
                    continue;
                }
                if (unresolved(rv.val()) || ModelSupport.isComputedRequire(rv.val())) {
                    // a parameter's field every caller fills with one kind of middleware (createApp({ rateLimiter })):
                    // that middleware, not a router the model cannot list
                    Control handed = rv.val() instanceof Param || rv.val() instanceof Member ? classify(a, r.file, r.cs.location(), "global") : null;
                    if (handed == null || handed.kind() == ControlKind.OTHER || handed.kind() == ControlKind.UNRESOLVED
                            || handed.kind() == ControlKind.ERROR_HANDLER) {
                        notModelled(r);
                        continue;
                    }
                    handed = production(handed, prodOnly);
                    usedControls.add(rv.val());
                    active.add(new Scoped(handed, full));
                    mounts.add(new Application.Mount(handed, full, new RoutesBefore(routes)));
                    continue;
                }
                // module.exports = { router, helper } mounted whole: an object, not a router or a function. Express 4
                // refuses it at start ("Router.use() requires a middleware function but got a Object"); the routes of
                // the router it holds are counted and named, not silently dropped
                String held = heldRouter(rv, r.fn);
                if (held != null) {
                    project.notModelled(r.written() + " mounts an object, not a router or a function (" + held
                            + "): Express refuses it at start, and those routes are not listed", r.file.path(),
                            r.cs.location().line(), r.cs.location().column(), true);
                    continue;
                }
                // app.use('/api/inngest', serve({ client, functions })): a library's request handler that serves fixed
                // endpoints on its path (each method with the check the library makes; see LibraryEndpoints)
                List<dev.backcheck.concepts.LibraryEndpoints.Endpoint> served = first == 1 && a == flat.get(flat.size() - 1)
                        ? dev.backcheck.concepts.LibraryEndpoints.served(project, a, r.file) : List.of();
                if (!served.isEmpty()) {
                    usedControls.add(rv.val());
                    for (dev.backcheck.concepts.LibraryEndpoints.Endpoint e : served) {
                        List<Control> chain = new ArrayList<>();
                        for (Scoped s : ActiveList.applying(active, full)) chain.add(s.control);
                        chain.add(new Control(ControlKind.OTHER, e.handler(), r.cs.location(), Set.of(), "route"));
                        if (e.check() != null) chain.add(new Control(ControlKind.AUTH, e.check(), r.cs.location(), Set.of(), "route"));
                        if (again(e.method(), full, r.cs.location())) continue;
                        routes.add(new Route(e.method(), full, r.cs.location(), null, chain, Set.of(), order++, List.of()));
                    }
                    continue;
                }
                Control c = production(classify(a, r.file, r.cs.location(), "global"), prodOnly);
                // app.use('/ping', (req, res) => res.send('pong')): a function written in place on a path that answers
                // and never passes on is an endpoint for every method under that path
                if ((c == null || c.kind() == ControlKind.OTHER) && first == 1 && a == flat.get(flat.size() - 1)
                        && !full.contains("*") && rv.val() instanceof FnVal fv && answersOnly(fv.fn())
                        && !(fv.fn().statuses().size() > 0 && fv.fn().statuses().stream().allMatch(st -> st == 404))) {
                    // (a catch-all, app.use('*', ...) or a 404 answer, is the app's not-found handler, not an endpoint)
                    List<Control> chain = new ArrayList<>();
                    for (Scoped s : ActiveList.applying(active, full)) chain.add(s.control);
                    if (again("ALL", full, r.cs.location())) continue;
                    routes.add(new Route("ALL", full, r.cs.location(), fv.fn(), chain, Set.of(), order++, List.of()));
                    continue;
                }
                // app.use((req, res) => res.status(404).json(..)): a function mounted with use that answers and never passes
                // on, the last of its call, registered whatever the environment: every request under its path that reaches
                // it is answered there, so a route the app registers after it under that path never runs (see terminalOver)
                if (a == flat.get(flat.size() - 1) && r.env == ModelSupport.EnvScope.ALWAYS && !prodOnly
                        && (c == null || c.kind() == ControlKind.OTHER || c.kind() == ControlKind.ERROR_HANDLER)
                        && rv.val() instanceof FnVal fv && answersOnly(fv.fn())) {
                    String scope = full.endsWith("/*") ? full.substring(0, full.length() - 2) : full.endsWith("*") ? full.substring(0, full.length() - 1) : full;
                    terminals.add(new Terminal(scope.isEmpty() ? "/" : scope, r.cs.location(), r, topReg));
                }
                if (c == null) continue;
                usedControls.add(rv.val());
                if (c.kind() == ControlKind.ERROR_HANDLER) {
                    errorHandlers.add(r.cs.location());
                    continue;
                }
                active.add(new Scoped(c, full));
                mounts.add(new Application.Mount(c, full, new RoutesBefore(routes)));
            }
        }

        /**
         * The routes registered so far, without copying them: {@code routes} only grows (every change is an add at
         * its end), so its first {@code size} elements stay as they are. A copy per mount cost time and memory in
         * the product of mounts and routes on large apps.
         */
        private static final class RoutesBefore extends java.util.AbstractList<Route> implements java.util.RandomAccess {
            private final List<Route> all;
            private final int size;

            RoutesBefore(List<Route> all) {
                this.all = all;
                this.size = all.size();
            }

            @Override
            public Route get(int i) {
                java.util.Objects.checkIndex(i, size);
                return all.get(i);
            }

            @Override
            public int size() {
                return size;
            }
        }

        /**
         * For an object literal (a module's {@code module.exports = { router, createX }}) holding a router or app of the
         * project in a field: "its field 'router' holds 7 routes (routes/x.js)"; null for anything else.
         */
        private String heldRouter(Project.Resolved rv, Fn caller) {
            if (!(rv.val() instanceof Obj o)) return null;
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                if (e.getKey().startsWith("...")) continue;
                Val key = instance(project, e.getValue(), rv.file(), caller, insts);
                Inst sub = key == null ? null : insts.get(key);
                if (sub == null) continue;
                List<String> named = new ArrayList<>();
                for (Reg x : sub.regs) {
                    if (!HTTP.contains(x.method)) continue;
                    String p = x.routePath != null ? x.routePath : x.args.isEmpty() ? null : ModelSupport.pathOf(project, x.args.get(0), x.file);
                    named.add(x.method.toUpperCase(Locale.ROOT) + " " + (p == null ? "?" : p) + " at :" + x.cs.location().line());
                }
                return "its field '" + e.getKey() + "' holds a router with " + named.size() + (named.size() == 1 ? " route" : " routes")
                        + " in " + sub.file.path() + (named.isEmpty() ? "" : ": " + String.join(", ", named));
            }
            return null;
        }

        /** A middleware function that sends a response through its second parameter and never calls or passes on its third. */
        private static boolean answersOnly(Fn fn) {
            if (fn.params().size() < 2 || fn.params().size() > 3) return false;
            boolean answers = false;
            for (Fn f : dev.backcheck.concepts.RequestPaths.handlerFunctions(fn)) {
                for (CallSite cs : f.calls()) {
                    // next() passes on; next(err) only hands a failure to the error handler
                    if (cs.args().isEmpty() && cs.callee() instanceof Param p && p.index() == 2 && p.path().isEmpty()) return false;
                    for (Val arg : cs.args()) if (arg instanceof Param p && p.index() == 2 && p.path().isEmpty()) return false;
                    String m = cs.methodName();
                    if (m != null && RESPONDS.contains(m) && rootedAtResponse(cs.callee())) answers = true;
                    // successResponse(res, 200, ..) / errorResponse(res, 404, ..): the response handed whole to a helper
                    // that answers with it (a handler that never calls next ends the request there either way)
                    for (Val arg : cs.args()) if (arg instanceof Param p && p.index() == 1 && p.path().isEmpty() && f == fn) answers = true;
                }
            }
            return answers;
        }

        /** res.json, res.status(200).json: a call on the handler's second parameter, through a chain of calls. */
        private static boolean rootedAtResponse(Val callee) {
            Val v = callee;
            for (int d = 0; d < 8 && v != null; d++) {
                if (v instanceof Param p) return p.index() == 1;
                v = v instanceof Member m ? m.object() : v instanceof Call c ? c.callee() : null;
            }
            return false;
        }

        /** The controllers routing-controllers registers at a createExpressServer / useExpressServer call. */
        private void routingControllers(Reg r, String prefix, List<Scoped> active, boolean prodOnly) {
            RoutingControllers.Server server = RoutingControllers.server(project, classifier, r.args.isEmpty() ? null : r.args.get(0),
                    r.file, r.cs.location());
            for (String what : server.notFollowed()) {
                project.notModelled("routing-controllers " + what + " (" + r.written() + ")", r.file.path(), r.cs.location().line(),
                        r.cs.location().column(), true);
            }
            for (RoutingControllers.Mount m : server.before()) {
                Control c = production(m.control(), prodOnly);
                String full = ModelSupport.join(prefix, m.path());
                active.add(new Scoped(c, full));
                mounts.add(new Application.Mount(c, full, new RoutesBefore(routes)));
            }
            errorHandlers.addAll(server.errorHandlers());
            for (RoutingControllers.Action a : server.actions()) {
                String full = ModelSupport.join(prefix, a.path());
                List<Control> chain = new ArrayList<>();
                for (Scoped s : ActiveList.applying(active, full)) chain.add(s.control);
                for (Control c : a.chain()) chain.add(production(c, prodOnly));
                if (again(a.method(), full, a.location())) continue;
                routes.add(new Route(a.method(), full, a.location(), a.handler(), chain, a.validated(), order++, a.inputs()));
            }
        }

        /** The routes tsoa's (absent) generated file registers, built from the controllers. */
        private void tsoa(String prefix, List<Scoped> active, boolean prodOnly) {
            for (Tsoa.Action a : Tsoa.routes(project, classifier)) {
                String full = ModelSupport.join(prefix, a.path());
                List<Control> chain = new ArrayList<>();
                for (Scoped s : ActiveList.applying(active, full)) chain.add(s.control);
                for (Control c : a.chain()) chain.add(production(c, prodOnly));
                if (again(a.method(), full, a.location())) continue;
                routes.add(new Route(a.method(), full, a.location(), a.handler(), chain, a.validated(), order++, a.inputs()));
            }
        }

        /**
         * A middleware value that hands the request on: a library limiter made by a call (rateLimit({...})), or a project
         * function that takes next and calls it. A function that never calls next answers the request itself.
         */
        private boolean passesOn(Val h, FileFacts file) {
            Val v = project.resolve(h, file).val();
            if (v instanceof Call) {
                // a wrapper around a project handler (asyncHandler(executeMovement)): the handler's own parameters say; one
                // that takes no next answers the request, even over a quota of its own (a 429 cooldown: s32 aeturnis
                // POST /api/v1/movement/move, dropped as a rate limiter before)
                Project.FnRef ref = ModelSupport.handler(project, h, file);
                return ref == null || ref.fn().params().size() >= 3;
            }
            if (!(v instanceof FnVal fv)) return false;
            Fn fn = fv.fn();
            if (fn.params().size() < 3) return false;
            String next = fn.params().get(2).name();
            List<Fn> all = new ArrayList<>();
            Analysis.collect(fn, all, 0);
            for (Fn f : all) {
                for (CallSite cs : f.calls()) {
                    if (cs.callee() instanceof Param p && p.path().isEmpty() && p.name().equals(next)) return true;
                }
            }
            return false;
        }

        /**
         * A route registered only outside production ({@code if (process.env.NODE_ENV !== 'production') app.get('/debug',
         * ..)}): listed apart as development only, with its full path (a router mounted there is not expanded).
         */
        private void devOnly(Reg r, String prefix) {
            if (!HTTP.contains(r.method)) return;
            String path = r.routePath;
            if (path == null) {
                if (r.args.size() < 2) return;
                path = ModelSupport.pathOf(project, r.args.get(0), r.file);
                if (path == null) return;
            }
            Location l = r.cs.location();
            project.devOnlyRoute(r.method.toUpperCase(Locale.ROOT) + " " + ModelSupport.join(prefix, path)
                    + ": registered only when NODE_ENV is not production, so a production server does not serve it", l.path(), l.line(), l.column());
        }

        private void route(Reg r, String prefix, List<Scoped> active, boolean prodOnly) {
            List<Val> args = r.args;
            String path;
            List<Val> handlers;
            if (r.routePath != null) {
                path = r.routePath;
                handlers = args;
            } else {
                if (args.size() < 2) return; // app.get('setting') reads a setting
                path = ModelSupport.pathOf(project, args.get(0), r.file);
                if (path == null && unresolved(project.resolve(args.get(0), r.file).val())) notModelled(r);
                if (path == null) {
                    if (args.get(0) instanceof Tpl || args.get(0) instanceof Concat || args.get(0) instanceof Unknown
                            || args.get(0) instanceof Local || args.get(0) instanceof Param || args.get(0) instanceof OneOf) {
                        path = ModelSupport.templatePath(args.get(0));
                    } else return;
                }
                handlers = args.subList(1, args.size());
            }
            String full = ModelSupport.join(prefix, path);
            List<Control> chain = new ArrayList<>();
            for (Scoped s : ActiveList.applying(active, full)) chain.add(s.control);
            List<Val> flat = ModelSupport.flatten(project, handlers, r.file);
            // router.post('/answers/:id/vote', writeLimiter): rate limiters only, no endpoint; each passes the request on to
            // the later route of that method and path, which runs behind them
            if (!flat.isEmpty() && !r.method.equals("all")) {
                List<Control> limiters = new ArrayList<>();
                for (Val h : flat) {
                    // (a handler that answers 429 over a quota of its own is an endpoint: only middleware that passes on counts)
                    if (!passesOn(h, r.file)) break;
                    Control c = classify(h, r.file, r.cs.location(), "route");
                    if (c == null || c.kind() != ControlKind.RATE_LIMIT) break;
                    limiters.add(production(c, prodOnly));
                }
                if (limiters.size() == flat.size()) {
                    for (Val h : flat) usedControls.add(project.resolve(h, r.file).val());
                    for (String method : ModelSupport.methods(r.method)) for (Control c : limiters) active.add(new Scoped(c, full, method));
                    return;
                }
            }
            Fn handler = null;
            FileFacts handlerFile = r.file;
            for (int i = 0; i < flat.size(); i++) {
                Val h = flat.get(i);
                if (i == flat.size() - 1) {
                    Project.FnRef ref = ModelSupport.handler(project, h, r.file, r.fn);
                    if (ref != null) {
                        handler = ref.fn();
                        handlerFile = ref.file();
                    }
                    break;
                }
                Control c = Tsoa.security(h, r.file, r.cs.location());
                if (c == null) c = classify(h, r.file, r.cs.location(), "route");
                c = production(c, prodOnly);
                if (c != null) {
                    chain.add(c);
                    usedControls.add(project.resolve(h, r.file).val());
                }
            }
            chain.addAll(ModelSupport.handlerControls(project, handler, handlerFile, r.cs.location()));
            // tsoa's generated handlers validate their declared parameters by type
            Set<String> byFramework = Tsoa.validated(handler, handlerFile);
            if (!byFramework.isEmpty()) chain.add(new Control(ControlKind.VALIDATION, "tsoa", r.cs.location(), byFramework, "route"));
            Terminal over = terminalOver(full, r);
            if (over != null) {
                project.shadowedHandler(handler);
                project.shadowedRoute(r.method.toUpperCase(Locale.ROOT) + " " + full + " (" + r.written() + "): registered after the "
                        + "catch-all at line " + over.at().line() + " of " + over.at().path() + ", which answers every request under "
                        + over.scope() + " without passing on, so Express never runs it", r.file.path(), r.cs.location().line(), r.cs.location().column());
                return;
            }
            for (String method : ModelSupport.methods(r.method)) {
                if (again(method, full, r.cs.location())) continue;
                if (shadowed(method, full, r.cs)) {
                    project.shadowedHandler(handler);
                    // counted and named, never silently lost: its guard may differ from the route that answers it
                    project.shadowedRoute(method + " " + full + " (" + r.written() + "): an earlier " + method
                            + " route of the app matches every request it would get and answers first, so Express never runs it",
                            r.file.path(), r.cs.location().line(), r.cs.location().column());
                    continue;
                }
                List<Control> own = chain;
                for (Scoped s : active) {
                    if (!s.appliesTo(method, full)) continue;
                    if (own == chain) own = new ArrayList<>(chain);
                    own.add(0, s.control);
                }
                registrationGuards.putIfAbsent(r.cs.location(), r.cs.guards());
                routes.add(new Route(method, full, r.cs.location(), handler, own, byFramework, order++, List.of()));
            }
        }

        /**
         * The same declaration reached again at the same method and full path: a router mounted twice where both
         * mounts resolve to one path ({@code app.use('/api', r)} and {@code api.use('/', r)} with api at /api). Express
         * keeps both layers, but the first one answers (or rejects) every request the second would get, and the second
         * runs the same handler: one endpoint, listed once, with the first mount's controls. Not counted as shadowed,
         * which names a different declaration that never runs.
         */
        private boolean again(String method, String full, Location at) {
            return !listed.add(ModelSupport.endpointKey(method, full, at));
        }

        /**
         * An earlier route of the app answers every request this one would get: same method, and a path whose every
         * segment is the same text or a plain parameter ({@code GET /:loan_id/schedule} before {@code GET /:loanId/schedule},
         * {@code PUT /:id/items/:n} before {@code PUT /:id/items/batch}), with a handler that answers and never passes on
         * ({@code next()}). Express runs the first match, so the later declaration never runs.
         */
        private boolean shadowed(String method, String full, CallSite cs) {
            for (; answeringIndexed < routes.size(); answeringIndexed++) {
                Route e = routes.get(answeringIndexed);
                if (e.handler() != null && answers.computeIfAbsent(e.handler(), Builder::answersOnly)) {
                    answering.add(e.method(), e.path());
                    answeringAt.putIfAbsent(e.method() + " " + e.path(), e.location());
                }
            }
            if (!answering.covers(method, full)) return false;
            // if (useS3) router.post('/upload', s3Upload) else router.post('/upload', localUpload): the two arms of one
            // test, only one registered in a run; the later is no shadow of the earlier (s35 miyzapis files.ts:440/444)
            String by = answering.coveredBy(method, full);
            List<CallSite.Guard> earlier = by == null ? null : registrationGuards.get(answeringAt.get(by));
            return earlier == null || !exclusive(earlier, cs.guards());
        }

        /** Two registrations under opposite outcomes of the same test: never both made in one run. */
        private static boolean exclusive(List<CallSite.Guard> a, List<CallSite.Guard> b) {
            for (CallSite.Guard x : a) {
                for (CallSite.Guard y : b) {
                    if (x.holds() != y.holds() && java.util.Objects.equals(x.left(), y.left()) && java.util.Objects.equals(x.op(), y.op())
                            && java.util.Objects.equals(x.right(), y.right())) return true;
                }
            }
            return false;
        }

        /** Where the earliest answering route of each "METHOD path" of {@link #answering} is declared. */
        private final Map<String, Location> answeringAt = new HashMap<>();
        /** The tests each route registration runs under, by the registration's location. */
        private final Map<Location, List<CallSite.Guard>> registrationGuards = new HashMap<>();

        /**
         * The earlier routes {@link #shadowed} compares with: those whose handler answers without passing on, added as
         * routes are ({@code routes} only grows at its end), looked up by path instead of comparing each later route
         * with every earlier one, a cost in the square of the routes on large apps.
         */
        private final ShadowIndex answering = new ShadowIndex();
        private int answeringIndexed;

        /**
         * A middleware function mounted with use that answers every request under {@code scope} and never passes on:
         * registered by {@code reg}, while the app's own registration {@code top} was being followed.
         */
        private record Terminal(String scope, Location at, Reg reg, Reg top) { }

        /** The registration of the app itself (its own stack, not a router's) being followed. */
        private Reg topReg;

        /** The catch-alls met so far, in registration order (an app's not-found handler, {@code app.use((req, res) => res.status(404)..)}). */
        private final List<Terminal> terminals = new ArrayList<>();

        /**
         * The catch-all registered before a route at {@code full} that answers its requests first: Express runs its stack in
         * registration order, and a function that answers without calling next ends the request there. Null when none.
         */
        private Terminal terminalOver(String full, Reg r) {
            for (Terminal t : terminals) {
                if (!ModelSupport.applies(t.scope(), full)) continue;
                // only where the order is the source's: the route after the catch-all in the same function of the same
                // file (a router's own stack, or the app's), or reached from an app registration written after the one
                // that reached the catch-all, in the same function of the app's file. A route a helper in another file
                // registers (registerRoutes(app) before app.use('/api', notFound)) is ordered by the call, which the
                // model does not always know.
                Reg a = t.top() == topReg ? t.reg() : t.top();
                Reg b = t.top() == topReg ? r : topReg;
                if (a == null || b == null || a.file != b.file || a.fn != b.fn) continue;
                if (Arrays.compare(ModelSupport.position(a.cs), ModelSupport.position(b.cs)) < 0) return t;
            }
            return null;
        }
        private final IdentityHashMap<Fn, Boolean> answers = new IdentityHashMap<>();
    }
}
