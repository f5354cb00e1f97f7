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
                .thenComparingInt(r -> call.apply(r).location().line()).thenComparingInt(r -> call.apply(r).location().column());
    }

    /** A constant path string, or null. */
    public static String pathOf(Val v) {
        return Val.constString(v);
    }

    /** A path built from a template or concatenation: constant parts kept, the rest {unknown}. */
    public static String templatePath(Val v) {
        String s = Vals.shape(v, "{unknown}");
        return s.isEmpty() ? "{unknown}" : s;
    }

    /** Joins path prefixes: join("/api", "/users/") = "/api/users"; params stay ":id". */
    public static String join(String prefix, String path) {
        String a = prefix == null ? "" : prefix;
        String b = path == null ? "" : path;
        String s = (a + "/" + b).replaceAll("/{2,}", "/");
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
        return path.equals(scope) || path.startsWith(scope.endsWith("/") ? scope : scope + "/");
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
        Val r = a instanceof Arr ? a : project.resolve(a, file).val();
        if (r instanceof Arr arr) {
            for (Val x : arr.items()) flatten(project, x, file, out, depth + 1);
        } else out.add(a);
    }

    /**
     * The handler function a value denotes: a function, an imported/bound function, a method
     * reference, or a function wrapped by a helper such as {@code asyncHandler(async (req, res) => ...)}.
     */
    public static Project.FnRef handler(Project project, Val v, FileFacts file) {
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
        // controller.method (an instance of a project class, or an object literal of functions)
        return an.resolveCallee(v instanceof Member || v instanceof Local || v instanceof Ref ? v : r.val(), file, null);
    }

    /**
     * Controls a handler applies itself: schema validation in its body or in the project functions
     * it hands input to, named by library ("zod"), scope "handler".
     */
    public static List<Control> handlerControls(Project project, Fn handler, FileFacts file, Location where) {
        if (handler == null || file == null) return List.of();
        Analysis.Summary s = analysis(project).summary(handler, file);
        if (s.validatedParts().isEmpty()) return List.of();
        List<Control> out = new ArrayList<>();
        Set<String> libs = s.validationLibs().isEmpty() ? Set.of("schema") : s.validationLibs();
        for (String lib : new TreeSet<>(libs)) out.add(new Control(ControlKind.VALIDATION, lib, where, s.validatedParts(), "handler"));
        return out;
    }

    /** "get" → [GET]; "all" → [ALL]. */
    public static List<String> methods(String m) {
        return List.of(m.toUpperCase(Locale.ROOT));
    }

    /** process.on('SIGTERM' | 'SIGINT' | ..., handler) registrations anywhere in the project. */
    public static List<Application.Signal> signals(Project project) {
        List<Application.Signal> out = new ArrayList<>();
        for (FileFacts f : project.files().values()) {
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
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
        List<Control> out = new ArrayList<>();
        for (FileFacts f : project.files().values()) {
            for (Map.Entry<String, Val> e : f.symbols().entrySet()) {
                Val v = e.getValue();
                if (!(v instanceof Call c) || used.contains(v)) continue;
                String root = project.rootModule(v, f);
                ControlKind k = Classifier.kindOfPackage(root);
                if (k == null || k == ControlKind.BODY_PARSER || k == ControlKind.LOGGING) continue;
                if (root.equals("passport") || root.equals("@nestjs/throttler")) continue;
                Location at = c.site() != null ? c.site() : f.main().location();
                out.add(new Control(k, root, at, Set.of(), "unmounted"));
            }
        }
        return out;
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
        private IdentityHashMap<Fn, List<Object[]>> callers;

        public ParamBindings(Project project, Analysis analysis) {
            this.project = project;
            this.analysis = analysis;
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
                for (Object[] call : callers().getOrDefault(fn, List.of())) {
                    CallSite cs = (CallSite) call[0];
                    FileFacts cf = (FileFacts) call[1];
                    Val a = cs.arg(p.index());
                    if (a == null) continue;
                    Project.Resolved ar = project.resolve(a, cf);
                    if (!(ar.val() instanceof Param)) out.add(new Bound(ar.val(), ar.file()));
                    else if (call.length > 2 && call[2] instanceof Fn outer) out.addAll(bind(a, cf, outer, depth + 1));
                }
                return out;
            }
            return List.of(new Bound(r.val(), r.file()));
        }

        private IdentityHashMap<Fn, List<Object[]>> callers() {
            if (callers != null) return callers;
            callers = new IdentityHashMap<>();
            for (FileFacts f : project.files().values()) {
                for (Fn fn : Analysis.functions(f)) {
                    for (CallSite cs : fn.calls()) {
                        if (cs.args().isEmpty()) continue;
                        Project.FnRef target = project.function(cs.callee(), f);
                        if (target != null) callers.computeIfAbsent(target.fn(), k -> new ArrayList<>()).add(new Object[]{cs, f, fn});
                    }
                }
            }
            return callers;
        }
    }
}
