package dev.backcheck.frameworks;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.*;

import java.util.*;

/** Pieces every framework model needs: paths, middleware lists, handlers, signals, unmounted controls. */
public final class ModelSupport {

    private ModelSupport() { }

    /** The (shared, memoised) analysis of a project. */
    public static Analysis analysis(Project p) {
        return p.derived(Analysis.class, Analysis::new);
    }

    /**
     * The order registrations on one app/router take effect: those in the file that creates it first,
     * then by file path, then by position. Used by every framework model.
     */
    public static <R> Comparator<R> registrationOrder(FileFacts home, java.util.function.Function<R, FileFacts> file,
                                                      java.util.function.Function<R, CallSite> call) {
        return Comparator.comparing((R r) -> file.apply(r) == home ? 0 : 1).thenComparing(r -> file.apply(r).path())
                .thenComparingInt(r -> call.apply(r).location().line()).thenComparingInt(r -> call.apply(r).location().column())
                // calls chained on one app start where the chain starts: app.use(a).use(b), the inner (a) ends first and runs first
                .thenComparingInt(r -> call.apply(r).location().endLine()).thenComparingInt(r -> call.apply(r).location().endColumn());
    }

    /**
     * The order registrations on one app/router take effect when some are written in helpers other files hold: a
     * registration whose function is reached from the app's file through a chain of single-caller calls
     * ({@code hardenApp(app)} in the app's file, {@code app.use(limiter)} inside it) takes effect where that chain leaves
     * the app's file, so two helpers run in the order the app's file calls them, not in the order of their files' paths.
     * Registrations no such chain reaches come after, by file path (as {@link #registrationOrder(FileFacts,
     * java.util.function.Function, java.util.function.Function)}). {@code position} is a registration's place within
     * its own file (a model may rank methods a constructor runs); ties end on it.
     */
    public static <R> Comparator<R> registrationOrder(Project project, FileFacts home, java.util.function.Function<R, FileFacts> file,
                                                      java.util.function.Function<R, CallSite> call, java.util.function.Function<R, Fn> fn,
                                                      java.util.function.Function<R, int[]> position) {
        Map<R, List<int[]>> keys = new IdentityHashMap<>();
        java.util.function.Function<R, List<int[]>> key = r -> keys.computeIfAbsent(r, k -> {
            if (file.apply(k) == home) return List.of(position.apply(k));
            List<int[]> out = new ArrayList<>();
            for (Location l : callChain(project, fn.apply(k), file.apply(k), call.apply(k), home)) {
                out.add(new int[] {l.line(), l.column(), 0});
            }
            return out;
        });
        Comparator<R> viaHome = (a, b) -> {
            List<int[]> x = key.apply(a), y = key.apply(b);
            if (x.isEmpty() || y.isEmpty()) return 0;
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = Arrays.compare(x.get(i), y.get(i));
                if (c != 0) return c;
            }
            return Integer.compare(x.size(), y.size());
        };
        return Comparator.comparing((R r) -> key.apply(r).isEmpty() ? 1 : 0).thenComparing(viaHome)
                .thenComparing(r -> file.apply(r).path()).thenComparing(position::apply, Arrays::compare);
    }

    /** A registration's place in its file: line, column, then the end of the call (see {@link #registrationOrder}). */
    public static int[] position(CallSite cs) {
        Location l = cs.location();
        return new int[] {l.line(), l.column(), l.endLine(), l.endColumn()};
    }

    /**
     * For a registration written outside the app's file: the calls that lead to it from the app's file, outermost
     * first (the call in the app's file, then the call in that helper, ..., then the registration), each function on
     * the way having one project caller; empty when the registration is in the app's file or no such single chain
     * reaches it (the file order decides).
     */
    public static List<Location> callChain(Project project, Fn fn, FileFacts file, CallSite cs, FileFacts home) {
        if (file == home || fn == null) return List.of();
        dev.backcheck.flow.CallIndex index = dev.backcheck.flow.CallIndex.of(project);
        LinkedList<Location> out = new LinkedList<>();
        Set<Fn> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        FileFacts at = file;
        for (int depth = 0; depth < 6 && seen.add(fn); depth++) {
            List<dev.backcheck.flow.CallIndex.Site> callers = index.callers(fn);
            // a test that hands its own app to the helper (applySecurity(app) in security.test.ts) is no second caller of
            // the application's helper: only the application's callers count, when it has any (as ParamBindings binds)
            if (callers.size() > 1 && !project.isTestPath(at.path())
                    && callers.stream().anyMatch(c -> c.file() != null && !project.isTestPath(c.file().path()))) {
                callers = callers.stream().filter(c -> c.file() != null && !project.isTestPath(c.file().path())).toList();
            }
            if (callers.size() != 1) return List.of();
            dev.backcheck.flow.CallIndex.Site s = callers.get(0);
            out.addFirst(s.cs().location());
            if (s.file() == home) {
                out.add(cs.location());
                return out;
            }
            if (s.fn() == null) return List.of();
            fn = s.fn();
            at = s.file();
        }
        return List.of();
    }

    /** A constant path string, or null. */
    public static String pathOf(Val v) {
        return Val.constString(v);
    }

    /**
     * A constant path after resolution: a literal, a constant imported or bound elsewhere
     * ({@code config.api.prefix}), or a template / concatenation whose parts all resolve to
     * constants ({@code `${config.prefix}/users`}). Null when some part is not constant.
     */
    public static String pathOf(Project project, Val v, FileFacts file) {
        String s = Val.constString(v);
        if (s != null) return s;
        return constText(project, v, file, 0);
    }

    private static String constText(Project project, Val v, FileFacts file, int depth) {
        if (depth > 6 || v == null) return null;
        // config.api.prefix of const config = createConfig(), a factory returning one object literal: that object's field
        Project.Resolved r = project.resolveThroughFactory(v, file);
        String s = Val.constString(r.val());
        if (s != null) return s;
        if (r.val() instanceof Tpl t) {
            StringBuilder sb = new StringBuilder(t.quasis().get(0));
            for (int i = 0; i < t.holes().size(); i++) {
                String h = constText(project, t.holes().get(i), r.file(), depth + 1);
                if (h == null) return null;
                sb.append(h).append(t.quasis().get(i + 1));
            }
            return sb.toString();
        }
        if (r.val() instanceof Concat c) {
            StringBuilder sb = new StringBuilder();
            for (Val p : c.parts()) {
                String h = constText(project, p, r.file(), depth + 1);
                if (h == null) return null;
                sb.append(h);
            }
            return sb.toString();
        }
        // process.env.API_PREFIX || '/api' (or ??): the default written in the code, as the app runs
        // when the variable is not set
        if (r.val() instanceof Val.OneOf one && one.test() == null && one.options().size() == 2 && isEnvRead(one.options().get(0))) {
            return constText(project, one.options().get(1), r.file(), depth + 1);
        }
        // env.API_VERSION of const env = envSchema.parse(process.env), the schema a z.object({ API_VERSION:
        // z.string().default('v1'), ... }): the default the schema gives an unset variable, as above
        if (r.val() instanceof Member m && m.object() instanceof Call parse) {
            String d = schemaDefault(project, parse, m.prop(), r.file(), "parse");
            if (d != null) return d;
        }
        // env.API_VERSION of const env = envSchema.safeParse(process.env).data (or a result kept first, const parsed =
        // envSchema.safeParse(process.env); const env = parsed.data): the schema's default as well (s35 miyzapis
        // app.use(`/api/${config.apiVersion}`, ..) with API_VERSION: z.string().default('v1'))
        if (r.val() instanceof Member m && !(m.object() instanceof Call)) {
            Project.Resolved o = project.resolve(m.object(), r.file());
            FileFacts of = o.file() == null ? r.file() : o.file();
            if (o.val() instanceof Member dm && "data".equals(dm.prop())) {
                Project.Resolved pr = project.resolve(dm.object(), of);
                if (pr.val() instanceof Call sp) {
                    String d = schemaDefault(project, sp, m.prop(), pr.file() == null ? of : pr.file(), "safeParse");
                    if (d != null) return d;
                }
            }
        }
        // getEnvVar('API_VERSION', 'v1') of a project helper returning process.env[key] || defaultValue: the default
        // the caller hands it, as above
        if (r.val() instanceof Call c) {
            Project.Resolved callee = project.resolve(c.callee(), r.file());
            if (callee.val() instanceof Val.FnVal fv && fv.fn().returns().size() == 1
                    && fv.fn().returns().get(0) instanceof Val.OneOf one && one.test() == null && one.options().size() == 2
                    && isEnvRead(one.options().get(0)) && one.options().get(1) instanceof Val.Param p && p.path().isEmpty()
                    && p.index() < c.args().size()) {
                return constText(project, c.args().get(p.index()), r.file(), depth + 1);
            }
        }
        return null;
    }

    /**
     * The constant default of {@code key} in an environment schema parsed from process.env ({@code schema.parse(process.env)},
     * {@code parse} of zod, valibot-like {@code .default(v)} chains): the schema's object literal entry for the key, a
     * chain of calls that ends in {@code .default('v1')}; null for anything else.
     */
    private static String schemaDefault(Project project, Call parse, String key, FileFacts file, String method) {
        if (parse.args().size() != 1 || !dev.backcheck.concepts.EnvValidation.wholeEnv(parse.args().get(0)) || !method.equals(Vals.lastName(parse.callee()))) return null;
        Val schemaRef = Vals.receiver(parse.callee());
        if (schemaRef == null) return null;
        Project.Resolved schema = project.resolve(schemaRef, file);
        Val v = schema.val();
        // z.object({...}).strict() / .passthrough(): the object call under the chain
        for (int i = 0; i < 4 && v instanceof Call c && !"object".equals(Vals.lastName(c.callee())); i++) {
            v = Vals.receiver(c.callee());
        }
        if (!(v instanceof Call obj) || obj.args().isEmpty()) return null;
        Val shape = project.resolve(obj.args().get(0), schema.file()).val();
        if (!(shape instanceof Val.Obj o) || !o.props().containsKey(key)) return null;
        Val e = o.props().get(key);
        for (int i = 0; i < 8 && e instanceof Call c; i++) {
            if ("default".equals(Vals.lastName(c.callee())) && c.args().size() == 1) {
                return Val.constString(project.resolve(c.args().get(0), schema.file()).val());
            }
            e = Vals.receiver(c.callee());
        }
        return null;
    }

    /** process.env.X / process.env['X'] / import.meta.env.X. */
    private static boolean isEnvRead(Val v) {
        if (v instanceof Global g) {
            return g.name().equals("process") && g.path().size() == 2 && g.path().get(0).equals("env");
        }
        if (v instanceof Member m && m.object() instanceof Global g) {
            return g.name().equals("process") && g.path().size() == 1 && g.path().get(0).equals("env");
        }
        return false;
    }

    /**
     * What makes two listed routes the same endpoint: method, full path and the place of the declaration. A router or
     * sub-app mounted twice where both mounts resolve to one path reaches the same declaration again; the first answers.
     */
    public static String endpointKey(String method, String full, dev.backcheck.findings.Location at) {
        return method + " " + full + " " + at.path() + ":" + at.line() + ":" + at.column();
    }

    /** A path built from a template or concatenation: constant parts kept, the rest {unknown}. */
    public static String templatePath(Val v) {
        String s = Vals.shape(v, "{unknown}");
        return s.isEmpty() ? "{unknown}" : s;
    }

    /** Joins path prefixes: join("/api", "/users/") = "/api/users"; params stay ":id". */
    private static final java.util.regex.Pattern SLASHES = java.util.regex.Pattern.compile("/{2,}");

    public static String join(String prefix, String path) {
        String a = prefix == null ? "" : prefix;
        String b = path == null ? "" : path;
        String s = SLASHES.matcher(a + "/" + b).replaceAll("/");
        if (s.length() > 1 && s.endsWith("/")) s = s.substring(0, s.length() - 1);
        if (!s.startsWith("/")) s = "/" + s;
        return s;
    }

    /** True when middleware mounted at {@code scope} runs for requests to {@code path}. */
    public static boolean applies(String scope, String path) {
        if (scope == null || scope.isEmpty() || scope.equals("/")) return true;
        if (scope.endsWith("/*")) scope = scope.substring(0, scope.length() - 2);
        if (scope.endsWith("*")) scope = scope.substring(0, scope.length() - 1);
        if (scope.isEmpty() || scope.equals("/")) return true;
        // path.startsWith(scope + "/") without building the string (asked for every route and middleware pair)
        return path.equals(scope) || path.startsWith(scope) && (scope.endsWith("/") || path.length() > scope.length() && path.charAt(scope.length()) == '/');
    }

    /** Arguments with arrays (literal or bound to a constant) flattened, in order. */
    public static List<Val> flatten(Project project, List<Val> args, FileFacts file) {
        List<Val> out = new ArrayList<>();
        for (Val a : args) flatten(project, a, file, out, 0);
        return out;
    }

    private static void flatten(Project project, Val a, FileFacts file, List<Val> out, int depth) {
        if (depth > 4) {
            out.add(a);
            return;
        }
        Project.Resolved res = a instanceof Arr ? null : project.resolve(a, file);
        Val r = res == null ? a : res.val();
        // cond ? (req, res, next) => next() : rateLimit({...}) chosen by the environment: production's branch is mounted
        if (r instanceof OneOf o && o.test() != null && o.options().size() == 2 && res.file() == file) {
            Val.Test t = o.test();
            EnvScope env = envScope(project, file, List.of(new CallSite.Guard(t.left(), t.op(), t.right(), t.holds())));
            if (env != EnvScope.ALWAYS) {
                flatten(project, o.options().get(env == EnvScope.PRODUCTION_ONLY ? 0 : 1), file, out, depth + 1);
                return;
            }
        }
        // router.post('/x', ...base('orders:manage'), handler) with const base = (perm) => [auth('CLIENT'), requirePermission(perm)]
        // in the same module: the list the call answers, its items as the chain's
        if (r instanceof Call && res != null && res.file() == file) {
            Project.Resolved listed = returnedList(project, res);
            if (listed != null && listed.file() == file && listed.val() instanceof Arr la) {
                for (Val x : la.items()) flatten(project, x, file, out, depth + 1);
                return;
            }
        }
        if (r instanceof Arr arr) {
            // export const secureAuth = [isAuthenticated, requireAuth] imported from another module: its items are names of
            // that module, read from here as its exports
            FileFacts af = res == null || res.file() == null ? file : res.file();
            for (Val x : arr.items()) flatten(project, af == file ? x : exportedFrom(x, af, file), file, out, depth + 1);
        } else out.add(a);
    }

    /** An item of a list written in {@code from}, as {@code to} reaches it: an exported name of {@code from} as an import of it. */
    private static Val exportedFrom(Val x, FileFacts from, FileFacts to) {
        if (!(x instanceof Local l) || !l.path().isEmpty()) return x;
        // module.exports = { hasSession, loadUser, signedIn }: a property of the module's value
        boolean cjs = !from.exports().containsKey(l.name()) && from.exports().get("default") instanceof Obj o
                && l.equals(o.props().get(l.name()));
        if (!cjs && !from.exports().containsKey(l.name())) return x;
        java.nio.file.Path fp = java.nio.file.Path.of(from.path()), tp = java.nio.file.Path.of(to.path());
        java.nio.file.Path dir = tp.getParent();
        String rel = (dir == null ? fp : dir.relativize(fp)).toString().replace('\\', '/');
        rel = rel.replaceAll("\\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$", "");
        if (!rel.startsWith(".")) rel = "./" + rel;
        return cjs ? new Ref(rel, "default", List.of(l.name())) : new Ref(rel, l.name(), List.of());
    }

    /**
     * The list a call of a project function answers, when every return of the function is one list literal and there is
     * exactly one ({@code withAuth(role) { return [authenticate(), authorize(role)] as const }}): the list, in the
     * function's file (its items are read there; a parameter among them stays the parameter). Null otherwise. A route
     * registration spreads it ({@code app.post('/x', ...withAuth('admin'), handler)}), so its items are the chain's.
     */
    public static Project.Resolved returnedList(Project project, Project.Resolved r) {
        if (!(r.val() instanceof Call c) || c.callee() == null) return null;
        Project.FnRef fn = project.function(c.callee(), r.file());
        if (fn == null || fn.fn().returns().size() != 1) return null;
        Project.Resolved ret = project.resolve(fn.fn().returns().get(0), fn.file());
        return ret.val() instanceof Arr ? ret : null;
    }

    /**
     * The handler function a value denotes: a function, an imported/bound function, a method
     * reference, or a function wrapped by a helper such as {@code asyncHandler(async (req, res) => ...)}.
     */
    public static Project.FnRef handler(Project project, Val v, FileFacts file) {
        return handler(project, v, file, null);
    }

    /**
     * {@link #handler(Project, Val, FileFacts)} for a registration made inside {@code caller}: a method of a controller
     * held in a field of the caller's class ({@code this.auth.login.bind(this.auth)}, the field typed or injected) is
     * found through that class.
     */
    public static Project.FnRef handler(Project project, Val v, FileFacts file, Fn caller) {
        Project.FnRef found = handler0(project, v, file);
        if (found != null || caller == null) return found;
        Val target = v instanceof Call c && "bind".equals(Vals.lastName(c.callee())) ? Project.withoutLast(c.callee()) : v;
        if (target instanceof This t && t.path().size() >= 2) {
            try {
                return analysis(project).resolveCallee(target, file, caller);
            } catch (RuntimeException e) {
                return null;
            }
        }
        // a controller handed to a router factory as a parameter of a class type
        // (function authRoutes(controller: AuthController) { router.post('/logout', controller.logout) }): that class's method
        if (target instanceof Param p && p.path().size() == 1 && p.index() >= 0 && p.index() < caller.params().size()) {
            Project.ClassHit h = project.classNamed(caller.params().get(p.index()).type(), file);
            Fn m = h == null ? null : h.info().method(p.path().get(0));
            if (m != null) return new Project.FnRef(m, h.file());
        }
        return null;
    }

    private static Project.FnRef handler0(Project project, Val v, FileFacts file) {
        Analysis an = analysis(project);
        Project.FnRef f = project.function(v, file);
        if (f != null) return f;
        Project.Resolved r = project.resolve(v, file);
        if (r.val() instanceof Call c) {
            // a wrapper: asyncHandler(async (req, res) => ...), asyncHandler(controller.create)
            for (int i = c.args().size() - 1; i >= 0; i--) {
                Val a = c.args().get(i);
                Project.FnRef inner = project.function(a, r.file());
                if (inner == null && (a instanceof Member || a instanceof Local || a instanceof Ref || a instanceof This)) {
                    inner = an.resolveCallee(a, r.file(), null);
                }
                if (inner != null) return inner;
            }
            // a factory returning the handler: makeHandler(service)
            Project.FnRef factory = project.function(c.callee(), r.file());
            if (factory != null) {
                for (Val ret : factory.fn().returns()) {
                    Project.FnRef inner = project.function(ret, factory.file());
                    if (inner != null) return inner;
                }
            }
        }
        // a static property holding the handler: class AuthController { static logout = asyncHandler(async (req, res) => ...) }
        if (r.val() instanceof Member m && m.object() instanceof ClassRef) {
            Project.ClassHit hit = project.classOf(m.object(), r.file());
            for (ClassInfo.Prop p : hit == null ? List.<ClassInfo.Prop>of() : hit.info().props()) {
                if (p.name().equals(m.prop()) && (p.value() instanceof Call || p.value() instanceof FnVal)) return handler(project, p.value(), hit.file());
            }
        }
        // controller.method (an instance of a project class, or an object literal of functions)
        return an.resolveCallee(v instanceof Member || v instanceof Local || v instanceof Ref ? v : r.val(), file, null);
    }

    /**
     * The function a middleware wrapper runs: {@code protect = asyncHandler(async (req, res, next) => ...)}
     * where the wrapper is a project function returning a function that calls its first parameter
     * ({@code fn => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next)}), or the
     * express-async-handler package. Null when the value is not such a wrapped function.
     */
    public static Project.FnRef wrappedMiddleware(Project project, Val v, FileFacts file) {
        Project.Resolved r = project.resolve(v, file);
        if (!(r.val() instanceof Call c) || c.args().size() != 1) return null;
        Project.FnRef inner = project.function(c.args().get(0), r.file());
        if (inner == null) inner = madeBy(project, c.args().get(0), r.file());
        if (inner == null) return null;
        String root = project.rootModule(c.callee(), r.file());
        if (root != null) return root.equals("express-async-handler") ? inner : null;
        Project.FnRef wrapper = project.function(c.callee(), r.file());
        if (wrapper == null || wrapper.fn().params().isEmpty()) return null;
        String p0 = wrapper.fn().params().get(0).name();
        for (Val ret : wrapper.fn().returns()) {
            if (!(ret instanceof FnVal fv)) continue;
            List<Fn> all = new ArrayList<>();
            all.add(fv.fn());
            all.addAll(fv.fn().nested());
            for (Fn f : all) {
                for (CallSite cs : f.calls()) {
                    if (cs.callee() instanceof Param p && p.index() == 0 && p.name().equals(p0) && p.path().isEmpty()) return inner;
                    for (Val a : cs.args()) if (a instanceof Call ac && ac.callee() instanceof Param p && p.index() == 0 && p.name().equals(p0)) return inner;
                }
            }
        }
        return null;
    }

    /** The function a project factory call returns: jwt = authenticate('jwt', ...) where authenticate returns function auth(req, res, next). */
    private static Project.FnRef madeBy(Project project, Val v, FileFacts file) {
        Project.Resolved a = project.resolve(v, file);
        if (!(a.val() instanceof Call fc)) return null;
        Project.FnRef factory = project.function(fc.callee(), a.file());
        if (factory == null) return null;
        for (Val ret : factory.fn().returns()) {
            if (ret instanceof FnVal fv) return new Project.FnRef(fv.fn(), factory.file());
        }
        return null;
    }

    /**
     * Controls a handler applies itself: schema validation in its body or in the project functions
     * it hands input to, named by library ("zod"), scope "handler".
     */
    /**
     * Whether each condition {@code cs} runs under is the way past an earlier refusal of the same function: {@code if
     * (!params.success) throw new ValidationError(..)} before it (the refusal runs under the test failing, the call under
     * it holding). Such a call runs for every request the handler goes on with, as an unconditional one.
     */
    public static boolean onlyPastRefusals(Fn f, CallSite cs) {
        for (CallSite.Guard g : cs.guards()) {
            boolean mirrored = false;
            for (CallSite o : f.calls()) {
                if (o == cs || !refusal(o)) continue;
                for (CallSite.Guard og : o.guards()) {
                    if (og.holds() != g.holds() && og.op().equals(g.op()) && java.util.Objects.equals(og.left(), g.left())
                            && java.util.Objects.equals(og.right(), g.right())) {
                        mirrored = true;
                        break;
                    }
                }
                if (mirrored) break;
            }
            if (!mirrored) return false;
        }
        return true;
    }

    /** An error constructed ({@code new NotFoundError(..)}) or a 4xx answer ({@code reply.code(400)}). */
    private static boolean refusal(CallSite o) {
        String m = o.methodName();
        if (m == null) return false;
        if (o.isNew()) return m.endsWith("Error") || m.endsWith("Exception");
        return Set.of("status", "code").contains(m) && o.args().size() == 1 && o.arg(0) instanceof Lit l && l.value() instanceof Double d && d >= 400 && d < 500;
    }

    public static List<Control> handlerControls(Project project, Fn handler, FileFacts file, Location where) {
        if (handler == null || file == null) return List.of();
        Analysis.Summary s = analysis(project).summary(handler, file);
        List<Control> out = new ArrayList<>();
        if (!s.validatedParts().isEmpty()) {
            Set<String> libs = s.validationLibs().isEmpty() ? Set.of("schema") : s.validationLibs();
            for (String lib : new TreeSet<>(libs)) out.add(new Control(ControlKind.VALIDATION, lib, where, s.validatedParts(), "handler"));
        }
        if (s.rateLimits()) {
            Location limiter = limiterCall(project, handler, file);
            if (limiter != null) out.add(new Control(ControlKind.RATE_LIMIT, limiter.message(), limiter.withMessage(null), Set.of(), "handler"));
        }
        return out;
    }

    /**
     * Where a handler calls a rate limiter of the project, the message the limiter's name: a call of a project function
     * that counts the caller and answers 429 over the limit ({@code await enforceRateLimit(env, orgId, 'devices:register',
     * 10, 60)}, a limiter backed by a Durable Object, a store or a map), in the handler or a callback of it. A limiter
     * called in the handlers of some routes limits those routes, not the others. The handler's own 429 is not looked at
     * (a handler that passes on an upstream's 429 limits nothing). Null when there is none.
     */
    public static Location limiterCall(Project project, Fn handler, FileFacts file) {
        List<Location> all = limiterCalls(project, handler, file, true);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every such limiter call of {@link #limiterCall}, in source order, each with its limiter's name as the message. */
    public static List<Location> limiterCalls(Project project, Fn handler, FileFacts file) {
        return limiterCalls(project, handler, file, false);
    }

    private static List<Location> limiterCalls(Project project, Fn handler, FileFacts file, boolean first) {
        Analysis an = analysis(project);
        List<Location> out = new ArrayList<>();
        for (Fn f : dev.backcheck.concepts.RequestPaths.handlerFunctions(handler)) {
            for (CallSite cs : f.calls()) {
                String name = limiterName(project, cs, f, file, handler);
                if (name == null) continue;
                out.add(cs.location().withMessage(name));
                if (first) return out;
            }
        }
        if (out.isEmpty()) {
            Location counted = countedThen429(project, handler, file);
            if (counted != null) out.add(counted);
        }
        return out;
    }

    /**
     * A limiter whose verdict the handler acts on: a project function that counts the caller in a store (an upsert of an
     * attempts row, an incr, a counter in a map) and answers whether they may go on, the handler answering 429 itself
     * under a test of that answer ({@code const rl = await checkRateLimit(env, id, 'login'); if (!rl.allowed) return
     * c.json({..}, 429)}). Where the limiter is called, named after it; null when the handler has no such 429.
     */
    private static Location countedThen429(Project project, Fn handler, FileFacts file) {
        for (Fn f : dev.backcheck.concepts.RequestPaths.handlerFunctions(handler)) {
            for (CallSite cs : f.calls()) {
                if (!answers429(cs) || cs.guards().isEmpty()) continue;
                for (CallSite.Guard g : cs.guards()) {
                    List<Call> tested = new ArrayList<>();
                    for (Val side : new Val[] {g.left(), g.right()}) {
                        if (side != null) Vals.anyPart(side, x -> {
                            if (x instanceof Call c) tested.add(c);
                            return false;
                        });
                    }
                    for (Call c : tested) {
                        Project.FnRef t = project.function(c.callee(), file);
                        if (t == null || t.fn() == handler || t.fn() == f || !counts(project, t, 0)) continue;
                        Location at = c.site() != null ? c.site() : cs.location();
                        String name = t.fn().name() == null || t.fn().name().isEmpty() ? Vals.lastName(c.callee()) : t.fn().name();
                        return at.withMessage(name == null || name.isEmpty() ? "rate limiter" : name);
                    }
                }
            }
        }
        return null;
    }

    /** c.json(body, 429), res.status(429).json(..), new Response(.., { status: 429 }), throw new HttpException(.., 429). */
    private static boolean answers429(CallSite cs) {
        for (Val a : cs.args()) {
            if (is429(a) || a instanceof Obj o && is429(o.props().get("status"))) return true;
        }
        Val c = cs.callee();
        for (int i = 0; i < 6 && c != null; i++) {
            if (c instanceof Call call) {
                if (call.args().stream().anyMatch(ModelSupport::is429)) return true;
                c = call.callee();
            } else if (c instanceof Member m) {
                c = m.object();
            } else {
                break;
            }
        }
        return false;
    }

    private static boolean is429(Val v) {
        return v instanceof Lit l && l.value() instanceof Number n && n.intValue() == 429 && n.doubleValue() == 429;
    }

    /** Store operations that count a caller: an attempts row upserted, a key incremented, a counter put back. */
    private static final Set<String> COUNTING = Set.of("incr", "incrby", "increment", "incrBy", "hincrby", "run", "first",
            "put", "set", "setex", "expire", "upsert", "insert", "update", "findOneAndUpdate", "updateOne", "zadd", "evalsha", "eval");

    /** A function that counts: a store write of {@link #COUNTING}, or a change to a value it keeps (entry.count++), or a helper that does. */
    private static boolean counts(Project project, Project.FnRef t, int depth) {
        if (depth > 2) return false;
        List<Fn> fns = new ArrayList<>();
        Analysis.collect(t.fn(), fns, 0);
        for (Fn f : fns) {
            if (!f.mutations().isEmpty()) return true;
            for (CallSite cs : f.calls()) {
                String m = cs.methodName();
                if (m != null && COUNTING.contains(m) && !(cs.callee() instanceof Global)) return true;
                Project.FnRef next = project.function(cs.callee(), t.file());
                if (next != null && next.fn() != t.fn() && counts(project, next, depth + 1)) return true;
            }
        }
        return false;
    }

    /**
     * The name of the project rate limiter {@code cs} (a call in {@code f}, inside {@code handler}) runs, or null when it
     * runs none: its function's name, or for an anonymous limiter a factory made the name it is called under
     * ({@code apiRateLimit(request, reply)}, a limiter the enclosing function was handed and runs on the request).
     */
    public static String limiterName(Project project, CallSite cs, Fn f, FileFacts file, Fn handler) {
        Analysis an = analysis(project);
        Project.FnRef target = project.function(cs.callee(), file);
        if (target == null && cs.callee() instanceof Val.Param p
                && cs.args().stream().anyMatch(a -> a instanceof Val.Req q && q.part().equals("raw"))) target = an.handedFunction(p, f);
        if (target == null || target.fn() == handler || target.fn() == f || !an.summary(target.fn(), target.file()).rateLimits()) return null;
        String name = target.fn().name() != null && !target.fn().name().isEmpty() ? target.fn().name()
                : cs.callee() instanceof Param || cs.callee() instanceof Local ? Vals.lastName(cs.callee()) : null;
        return name == null || name.isEmpty() ? "rate limiter" : name;
    }

    /** "get" → [GET]; "all" → [ALL]. */
    public static List<String> methods(String m) {
        return List.of(m.toUpperCase(Locale.ROOT));
    }

    /** process.on('SIGTERM' | 'SIGINT' | ..., handler) registrations anywhere in the project. */
    public static List<Application.Signal> signals(Project project) {
        // every framework model asks: the project's calls are walked once (a fresh list each time, as before)
        return new ArrayList<>(project.derived(Signals.class, Signals::new).list);
    }

    private static final class Signals {
        final List<Application.Signal> list;

        Signals(Project project) {
            list = collectSignals(project);
        }
    }

    private static final List<String> SIGNAL_KEYS = List.of("process.on", "process.once", "process.addListener");

    private static List<Application.Signal> collectSignals(Project project) {
        List<Application.Signal> out = new ArrayList<>();
        // the call index names every call's callee by its qualified name (as Project.qname, normalised: node:process.on is
        // process.on): a call named process.on is among its sites, so only those files are walked, in the project's order
        dev.backcheck.flow.CallIndex.Named named = dev.backcheck.flow.CallIndex.of(project).named(SIGNAL_KEYS);
        if (named.calls().isEmpty()) return out;
        for (FileFacts f : project.files().values()) {
            if (!named.files().contains(f)) continue;
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if (!named.calls().contains(cs)) continue;
                    String q = project.qname(cs.callee(), f);
                    if (q == null || !(q.equals("process.on") || q.equals("process.once") || q.equals("process.addListener"))) continue;
                    String sig = cs.args().isEmpty() ? null : Val.constString(cs.args().get(0));
                    if (sig != null && (sig.startsWith("SIG") || sig.equals("beforeExit"))) out.add(new Application.Signal(sig, cs.location()));
                }
            }
        }
        return out;
    }

    /**
     * Controls created in the code (bound to a name) but never mounted anywhere: a limiter,
     * helmet, a CORS or validation middleware that nothing uses.
     */
    public static List<Control> unmountedControls(Project project, Classifier classifier, Set<Val> used) {
        // per file on the project's threads (used is only read), then in file order as one walk would list them
        List<Control> out = new ArrayList<>();
        for (List<Control> found : project.perFile(f -> unmountedControls(project, f, used))) out.addAll(found);
        return out;
    }

    private static List<Control> unmountedControls(Project project, FileFacts f, Set<Val> used) {
        List<Control> out = null;
        for (Map.Entry<String, Val> e : f.symbols().entrySet()) {
            Val v = e.getValue();
            if (!(v instanceof Call c) || used.contains(v)) continue;
            String root = project.rootModule(v, f);
            ControlKind k = Classifier.kindOfPackage(root);
            if (k == null || k == ControlKind.BODY_PARSER || k == ControlKind.LOGGING) continue;
            if (root.equals("passport") || root.equals("@nestjs/throttler")) continue;
            Location at = c.site() != null ? c.site() : f.main().location();
            if (out == null) out = new ArrayList<>();
            out.add(new Control(k, root, at, Set.of(), "unmounted"));
        }
        return out == null ? List.of() : out;
    }

    // ------------------------------------------------------------------ paths computed in code

    /**
     * A file path built from constants in {@code file}: a string, {@code __dirname + '/x'},
     * {@code `${__dirname}/x`}, {@code path.join(__dirname, 'a', b)} / {@code path.resolve(...)}
     * with constant parts; relative to the scan root (the process's working directory is taken to
     * be the project root, as npm scripts run there); '/'-separated and normalised. Glob
     * characters are kept. Null when a part is not constant or the path leaves the root.
     */
    public static String staticPath(Project project, Val v, FileFacts file) {
        List<String> parts = new ArrayList<>();
        if (!pathParts(project, v, file, parts, 0) || parts.isEmpty()) return null;
        String dir = file.path().contains("/") ? file.path().substring(0, file.path().lastIndexOf('/')) : "";
        StringBuilder sb = new StringBuilder();
        boolean fromDir = parts.get(0).equals(DIRNAME);
        for (int i = fromDir ? 1 : 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (p.equals(DIRNAME)) return null;
            if (sb.length() > 0 && !p.startsWith("/") && sb.charAt(sb.length() - 1) != '/') sb.append('/');
            sb.append(p);
        }
        return dev.backcheck.workspace.Globs.normalize((fromDir ? dir + "/" : "") + sb.toString().replace('\\', '/'));
    }

    private static final String DIRNAME = "\u0000dirname";

    private static boolean pathParts(Project project, Val v, FileFacts f, List<String> out, int depth) {
        if (depth > 6) return false;
        Val r = project.resolve(v, f).val();
        String s = Val.constString(r);
        if (s != null) {
            out.add(s);
            return true;
        }
        if (r instanceof Global g && g.name().equals("__dirname") && g.path().isEmpty()) {
            out.add(DIRNAME);
            return true;
        }
        if (r instanceof Concat c) {
            for (Val p : c.parts()) if (!pathParts(project, p, f, out, depth + 1)) return false;
            return true;
        }
        if (r instanceof Tpl t) {
            for (int i = 0; i < t.holes().size(); i++) {
                if (!t.quasis().get(i).isEmpty()) out.add(t.quasis().get(i));
                if (!pathParts(project, t.holes().get(i), f, out, depth + 1)) return false;
            }
            String last = t.quasis().get(t.quasis().size() - 1);
            if (!last.isEmpty()) out.add(last);
            return true;
        }
        if (r instanceof Call c) {
            String q = project.qname(c.callee(), f);
            if (q != null && (q.equals("path.join") || q.equals("path.resolve") || q.equals("node:path.join")
                    || q.equals("node:path.resolve") || q.equals("path.default.join") || q.equals("path.default.resolve"))) {
                for (Val a : c.args()) {
                    int before = out.size();
                    if (!pathParts(project, a, f, out, depth + 1)) return false;
                    if (out.size() > before && before > 0 && !out.get(before).startsWith("/") && !out.get(before).equals(DIRNAME)) {
                        out.set(before, "/" + out.get(before));
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The module a {@code require(expr)} / {@code import(expr)} with a computed specifier loads, when
     * the specifier is a constant path after all ({@code require(path.resolve('./src/routes', name + '.js'))}
     * once {@code name} is bound): the module's exported value. Null when it is not such a call or
     * the path is not a project file.
     */
    public static Project.Resolved computedRequire(Project project, Val v, FileFacts file) {
        if (!(v instanceof Call c) || !(c.callee() instanceof Global g) || !g.path().isEmpty()
                || !(g.name().equals("require") || g.name().equals("import")) || c.args().size() != 1) return null;
        if (Val.constString(c.args().get(0)) != null) return null; // a plain require: Project.resolve follows it
        String path = staticPath(project, c.args().get(0), file);
        if (path == null) return null;
        // __dirname-based paths and path.resolve('./x') are already from the root; a relative string
        // specifier ('./routes/' + name) is relative to the requiring file
        List<String> parts = new ArrayList<>();
        pathParts(project, c.args().get(0), file, parts, 0);
        boolean anchored = parts.contains(DIRNAME) || project.resolve(c.args().get(0), file).val() instanceof Call;
        String target;
        if (anchored) target = project.resolveModule("", "./" + path);
        else {
            String spec = Val.constString(new Lit(String.join("", parts)));
            target = spec != null && spec.startsWith(".") ? project.resolveModule(file.path(), spec) : null;
        }
        if (target == null) return null;
        FileFacts tf = project.file(target);
        if (tf == null) return null;
        Val ev = tf.exports().get("default");
        if (ev == null) return new Project.Resolved(new Local("*module*", List.of()), tf);
        return project.resolve(ev, tf);
    }

    /** True for {@code require(expr)} / {@code import(expr)} whose specifier is computed (not a constant). */
    public static boolean isComputedRequire(Val v) {
        return v instanceof Call c && c.callee() instanceof Global g && g.path().isEmpty()
                && (g.name().equals("require") || g.name().equals("import")) && c.args().size() == 1
                && Val.constString(c.args().get(0)) == null;
    }

    // ------------------------------------------------------------------ conditions around a registration

    /** Where a registration takes effect, judged from the {@code if} conditions around it. */
    public enum EnvScope { ALWAYS, PRODUCTION_ONLY, NOT_PRODUCTION }

    /** The suffix a control mounted only in production carries in its name ("express-rate-limit (production only)"). */
    public static final String PRODUCTION_ONLY = " (production only)";

    /**
     * Judges the enclosing conditions of a call: {@code NODE_ENV === 'production'} (or
     * {@code config.env}, {@code isProduction}, ...) makes it production only; a development or
     * test branch means it is not mounted in production. Conditions on anything else count as
     * mounted (the model does not guess them false).
     */
    public static EnvScope envScope(Project project, FileFacts file, List<CallSite.Guard> guards) {
        EnvScope out = EnvScope.ALWAYS;
        for (CallSite.Guard g : guards) {
            int v = inProduction(project, file, g);
            if (v < 0) return EnvScope.NOT_PRODUCTION;
            if (v == 2) out = EnvScope.PRODUCTION_ONLY;
        }
        return out;
    }

    // name tests asked for every guard of every call (TLS settings, CORS): answered once per name
    private static final dev.backcheck.model.NameTest ENV_NAME = new dev.backcheck.model.NameTest(
            java.util.regex.Pattern.compile("(?i)(node_?env|env|environment|app_?env|mode|stage|profile)"));
    private static final dev.backcheck.model.NameTest PROD_FLAG = new dev.backcheck.model.NameTest(java.util.regex.Pattern.compile("(?i)is_?prod(uction)?(_?mode)?"));
    private static final dev.backcheck.model.NameTest DEV_FLAG = new dev.backcheck.model.NameTest(
            java.util.regex.Pattern.compile("(?i)is_?(dev|development|test|testing|local)(_?mode)?"));

    /** 2: the guard holds only in production; 1: it holds in production (and elsewhere); 0: unknown; -1: false in production. */
    private static int inProduction(Project project, FileFacts file, CallSite.Guard g) {
        if (g.op().equals("truthy")) {
            String n = Vals.lastName(g.left());
            if (n == null) return 0;
            if (PROD_FLAG.matches(n)) return g.holds() ? 2 : -1;
            if (DEV_FLAG.matches(n)) return g.holds() ? -1 : 1;
            return 0;
        }
        String lit = Val.constString(g.right());
        Val subject = g.left();
        if (lit == null) {
            lit = Val.constString(g.left());
            subject = g.right();
        }
        if (lit == null || subject == null || !isEnvName(project, file, subject)) return 0;
        boolean equal = g.op().equals("==") == g.holds();
        String env = lit.toLowerCase(Locale.ROOT);
        boolean prod = env.equals("production") || env.equals("prod");
        if (prod) return equal ? 2 : -1;
        return equal ? -1 : 1;
    }

    private static boolean isEnvName(Project project, FileFacts file, Val v) {
        String n = Vals.lastName(v);
        if (n != null && ENV_NAME.matches(n)) return true;
        // a config getter asked for the environment's name: configService.get('NODE_ENV')
        if (v instanceof Call c && "get".equals(n) && c.args().size() == 1 && Val.constString(c.args().get(0)) != null
                && ENV_NAME.matches(Val.constString(c.args().get(0)))) return true;
        Val r = project.resolve(v, file).val();
        return Vals.anyPart(r, x -> x instanceof Global g && g.name().equals("process") && g.path().size() == 2
                && g.path().get(0).equals("env") && ENV_NAME.matches(g.path().get(1)));
    }

    /**
     * False when an enclosing condition is decided false once the callback parameters are bound:
     * {@code routes.forEach(r => { if (r.path === '/api') app.get(r.path, r.router); else app.use(r.path, r.router); })}
     * runs one branch per element.
     */
    public static boolean reachable(Project project, Classes classes, List<CallSite.Guard> guards, Map<Integer, Project.Resolved> env, Fn in) {
        if (env.isEmpty()) return true;
        for (CallSite.Guard g : guards) {
            Val l = substitute(project, classes, g.left(), env, in);
            if (l == g.left() && (g.right() == null || substitute(project, classes, g.right(), env, in) == g.right())) continue;
            Boolean truth = null;
            if (g.op().equals("truthy")) {
                if (l instanceof Lit lit) truth = lit.value() != null && !Boolean.FALSE.equals(lit.value()) && !"".equals(lit.value())
                        && !(lit.value() instanceof Double d && d == 0);
            } else {
                Val r = substitute(project, classes, g.right(), env, in);
                String a = Val.constString(l);
                String b = Val.constString(r);
                if (a != null && b != null) truth = a.equals(b) == g.op().equals("==");
                else if (l instanceof Lit la && r instanceof Lit lb) truth = Objects.equals(la.value(), lb.value()) == g.op().equals("==");
            }
            if (truth != null && truth != g.holds()) return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ callbacks run once per element

    /**
     * Functions run once per element of an array the model can list: {@code routes.forEach(r => ...)},
     * {@code routes.map(...)}, {@code Object.entries(routes).forEach(([p, r]) => ...)}, where the array
     * is a literal, a binding of one (in any file), a parameter bound by the callers, or a class field.
     * For each such function: one binding of its parameters per element (0: the element, 1: its index).
     */
    public static final class Callbacks {
        private final Project project;
        private final ParamBindings bindings;
        private final Classes classes;
        private final IdentityHashMap<Fn, List<Map<Integer, Project.Resolved>>> byFn = new IdentityHashMap<>();
        /** Callbacks over something the model could not list: the call site and its file. */
        private final IdentityHashMap<Fn, Object[]> unknown = new IdentityHashMap<>();

        public Callbacks(Project project, ParamBindings bindings, Classes classes) {
            this.project = project;
            this.bindings = bindings;
            this.classes = classes;
            // the iterations of each file are listed on the project's threads, then recorded in file and source order
            for (List<Iteration> found : project.perFile(this::iterations)) {
                for (Iteration it : found) {
                    List<Project.Resolved> els = it.elements();
                    if (els == null || els.isEmpty()) {
                        if (els == null) unknown.putIfAbsent(it.callback(), new Object[]{it.cs(), it.file()});
                        continue;
                    }
                    List<Map<Integer, Project.Resolved>> envs = byFn.computeIfAbsent(it.callback(), k -> new ArrayList<>());
                    for (int i = 0; i < els.size() && envs.size() < 64; i++) {
                        envs.add(Map.of(0, els.get(i), 1, new Project.Resolved(new Lit((double) i), it.file())));
                    }
                }
            }
        }

        /** A call that runs function {@code callback} per element, and the elements (null: not listed). */
        private record Iteration(Fn callback, List<Project.Resolved> elements, CallSite cs, FileFacts file) { }

        /** The forEach / map / flatMap calls of {@code f} with a project function as callback, in source order (any thread). */
        private List<Iteration> iterations(FileFacts f) {
            List<Iteration> out = null;
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if (cs.args().isEmpty()) continue;
                    String m = cs.methodName();
                    if (!("forEach".equals(m) || "map".equals(m) || "flatMap".equals(m))) continue;
                    Project.FnRef cb = project.function(cs.arg(0), f);
                    Val recv = Analysis.receiver(cs.callee());
                    if (cb == null || recv == null) continue;
                    if (out == null) out = new ArrayList<>();
                    out.add(new Iteration(cb.fn(), elements(recv, f, fn, 0), cs, f));
                }
            }
            return out == null ? List.of() : out;
        }

        /** One parameter binding per element when {@code fn} is such a callback, else one empty binding. */
        public List<Map<Integer, Project.Resolved>> envs(Fn fn) {
            List<Map<Integer, Project.Resolved>> e = byFn.get(fn);
            return e == null ? List.of(Map.of()) : e;
        }

        /** The call that runs {@code fn} per element of something the model could not list, or null. */
        public Object[] unknownIteration(Fn fn) {
            return unknown.get(fn);
        }

        /** The elements of an array value, or null when it cannot be listed. */
        private List<Project.Resolved> elements(Val v, FileFacts f, Fn in, int depth) {
            if (depth > 4 || v == null) return null;
            if (v instanceof This t && in != null) {
                Project.Resolved field = classes.field(t, in);
                return field == null ? null : elements(field.val(), field.file(), null, depth + 1);
            }
            Project.Resolved r = project.resolve(v, f);
            Val x = r.val();
            if (x instanceof Arr a) {
                List<Project.Resolved> out = new ArrayList<>();
                for (Val item : a.items()) {
                    if (item instanceof Unknown) return null;
                    out.add(new Project.Resolved(item, r.file()));
                }
                return out;
            }
            if (x instanceof Call c && c.callee() instanceof Global g && g.name().equals("Object") && g.path().size() == 1
                    && c.args().size() == 1) {
                Project.Resolved o = project.resolve(c.args().get(0), r.file());
                if (!(o.val() instanceof Obj obj)) return null;
                List<Project.Resolved> out = new ArrayList<>();
                for (Map.Entry<String, Val> e : obj.props().entrySet()) {
                    if (e.getKey().startsWith("...")) return null;
                    Val item = switch (g.path().get(0)) {
                        case "keys" -> new Lit(e.getKey());
                        case "values" -> e.getValue();
                        case "entries" -> new Arr(List.of(new Lit(e.getKey()), e.getValue()));
                        default -> null;
                    };
                    if (item == null) return null;
                    out.add(new Project.Resolved(item, o.file()));
                }
                return out;
            }
            if (x instanceof Param p && p.path().isEmpty() && in != null) {
                List<Project.Resolved> out = new ArrayList<>();
                boolean any = false;
                for (Object[] call : bindings.callersOf(in)) {
                    CallSite cs = (CallSite) call[0];
                    Val a = cs.arg(p.index());
                    if (a == null) continue;
                    FileFacts cf = (FileFacts) call[1];
                    List<Project.Resolved> els = elements(a, cf, classes.enclosing(cs, cf), depth + 1);
                    if (els == null) return null;
                    out.addAll(els);
                    any = true;
                }
                return any ? out : null;
            }
            return null;
        }
    }

    /** Which class each method (and function nested in one) belongs to, and the values of class fields. */
    public static final class Classes {
        private final Project project;
        private final IdentityHashMap<Fn, Project.ClassHit> owner = new IdentityHashMap<>();
        /** Per file, the function each call site is made in: built for a file when first asked (few files are). */
        private final Map<FileFacts, IdentityHashMap<CallSite, Fn>> callIn = new IdentityHashMap<>();
        private final IdentityHashMap<Fn, Fn> parent = new IdentityHashMap<>();

        public Classes(Project project) {
            this.project = project;
            for (FileFacts f : project.files().values()) {
                for (ClassInfo c : f.classes().values()) {
                    for (Fn m : c.methods()) index(m, new Project.ClassHit(c, f), 0);
                }
                for (Fn fn : Analysis.functions(f)) {
                    for (Fn n : fn.nested()) parent.putIfAbsent(n, fn);
                }
            }
        }

        /**
         * The function a parameter value belongs to: {@code in} itself, or the enclosing function
         * whose parameter a closure uses ({@code (app) => routes.forEach((r) => app.use(...))}).
         */
        public Fn paramOwner(Fn in, Param p) {
            Fn cur = in;
            for (int i = 0; cur != null && i < 16; i++) {
                Fn.Param own = cur.param(p.index());
                if (own != null && own.name().equals(p.name())) return cur;
                cur = parent.get(cur);
            }
            return in;
        }

        private void index(Fn fn, Project.ClassHit c, int depth) {
            owner.putIfAbsent(fn, c);
            if (depth < 8) for (Fn n : fn.nested()) index(n, c, depth + 1);
        }

        /** The class a method (or a function nested in one) belongs to, with its file; null for other functions. */
        public Project.ClassHit ownerOf(Fn fn) {
            return owner.get(fn);
        }

        /** The function a call site is made in. */
        public Fn enclosing(CallSite cs, FileFacts f) {
            IdentityHashMap<CallSite, Fn> in;
            synchronized (callIn) {
                in = callIn.computeIfAbsent(f, ff -> {
                    IdentityHashMap<CallSite, Fn> m = new IdentityHashMap<>();
                    for (Fn fn : Analysis.functions(ff)) for (CallSite c : fn.calls()) m.put(c, fn);
                    return m;
                });
            }
            return in.get(cs);
        }

        /** {@code this.a.b} inside a method: the value of field a (its initializer or first assignment), then .b; null when unknown. */
        public Project.Resolved field(This t, Fn in) {
            Project.ClassHit c = owner.get(in);
            if (c == null || t.path().isEmpty()) return null;
            for (ClassInfo.Prop p : c.info().props()) {
                if (p.name().equals(t.path().get(0)) && p.value() != null) {
                    Val v = p.value();
                    for (String seg : t.path().subList(1, t.path().size())) v = Val.member(v, seg);
                    return project.resolve(v, c.file());
                }
            }
            return null;
        }

        /**
         * The method that sets field {@code this.a} from its own parameter, when that is what the field holds (a field
         * declared empty that {@code setApp(app) { this.app = app; }} fills): the function whose parameter {@link #field}
         * answers, so its callers bind it. Null for any other field.
         */
        public Fn setter(This t, Fn in) {
            Project.ClassHit c = owner.get(in);
            if (c == null || t.path().isEmpty()) return null;
            for (ClassInfo.Prop p : c.info().props()) {
                if (!p.name().equals(t.path().get(0)) || !(p.value() instanceof Param pv) || p.location() == null) continue;
                for (Fn m : c.info().methods()) {
                    Location at = m.location();
                    Fn.Param own = m.param(pv.index());
                    if (at == null || own == null || !own.name().equals(pv.name())) continue;
                    boolean holds = (at.line() < p.location().line() || at.line() == p.location().line() && at.column() <= p.location().column())
                            && (at.endLine() > p.location().endLine() || at.endLine() == p.location().endLine() && at.endColumn() >= p.location().endColumn());
                    if (holds) return m;
                }
                return null;
            }
            return null;
        }

        /** Field {@code name} of an instance {@code new C()} of a project class, or null. */
        public Project.Resolved instanceField(Val instance, FileFacts f, String name) {
            Project.Resolved r = project.resolve(instance, f);
            if (!(r.val() instanceof New n)) return null;
            Project.ClassHit hit = project.classOf(n.callee(), r.file());
            if (hit == null) return null;
            for (ClassInfo.Prop p : hit.info().props()) {
                if (p.name().equals(name) && p.value() != null) return project.resolve(p.value(), hit.file());
            }
            return null;
        }
    }

    /**
     * {@code v} with the callback parameters bound by {@code env} and the fields of the enclosing
     * class ({@code this.path}, {@code this.router}) replaced by their values where known; the
     * same object when nothing was replaced (instances are matched by identity).
     */
    public static Val substitute(Project project, Classes classes, Val v, Map<Integer, Project.Resolved> env, Fn in) {
        return substitute(project, classes, v, env, in, 0);
    }

    private static Val substitute(Project project, Classes classes, Val v, Map<Integer, Project.Resolved> env, Fn in, int depth) {
        if (v == null || depth > 12) return v;
        if (v instanceof Param p && env.containsKey(p.index()) && in != null && in.param(p.index()) != null
                && in.param(p.index()).name().equals(p.name())) {
            Project.Resolved cur = env.get(p.index());
            for (String seg : p.path()) {
                cur = step(project, classes, cur, seg);
                if (cur == null) return v;
            }
            return project.resolve(cur.val(), cur.file()).val();
        }
        if (v instanceof This t && !t.path().isEmpty() && classes != null && in != null) {
            Project.Resolved r = classes.field(t, in);
            return r == null ? v : r.val();
        }
        if (v instanceof Tpl t) {
            List<Val> holes = new ArrayList<>();
            boolean changed = false;
            for (Val h : t.holes()) {
                Val x = substitute(project, classes, h, env, in, depth + 1);
                changed |= x != h;
                holes.add(x);
            }
            if (!changed) return v;
            StringBuilder sb = new StringBuilder(t.quasis().get(0));
            List<String> q = new ArrayList<>();
            List<Val> hs = new ArrayList<>();
            for (int i = 0; i < holes.size(); i++) {
                String c = Val.constString(holes.get(i));
                if (c != null) sb.append(c).append(t.quasis().get(i + 1));
                else {
                    q.add(sb.toString());
                    hs.add(holes.get(i));
                    sb.setLength(0);
                    sb.append(t.quasis().get(i + 1));
                }
            }
            q.add(sb.toString());
            return hs.isEmpty() ? new Lit(q.get(0)) : new Tpl(List.copyOf(q), List.copyOf(hs));
        }
        if (v instanceof Concat c) {
            List<Val> parts = new ArrayList<>();
            boolean changed = false;
            for (Val x : c.parts()) {
                Val y = substitute(project, classes, x, env, in, depth + 1);
                changed |= y != x;
                parts.add(y);
            }
            if (!changed) return v;
            if (parts.stream().allMatch(x -> Val.constString(x) != null)) {
                StringBuilder sb = new StringBuilder();
                for (Val x : parts) sb.append(Val.constString(x));
                return new Lit(sb.toString());
            }
            return new Concat(List.copyOf(parts));
        }
        if (v instanceof Arr a) {
            List<Val> items = new ArrayList<>();
            boolean changed = false;
            for (Val x : a.items()) {
                Val y = substitute(project, classes, x, env, in, depth + 1);
                changed |= y != x;
                items.add(y);
            }
            return changed ? new Arr(List.copyOf(items)) : v;
        }
        if (v instanceof Member m) {
            Val o = substitute(project, classes, m.object(), env, in, depth + 1);
            if (o == m.object()) return v;
            if (o instanceof New) {
                Project.Resolved fr = classes == null ? null : classes.instanceField(o, null, m.prop());
                if (fr != null) return fr.val();
            }
            return Val.member(o, m.prop());
        }
        if (v instanceof Call c) {
            // require(path.resolve(dir, route.name + '.js')): the arguments (the call stays the same object when unchanged)
            List<Val> args = new ArrayList<>();
            boolean changed = false;
            for (Val x : c.args()) {
                Val y = substitute(project, classes, x, env, in, depth + 1);
                changed |= y != x;
                args.add(y);
            }
            return changed ? new Call(c.callee(), List.copyOf(args), c.site()) : v;
        }
        if (v instanceof OneOf o) {
            List<Val> opts = new ArrayList<>();
            boolean changed = false;
            for (Val x : o.options()) {
                Val y = substitute(project, classes, x, env, in, depth + 1);
                changed |= y != x;
                opts.add(y);
            }
            return changed ? new OneOf(List.copyOf(opts)) : v;
        }
        return v;
    }

    /** One member step into a known value: an object property, an array element, a field of a class instance. */
    private static Project.Resolved step(Project project, Classes classes, Project.Resolved cur, String seg) {
        Project.Resolved r = project.resolve(cur.val(), cur.file());
        Val x = r.val();
        if (x instanceof Obj o) {
            Val f = o.props().get(seg);
            return f == null ? null : project.resolve(f, r.file());
        }
        if (x instanceof Arr a) {
            try {
                int i = Integer.parseInt(seg);
                return i >= 0 && i < a.items().size() ? project.resolve(a.items().get(i), r.file()) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (x instanceof New && classes != null) return classes.instanceField(x, r.file(), seg);
        Val m = Val.member(x, seg);
        if (m instanceof Member) return null;
        return project.resolve(m, r.file());
    }

    /**
     * The arguments of the project-function calls a value is read under: in a function built to be called with
     * options ({@code createCRUDRoute(options)} making a router from {@code options.method} and {@code options.path}),
     * each parameter stands for the argument of one call, read in that call's own context, so the frames chain
     * through factories that call factories ({@code createPublicRoute({...})} handing {@code {...rest, tags}} on).
     * Reading follows object spreads (a later spread or key wins), rest destructuring (the extractor binds
     * {@code ...rest} to the whole object), {@code a || b} / {@code a ?? b} (the first value present), ternaries
     * whose test can be decided, templates of known parts, {@code s.replace(/re/g, 'x')} on a known string, and a
     * project function that returns one such expression of its parameters.
     */
    public static final class CallContext {
        final Fn fn;
        final List<Val> args;
        final FileFacts file;
        final FileFacts fnFile;
        final Location site;
        public final CallContext parent;
        final int depth;

        private CallContext(Fn fn, List<Val> args, FileFacts file, FileFacts fnFile, Location site, CallContext parent) {
            this.fn = fn;
            this.args = args;
            this.file = file;
            this.fnFile = fnFile;
            this.site = site;
            this.parent = parent;
            this.depth = parent == null ? 1 : parent.depth + 1;
        }

        /** {@code parent} with the call of {@code fn} (written in {@code file}) added; {@code parent} when too deep. */
        public static CallContext push(CallContext parent, Fn fn, FileFacts fnFile, List<Val> args, FileFacts file, Location site) {
            if (fn == null || parent != null && parent.depth >= 8) return parent;
            return new CallContext(fn, args, file, fnFile, site, parent);
        }

        /** A call of a project function ({@code base}, written in {@code file}) pushed on {@code parent}; else parent. */
        public static CallContext push(Project project, CallContext parent, Val base, FileFacts file) {
            if (!(base instanceof Call c) || c.site() == null) return parent;
            Project.FnRef f = project.function(c.callee(), file);
            return f == null ? parent : push(parent, f.fn(), f.file(), c.args(), file, c.site());
        }

        /** True when one of the frames is a call of {@code f}. */
        public boolean has(Fn f) {
            for (CallContext k = this; k != null; k = k.parent) if (k.fn == f) return true;
            return false;
        }

        /** The call that began the chain: where the outermost factory is called (the user's definition). */
        public Location origin() {
            Location out = null;
            for (CallContext k = this; k != null; k = k.parent) if (k.site != null) out = k.site;
            return out;
        }

        /** A value with the file it is written in and the context its parameters are read under. */
        public record Located(Val val, FileFacts file, CallContext ctx) {
            public Project.Resolved resolved() {
                return new Project.Resolved(val, file);
            }

            /** Undefined: a parameter no caller passed, a key the options do not have. */
            public boolean absent() {
                return val == null || val instanceof Lit l && l.value() == null;
            }
        }

        private static Located absent(FileFacts f) {
            return new Located(new Lit(null), f, null);
        }

        /** {@code v} (written in {@code f}) read under {@code ctx}. */
        public static Located eval(Project project, Val v, FileFacts f, CallContext ctx) {
            return eval(project, v, f, ctx, 0);
        }

        private static Located eval(Project project, Val v, FileFacts f, CallContext ctx, int depth) {
            if (v == null) return absent(f);
            if (depth > 24) return new Located(v, f, ctx);
            if (v instanceof Param p) {
                for (CallContext k = ctx; k != null; k = k.parent) {
                    Fn.Param declared = k.fn.param(p.index());
                    if (declared == null || !declared.name().equals(p.name())) continue;
                    Located cur;
                    if (p.index() < k.args.size()) cur = eval(project, k.args.get(p.index()), k.file, k.parent, depth + 1);
                    else cur = absent(k.file);
                    if (cur.absent() && declared.defaultValue() != null) cur = eval(project, declared.defaultValue(), k.fnFile, k, depth + 1);
                    for (String seg : p.path()) {
                        cur = step(project, cur, seg, depth + 1);
                        if (cur.absent()) return cur;
                    }
                    return cur;
                }
                return new Located(v, f, ctx);
            }
            if (v instanceof Member m) {
                Located o = eval(project, m.object(), f, ctx, depth + 1);
                if (o.val() == m.object()) return new Located(v, f, ctx);
                return step(project, o, m.prop(), depth + 1);
            }
            if (v instanceof OneOf o) {
                if (o.test() != null && o.options().size() == 2) {
                    Boolean holds = holds(project, o.test(), f, ctx, depth + 1);
                    if (holds != null) return eval(project, o.options().get(holds ? 0 : 1), f, ctx, depth + 1);
                }
                // a || b, a ?? b, or a test not decided: the first value present
                Located last = null;
                for (Val x : o.options()) {
                    Located e = eval(project, x, f, ctx, depth + 1);
                    if (!e.absent()) return e;
                    last = e;
                }
                return last == null ? absent(f) : last;
            }
            if (v instanceof Tpl t && !t.holes().isEmpty()) {
                StringBuilder sb = new StringBuilder(t.quasis().get(0));
                for (int i = 0; i < t.holes().size(); i++) {
                    String c = Val.constString(eval(project, t.holes().get(i), f, ctx, depth + 1).val());
                    if (c == null) return new Located(v, f, ctx);
                    sb.append(c).append(t.quasis().get(i + 1));
                }
                return new Located(new Lit(sb.toString()), f, ctx);
            }
            if (v instanceof Call c) return call(project, c, f, ctx, depth);
            if (v instanceof Local || v instanceof Ref) {
                Project.Resolved r = project.resolve(v, f);
                if (r.val() == v || r.val() == null) return new Located(v, f, ctx);
                return eval(project, r.val(), r.file(), r.file() == f ? ctx : null, depth + 1);
            }
            return new Located(v, f, ctx);
        }

        /** {@code s.replace(/re/g, 'x')} of a known string; a project function returning one expression of its parameters. */
        private static Located call(Project project, Call c, FileFacts f, CallContext ctx, int depth) {
            Located same = new Located(c, f, ctx);
            if ("replace".equals(Vals.lastName(c.callee())) || "replaceAll".equals(Vals.lastName(c.callee()))) {
                Val recv = Analysis.receiver(c.callee());
                if (recv == null || c.args().size() != 2) return same;
                String s = Val.constString(eval(project, recv, f, ctx, depth + 1).val());
                String to = Val.constString(eval(project, c.args().get(1), f, ctx, depth + 1).val());
                Val re = project.resolve(c.args().get(0), f).val();
                if (s == null || to == null || !(re instanceof Regex rx) || to.contains("$&") || to.contains("$`") || to.contains("$'")
                        || to.contains("$<")) return same;
                try {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile(rx.pattern()).matcher(s);
                    return new Located(new Lit(rx.flags().contains("g") ? m.replaceAll(to) : m.replaceFirst(to)), f, ctx);
                } catch (RuntimeException e) {
                    return same;
                }
            }
            if (ctx == null) return same;
            Project.FnRef fn = project.function(c.callee(), f);
            if (fn == null || fn.fn().returns().size() != 1 || ctx.depth >= 8) return same;
            Located r = eval(project, fn.fn().returns().get(0), fn.file(), push(ctx, fn.fn(), fn.file(), c.args(), f, null), depth + 1);
            return Val.constString(r.val()) != null ? r : same;
        }

        /** Whether a ternary's test holds, when the values it compares are known; null when not. */
        private static Boolean holds(Project project, Test t, FileFacts f, CallContext ctx, int depth) {
            Located l = eval(project, t.left(), f, ctx, depth);
            Boolean b;
            if ("truthy".equals(t.op())) {
                Val x = l.val();
                if (l.absent()) b = false;
                else if (x instanceof Lit lit) b = !(Boolean.FALSE.equals(lit.value()) || "".equals(lit.value())
                        || lit.value() instanceof Double d && d == 0);
                else if (x instanceof Obj || x instanceof Arr || x instanceof FnVal || x instanceof New) b = true;
                else return null;
            } else {
                String a = Val.constString(l.val());
                String r = t.right() == null ? null : Val.constString(eval(project, t.right(), f, ctx, depth).val());
                if (a == null || r == null) return null;
                b = a.equals(r);
                if (t.op() != null && t.op().startsWith("!")) b = !b;
            }
            return t.holds() == b;
        }

        /** False when a condition around a call is decided false under {@code ctx} ({@code if (options?.customRateLimit)}). */
        public static boolean reachable(Project project, List<CallSite.Guard> guards, FileFacts f, CallContext ctx) {
            if (ctx == null) return true;
            for (CallSite.Guard g : guards) {
                Boolean h = holds(project, new Test(g.left(), g.op(), g.right(), g.holds()), f, ctx, 0);
                if (Boolean.FALSE.equals(h)) return false;
            }
            return true;
        }

        /** One member step: an object's key (a later spread that has it wins), an array item, {@code *} the whole array. */
        private static Located step(Project project, Located cur, String seg, int depth) {
            if (cur.absent()) return cur;
            Val x = cur.val();
            if (x instanceof Obj o) {
                Located found = null;
                for (Map.Entry<String, Val> e : o.props().entrySet()) {
                    if (e.getKey().equals(seg)) found = eval(project, e.getValue(), cur.file(), cur.ctx(), depth + 1);
                    else if (e.getKey().startsWith("...")) {
                        Located spread = eval(project, e.getValue(), cur.file(), cur.ctx(), depth + 1);
                        if (!(spread.val() instanceof Obj)) continue;
                        Located inner = step(project, spread, seg, depth + 1);
                        if (!inner.absent()) found = inner;
                    }
                }
                return found != null ? found : absent(cur.file());
            }
            if (x instanceof Arr a) {
                if (seg.equals("*")) return cur; // an element of the list, read as the list: readers flatten it
                try {
                    int i = Integer.parseInt(seg);
                    return i >= 0 && i < a.items().size() ? eval(project, a.items().get(i), cur.file(), cur.ctx(), depth + 1) : absent(cur.file());
                } catch (NumberFormatException e) {
                    return new Located(Val.member(x, seg), cur.file(), cur.ctx());
                }
            }
            Val m = Val.member(x, seg);
            return m instanceof Member ? new Located(m, cur.file(), cur.ctx()) : eval(project, m, cur.file(), cur.ctx(), depth + 1);
        }

        /**
         * The items of a list read under a context, each where it is written: arrays flattened (also spreads of
         * {@code a || []} that the extractor keeps as one item), absent values dropped.
         */
        public static List<Located> flatten(Project project, Val v, FileFacts f, CallContext ctx) {
            List<Located> out = new ArrayList<>();
            flatten(project, v, f, ctx, out, 0);
            return out;
        }

        private static void flatten(Project project, Val v, FileFacts f, CallContext ctx, List<Located> out, int depth) {
            Located l = eval(project, v, f, ctx);
            if (l.absent()) return;
            if (l.val() instanceof Arr a && depth < 6) {
                for (Val x : a.items()) flatten(project, x, l.file(), l.ctx(), out, depth + 1);
            } else if (v instanceof Local || v instanceof Ref) out.add(new Located(v, f, ctx)); // named as written
            else out.add(l);
        }
    }

    /** A value as bound for a registration: the resolved instance and its file. */
    public record Bound(Val val, FileFacts file) { }

    /**
     * Resolves registration receivers, including apps and routers passed as function parameters
     * ({@code export function registerRoutes(app) { app.get(...) }} called as {@code registerRoutes(app)}).
     */
    public static final class ParamBindings {
        private final Project project;
        private final Analysis analysis;
        private final boolean methods;
        private volatile IdentityHashMap<Fn, List<Object[]>> callers;

        public ParamBindings(Project project, Analysis analysis) {
            this(project, analysis, false);
        }

        /**
         * @param methods also follow {@code this.method(x)} calls to methods of the same class and
         *                {@code new C(x)} to C's constructor
         */
        public ParamBindings(Project project, Analysis analysis, boolean methods) {
            this.project = project;
            this.analysis = analysis;
            this.methods = methods;
        }

        /** The calls of {@code fn} found in the project: each a call site and the file it is in. */
        public List<Object[]> callersOf(Fn fn) {
            return callers().getOrDefault(fn, List.of());
        }

        public List<Bound> bind(Val recv, FileFacts file, Fn fn) {
            return bind(recv, file, fn, 0);
        }

        /** Follows parameters through callers, a few calls deep ({@code registerRoutes(app)} → {@code registerAuthRoutes(app)}). */
        private List<Bound> bind(Val recv, FileFacts file, Fn fn, int depth) {
            Project.Resolved r = project.resolve(recv, file);
            if (r.val() instanceof Param p && p.path().isEmpty()) {
                List<Bound> out = new ArrayList<>();
                if (depth > 3) return out;
                Fn.Param declared = fn == null ? null : fn.param(p.index());
                Val dflt = declared != null && declared.name().equals(p.name()) ? declared.defaultValue() : null;
                List<Object[]> calls = callers().getOrDefault(fn, List.of());
                // a test that hands the app to the helper (setupRoutes(app) after its own createServer()) is a second
                // caller of the same helper on the same instance: only the application's own callers bind, when it has any
                if (!project.isTestPath(file.path()) && calls.size() > 1
                        && calls.stream().anyMatch(c -> !project.isTestPath(((FileFacts) c[1]).path()))) {
                    calls = calls.stream().filter(c -> !project.isTestPath(((FileFacts) c[1]).path())).toList();
                }
                // a parameter with a default value (auth = apiKeyAuth) no caller passes: the default stands
                if (calls.isEmpty() && dflt != null) {
                    Project.Resolved dr = project.resolve(dflt, file);
                    if (!(dr.val() instanceof Param)) out.add(new Bound(dr.val(), dr.file()));
                }
                for (Object[] call : calls) {
                    CallSite cs = (CallSite) call[0];
                    FileFacts cf = (FileFacts) call[1];
                    Val a = cs.arg(p.index());
                    if (a == null && dflt != null) {
                        Project.Resolved dr = project.resolve(dflt, file);
                        if (!(dr.val() instanceof Param)) out.add(new Bound(dr.val(), dr.file()));
                        continue;
                    }
                    if (a == null) continue;
                    Project.Resolved ar = project.resolve(a, cf);
                    if (!(ar.val() instanceof Param)) out.add(new Bound(ar.val(), ar.file()));
                    else if (call.length > 2 && call[2] instanceof Fn outer) out.addAll(bind(a, cf, outer, depth + 1));
                }
                return out;
            }
            // export default ({ app }) => { app.use(...) } called as loader({ app: expressApp })
            if (methods && r.val() instanceof Param p && !p.path().isEmpty() && fn != null) {
                List<Bound> out = new ArrayList<>();
                for (Object[] call : callers().getOrDefault(fn, List.of())) {
                    CallSite cs = (CallSite) call[0];
                    Val a = cs.arg(p.index());
                    if (a == null) continue;
                    Val v = a;
                    for (String seg : p.path()) v = Val.member(v, seg);
                    Project.Resolved ar = project.resolve(v, (FileFacts) call[1]);
                    if (ar.val() instanceof Member) ar = writtenField(a, p.path(), (FileFacts) call[1], ar);
                    if (ar.val() instanceof Param && call.length > 2 && depth < 4) {
                        // handed on from the caller's own parameter: ({ expressApp }) => loader({ app: expressApp })
                        out.addAll(bind(ar.val(), ar.file(), (Fn) call[2], depth + 1));
                    } else if (!(ar.val() instanceof Param) && !(ar.val() instanceof Member)) out.add(new Bound(ar.val(), ar.file()));
                }
                return out;
            }
            return List.of(new Bound(r.val(), r.file()));
        }

        /**
         * {@code register({ app, ...deps })} read as {@code ({ app }) => ...}: the field written in the object, when a
         * spread after it is not known to replace it (a spread of an object literal that has the key does: its value).
         * {@code unresolved} when the path does not lead to such a field.
         */
        private Project.Resolved writtenField(Val arg, List<String> path, FileFacts file, Project.Resolved unresolved) {
            Project.Resolved cur = project.resolve(arg, file);
            for (String seg : path) {
                if (!(cur.val() instanceof Obj o) || !o.props().containsKey(seg)) return unresolved;
                Project.Resolved field = project.resolve(o.props().get(seg), cur.file());
                boolean after = false;
                for (Map.Entry<String, Val> e : o.props().entrySet()) {
                    if (e.getKey().equals(seg)) after = true;
                    else if (after && e.getKey().startsWith("...")) {
                        Project.Resolved spread = project.resolve(e.getValue(), cur.file());
                        if (spread.val() instanceof Obj so && so.props().containsKey(seg)) field = project.resolve(so.props().get(seg), spread.file());
                    }
                }
                cur = field;
            }
            return cur;
        }

        private Project.FnRef method(CallSite cs, FileFacts f, Fn caller) {
            if (cs.isNew()) {
                Project.ClassHit hit = project.classOf(cs.callee(), f);
                Fn ctor = hit == null ? null : hit.info().method("constructor");
                return ctor == null ? null : new Project.FnRef(ctor, hit.file());
            }
            if (cs.callee() instanceof This t && t.path().size() == 1) return analysis.resolveCallee(cs.callee(), f, caller);
            // pluginLoader.setApp(app) on the one shared instance a project class hands out (PluginLoader.getInstance()), or on
            // a new C(): that class's method (only for names some project class declares a method under)
            String name = Vals.lastName(cs.callee());
            Val recv = Vals.receiver(cs.callee());
            if (name == null || recv == null || !methodNames().contains(name)) return null;
            Project.Resolved r = project.resolve(recv, f);
            Project.ClassHit hit = r.val() instanceof New n ? project.classOf(n.callee(), r.file())
                    : r.val() instanceof Call c ? project.singletonOf(c, r.file()) : null;
            Fn m = hit == null ? null : hit.info().method(name);
            return m == null ? null : new Project.FnRef(m, hit.file());
        }

        private volatile Set<String> methodNames;

        /** The names of the methods project classes declare (a call under another name runs no class method). */
        private Set<String> methodNames() {
            if (methodNames == null) {
                Set<String> out = new HashSet<>();
                for (FileFacts f : project.files().values()) for (ClassInfo c : f.classes().values()) for (Fn m : c.methods()) out.add(m.name());
                methodNames = out;
            }
            return methodNames;
        }

        /** The callers maps, one per flavour, built once per project and shared by the framework models. */
        private static final class PlainCallers {
            final IdentityHashMap<Fn, List<Object[]>> map;

            PlainCallers(IdentityHashMap<Fn, List<Object[]>> map) {
                this.map = map;
            }
        }

        private static final class MethodCallers {
            final IdentityHashMap<Fn, List<Object[]>> map;

            MethodCallers(IdentityHashMap<Fn, List<Object[]>> map) {
                this.map = map;
            }
        }

        private IdentityHashMap<Fn, List<Object[]>> callers() {
            if (callers != null) return callers;
            if (analysis != ModelSupport.analysis(project)) return callers = build(); // not the project's own: unshared
            callers = methods ? project.derived(MethodCallers.class, p -> new MethodCallers(build())).map
                    : project.derived(PlainCallers.class, p -> new PlainCallers(build())).map;
            return callers;
        }

        private IdentityHashMap<Fn, List<Object[]>> build() {
            // each file's calls are resolved on the project's threads, then added in file and source order
            List<List<Found>> perFile = project.perFile(this::calls);
            IdentityHashMap<Fn, List<Object[]>> callers = new IdentityHashMap<>();
            for (List<Found> found : perFile) {
                for (Found c : found) callers.computeIfAbsent(c.target(), k -> new ArrayList<>()).add(c.call());
            }
            return callers;
        }

        /** A call of project function {@code target}: its call site, file and the function it is made in. */
        private record Found(Object[] call, Fn target) { }

        /** The calls of {@code f} that run a project function, in source order. */
        private List<Found> calls(FileFacts f) {
            List<Found> out = new ArrayList<>();
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    Project.FnRef target = project.function(cs.callee(), f);
                    // require('./loaders').default(...): the ES module's default export (require() of it
                    // already resolves to that export)
                    if (target == null && methods && cs.callee() instanceof Member dm && dm.prop().equals("default")
                            && dm.object() instanceof Call rc && rc.callee() instanceof Global g && g.name().equals("require")) {
                        target = project.function(dm.object(), f);
                    }
                    if (target == null && methods) target = method(cs, f, fn);
                    if (target != null) out.add(new Found(new Object[]{cs, f, fn}, target.fn()));
                }
            }
            return out;
        }
    }
}
