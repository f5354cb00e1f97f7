package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import dev.backcheck.model.RouteBehaviour;
import dev.backcheck.workspace.PackageJson;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the project handles errors, computed once: the application-level error handlers of each application
 * (Express 4-argument middleware, Fastify {@code setErrorHandler}, Nest global filters via
 * {@code useGlobalFilters} or an {@code APP_FILTER} provider, Hono {@code onError}, library handlers),
 * process-level handlers ({@code unhandledRejection}, {@code uncaughtException}, and libraries that
 * install them: winston {@code handleExceptions}/{@code handleRejections}, {@code @sentry/node}),
 * the async-error patches of Express 4 ({@code express-async-errors}), the Express major version,
 * async Express 4 route handlers no wrapper or try/catch protects, error details sent to clients
 * ({@code err.stack}, {@code err.message}, the raw error) and swallowed failures (empty catch blocks,
 * catches that answer success, {@code .catch(() => {})}).
 */
public final class ErrorHandlers {

    /** An application-level error handler: {@code kind} names how it is registered. */
    public record AppHandler(String kind, Location location) { }

    /** A process-level handler: {@code event} unhandledRejection / uncaughtException; {@code how} process.on, winston, @sentry/node. */
    public record ProcessHandler(String event, String how, Location location) { }

    /** An async Express 4 route handler whose rejection nothing catches: the route, the handler, and its first unprotected await. */
    public record Unwrapped(Application app, Route route, Location handlerArg, Location await, String handlerName) { }

    /**
     * Error details that reach the client: {@code what} is stack, message or object; {@code sink} the response call;
     * {@code value} where the error value is written in that call; {@code inHandler} true inside an app-level error
     * handler, false inside a catch or a promise {@code .catch}.
     */
    public record Leak(String what, Location sink, Location value, boolean inHandler, String expr) { }

    /** A swallowed failure: {@code kind} empty-catch, catch-answers-success or empty-promise-catch. */
    public record Swallow(String kind, Location location, Location related) { }

    private final Project project;
    private final CallIndex calls;
    private final IdentityHashMap<Application, List<AppHandler>> globals = new IdentityHashMap<>();
    private final IdentityHashMap<Application, List<Location>> earlyHandlers = new IdentityHashMap<>();
    private final List<ProcessHandler> processHandlers = new ArrayList<>();
    private final List<Location> asyncPatches = new ArrayList<>();
    private final Set<Fn> errorHandlerFns = Collections.newSetFromMap(new IdentityHashMap<>());
    private List<Unwrapped> unwrapped;
    private List<Leak> leaks;
    private List<Swallow> swallowed;
    private final Map<String, String> sources = new HashMap<>();

    public static ErrorHandlers of(Project p) {
        return p.derived(ErrorHandlers.class, ErrorHandlers::new);
    }

    private ErrorHandlers(Project project) {
        this.project = project;
        this.calls = CallIndex.of(project);
        for (Application a : project.applications()) {
            List<AppHandler> g = new ArrayList<>();
            String kind = switch (a.framework()) {
                case "express" -> "error middleware";
                case "fastify" -> "setErrorHandler";
                case "nestjs" -> "global exception filter";
                case "hono" -> "onError";
                default -> "error handler";
            };
            for (Location l : a.errorHandlers()) {
                if (a.framework().equals("express") && beforeRoutes(l)) earlyHandlers.computeIfAbsent(a, k -> new ArrayList<>()).add(l);
                else g.add(new AppHandler(kind, l));
            }
            globals.put(a, g);
        }
        collectProcessHandlers();
        collectPatches();
        collectErrorHandlerFns();
    }

    // ------------------------------------------------------------------ application-level handlers

    /** The application's error handlers (from the framework model and the libraries that add one), in source order. */
    public List<AppHandler> globals(Application a) {
        if (a.framework().equals("spring")) {
            Location view = springErrorView(a);
            if (view == null) return springHandlers();
            List<AppHandler> all = new ArrayList<>(springHandlers());
            all.add(new AppHandler("Boot error view", view));
            return List.copyOf(all);
        }
        List<AppHandler> g = globals.get(a);
        if (g == null) return List.of();
        if (!g.isEmpty()) return g;
        if (a.framework().equals("fastify")) return mercuriusOnly(a);
        if (a.framework().equals("hono")) return libraryHandlers(a, HONO_ERROR_LIBS);
        if (!a.framework().equals("express")) return g;
        // library handlers mounted with app.use: errorhandler, strong-error-handler, express-error-handler,
        // api-error-handler (the model classifies project functions by their four parameters only)
        List<AppHandler> lib = new ArrayList<>();
        // routing-controllers answers errors its controllers throw with its default error handler
        // unless the options turn it off (defaultErrorHandler: false)
        for (String key : List.of("routing-controllers.createExpressServer", "routing-controllers.useExpressServer")) {
            for (CallIndex.Site s : calls.sites(key)) {
                if (project.isTestPath(s.file().path()) || !sameTree(s.file().path(), a.location().path())) continue;
                Val opts = s.cs().arg(key.endsWith("createExpressServer") ? 0 : 1);
                Val o = opts == null ? null : project.resolve(opts, s.file()).val();
                boolean off = o instanceof Obj obj && obj.props().get("defaultErrorHandler") instanceof Lit l && Boolean.FALSE.equals(l.value());
                if (!off) lib.add(new AppHandler("routing-controllers default error handler", s.cs().location()));
            }
        }
        lib.addAll(libraryHandlers(a, ERROR_LIBS));
        return lib;
    }

    /** Hono middleware that catches every error the app's handlers raise (after next(), c.error) and reports it. */
    private static final Set<String> HONO_ERROR_LIBS = Set.of("@hono/sentry");

    /** Library error middleware mounted with {@code app.use(...)} in the application's package. */
    private List<AppHandler> libraryHandlers(Application a, Set<String> libs) {
        List<AppHandler> lib = new ArrayList<>();
        for (Mounted m : mounted(a)) {
            String root = project.rootModule(m.arg(), m.site().file());
            if (root != null && libs.contains(root)) lib.add(new AppHandler(root, m.site().cs().location()));
        }
        return lib;
    }

    /** One argument of an {@code x.use(...)} call. */
    private record Mounted(CallIndex.Site site, Val arg) { }

    /** The arguments of the {@code x.use(...)} calls in the application's package (test code left out), in the call index's order. */
    private List<Mounted> mounted(Application a) {
        List<Mounted> out = new ArrayList<>();
        for (CallIndex.Site s : calls.sites("*.use")) {
            if (project.isTestPath(s.file().path()) || !sameTree(s.file().path(), a.location().path())) continue;
            for (Val arg : s.cs().args()) out.add(new Mounted(s, arg));
        }
        return out;
    }

    /**
     * A Fastify application whose only routes are a Mercurius GraphQL endpoint registered in its file: Mercurius installs
     * its own error handler in the plugin that owns that route (errorHandler option, on unless set to false), which answers
     * every error there as a GraphQL error response; an app-level setErrorHandler would never run for it.
     */
    private List<AppHandler> mercuriusOnly(Application a) {
        if (a.routes().isEmpty() || a.routes().stream().anyMatch(Route::isHttp)) return List.of();
        for (GraphqlServers.Server s : GraphqlServers.of(project).servers()) {
            if (!s.library().equals("mercurius") || s.at() == null || !s.at().path().equals(a.location().path())) continue;
            Val eh = s.option("errorHandler");
            if (eh instanceof Lit l && Boolean.FALSE.equals(l.value())) continue;
            return List.of(new AppHandler("mercurius error handler", s.at()));
        }
        return List.of();
    }

    private List<AppHandler> springHandlers;

    /**
     * Spring MVC / WebFlux application-wide error handling: a {@code @ControllerAdvice} / {@code @RestControllerAdvice}
     * class with {@code @ExceptionHandler} methods (or extending {@code ResponseEntityExceptionHandler}), a
     * {@code HandlerExceptionResolver}, an {@code ErrorController} replacing Boot's /error, or a WebFlux
     * {@code ErrorWebExceptionHandler}. An {@code @ExceptionHandler} inside one controller only covers that controller.
     */
    public synchronized List<AppHandler> springHandlers() {
        if (springHandlers != null) return springHandlers;
        List<AppHandler> out = new ArrayList<>();
        for (FileFacts f : project.files().values()) {
            if (!"java".equals(f.language()) || project.isTestPath(f.path())) continue;
            for (dev.backcheck.lang.facts.ClassInfo c : f.classes().values()) {
                String advice = null;
                for (dev.backcheck.lang.facts.Decorator d : c.decorators()) {
                    if (d.name().equals("ControllerAdvice") || d.name().equals("RestControllerAdvice")) advice = d.name();
                }
                String sup = c.superClass() == null ? "" : simpleName(c.superClass());
                boolean handlers = c.methods().stream().anyMatch(m -> m.decorators().stream().anyMatch(d -> d.name().equals("ExceptionHandler")));
                if (advice != null && (handlers || sup.equals("ResponseEntityExceptionHandler"))) {
                    out.add(new AppHandler("@" + advice, c.location()));
                    continue;
                }
                Set<String> types = new TreeSet<>();
                types.add(sup);
                for (Val i : c.implemented()) types.add(simpleName(i));
                for (String t : List.of("HandlerExceptionResolver", "ErrorController", "ErrorWebExceptionHandler", "AbstractErrorWebExceptionHandler",
                        "DefaultErrorWebExceptionHandler", "AbstractHandlerExceptionResolver", "SimpleMappingExceptionResolver",
                        "AbstractErrorController", "BasicErrorController")) {
                    if (types.contains(t)) {
                        out.add(new AppHandler(t, c.location()));
                        break;
                    }
                }
            }
        }
        out.sort(Comparator.comparing(AppHandler::location, Location.ORDER));
        springHandlers = List.copyOf(out);
        return springHandlers;
    }

    private static final Pattern ERROR_VIEW = Pattern.compile("^(.*/)?src/main/resources/templates/error(/5xx|/500)?\\.html$");

    /**
     * A server-rendered Spring Boot application's error view: {@code templates/error.html} (or {@code templates/error/5xx.html},
     * {@code error/500.html}) in the application's own module, rendered by a Thymeleaf dependency. Boot's error controller
     * renders it for every error a page request raises, so that one template is where the app shapes its errors (a JSON
     * client still gets Boot's generic body). Its location, or null.
     */
    private Location springErrorView(Application a) {
        if (!project.dependsOn("org.springframework.boot:spring-boot-starter-thymeleaf") && !project.dependsOn("spring-boot-starter-thymeleaf")) return null;
        String appPath = a.location().path();
        int src = appPath.indexOf("src/main/java/");
        if (src < 0) return null;
        String module = appPath.substring(0, src);
        for (String path : project.texts().keySet()) {
            java.util.regex.Matcher m = ERROR_VIEW.matcher(path);
            if (m.matches() && java.util.Objects.equals(m.group(1) == null ? "" : m.group(1), module)) return Location.at(path, 1, 1);
        }
        return null;
    }

    private static String simpleName(Val v) {
        String t = v instanceof Val.Ref r ? (r.export() == null ? r.module() : r.export()) : v instanceof Val.ClassRef c ? c.name()
                : v instanceof Val.Member m ? m.prop() : v instanceof Val.Global g ? g.name() : "";
        if (t == null) return "";
        int lt = t.indexOf('<');
        if (lt >= 0) t = t.substring(0, lt);
        return t.substring(t.lastIndexOf('.') + 1);
    }

    /**
     * Express error middleware mounted before the routes of its file: its file registers routes, all of them after it,
     * and mounts no router on a path before it (app.use(express.json()); app.use(errorMiddleware); app.post('/x', ...)).
     * Express runs error middleware only for errors raised by what was registered before it.
     */
    private boolean beforeRoutes(Location l) {
        FileFacts f = project.file(l.path());
        if (f == null) return false;
        boolean routesAfter = false;
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                String m = cs.methodName();
                if (m == null || Analysis.receiver(cs.callee()) == null) continue;
                boolean route = ROUTE_METHODS.contains(m) && cs.args().size() >= 2 && Val.constString(cs.arg(0)) != null || m.equals("route");
                boolean mount = m.equals("use") && cs.args().size() >= 2 && Val.constString(cs.arg(0)) != null;
                boolean before = cs.location().line() < l.line();
                if ((route || mount) && before) return false;
                if (route && !before) routesAfter = true;
            }
        }
        return routesAfter;
    }

    /** Express error middleware of the application that is mounted before the routes it should handle (it does not count). */
    public List<Location> earlyHandlers(Application a) {
        return earlyHandlers.getOrDefault(a, List.of());
    }

    /**
     * Functions mounted with {@code app.use} in the app's package that look like an error handler but take three
     * parameters ({@code (err, req, res) => ..}): Express hands errors only to four-parameter middleware, so this one runs
     * as ordinary middleware, with the request in {@code err}, and never sees an error.
     */
    public List<Location> threeParameterHandlers(Application a) {
        if (!a.framework().equals("express")) return List.of();
        List<Location> out = new ArrayList<>();
        for (Mounted m : mounted(a)) {
            if (project.resolve(m.arg(), m.site().file()).val() instanceof FnVal fv && fv.fn().params().size() == 3
                    && fv.fn().params().get(0).name().matches("(?i)err|error|e|ex|exception")) out.add(m.site().cs().location());
        }
        return out;
    }

    /**
     * Error middleware mounted on the app's package that answers validation errors only and passes every other error on:
     * celebrate's {@code errors()} (it answers a CelebrateError with a 400 and calls {@code next(err)} for the rest).
     */
    public List<Location> validationOnlyHandlers(Application a) {
        if (!a.framework().equals("express")) return List.of();
        List<Location> out = new ArrayList<>();
        for (Mounted m : mounted(a)) {
            if (m.arg() instanceof Call c && "errors".equals(Vals.lastName(c.callee()))
                    && Set.of("celebrate", "celebrate-v2").contains(String.valueOf(project.rootModule(c.callee(), m.site().file())))) {
                out.add(m.site().cs().location());
            }
        }
        return out;
    }

    private static final Set<String> ERROR_LIBS = Set.of("errorhandler", "strong-error-handler", "express-error-handler",
            "api-error-handler", "express-http-problem-details", "@hapi/boom-express");

    // ------------------------------------------------------------------ process-level handlers

    /** Every process-level handler of non-test code, in path order. */
    public List<ProcessHandler> processHandlers() {
        return processHandlers;
    }

    /** The process-level handlers in the same package as {@code path} (the nearest package.json's folder). */
    public List<ProcessHandler> processHandlersFor(String path) {
        return processHandlers.stream().filter(h -> sameTree(h.location().path(), path)).toList();
    }

    private void collectProcessHandlers() {
        for (String key : List.of("process.on", "process.once", "process.addListener", "process.prependListener")) {
            for (CallIndex.Site s : calls.sites(key)) {
                if (project.isTestPath(s.file().path())) continue;
                for (String ev : events(s)) {
                    if (ev.equals("unhandledRejection") || ev.equals("uncaughtException")) {
                        processHandlers.add(new ProcessHandler(ev, "process.on", s.cs().location()));
                    }
                }
            }
        }
        for (CallIndex.Site s : calls.sites("process.setUncaughtExceptionCaptureCallback")) {
            if (!project.isTestPath(s.file().path())) processHandlers.add(new ProcessHandler("uncaughtException", "process.on", s.cs().location()));
        }
        // close-with-grace listens to uncaughtException and unhandledRejection as well as the signals (events/error.events.js)
        for (CallIndex.Site s : calls.sites("close-with-grace")) {
            if (!project.isTestPath(s.file().path())) processHandlers.add(new ProcessHandler("unhandledRejection", "close-with-grace", s.cs().location()));
        }
        // @sentry/node's init installs onUncaughtException and onUnhandledRejection by default
        for (String key : List.of("@sentry/node.init", "@sentry/nestjs.init", "@sentry/bun.init")) {
            for (CallIndex.Site s : calls.sites(key)) {
                if (!project.isTestPath(s.file().path())) processHandlers.add(new ProcessHandler("unhandledRejection", "@sentry/node", s.cs().location()));
            }
        }
        // winston: createLogger({ handleExceptions / handleRejections / exceptionHandlers / rejectionHandlers }),
        // a transport with handleExceptions: true, logger.exceptions.handle(...)
        // only calls of these names can be one (CallNames: in walk order, without walking every call again)
        for (CallNames.At at : CallNames.of(project).named(WINSTON_HANDLER_METHODS)) {
            FileFacts f = at.file();
            if (project.isTestPath(f.path())) continue;
            CallSite cs = at.cs();
            String m = cs.methodName();
            String root = null;
            if (m.equals("handle") && cs.callee() instanceof Member mm && ("exceptions".equals(Vals.lastName(mm.object()))
                    || "rejections".equals(Vals.lastName(mm.object())))) {
                root = "winston";
            } else if (m.equals("createLogger") || m.equals("Console") || m.equals("File") || m.equals("DailyRotateFile")
                    || m.equals("Logger") || m.equals("configure")) {
                String r = project.rootModule(cs.callee(), f);
                if (r != null && r.startsWith("winston") && handlesProcess(cs, f)) root = "winston";
            }
            if (root != null) processHandlers.add(new ProcessHandler("uncaughtException", root, cs.location()));
        }
        processHandlers.sort(Comparator.comparing(ProcessHandler::location, Location.ORDER));
    }

    /** The method names of the winston calls collectProcessHandlers looks at: handle, and what creates a logger or transport. */
    private static final Set<String> WINSTON_HANDLER_METHODS = Set.of("handle", "createLogger", "Console", "File", "DailyRotateFile",
            "Logger", "configure");

    /** True when an options argument (or a transport in it) turns on winston's exception or rejection handling. */
    private boolean handlesProcess(CallSite cs, FileFacts f) {
        Deque<Val> todo = new ArrayDeque<>(cs.args());
        int n = 0;
        while (!todo.isEmpty() && n++ < 64) {
            Val v = project.resolve(todo.pop(), f).val();
            if (v instanceof Obj o) {
                for (String k : List.of("handleExceptions", "handleRejections")) {
                    if (o.props().get(k) instanceof Lit l && Boolean.TRUE.equals(l.value())) return true;
                }
                if (o.props().containsKey("exceptionHandlers") || o.props().containsKey("rejectionHandlers")) return true;
                todo.addAll(o.props().values());
            } else if (v instanceof Arr a) {
                todo.addAll(a.items());
            } else if (v instanceof New nw) {
                todo.addAll(nw.args());
            } else if (v instanceof Call c) {
                todo.addAll(c.args());
            }
        }
        return false;
    }

    /** The events a process.on call listens to: a constant, or each item of a list it is called over. */
    private List<String> events(CallIndex.Site s) {
        Val a = s.cs().arg(0);
        if (a == null) return List.of();
        String c = Val.constString(project.resolve(a, s.file()).val());
        if (c != null) return List.of(c);
        if (a instanceof OneOf o) return o.options().stream().map(Val::constString).filter(Objects::nonNull).toList();
        // ['SIGINT', 'SIGTERM'].forEach(sig => process.on(sig, ...)): the list the callback runs over
        if (a instanceof Param p && p.path().isEmpty()) {
            CallIndex.Callback cb = calls.callback(s.fn());
            if (cb != null && "forEach".equals(cb.site().cs().methodName()) && cb.site().cs().callee() instanceof Member m) {
                Val list = project.resolve(m.object(), cb.site().file()).val();
                if (list instanceof Arr arr) return arr.items().stream().map(Val::constString).filter(Objects::nonNull).toList();
            }
            // const onSignal = (sig) => process.once(sig, ..); onSignal('SIGINT'); onSignal('SIGTERM'): what the callers pass
            if (cb == null) {
                List<String> out = new ArrayList<>();
                for (CallIndex.Site at : calls.callers(s.fn())) {
                    Val arg = at.cs().arg(p.index());
                    String name = arg == null ? null : Val.constString(project.resolve(arg, at.file()).val());
                    if (name != null && !out.contains(name)) out.add(name);
                }
                return out;
            }
        }
        return List.of();
    }

    /** Event names a process.on-style call registers (also used for signals by {@link ShutdownHooks}). */
    public List<String> eventsOf(CallIndex.Site s) {
        return events(s);
    }

    // ------------------------------------------------------------------ Express 4 async errors

    /** Where {@code express-async-errors} (or a package with the same patch) is imported in non-test code. */
    public List<Location> asyncPatches() {
        return asyncPatches;
    }

    private static final Set<String> PATCHES = Set.of("express-async-errors", "@root/async-router", "express-async-router-patch",
            "@awaitjs/express", "express-promise-router");

    private void collectPatches() {
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            for (Import i : f.imports().values()) if (PATCHES.contains(i.module())) asyncPatches.add(i.location());
            // side-effect imports leave no binding: require('express-async-errors') / import 'express-async-errors'
            for (CallSite cs : f.main().calls()) {
                if (cs.callee() instanceof Global g && g.name().equals("require") && g.path().isEmpty()
                        && cs.arg(0) != null && Val.constString(cs.arg(0)) != null && PATCHES.contains(Val.constString(cs.arg(0)))) {
                    asyncPatches.add(cs.location());
                }
            }
            String src = source(f.path());
            // every match names one of the two modules: a file naming neither needs no regex run
            if (src != null && src.contains("async-") && (src.contains("express-async-errors") || src.contains("@root/async-router"))) {
                Matcher m = SIDE_IMPORT.matcher(src);
                if (m.find()) asyncPatches.add(Location.at(f.path(), SourceLines.lineOf(src, m.start()), 1));
            }
        }
        asyncPatches.sort(Location.ORDER);
    }

    private static final Pattern SIDE_IMPORT = Pattern.compile("(?m)^\\s*(?:import\\s+|require\\s*\\(\\s*)['\"](?:express-async-errors|@root/async-router)['\"]");

    private static final Pattern NPM_LOCK = Pattern.compile("\"node_modules/express\"\\s*:\\s*\\{[^}]*?\"version\"\\s*:\\s*\"(\\d+)\\.");
    private static final Pattern YARN_LOCK = Pattern.compile("(?m)^\"?express@[^\\n]*\\n\\s+version:? \"?(\\d+)\\.");
    private static final Pattern PNPM_LOCK = Pattern.compile("(?m)^\\s*['\"/]?express[@/](\\d+)\\.\\d+\\.\\d+");
    private static final Pattern RANGE_MAJOR = Pattern.compile("^[\\^~=v\\s]*(\\d+)");

    /** The Express major version the project installs (lockfile, else the package.json range), or -1 when unknown. */
    public int expressMajor() {
        for (Map.Entry<String, String> e : project.texts().entrySet()) {
            int v = lockMajor(e.getKey(), e.getValue());
            if (v >= 0) return v;
        }
        for (PackageJson m : dev.backcheck.workspace.PackageJson.of(project.manifests())) {
            int v = manifestMajor(m);
            if (v >= 0) return v;
        }
        return -1;
    }

    /**
     * The Express major version of the package {@code path} belongs to: from the nearest folder upwards, its own
     * package.json range, else its lockfile's top-level entry; never another package's lockfile (a front end's dev
     * server) nor a copy nested under a dependency ({@code node_modules/x/node_modules/express}). -1 when unknown.
     */
    public int expressMajor(String path) {
        String dir = packageOf(path);
        Map<String, PackageJson> manifests = new HashMap<>();
        for (PackageJson m : dev.backcheck.workspace.PackageJson.of(project.manifests())) manifests.put(m.path(), m);
        while (true) {
            PackageJson own = manifests.get(dir + "package.json");
            int v = own == null ? -1 : manifestMajor(own);
            if (v >= 0) return v;
            for (String lock : List.of("package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml")) {
                String text = project.texts().get(dir + lock);
                v = text == null ? -1 : lockMajor(dir + lock, text);
                if (v >= 0) return v;
            }
            if (dir.isEmpty()) return -1;
            String up = dir.substring(0, dir.length() - 1);
            dir = up.contains("/") ? up.substring(0, up.lastIndexOf('/') + 1) : "";
        }
    }

    private static int lockMajor(String key, String text) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        Pattern p = switch (name) {
            case "package-lock.json", "npm-shrinkwrap.json" -> NPM_LOCK;
            case "yarn.lock" -> YARN_LOCK;
            case "pnpm-lock.yaml" -> PNPM_LOCK;
            default -> null;
        };
        if (p == null) return -1;
        Matcher m = p.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static int manifestMajor(PackageJson m) {
        dev.backcheck.workspace.Manifest.Dep d = m.dependencies().get("express");
        if (d == null || d.version() == null) return -1;
        Matcher v = RANGE_MAJOR.matcher(d.version().trim());
        if (v.find()) return Integer.parseInt(v.group(1));
        if (d.version().trim().equals("next") || d.version().trim().equals("latest")) return 5;
        return -1;
    }

    /** Async Express 4 route handlers with an await no try/catch, wrapper or patch protects, in source order. */
    public synchronized List<Unwrapped> unwrapped() {
        if (unwrapped != null) return unwrapped;
        List<Unwrapped> out = new ArrayList<>();
        {
            Map<Location, CallIndex.Site> byLoc = new HashMap<>();
            Set<Location> seen = new HashSet<>();
            for (Application a : project.applications()) {
                if (!a.framework().equals("express")) continue;
                int major = expressMajor(a.location().path());
                if (major != 4 && major != 3) continue;
                if (asyncPatches.stream().anyMatch(p -> sameTree(p.path(), a.location().path()))) continue;
                for (Route r : a.routes()) {
                    Fn h = r.handler();
                    if (h == null || !h.async() || !seen.add(r.location())) continue;
                    if (byLoc.isEmpty()) indexCalls(byLoc);
                    CallIndex.Site reg = byLoc.get(r.location());
                    if (reg == null || reg.cs().args().isEmpty()) continue;
                    String m = reg.cs().methodName();
                    if (m == null || !ROUTE_METHODS.contains(m)) continue; // routing-controllers, tsoa: the library catches
                    int last = reg.cs().args().size() - 1;
                    Val raw = reg.cs().arg(last);
                    if (raw instanceof Arr arr && !arr.items().isEmpty()) raw = arr.items().get(arr.items().size() - 1);
                    Val rv = project.resolve(raw, reg.file()).val();
                    if (rv instanceof Call || rv instanceof New) continue; // asyncHandler(fn), catchAsync(fn), a factory's handler
                    if (raw instanceof Member mm && project.resolve(mm.object(), reg.file()).val() instanceof Call) continue;
                    // Controller.create where the class declares static create = asyncHandler(async (req, res) => ..)
                    if (wrappedField(raw, reg.file())) continue;
                    Location await = unprotectedAwait(h, calls.fileOf(h));
                    if (await == null) continue;
                    out.add(new Unwrapped(a, r, reg.cs().argLocation(last), await, h.name()));
                }
            }
        }
        out.sort(Comparator.comparing(Unwrapped::handlerArg, Location.ORDER));
        unwrapped = List.copyOf(out);
        return unwrapped;
    }

    private static final Set<String> ROUTE_METHODS = Set.of("get", "post", "put", "patch", "delete", "all", "options", "head");

    /**
     * The handler names a property of a class ({@code SocialController.join}, the class imported or local) that the class
     * declares as a field holding a call ({@code static join = asyncHandler(async (req, res) => ..)}): the handler is
     * what the wrapper made, as when the wrapper's call is written in the route itself.
     */
    private boolean wrappedField(Val raw, FileFacts f) {
        Val owner = null;
        String prop = null;
        if (raw instanceof Member m) {
            owner = m.object();
            prop = m.prop();
        } else if (raw instanceof Ref r && !r.path().isEmpty()) {
            owner = new Ref(r.module(), r.export(), r.path().subList(0, r.path().size() - 1));
            prop = r.path().get(r.path().size() - 1);
        } else if (raw instanceof Local l && !l.path().isEmpty()) {
            owner = new Local(l.name(), l.path().subList(0, l.path().size() - 1));
            prop = l.path().get(l.path().size() - 1);
        }
        if (owner == null) return false;
        Project.ClassHit c;
        try {
            c = project.classOf(owner, f);
        } catch (RuntimeException e) {
            return false;
        }
        if (c == null || c.info().method(prop) != null) return false;
        for (dev.backcheck.lang.facts.ClassInfo.Prop p : c.info().props()) {
            if (prop.equals(p.name()) && p.value() instanceof Call) return true;
        }
        return false;
    }

    private void indexCalls(Map<Location, CallIndex.Site> byLoc) {
        // the calls of those names, in walk order (the first at a location is kept): CallNames, no walk over every call
        for (CallNames.At c : CallNames.of(project).named(ROUTE_METHODS)) {
            byLoc.putIfAbsent(c.cs().location(), new CallIndex.Site(c.fn(), c.file(), c.cs(), List.of()));
        }
    }

    /** The first awaited call of {@code h} outside a try whose catch handles the failure, or null. */
    static Location unprotectedAwait(Fn h) {
        return unprotectedAwait(h, cs -> false);
    }

    private static Location unprotectedAwait(Fn h, java.util.function.Predicate<CallSite> cannotReject) {
        for (CallSite cs : h.calls()) {
            if (!cs.awaited()) continue;
            boolean caught = false;
            for (Fn.Catch c : h.catches()) {
                if (c.inBlock(cs.location()) && !c.rethrows()) caught = true;
            }
            boolean inCatch = h.catches().stream().anyMatch(c -> c.inBody(cs.location()));
            if (!caught && !inCatch && !cannotReject.test(cs)) return cs.location();
        }
        return null;
    }

    /** The first awaited call of handler {@code h} (of file {@code f}) that may reject and that no try/catch protects, or null. */
    private Location unprotectedAwait(Fn h, FileFacts f) {
        return unprotectedAwait(h, cs -> cannotReject(cs, f, h, 0));
    }

    private static final Pattern THROW = Pattern.compile("\\bthrow\\b|Promise\\.reject|\\breject\\s*\\(");

    /**
     * True when the awaited call resolves whatever happens, so there is no rejection to lose: a supabase-js query
     * ({@code supabase.from(t).select()}, {@code .rpc()}: postgrest-js resolves {@code {data, error}}, fetch failures
     * included, unless {@code throwOnError()} is chained), fs-extra's {@code exists}/{@code pathExists} (resolve a
     * boolean), and a project async function that throws nothing itself and whose own awaits are caught without a
     * rethrow or cannot reject either (it answers or returns an error value instead).
     */
    private boolean cannotReject(CallSite cs, FileFacts f, Fn in, int depth) {
        if (f == null || depth > 2) return false;
        // await Promise.allSettled([..]): resolves with each outcome, a failure included
        if (cs.callee() instanceof Global g && g.name().equals("Promise") && g.path().equals(List.of("allSettled"))) return true;
        // await db.query(..).catch(() => ({ rows: [] })) / .catch(next): the failure is handled on the promise itself, unless
        // the handler throws again
        if ("catch".equals(cs.methodName()) && cs.args().size() == 1 && catchHandles(cs.arg(0), f)) return true;
        // await import('./files') / await import('stripe'): loading a module of the project or a declared dependency fails
        // only on a broken build or install, not on a request's input or a service being down
        if (cs.callee() instanceof Global g && g.name().equals("import") && g.path().isEmpty()) return knownModule(cs, f);
        String q;
        try {
            q = project.qname(cs.callee(), f);
        } catch (RuntimeException e) {
            q = null;
        }
        if (q != null) {
            if ((q.startsWith("@supabase/supabase-js.createClient().") || q.startsWith("@supabase/ssr.createServerClient()."))
                    && (q.contains(".from()") || q.contains(".rpc(")) && !q.contains("throwOnError")) return true;
            if (q.equals("fs-extra.exists") || q.equals("fs-extra.pathExists")) return true;
            return false;
        }
        Project.FnRef t;
        try {
            t = calls.resolve(cs, f, in);
        } catch (RuntimeException e) {
            return false;
        }
        if (t == null || !t.fn().async() || t.fn() == in) return false;
        String text = slice(source(t.file().path()), t.fn().location());
        if (text == null || throwsOutsideTry(text, t.fn())) return false;
        // no catch of its own: safe only when it awaits something and each await is of a function of this kind (below);
        // a function with neither shows nothing
        if (t.fn().catches().isEmpty() && t.fn().calls().stream().noneMatch(CallSite::awaited)) return false;
        for (Fn.Catch c : t.fn().catches()) if (c.rethrows()) return false;
        for (Val r : t.fn().returns()) if (returnsPromise(r, t.file())) return false; // return db.find(): the promise itself
        Fn callee = t.fn();
        FileFacts cf = t.file();
        // a synchronous call outside the try blocks (a database call, a client method) throws into the promise too:
        // only string and number helpers, logging and the answer itself may run there
        for (CallSite x : callee.calls()) {
            if (x.awaited() || callee.catches().stream().anyMatch(c -> c.inBlock(x.location()) || c.inBody(x.location()))) continue;
            String m = x.methodName();
            if (m != null && (PURE.contains(m) || ANSWERS.contains(m) && isResponse(x.callee(), callee)) || isLogCall(x)) continue;
            if (quietNew(x) || nonThrowingBuiltin(x.callee())) continue; // new Date(..), Math.max(..)
            // fs.existsSync(p): Node answers false for any failure (lib/fs.js existsSync catches), it never throws
            if (existsSync(x, cf)) continue;
            // const redis = getRedis(); .. return cache.get(id) || null: a synchronous getter of the project that throws
            // nothing itself, and a lookup in a Map or Set of the module
            if (quietGetter(x, cf, callee, 0) || mapLookup(x, cf)) continue;
            return false;
        }
        return unprotectedAwait(callee, x -> cannotReject(x, cf, callee, depth + 1)) == null;
    }

    /**
     * The function's text ({@code text}, its source from its start) throws or rejects ({@link #THROW}) outside the try
     * blocks of its catches, which take the failure without handing it on: {@code try { await Promise.race([info(),
     * new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))]) } catch (e) { log(e) }}
     * rejects inside the try its own catch takes.
     */
    private static boolean throwsOutsideTry(String text, Fn fn) {
        Matcher m = THROW.matcher(text);
        Location start = fn.location();
        while (m.find()) {
            if (fn.catches().isEmpty() || start == null) return true;
            int line = start.line(), col = start.column();
            for (int i = 0; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else col++;
            }
            Location at = new Location(start.path(), line, col, line, col + (m.end() - m.start()), null);
            boolean tried = false;
            for (Fn.Catch c : fn.catches()) if (c.inBlock(at) && !c.inBody(at) && !c.rethrows()) tried = true;
            if (!tried) return true;
        }
        return false;
    }

    /**
     * The returned value may be a promise of another call ({@code return db.find(..)}): a call or {@code new}, but not
     * {@code JSON.parse(raw)}, a string or number helper, or a lookup in a Map (also as one side of {@code x || null}).
     */
    private boolean returnsPromise(Val r, FileFacts f) {
        if (r instanceof OneOf o) return o.options().stream().anyMatch(x -> returnsPromise(x, f));
        if (r instanceof New) return true;
        if (!(r instanceof Call c)) return false;
        if (c.callee() instanceof Global g && g.name().equals("JSON")) return false;
        String m = Vals.lastName(c.callee());
        if (m != null && PURE.contains(m)) return false;
        if (existsSync(c.callee(), f)) return false; // a boolean, no promise
        // rows.map(r => r.country).filter(Boolean): an array callback's result (the rows of an awaited query mapped), no
        // promise; only a function literal handed to map/filter/flatMap/reduce counts (supabase's .filter('col', 'eq', v)
        // is a query builder's, and takes no function)
        if (arrayCallbackChain(c, 0)) return false;
        if ("get".equals(m) || "has".equals(m)) {
            try {
                Val recv = project.resolve(Analysis.receiver(c.callee()), f).val();
                if (recv instanceof New n && n.callee() instanceof Global g && g.path().isEmpty() && (g.name().equals("Map") || g.name().equals("Set"))) return false;
            } catch (RuntimeException e) {
                return true;
            }
        }
        return true;
    }

    /** {@code c} or a call its receiver chain is made of is {@code xs.map(fn)} (filter, flatMap, reduce) with a function literal first. */
    private static boolean arrayCallbackChain(Call c, int depth) {
        if (depth > 6) return false;
        String m = Vals.lastName(c.callee());
        if (m != null && ARRAY_CALLBACKS.contains(m) && !c.args().isEmpty() && c.args().get(0) instanceof FnVal) return true;
        return Analysis.receiver(c.callee()) instanceof Call inner && arrayCallbackChain(inner, depth + 1);
    }

    private static final Set<String> ARRAY_CALLBACKS = Set.of("map", "filter", "flatMap", "reduce");

    /**
     * {@code import('./files')} or {@code import('stripe')} with a literal specifier: a file of the project or a package
     * its manifests declare (a Node built-in too), whose loading cannot fail on what a request carries.
     */
    private boolean knownModule(CallSite cs, FileFacts f) {
        if (cs.args().size() != 1 || !(cs.arg(0) instanceof Lit l) || !(l.value() instanceof String spec) || spec.isEmpty()) return false;
        if (spec.startsWith(".") || spec.startsWith("/")) return project.resolveModule(f.path(), spec) != null;
        if (spec.startsWith("node:")) return true;
        String pkg = spec.startsWith("@") ? String.join("/", java.util.Arrays.asList(spec.split("/")).subList(0, Math.min(2, spec.split("/").length)))
                : spec.split("/")[0];
        return project.dependsOn(pkg);
    }

    /** The handler given to {@code .catch(..)}: a function written there that throws nothing, or the route's {@code next}. */
    private boolean catchHandles(Val h, FileFacts f) {
        if (h instanceof Param p && p.path().isEmpty() && "next".equals(p.name())) return true;
        if (!(h instanceof FnVal fv)) return false;
        String text = slice(source(f.path()), fv.fn().location());
        return text != null && !THROW.matcher(text).find();
    }

    /**
     * A call of a synchronous project function whose text throws nothing ({@code getRedis()}: returns a client or null)
     * and whose own calls are only pure helpers, log calls, getters of the same kind or {@code new} of a client.
     */
    private boolean quietGetter(CallSite x, FileFacts f, Fn in, int depth) {
        if (depth > 2) return false;
        Project.FnRef t;
        try {
            t = calls.resolve(x, f, in);
        } catch (RuntimeException e) {
            return false;
        }
        if (t == null || t.fn().async() || t.fn() == in) return false;
        String text = slice(source(t.file().path()), t.fn().location());
        if (text == null || THROW.matcher(text).find() || text.length() > 1500) return false;
        for (CallSite c : t.fn().calls()) {
            String m = c.methodName();
            if (c.awaited()) return false;
            if (m != null && PURE.contains(m) || isLogCall(c) || c.isNew() || mapLookup(c, t.file())) continue;
            // inTrial(user) asking paying(user): a getter of the same kind
            if (quietGetter(c, t.file(), t.fn(), depth + 1)) continue;
            return false;
        }
        return true;
    }

    /** {@code cache.get(id)} / {@code .has} / {@code .delete} / {@code .set} on a {@code new Map()} / {@code new Set()} the module or function keeps. */
    private boolean mapLookup(CallSite x, FileFacts f) {
        String m = x.methodName();
        if (!"get".equals(m) && !"has".equals(m) && !"delete".equals(m) && !"set".equals(m) && !"add".equals(m)) return false;
        Val recv = Analysis.receiver(x.callee());
        Val r;
        try {
            r = project.resolve(recv, f).val();
        } catch (RuntimeException e) {
            return false;
        }
        return r instanceof New n && n.callee() instanceof Global g && g.path().isEmpty() && (g.name().equals("Map") || g.name().equals("Set"));
    }

    private static final Set<String> PURE = Set.of("replace", "replaceAll", "split", "join", "trim", "toLowerCase", "toUpperCase",
            "toString", "slice", "substring", "includes", "startsWith", "endsWith", "String", "Number", "Boolean", "parseInt",
            "parseFloat", "isArray", "dirname", "basename", "extname", "normalize", "padStart", "padEnd", "now", "keys", "values",
            "entries", "encodeURIComponent", "decodeURIComponent", "isNaN", "isFinite", "max", "min", "round", "floor", "ceil", "abs");

    // ------------------------------------------------------------------ error details to the client

    /** Error handler functions: 4-parameter Express middleware, setErrorHandler/onError callbacks, Nest @Catch filters' catch. */
    private void collectErrorHandlerFns() {
        // the error handlers the Fastify model found serving routes (one set in an encapsulated plugin with no routes serves none)
        Set<Location> modelled = new HashSet<>();
        for (Application app : project.applications()) if (app.framework().equals("fastify")) modelled.addAll(app.errorHandlers());
        for (String key : List.of("*.setErrorHandler", "*.onError")) {
            for (CallIndex.Site s : calls.sites(key)) {
                Val a = s.cs().arg(0);
                if (a == null) continue;
                if (key.equals("*.setErrorHandler") && !modelled.contains(s.cs().location())
                        && frameworkOf(s.file().path()).equals("fastify") && fastifyModelled(s.file().path())) continue;
                Project.FnRef ref = project.function(a, s.file());
                if (ref != null) errorHandlerFns.add(ref.fn());
            }
        }
        for (FileFacts f : project.files().values()) {
            for (ClassInfo c : f.classes().values()) {
                if (c.decorators().stream().noneMatch(d -> d.name().equals("Catch"))) continue;
                Fn m = c.method("catch");
                if (m != null) errorHandlerFns.add(m);
                if (m != null && httpOnly(c)) httpExceptionFilters.add(m);
            }
            for (Fn fn : Analysis.functions(f)) {
                if (fn.params().size() == 4 && fn.params().get(0).name() != null && ERR_NAMES.contains(fn.params().get(0).name())) errorHandlerFns.add(fn);
            }
        }
    }

    private static final Set<String> ERR_NAMES = Set.of("err", "error", "e", "ex", "exception", "_err", "er");

    /** Nest filters that catch only HTTP exceptions ({@code @Catch(HttpException)}): their messages are written for the client. */
    private final Set<Fn> httpExceptionFilters = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** {@code @Catch(HttpException)}, {@code @Catch(BadRequestException, NotFoundException)}: only Nest's HTTP exception classes. */
    private static boolean httpOnly(ClassInfo c) {
        for (dev.backcheck.lang.facts.Decorator d : c.decorators()) {
            if (!d.name().equals("Catch")) continue;
            if (d.args().isEmpty()) return false;
            for (Val a : d.args()) {
                String n = dev.backcheck.lang.facts.Vals.lastName(a);
                if (n == null || !(n.equals("HttpException") || NEST_HTTP_EXCEPTIONS.contains(n))) return false;
            }
            return true;
        }
        return false;
    }

    private static final Set<String> NEST_HTTP_EXCEPTIONS = Set.of("BadRequestException", "UnauthorizedException", "NotFoundException",
            "ForbiddenException", "NotAcceptableException", "RequestTimeoutException", "ConflictException", "GoneException",
            "PayloadTooLargeException", "UnsupportedMediaTypeException", "UnprocessableEntityException", "MethodNotAllowedException",
            "PreconditionFailedException", "ImATeapotException", "MisdirectedException");

    /** Response calls of non-test code that send error details, in source order. */
    public synchronized List<Leak> leaks() {
        if (leaks != null) return leaks;
        List<Leak> out = new ArrayList<>();
        ImportIndex index = ImportIndex.of(project);
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            // a module no process loads (a route plugin no app registers and nothing imports) answers no client
            if (index.notRun(f.path())) continue;
            for (Fn fn : Analysis.functions(f)) {
                boolean handler = errorHandlerFns.contains(fn);
                boolean promiseCatch = !handler && isPromiseCatch(fn);
                if (!handler && !promiseCatch && fn.catches().isEmpty()) continue;
                for (CallSite cs : fn.calls()) {
                    String m = cs.methodName();
                    if (m == null || !SENDS.contains(m) || !isResponse(cs.callee(), fn)) continue;
                    // reply.status(500).json({ message: err.message }) in a Fastify route handler: Fastify's reply has no
                    // json(), the call throws a TypeError and Fastify's error handler answers instead: nothing is sent here
                    if (lacksOnFastifyReply(cs, fn)) continue;
                    Fn.Catch around = null;
                    for (Fn.Catch c : fn.catches()) if (c.inBody(cs.location())) around = c;
                    if (!handler && !promiseCatch && around == null) continue;
                    // try { res.json(project) } catch (err) {...}: only the answer runs in the try, nothing there fails
                    if (!handler && !promiseCatch && !mayFail(fn, around, false)) continue;
                    // try { const data = await weatherService.getForecast(lat, lon) .. } where getForecast catches every
                    // failure itself and answers null: nothing in the try reaches this catch
                    if (!handler && !promiseCatch && !failsThroughCallees(fn, f, around)) continue;
                    if (!handler && !promiseCatch && deadHonoCatch(fn, f, around)) continue;
                    if (envGuarded(cs, f, fn)) continue;
                    if (devOnlyHandlers().contains(fn)) continue;
                    String callText = slice(source(f.path()), cs.location());
                    // errorResponse.message = 'Contact support' for 5xx: the message is replaced before it is sent
                    String fnText = slice(source(f.path()), fn.location());
                    boolean replaced = fnText != null && MESSAGE_SET.matcher(fnText).find();
                    Integer status = status(cs);
                    for (int i = 0; i < cs.args().size() && i < 1; i++) {
                        Found found = find(cs.arg(i), handler || promiseCatch, 0);
                        if (found == null) continue;
                        if (found.what.equals("message") && status != null && status >= 400 && status < 500) continue; // an operational error's message
                        // if (statusCode >= 400 && statusCode < 500) return reply.code(statusCode).send({ message: err.message }):
                        // the status sent is tested below 500 where the answer is made (a client error's own text)
                        if (found.what.equals("message") && statusTestedBelow500(source(f.path()), cs, callText)) continue;
                        // an HttpException's message is the text the code threw for the client (new NotFoundException('No such site'))
                        if (found.what.equals("message") && httpExceptionFilters.contains(fn)) continue;
                        // a raw error shows driver details only when it comes from awaited I/O; a synchronous failure
                        // (crypto.randomBytes, a property read, a save() not awaited) is a plain Error that serialises to {}
                        if (found.what.equals("object") && around != null && !handler && !promiseCatch && !mayFail(fn, around, true)) continue;
                        if (found.what.equals("message") && replaced) continue;
                        // try { await loyaltyService.awardPoints(..) } where awardPoints catches its failures and throws
                        // new Error('Failed to award points'): every message that reaches this catch is fixed text
                        if (found.what.equals("message") && around != null && !handler && !promiseCatch
                                && onlyFixedMessagesReach(fn, f, around)) continue;
                        // const message = exception instanceof HttpException ? exception.message : 'Internal server error':
                        // only the message of an exception thrown for the client goes out
                        if (found.what.equals("message") && fnText != null && HTTP_EXCEPTION_MESSAGE.matcher(fnText).find()) continue;
                        // if (exception instanceof HttpException) { message = exception.message } else { message = 'Internal
                        // server error' }: the message is taken only in the branch of an exception thrown for the client
                        if (found.what.equals("message") && fnText != null && messageOnlyUnderHttpException(fnText, found.expr)) continue;
                        // if (status < 500) { message = err.message || 'Bad Request' } else { message = 'Internal Server Error' }:
                        // the message is taken only in the branch of a client error's status
                        if (found.what.equals("message") && fnText != null && messageOnlyUnderClientStatus(fnText, found.expr)) continue;
                        // if (statusCode >= 500) { log(err); return reply.code(500).send({ error: 'Internal error' }) } then
                        // reply.code(statusCode).send({ error: err.message }): past that block only a client error's status is left
                        if (found.what.equals("message") && fnText != null && callText != null && afterServerErrorReturn(fnText, callText)) continue;
                        // const message = statusCode < 500 ? (e.message ?? 'failed') : 'Internal error': the message chosen by
                        // the status, only below 500
                        if (found.what.equals("message") && fnText != null && STATUS_PICKED_MESSAGE.matcher(fnText).find()) continue;
                        // if (err.name === 'ValidationError') / if (err instanceof AppError): an error the app expects
                        if (!found.what.equals("stack") && testsError(cs, handler || promiseCatch)) continue;
                        // status < 500 ? err.message : 'Internal Server Error': a ternary picks the message by a test
                        if (!found.what.equals("stack") && callText != null && TERNARY.matcher(callText).find()) continue;
                        // Fastify serialises an Error sent with reply.send through its error serializer ({ statusCode, error, message })
                        if (found.what.equals("object") && m.equals("send") && (isFastifyReply(cs.callee(), fn)
                                || frameworkOf(f.path()).equals("fastify"))) continue;
                        out.add(new Leak(found.what, cs.location(), cs.argLocation(i), handler, found.expr));
                        break;
                    }
                }
            }
        }
        out.sort(Comparator.comparing(Leak::sink, Location.ORDER));
        leaks = List.copyOf(out);
        return leaks;
    }

    private static final Set<String> ANSWERS = Set.of("json", "send", "end", "text", "html", "jsonp", "write", "body", "render",
            "status", "sendStatus", "redirect", "header", "set", "setHeader", "type", "cookie", "clearCookie", "code", "location",
            "vary", "append", "attachment", "links");

    /**
     * True when the try block of {@code c} runs a call that may fail, other than the answer itself (res.json,
     * res.render, res.status) and logging; with {@code awaited}, only an awaited call counts (I/O whose rejection reaches
     * the catch: a driver error).
     */
    private static boolean mayFail(Fn fn, Fn.Catch c, boolean awaited) {
        for (CallSite cs : fn.calls()) {
            if (!c.inBlock(cs.location()) || c.inBody(cs.location())) continue;
            if (awaited && !cs.awaited()) continue;
            String m = cs.methodName();
            if (m != null && ANSWERS.contains(m) && isResponse(cs.callee(), fn)) continue;
            if (isLogCall(cs)) continue;
            return true;
        }
        return false;
    }

    /**
     * Whether some call in the try of {@code c} may still throw once the project functions that swallow every failure
     * themselves are set aside: those whose awaited calls all run inside their own try, whose catches never rethrow and
     * which throw nothing of their own ({@link #swallowsAll}).
     */
    private boolean failsThroughCallees(Fn fn, FileFacts f, Fn.Catch c) {
        for (CallSite cs : fn.calls()) {
            if (!c.inBlock(cs.location()) || c.inBody(cs.location())) continue;
            String m = cs.methodName();
            if (m != null && ANSWERS.contains(m) && isResponse(cs.callee(), fn)) continue;
            if (isLogCall(cs) || nonThrowingBuiltin(cs.callee()) || requestRead(cs.callee(), f)) continue;
            Project.FnRef target = calledFunction(cs.callee(), f, fn);
            if (target == null && quietCall(cs)) continue;
            if (target == null || !swallowsAll(target.fn()) && !failsNot(target.fn(), target.file(), 0, new HashSet<>())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A call of no project function that answers for any input: {@code Object.keys(status.services).map(..)},
     * {@code list.push(..)}, {@code new Date(..)} (the callbacks a collection method runs are functions of their own,
     * judged where they call).
     */
    private static boolean quietCall(CallSite cs) {
        String m = cs.methodName();
        return !cs.awaited() && (!cs.isNew() && m != null && (PURE.contains(m) || QUIET_METHODS.contains(m)) || quietNew(cs));
    }

    private static final Set<String> HONO_REQUEST_READS = Set.of("param", "query", "queries", "header", "valid", "url", "path", "method");

    /**
     * A read of what the request carries that cannot fail: Hono's {@code c.req.param('id')}, {@code c.req.query()},
     * {@code c.req.header(..)}, and {@code c.get('user')} (a variable an earlier middleware set on the context).
     */
    private boolean requestRead(Val callee, FileFacts f) {
        if (!(callee instanceof Param p) || !frameworkOf(f.path()).equals("hono")) return false;
        if (p.path().size() == 2 && p.path().get(0).equals("req")) return HONO_REQUEST_READS.contains(p.path().get(1));
        return p.path().size() == 1 && p.path().get(0).equals("get") && p.index() == 0;
    }

    /** {@code new Date(..)}, {@code new Map()}, {@code new Set()}: built-in constructors that make a value for any input. */
    private static boolean quietNew(CallSite cs) {
        return cs.isNew() && cs.callee() instanceof Global g && g.path().isEmpty()
                && Set.of("Date", "Map", "Set", "Array", "Object", "URLSearchParams", "WeakMap").contains(g.name());
    }

    /** Methods whose synchronous call answers a value or changes a collection or gauge, and throws for no input. */
    private static final Set<String> QUIET_METHODS = Set.of("push", "pop", "shift", "unshift", "some", "every", "map", "filter",
            "forEach", "reduce", "find", "findIndex", "includes", "indexOf", "sort", "concat", "flat", "flatMap", "fill", "at",
            "get", "has", "add", "delete", "set", "clear", "inc", "dec", "observe", "toISOString", "getTime", "toFixed",
            "assign", "freeze", "memoryUsage", "uptime", "hrtime", "cpuUsage", "localeCompare", "toLocaleString");

    /**
     * A project function that cannot fail into its caller, though it has no catch of its own: it throws nothing, each
     * call it awaits is a project function that swallows its failures ({@link #swallowsAll}, or this kind, three calls
     * deep), and each other call is logging, a built-in or collection method that answers for any input, or a project
     * function of this kind ({@code getHealthStatus()} awaiting {@code checkDatabase()} and {@code checkRedis()}, which
     * catch everything, and calling {@code checks.push(..)} and a gauge's {@code set}).
     */
    private boolean failsNot(Fn fn, FileFacts f, int depth, Set<Fn> seen) {
        if (swallowsAll(fn)) return true;
        if (depth > 3 || f == null || !seen.add(fn)) return false;
        try {
            return failsNotOwn(fn, f, depth, seen);
        } finally {
            seen.remove(fn);
        }
    }

    private boolean failsNotOwn(Fn fn, FileFacts f, int depth, Set<Fn> seen) {
        // an async function that calls nothing (async collect() { return [] }) is a stand-in for work not written yet, not a
        // shown safe callee; a synchronous one (getSyncStatus() answering module state) is a getter
        if (fn.calls().isEmpty() && fn.async()) return false;
        if (!fn.throwsTypes().isEmpty()) return false;
        for (Fn.Catch c : fn.catches()) if (c.rethrows()) return false;
        String text = slice(source(f.path()), fn.location());
        if (text == null || THROW.matcher(text).find()) return false;
        for (CallSite cs : fn.calls()) {
            if (inTry(fn, cs.location()) || fn.catches().stream().anyMatch(c -> c.inBody(cs.location()))) continue;
            if (isLogCall(cs) || nonThrowingBuiltin(cs.callee())) continue;
            String m = cs.methodName();
            Project.FnRef target = calledFunction(cs.callee(), f, fn);
            if (target != null && target.fn() != fn) {
                if (!failsNot(target.fn(), target.file(), depth + 1, seen)) return false;
                continue;
            }
            if (quietNew(cs)) continue;
            if (cs.awaited() || cs.isNew()) return false;
            if (m == null || !(PURE.contains(m) || QUIET_METHODS.contains(m))) return false;
        }
        return true;
    }

    /**
     * Whether every call in the try of {@code c} that may fail fails only with an error of the code's own making whose
     * message is fixed text ({@link #throwsOnlyFixedMessages}): the answer, logging and built-ins that cannot fail set
     * aside, each other call is a project function that throws or rethrows only literal messages, and the try's own
     * throws are such errors too. The message such a catch sends is one the code wrote.
     */
    private boolean onlyFixedMessagesReach(Fn fn, FileFacts f, Fn.Catch c) {
        if (!fixedThrows(fn, f)) return false;
        boolean any = false;
        for (CallSite cs : fn.calls()) {
            if (!c.inBlock(cs.location()) || c.inBody(cs.location())) continue;
            String m = cs.methodName();
            if (m != null && ANSWERS.contains(m) && isResponse(cs.callee(), fn)) continue;
            if (isLogCall(cs) || nonThrowingBuiltin(cs.callee()) || constructsThrown(fn, cs)) continue;
            // c.req.param('id'), and await c.req.json(): a malformed body fails with a parse error about the client's own input
            if (requestRead(cs.callee(), f) || bodyRead(cs.callee())) continue;
            Project.FnRef target = calledFunction(cs.callee(), f, fn);
            if (target == null && quietCall(cs)) continue;
            if (target == null || !throwsOnlyFixedMessages(target.fn(), target.file(), 1, new java.util.HashSet<>())) return false;
            any = true;
        }
        return any;
    }

    /** Per function: whether it throws only errors with fixed messages, for answers that met no recursion or depth cut. */
    private final Map<Fn, Boolean> fixedMessages = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * A project function that can fail only with an error it makes itself from literals ({@code throw new
     * Error('Failed to award points')}, {@code new AppError(500, 'Failed', { code: 'X' })}): each of its throw statements
     * throws such an error (never the caught one, never a value it was handed), and each call that may fail with another
     * error runs in the try of one of its catches (awaited there, or not handed back as the function's result: a promise
     * returned from a try rejects past it), or is logging, a built-in that cannot fail, or a project function of the same
     * kind (followed four calls deep). A catch that swallows the failure is fine; a catch that throws is judged by its
     * throw statements, which are the function's own.
     */
    private boolean throwsOnlyFixedMessages(Fn fn, FileFacts f, int depth, Set<Fn> path) {
        return fixedMessages(fn, f, depth, path, new boolean[1]);
    }

    /**
     * {@link #throwsOnlyFixedMessages}; {@code cut[0]} is set when the answer leaned on a function still being judged
     * (recursion: taken to throw only what it is found to throw, so the cycle adds nothing) or stopped at the depth
     * bound; such an answer is not kept for another ask.
     */
    private boolean fixedMessages(Fn fn, FileFacts f, int depth, Set<Fn> path, boolean[] cut) {
        Boolean known = fixedMessages.get(fn);
        if (known != null) return known;
        if (path.contains(fn)) {
            cut[0] = true;
            return true;
        }
        if (depth > 4) {
            cut[0] = true;
            return false;
        }
        path.add(fn);
        boolean[] mine = new boolean[1];
        boolean ok = fixedThrows(fn, f);
        for (CallSite cs : ok ? fn.calls() : List.<CallSite>of()) {
            if (isLogCall(cs) || nonThrowingBuiltin(cs.callee()) || constructsThrown(fn, cs)) continue;
            if (inTry(fn, cs.location()) && (cs.awaited() || !returned(fn, cs))) continue;
            Project.FnRef target = f == null ? null : calledFunction(cs.callee(), f, fn);
            if (target == null || !fixedMessages(target.fn(), target.file(), depth + 1, path, mine)) {
                ok = false;
                break;
            }
        }
        path.remove(fn);
        if (!mine[0]) fixedMessages.put(fn, ok);
        if (mine[0]) cut[0] = true;
        return ok;
    }

    /**
     * Each throw statement of the function throws a new error made of text the code wrote ({@link #written}), or
     * rethrows the caught error only under {@code if (error instanceof AuthException)} of a class that every
     * construction in the project makes so ({@link #writtenClass}): an error raised on purpose passed on.
     */
    private boolean fixedThrows(Fn fn, FileFacts f) {
        if (fn.thrown().size() < fn.throwsTypes().size()) return false; // thrown values not recorded (Java)
        int rethrown = 0;
        for (Val v : fn.thrown()) {
            if (v instanceof Unknown u && u.kind().equals("error")) {
                rethrown++;
                continue;
            }
            if (!(v instanceof New n)) return false;
            // throw new Error(`Module ${code} not found`) inside the try of one of the function's catches: that catch takes
            // it, and what leaves is what the catch throws (its own throw statements, judged here too)
            if (n.site() != null && fn.catches().stream().anyMatch(c -> c.inBlock(n.site()) && !c.inBody(n.site()))) continue;
            for (Val a : n.args()) if (!written(a, 0)) return false;
        }
        if (rethrown == 0) return true;
        String text = f == null ? null : slice(source(f.path()), fn.location());
        if (text == null) return false;
        Matcher m = CLASS_RETHROW.matcher(text);
        while (m.find()) {
            if (!writtenClass(m.group(2))) return false;
            rethrown--;
        }
        return rethrown <= 0; // each rethrow of the caught error is one of those
    }

    /** {@code if (error instanceof AuthException) throw error;} (braces allowed): the caught error passed on by its class. */
    private static final Pattern CLASS_RETHROW = Pattern.compile(
            "\\bif\\s*\\(\\s*([A-Za-z_$][\\w$]*)\\s+instanceof\\s+([A-Za-z_$][\\w$]*)\\s*\\)\\s*\\{?\\s*throw\\s+\\1\\s*;?\\s*\\}?");

    /**
     * A value of a thrown error's arguments that the code wrote: a literal, an imported constant ({@code
     * AuthErrorCode.INVALID_TOKEN}), an object of those, or a template whose holes are neither an error's details nor a
     * bare parameter handed on ({@code `Invalid permission: ${updates.permissions[i]}`} names the caller's input).
     */
    private boolean written(Val v, int depth) {
        if (v instanceof Lit || v instanceof Ref) return true;
        if (v instanceof Obj o && depth < 3) {
            for (Val x : o.props().values()) if (!written(x, depth + 1)) return false;
            return true;
        }
        List<Val> holes = v instanceof Tpl t ? t.holes() : v instanceof Concat c ? c.parts() : null;
        if (holes == null || depth >= 3) return false;
        for (Val h : holes) {
            if (h instanceof Lit || h instanceof Ref) continue;
            if (h instanceof Param p && p.path().isEmpty() || find(h, false, 0) != null) return false;
            String n = Vals.lastName(h instanceof Call c ? Analysis.receiver(c.callee()) : h);
            if (n != null && ERROR_DETAIL.contains(n)) return false;
            if (h instanceof Tpl || h instanceof Concat) {
                if (!written(h, depth + 1)) return false;
            } else if (!(h instanceof Param || h instanceof Local || h instanceof Call || h instanceof Member || h instanceof Unknown)) return false;
        }
        return true;
    }

    private static final Set<String> ERROR_DETAIL = Set.of("message", "stack", "error", "err", "detail", "details", "reason", "cause", "msg", "description");

    private static final Set<String> BUILTIN_ERRORS = Set.of("Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError",
            "EvalError", "URIError", "AggregateError", "DOMException");

    private final Map<String, Boolean> writtenClasses = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A class of the project's own errors: it is constructed somewhere, and every {@code new X(..)} of the project
     * passes only text the code wrote ({@link #written}).
     */
    private boolean writtenClass(String cls) {
        if (BUILTIN_ERRORS.contains(cls)) return false; // thrown by the runtime and libraries too
        return writtenClasses.computeIfAbsent(cls, k -> {
            boolean any = false;
            for (CallNames.At at : CallNames.of(project).named(Set.of(k))) {
                if (!at.cs().isNew()) continue;
                any = true;
                for (Val a : at.cs().args()) if (!written(a, 0)) return false;
            }
            return any;
        });
    }

    /** {@code new Error('..')} of a class the function throws: the construction of its own thrown error. */
    private static boolean constructsThrown(Fn fn, CallSite cs) {
        return cs.isNew() && cs.methodName() != null && fn.throwsTypes().contains(cs.methodName());
    }

    /** The call's result is one of the values the function returns ({@code return this.awardPoints(..)}). */
    private static boolean returned(Fn fn, CallSite cs) {
        Location at = cs.location();
        for (Val r : fn.returns()) {
            Val v = r;
            if (v instanceof Call c && c.site() != null && at != null && c.site().line() == at.line() && c.site().column() == at.column()) return true;
        }
        return false;
    }

    /**
     * A Hono middleware's {@code try { await next() } catch (e) { .. }}: Hono's compose catches an Error thrown by what
     * runs after the middleware and hands it to the app's onError (its default one too), so a catch around next() alone
     * never sees it (only a thrown non-Error would reach it).
     */
    public boolean deadHonoCatch(Fn fn, FileFacts f, Fn.Catch c) {
        if (c == null || !frameworkOf(f.path()).equals("hono")) return false;
        boolean next = false;
        for (CallSite cs : fn.calls()) {
            if (!c.inBlock(cs.location()) || c.inBody(cs.location())) continue;
            if (cs.callee() instanceof Param p && p.path().isEmpty() && (p.index() == 1 || "next".equals(p.name()))) next = true;
            else return false;
        }
        return next;
    }

    /** The promise {@code .catch} is called on comes from a project function (a model's static too) that swallows every failure. */
    /** The function under {@code prop} of the object literal(s) the project function {@code made} calls returns, or null. */
    private Project.FnRef factoryMethod(Call made, String prop, FileFacts f, Fn in) {
        Project.FnRef factory;
        try {
            factory = calledFunction(made.callee(), f, in);
        } catch (RuntimeException e) {
            return null;
        }
        if (factory == null || factory.fn().returns().isEmpty()) return null;
        Fn found = null;
        for (Val r : factory.fn().returns()) {
            if (!(r instanceof Obj o) || !(o.props().get(prop) instanceof FnVal fv)) return null;
            if (found != null && found != fv.fn()) return null;
            found = fv.fn();
        }
        return found == null ? null : new Project.FnRef(found, factory.file());
    }

    private boolean producerSwallows(Fn fn, FileFacts f, CallSite cs) {
        if (!(Analysis.receiver(cs.callee()) instanceof Call producer)) return false;
        Project.FnRef target = calledFunction(producer.callee(), f, fn);
        try {
            if (target == null) target = MongooseModels.schemaMethod(project, producer.callee(), Vals.lastName(producer.callee()), f);
        } catch (RuntimeException e) {
            return false;
        }
        // emailService.sendMagicLink(..) on a service handed in through a context object the analysis cannot follow: the
        // one class method of the project with that name (a name two classes share decides nothing)
        // createOrderEventLogService(logger).append(..): the method of the object literal a project factory returns
        if (target == null && producer.callee() instanceof Member pm && pm.object() instanceof Call made) target = factoryMethod(made, pm.prop(), f, fn);
        if (target == null && producer.callee() instanceof Member || target == null && producer.callee() instanceof Param pc && !pc.path().isEmpty()) {
            target = onlyMethodNamed(Vals.lastName(producer.callee()));
        }
        // (also a function with no catch of its own whose awaited calls are such functions: a mailer's sendMagicLink(..)
        // building its text and awaiting this.send(..), which catches and logs the provider's failure)
        return target != null && (swallowsAll(target.fn()) || swallowsAtCall(target.fn(), target.file(), producer)
                || failsNot(target.fn(), target.file(), 0, new HashSet<>()));
    }

    /**
     * {@link #swallowsAll} for a producer called at a known site, with two allowances: an awaited call outside its try of
     * a project function that cannot fail into it ({@link #failsNot}: a cached lookup whose query sits in its own
     * try/catch), and a throw outside its try under a check of nothing but parameters the call hands literals for
     * ({@code if (!ALLOWED_EVENTS.has(eventName)) throw ..} of {@code recordEvent('doc_generation', ..)}): that check
     * passes or fails alike on every request, an argument check of the code's own constant, not a failure of the work.
     */
    private boolean swallowsAtCall(Fn fn, FileFacts f, Call producer) {
        if (fn.catches().isEmpty() || f == null) return false;
        for (Fn.Catch c : fn.catches()) if (c.rethrows()) return false;
        for (String thrown : fn.throwsTypes()) {
            boolean seen = false;
            for (CallSite cs : fn.calls()) {
                if (!cs.isNew() || !thrown.equals(cs.methodName())) continue;
                seen = true;
                if (!inTry(fn, cs.location()) && !literalArgumentCheck(cs, producer)) return false;
            }
            if (!seen) return false;
        }
        // (the work in its try may be a tagged template, await sql`INSERT ..`, which the facts hold as no call)
        for (CallSite cs : fn.calls()) {
            if (!cs.awaited() || inTry(fn, cs.location())) continue;
            Project.FnRef target = calledFunction(cs.callee(), f, fn);
            if (target == null || target.fn() == fn || !failsNot(target.fn(), target.file(), 1, new HashSet<>())) return false;
        }
        return true;
    }

    /**
     * The call runs under tests that read parameters of its function and nothing else of the request, and the producer
     * call hands a literal for each of those parameters.
     */
    private static boolean literalArgumentCheck(CallSite cs, Call producer) {
        if (cs.guards().isEmpty()) return false;
        for (CallSite.Guard g : cs.guards()) {
            List<Param> params = new ArrayList<>();
            java.util.function.Predicate<Val> request = x -> {
                if (x instanceof Param p) params.add(p);
                return x instanceof Req;
            };
            if (Vals.anyPartDeep(g.left(), request, 200) || g.right() != null && Vals.anyPartDeep(g.right(), request, 200)) return false;
            if (params.isEmpty()) return false;
            for (Param p : params) {
                if (!p.path().isEmpty() || p.index() >= producer.args().size() || !(producer.args().get(p.index()) instanceof Lit)) return false;
            }
        }
        return true;
    }

    private Map<String, List<Project.FnRef>> methodsByName;

    /** The one method of a project class named {@code name}, or null (none, or several). */
    private synchronized Project.FnRef onlyMethodNamed(String name) {
        if (name == null) return null;
        if (methodsByName == null) {
            methodsByName = new HashMap<>();
            for (FileFacts ff : project.files().values()) {
                if (project.isTestPath(ff.path())) continue;
                for (ClassInfo c : ff.classes().values()) {
                    for (Fn m : c.methods()) methodsByName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(new Project.FnRef(m, ff));
                }
            }
        }
        List<Project.FnRef> all = methodsByName.get(name);
        return all != null && all.size() == 1 ? all.get(0) : null;
    }

    /** The project function a call made in {@code caller} runs (a function value, or a method the analysis resolves), or null. */
    private Project.FnRef calledFunction(Val callee, FileFacts f, Fn caller) {
        try {
            Project.FnRef target = project.function(callee, f);
            return target != null ? target : dev.backcheck.frameworks.ModelSupport.analysis(project).resolveCallee(callee, f, caller);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** True when {@code at} lies in the try part of one of the function's catches (not in a catch body). */
    private static boolean inTry(Fn fn, Location at) {
        for (Fn.Catch c : fn.catches()) if (c.inBlock(at) && !c.inBody(at)) return true;
        return false;
    }

    /** parseFloat(x), Number(x), Math.min(..), Date.now(), Array.isArray(x): built-ins that answer a value for any input. */
    private boolean existsSync(CallSite x, FileFacts f) {
        return existsSync(x.callee(), f);
    }

    private boolean existsSync(Val callee, FileFacts f) {
        if (!"existsSync".equals(Vals.lastName(callee))) return false;
        String q;
        try {
            q = project.qname(callee, f);
        } catch (RuntimeException e) {
            return false;
        }
        return "fs.existsSync".equals(q) || "node:fs.existsSync".equals(q) || "fs-extra.existsSync".equals(q);
    }

    private static boolean nonThrowingBuiltin(Val callee) {
        if (!(callee instanceof Global g)) return false;
        if (g.path().isEmpty()) return Set.of("parseFloat", "parseInt", "Number", "String", "Boolean", "isNaN", "isFinite").contains(g.name());
        return g.name().equals("Math") || g.name().equals("Date") && g.path().equals(List.of("now"))
                || g.name().equals("Array") && g.path().equals(List.of("isArray")) || g.name().equals("Number") && g.path().size() == 1;
    }

    /** A function that catches its own failures: it has a catch, none rethrows, it throws nothing, and each awaited call runs in a try. */
    private static boolean swallowsAll(Fn fn) {
        if (fn.catches().isEmpty()) return false;
        for (Fn.Catch c : fn.catches()) if (c.rethrows()) return false;
        // throw new Error('action is required') inside the try of the function's own catch (s22 safespot auditLog's
        // argument checks): caught there, like the awaited calls; each thrown type's construction must lie in a try
        for (String thrown : fn.throwsTypes()) {
            boolean seen = false;
            for (CallSite cs : fn.calls()) {
                if (!cs.isNew() || !thrown.equals(cs.methodName())) continue;
                seen = true;
                if (!inTry(fn, cs.location())) return false;
            }
            if (!seen) return false;
        }
        for (CallSite cs : fn.calls()) if (cs.awaited() && !inTry(fn, cs.location())) return false;
        return true;
    }

    private static final Pattern MESSAGE_SET = Pattern.compile("\\.message\\s*=[^=]");

    /** {@code exception instanceof HttpException ? exception.message : 'Internal server error'}: the message picked by the exception's class. */
    private static final Pattern HTTP_EXCEPTION_MESSAGE = Pattern.compile(
            "instanceof\\s+HttpException\\s*\\)?\\s*\\?\\s*[\\w$.]+\\.message\\s*:\\s*['\"`]");

    /**
     * A ternary that tests a status against 500 (or 400) and sends the message only on the client-error side:
     * {@code statusCode < 500 ? e.message : 'Internal error'}, {@code status >= 500 ? 'Internal error' : err.message}.
     */
    private static final Pattern STATUS_PICKED_MESSAGE = Pattern.compile("[\\w$.]*(?:status|Status|code|Code)\\s*(?:"
            + "<\\s*[45]00\\s*\\)?\\s*\\?[^:;]*?\\.message\\b[^:;]*:\\s*['\"`]"
            + "|>=\\s*[45]00\\s*\\)?\\s*\\?\\s*['\"`][^'\"`]*['\"`]\\s*:[^;]*?\\.message\\b)");

    private static final Pattern LOGGED = Pattern.compile("\\b(?:logger|log|console|Logger)\\.(?:error|warn|log|info|debug|verbose)\\s*\\(");

    /**
     * The function reads {@code err.message} (for {@code expr} "err.message") only inside the block of an
     * {@code if (err instanceof HttpException)} or in a log statement: elsewhere (an else branch for any other error)
     * it sends text of its own. Read from the function's text, since a local assigned in a branch is one more choice of
     * its value with no record of the branch's test.
     */
    static boolean messageOnlyUnderHttpException(String text, String expr) {
        if (expr == null || !expr.endsWith(".message")) return false;
        String err = expr.substring(0, expr.length() - ".message".length());
        if (!err.matches("[A-Za-z_$][\\w$]*")) return false;
        return messageOnlyUnder(text, err, Pattern.compile("\\bif\\s*\\(\\s*" + Pattern.quote(err) + "\\s+instanceof\\s+HttpException\\s*\\)\\s*\\{"));
    }

    /**
     * The same reading for a block opened by a test of the status below 500 ({@code if (status < 500) { message =
     * err.message || 'Bad Request' } else { message = 'Internal Server Error' }}): the message goes out only with a
     * client error's status, a 5xx gets text of the function's own.
     */
    static boolean messageOnlyUnderClientStatus(String text, String expr) {
        if (expr == null || !expr.endsWith(".message")) return false;
        String err = expr.substring(0, expr.length() - ".message".length());
        if (!err.matches("[A-Za-z_$][\\w$]*")) return false;
        return messageOnlyUnder(text, err, CLIENT_STATUS_BLOCK);
    }

    /** {@code if (status >= 500) { .. return .. }}: a block that answers every 5xx and leaves. */
    private static final Pattern SERVER_ERROR_RETURN = Pattern.compile("\\bif\\s*\\(\\s*[\\w$.]*(?:status|Status|code|Code)\\w*\\s*(?:>=\\s*500|>\\s*499)\\s*\\)\\s*\\{((?:[^{}]|\\{[^{}]*\\})*)\\}");

    /** The answer {@code callText} is written after a {@link #SERVER_ERROR_RETURN} block of the function's text. */
    static boolean afterServerErrorReturn(String fnText, String callText) {
        Matcher m = SERVER_ERROR_RETURN.matcher(fnText);
        while (m.find()) {
            if (!Pattern.compile("\\breturn\\b").matcher(m.group(1)).find()) continue;
            if (fnText.indexOf(callText, m.end()) >= 0 && fnText.indexOf(callText) >= m.end()) return true;
        }
        return false;
    }

    private static final Pattern CLIENT_STATUS_BLOCK = Pattern.compile("\\bif\\s*\\(\\s*(?:[\\w$.]*(?:status|Status|code|Code)\\s*>=?\\s*4\\d\\d\\s*&&\\s*)?"
            + "[\\w$.]*(?:status|Status|code|Code)\\s*<\\s*500\\s*\\)\\s*\\{");

    private static boolean messageOnlyUnder(String text, String err, Pattern opener) {
        Matcher open = opener.matcher(text);
        List<int[]> blocks = new ArrayList<>();
        while (open.find()) {
            int depth = 0, end = -1;
            for (int i = open.end() - 1; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '{') depth++;
                else if (ch == '}' && --depth == 0) {
                    end = i;
                    break;
                }
            }
            if (end < 0) return false;
            blocks.add(new int[] {open.end(), end});
        }
        if (blocks.isEmpty()) return false;
        Matcher read = Pattern.compile("(?<![\\w$.])" + Pattern.quote(err) + "\\.message\\b").matcher(text);
        while (read.find()) {
            int at = read.start();
            if (blocks.stream().anyMatch(b -> at > b[0] && at < b[1])) continue;
            // the statement it is read in: back to the last ';', '{' (not a template's '${') or '}'
            int from = at;
            while (from > 0) {
                char ch = text.charAt(from - 1);
                if (ch == ';' || ch == '}' || ch == '{' && (from < 2 || text.charAt(from - 2) != '$') && blockBrace(text, from - 1)) break;
                from--;
            }
            if (!LOGGED.matcher(text.substring(from, at)).find()) return false;
        }
        return true;
    }

    /**
     * The '{' at {@code at} opens a block (after ')', an arrow, else, try, finally, do or at the start), not an object
     * literal ({@code console.error('x', { error: err.message })}): the statement a read sits in starts after it.
     */
    private static boolean blockBrace(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        if (i < 0) return true;
        char c = text.charAt(i);
        if (c == ')' || c == '>' || c == '{' || c == '}' || c == ';') return true;
        int e = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) i--;
        String word = text.substring(i + 1, e);
        return word.equals("else") || word.equals("try") || word.equals("finally") || word.equals("do");
    }

    private static final Pattern TERNARY = Pattern.compile("[^?.]\\?[^?.:][^:]*:");

    private static final Set<String> SENDS = Set.of("json", "send", "end", "text", "html", "jsonp", "write", "body");

    private record Found(String what, String expr) { }

    /**
     * Error details inside a response value: {@code err.stack} (stack), {@code err.message} (message), the error
     * itself as a value or property (object). A ternary chooses by a test (status, isOperational, environment):
     * not judged.
     */
    private Found find(Val v, boolean paramIsError, int depth) {
        if (v == null || depth > 6) return null;
        if (isError(v, paramIsError)) return new Found("object", name(v));
        if (v instanceof Param p && p.index() == 0 && paramIsError && p.path().size() == 1) {
            String prop = p.path().get(0);
            if (prop.equals("stack")) return new Found("stack", p.name() + ".stack");
            if (prop.equals("message")) return new Found("message", p.name() + ".message");
            return null;
        }
        if (v instanceof Member m && isError(m.object(), paramIsError)) {
            if (m.prop().equals("stack")) return new Found("stack", name(m.object()) + ".stack");
            if (m.prop().equals("message")) return new Found("message", name(m.object()) + ".message");
            return null;
        }
        if (v instanceof Obj o) {
            Found best = null;
            for (Val x : o.props().values()) {
                Found f = find(x, paramIsError, depth + 1);
                if (f != null && (best == null || rank(f.what) > rank(best.what))) best = f;
            }
            return best;
        }
        if (v instanceof OneOf o) {
            if (o.test() != null) return null;
            // err.message || 'Internal error': the message goes out whenever there is one
            for (Val x : o.options()) {
                Found f = find(x, paramIsError, depth + 1);
                if (f != null) return f;
            }
            return null;
        }
        if (v instanceof Tpl t) {
            for (Val x : t.holes()) {
                Found f = find(x, paramIsError, depth + 1);
                if (f != null && !f.what.equals("object")) return f;
            }
        }
        if (v instanceof Concat c) {
            for (Val x : c.parts()) {
                Found f = find(x, paramIsError, depth + 1);
                if (f != null && !f.what.equals("object")) return f;
            }
        }
        return null;
    }

    /** True when an enclosing condition that holds tests a property or the type of the error (err.name, err.code, instanceof). */
    private static boolean testsError(CallSite cs, boolean paramIsError) {
        for (CallSite.Guard g : cs.guards()) {
            if (!g.holds()) continue;
            if (g.left() instanceof Unknown u && u.kind().equals("binary:InstanceOf")) return true;
            if (errorProperty(g.left(), paramIsError) || errorProperty(g.right(), paramIsError)) return true;
        }
        return false;
    }

    private static boolean errorProperty(Val v, boolean paramIsError) {
        if (v instanceof Param p) return paramIsError && p.index() == 0 && !p.path().isEmpty();
        if (v instanceof Member m) return isError(m.object(), paramIsError) || errorProperty(m.object(), paramIsError);
        if (v instanceof Call c) {
            for (Val a : c.args()) if (isError(a, paramIsError)) return true; // isHttpError(err), err instanceof X as a call
            return c.callee() instanceof Member m && isError(m.object(), paramIsError);
        }
        return false;
    }

    private static int rank(String what) {
        return switch (what) {
            case "stack" -> 3;
            case "object" -> 2;
            default -> 1;
        };
    }

    private static boolean isError(Val v, boolean paramIsError) {
        if (v instanceof Unknown u && u.kind().equals("error")) return true;
        return paramIsError && v instanceof Param p && p.index() == 0 && p.path().isEmpty();
    }

    private static String name(Val v) {
        if (v instanceof Param p) return p.name();
        return "error";
    }

    /** A callback handed to a promise's {@code .catch(...)} (or the second argument of {@code .then}). */
    private boolean isPromiseCatch(Fn fn) {
        CallIndex.Callback cb = calls.callback(fn);
        if (cb == null) return false;
        String m = cb.site().cs().methodName();
        return "catch".equals(m) && cb.arg() == 0 || "then".equals(m) && cb.arg() == 1;
    }

    /**
     * A status written as a number, or as a choice between numbers of one class ({@code const status = notFound ? 404 :
     * 403}: a 4xx either way): that number (the first choice); null otherwise.
     */
    private static Integer constantStatus(Val v) {
        if (v instanceof Lit l && l.value() instanceof Double d) return d.intValue();
        if (v instanceof OneOf o && !o.options().isEmpty()) {
            Integer first = null;
            for (Val x : o.options()) {
                if (!(x instanceof Lit l && l.value() instanceof Double d)) return null;
                if (first == null) first = d.intValue();
                else if (first / 100 != d.intValue() / 100) return null;
            }
            return first;
        }
        return null;
    }

    /** The HTTP status set on the response chain of a send call: res.status(500).json(..), c.json(body, 500); null when none is set there or it is not a constant. */
    private static Integer status(CallSite cs) {
        if (cs.args().size() >= 2 && constantStatus(cs.arg(1)) != null) return constantStatus(cs.arg(1));
        Val cur = cs.callee() instanceof Member m ? m.object() : null;
        for (int i = 0; i < 6 && cur != null; i++) {
            if (cur instanceof Call c) {
                String n = Vals.lastName(c.callee());
                if (("status".equals(n) || "code".equals(n)) && c.args().size() == 1) {
                    return constantStatus(c.args().get(0));
                }
                cur = c.callee() instanceof Member m ? m.object() : null;
            } else break;
        }
        return null;
    }

    /**
     * The status the send call's chain sets ({@code reply.code(statusCode)}, {@code res.status(s)}) is tested below 500
     * by the {@code if} that opens the block holding the call ({@code if (statusCode >= 400 && statusCode < 500) {}).
     * Read from the text: relational tests are not kept as guards.
     */
    private static boolean statusTestedBelow500(String src, CallSite cs, String callText) {
        if (src == null || callText == null || cs.location() == null) return false;
        Matcher sm = STATUS_ARG.matcher(callText);
        if (!sm.find()) return false;
        String name = Pattern.quote(sm.group(1));
        Pattern below = Pattern.compile("(?<![\\w$.])" + name + "\\s*(?:<\\s*500|<=\\s*499)\\b|\\b500\\s*>\\s*" + name + "(?![\\w$.])");
        String[] lines = src.split("\n", cs.location().line() + 1);
        for (int i = cs.location().line() - 1, seen = 0; i >= 0 && i < lines.length && seen < 4; i--, seen++) {
            String l = lines[i].strip();
            if (i < cs.location().line() - 1 && (l.startsWith("}") || l.endsWith(";"))) return false;
            Matcher m = IF_OPEN.matcher(l);
            if (m.find()) return below.matcher(m.group(1)).find();
        }
        return false;
    }

    private static final Pattern STATUS_ARG = Pattern.compile("\\.(?:code|status)\\(\\s*([A-Za-z_$][\\w$.]*)\\s*\\)");
    private static final Pattern IF_OPEN = Pattern.compile("^(?:}\\s*else\\s+)?if\\s*\\((.*)\\)\\s*\\{?$");

    /** True when the send call's receiver chain sets a status (res.status(x).json(...)), constant or not. */
    private static boolean statusCall(CallSite cs) {
        Val cur = cs.callee() instanceof Member m ? m.object() : null;
        for (int i = 0; i < 6 && cur instanceof Call c; i++) {
            String n = Vals.lastName(c.callee());
            if ("status".equals(n) || "code".equals(n)) return true;
            cur = c.callee() instanceof Member m ? m.object() : null;
        }
        return cs.args().size() >= 2;
    }

    /** True when the receiver chain of a call is a handler's response object (res, reply, Hono's c, a Nest filter's response). */
    private static boolean isResponse(Val callee, Fn fn) {
        Val v = callee instanceof Member m ? m.object() : null;
        if (v == null) v = Analysis.receiver(callee);
        for (int i = 0; i < 8 && v != null; i++) {
            if (v instanceof Param p) {
                if (p.path().size() > 1) return false;
                if (p.path().size() == 1) return p.path().get(0).equals("res") || p.path().get(0).equals("response");
                Fn.Param decl = fn.param(p.index());
                String type = decl == null ? null : decl.type();
                if (type != null) {
                    String t = type.toLowerCase(Locale.ROOT);
                    if (t.endsWith("response") || t.endsWith("reply") || t.equals("context") || t.endsWith(".context")) return true;
                }
                return p.name() != null && RESPONSE_NAMES.contains(p.name());
            }
            if (v instanceof Call c) {
                String n = Vals.lastName(c.callee());
                if ("getResponse".equals(n)) return true;
                v = c.callee() instanceof Member m ? m.object() : Analysis.receiver(c.callee());
            } else if (v instanceof Member m) {
                v = m.object();
            } else return false;
        }
        return false;
    }

    private static final Set<String> RESPONSE_NAMES = Set.of("res", "response", "reply", "c", "ctx", "resp", "rep");

    /** Express answer methods that Fastify's reply does not have (it answers with send; a plugin may add one). */
    private static final Set<String> NOT_ON_FASTIFY_REPLY = Set.of("json", "jsonp", "sendStatus", "end");
    /** Fastify reply methods that return the reply, so a chain of them still ends on it. */
    private static final Set<String> FASTIFY_REPLY_CHAIN = Set.of("status", "code", "header", "headers", "type");
    private Set<Fn> fastifyOnlyHandlers;

    /**
     * True when {@code cs} calls an Express answer method ({@code json}) on the reply parameter of a function that is a
     * route handler of Fastify applications only (their second parameter is Fastify's reply, whatever it is named), and no
     * code of the project adds that method to the reply with {@code decorateReply}.
     */
    private boolean lacksOnFastifyReply(CallSite cs, Fn fn) {
        String m = cs.methodName();
        if (m == null || !NOT_ON_FASTIFY_REPLY.contains(m)) return false;
        Val v = Analysis.receiver(cs.callee());
        for (int i = 0; i < 8 && v instanceof Call c && FASTIFY_REPLY_CHAIN.contains(Vals.lastName(c.callee())); i++) {
            v = Analysis.receiver(c.callee());
        }
        if (!(v instanceof Param p) || !p.path().isEmpty() || p.index() != 1) return false;
        if (!fastifyOnlyHandlers().contains(fn)) return false;
        return !FastifyDecorations.of(project).replyDecorated(m);
    }

    private synchronized Set<Fn> fastifyOnlyHandlers() {
        if (fastifyOnlyHandlers != null) return fastifyOnlyHandlers;
        Set<Fn> fastify = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Fn> other = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Application a : project.applications()) {
            for (Route r : a.routes()) {
                if (r.handler() == null) continue;
                (a.framework().equals("fastify") && r.isHttp() ? fastify : other).add(r.handler());
            }
        }
        fastify.removeAll(other);
        fastifyOnlyHandlers = fastify;
        return fastify;
    }

    private static boolean isFastifyReply(Val callee, Fn fn) {
        Val v = Analysis.receiver(callee);
        while (v instanceof Call c && c.callee() instanceof Member m) v = m.object();
        if (v instanceof Param p && p.path().isEmpty()) {
            Fn.Param decl = fn.param(p.index());
            String t = decl == null || decl.type() == null ? "" : decl.type();
            return p.name().equals("reply") || p.name().equals("rep") || t.contains("Reply");
        }
        return false;
    }

    /**
     * True when the call runs only outside production: an enclosing {@code if} on the environment, or an
     * environment switch written in the call or in the function around it ({@code ...(isDev && { stack })},
     * {@code const body = env === 'development' ? {...} : {...}}).
     */
    private boolean envGuarded(CallSite cs, FileFacts f, Fn fn) {
        for (CallSite.Guard g : cs.guards()) {
            if (mentionsEnv(g.left()) || mentionsEnv(g.right())) return true;
        }
        // the function's text is searched once per function, not once per call in it (a large handler's every call)
        Boolean known = envWordsIn.get(fn);
        if (known != null) return known;
        String src = source(f.path());
        if (src == null) return false;
        String text = slice(src, fn.location());
        boolean found = text != null && mayNameEnv(text) && ENV_WORDS.matcher(text).find();
        envWordsIn.put(fn, found);
        return found;
    }

    // a function's own text names the environment (ENV_WORDS), by function: a function of its file's text alone
    private final Map<Fn, Boolean> envWordsIn = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    static final Pattern ENV_WORDS = Pattern.compile("NODE_ENV|isDev\\w*|isProd\\w*|isProduction|IS_PROD\\w*|IS_DEV\\w*|"
            + "'development'|\"development\"|'production'|\"production\"|\\bisLocal\\b|\\b[dD]ebug(?:Mode)?\\b|DEBUG\\w*|\\bexposeErrors\\b|get\\(\\s*['\"]env['\"]\\s*\\)");

    /**
     * Every match of {@link #ENV_WORDS} holds one of these (get('env') the quote after env): a text holding none cannot
     * match, and the pattern, which tries each of its alternatives at every offset, runs only over the texts that may.
     */
    private static final String[] ENV_LITERALS = {"NODE_ENV", "isDev", "isProd", "IS_PROD", "IS_DEV", "development", "production",
            "isLocal", "ebug", "DEBUG", "exposeErrors", "env'", "env\""};

    static boolean mayNameEnv(String text) {
        for (String w : ENV_LITERALS) if (text.contains(w)) return true;
        return false;
    }

    private static boolean mentionsEnv(Val v) {
        if (v == null) return false;
        if (v instanceof Global g) return g.path().contains("NODE_ENV") || g.path().contains("APP_ENV");
        String n = Vals.lastName(v);
        if (n != null) {
            String low = n.toLowerCase(Locale.ROOT);
            if (low.contains("env") || low.contains("dev") || low.contains("prod") || low.contains("debug")) return true;
        }
        String c = Val.constString(v);
        return c != null && (c.equals("development") || c.equals("production") || c.equals("dev") || c.equals("prod") || c.equals("test"));
    }

    // ------------------------------------------------------------------ swallowed failures

    /** Swallowed failures in request paths: empty catch, a catch that answers success, an empty promise catch; in source order. */
    public synchronized List<Swallow> swallowed() {
        if (swallowed != null) return swallowed;
        List<Swallow> out = new ArrayList<>();
        Set<Fn> request = requestPath();
        Set<Fn> logout = logoutPath();
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            String src = source(f.path());
            for (Fn fn : Analysis.functions(f)) {
                if (request.contains(fn)) {
                    for (Fn.Catch c : fn.catches()) {
                        if (c.empty()) {
                            // a failure that matters: an awaited operation that is not a best-effort cleanup; a parse or
                            // lookup that may throw on bad input (JSON.parse, new URL) falls back on purpose
                            // try { await client.query('ROLLBACK'); } catch {} inside a catch that rethrows: the
                            // original failure still reaches the caller, only the cleanup's own failure is dropped
                            if (!commented(src, c.body()) && !ignoredParam(src, c) && awaitsWork(fn, f, c, logout)
                                    && !fallsThrough(src, fn, c) && !keptInTry(src, fn, c) && !optionalInTry(src, fn, c)
                                    && !inRethrowingCatch(fn, c.block())) {
                                out.add(new Swallow("empty-catch", c.body(), c.block()));
                            }
                            continue;
                        }
                        if (c.rethrows()) continue;
                        // a comment in the catch says why it answers success (a webhook stops retrying, no account
                        // enumeration); only the answer runs in the try; the body is an error envelope ({ success: false })
                        if (saysWhy(src, c.body()) || !mayFail(fn, c, false) || ENVELOPE.matcher(String.valueOf(slice(src, c.body()))).find()) continue;
                        Location ok = answersSuccess(fn, c);
                        // the answer's own words tell the client it failed ("Sorry, something went wrong", a Slack
                        // command's required 200 acknowledgement); a status set on the response before the try is
                        // what the answer carries (reply.code(injected.statusCode) then a parse fallback)
                        if (ok != null && (saysFailed(slice(src, ok)) || statusSetBefore(fn, c))) continue;
                        // (a catch that serves only reads is reported too: an empty answer on a failed lookup hides the
                        // failure as well, s26 betapredit user statistics answered {success: true, data: {}}, judged true)
                        if (ok != null) out.add(new Swallow("catch-answers-success", c.body(), ok));
                    }
                }
                if (!request.contains(fn)) continue;
                for (CallSite cs : fn.calls()) {
                    if (!"catch".equals(cs.methodName()) || cs.args().size() != 1 || !(cs.arg(0) instanceof FnVal fv)) continue;
                    if (!emptyFunction(fv.fn(), src) || cleanup(fn, f, cs, logout) || kept(fn, cs) || producerAnswers(fn, cs)) continue;
                    // AuditLog.record({..}).catch(() => {}) of a helper that catches and logs its own failures: nothing rejects
                    if (producerSwallows(fn, f, cs)) continue;
                    if (bestEffortAbove(src, cs.location()) || bestEffortFunction(src, fn) || bestEffortParagraph(src, fn, cs.location())) continue;
                    // ROLLBACK().catch(() => {}) in a catch that rethrows: the original failure still reaches the caller
                    if (inRethrowingCatch(fn, cs.location())) continue;
                    // the same in a catch that answers the client an error status (res.status(500).json(..)): the
                    // request's failure is reported there, only the cleanup's own failure is dropped
                    if (inErrorAnsweringCatch(fn, cs.location())) continue;
                    // client.query('RESET statement_timeout').catch(() => {}) in a finally before client.release(): the
                    // clean-up of a resource after the work, whose own failure must not hide the work's result or error
                    if (inFinally(src, fn, cs.location())) continue;
                    // p.catch(() => {}) on a promise the function awaits or returns later: an observer, the rejection surfaces there
                    if (observedLater(src, fn, cs)) continue;
                    // return success(..); sendMail(..).catch(() => {}): a statement after the block's return never runs
                    if (afterExit(src, fn, cs.location())) continue;
                    out.add(new Swallow("empty-promise-catch", cs.argLocation(0), cs.location()));
                }
            }
        }
        out.sort(Comparator.comparing(Swallow::location, Location.ORDER));
        swallowed = List.copyOf(out);
        return swallowed;
    }

    private static final Set<String> CLEANUP = Set.of("end", "close", "quit", "disconnect", "$disconnect", "destroy", "unlink", "rm",
            "rmdir", "kill", "abort", "release", "terminate", "stop", "unsubscribe", "removeListener", "cancel", "drain", "flush", "delete",
            "del", "unwatch", "closeAll");

    /**
     * deleteImage(old.url), removeFile(tmpPath), destroyOldAvatar(..): removing a stored file or object the record no
     * longer points at, best effort (a failure leaves an orphan in storage, the request's own work is done).
     */
    private static final Pattern FILE_CLEANUP = Pattern.compile("(delete|remove|unlink|destroy|purge)(Old|Previous|Stale|Temp)?"
            + "(Image|File|Photo|Picture|Avatar|Upload|Attachment|Asset|Blob|Media|Thumbnail|Object|Cover|Logo|Banner)s?");

    /**
     * {@code const st = await fs.stat(p).catch(() => {})}: the result is kept under a name, so the failure becomes an
     * {@code undefined} the code goes on to test (an existence check, an optional lookup), not a dropped error.
     */
    private static boolean kept(Fn fn, CallSite cs) {
        for (Fn.Named n : fn.names()) {
            Location v = n.value();
            if (v != null && cs.location() != null && Objects.equals(v.path(), cs.location().path()) && v.spans(cs.location())) return true;
        }
        return false;
    }

    /**
     * An answer that tells the client it failed inside a 200 body: {@code success: false}, {@code error: true},
     * {@code ok: false}, a status or code of 4xx/5xx as a property, or a body built by an error helper
     * ({@code Response.error(msg)}, {@code R.fail(...)}).
     */
    private static final Pattern ENVELOPE = Pattern.compile("\\b(?:success|ok|status|valid|isValid)\\s*[:=]\\s*false\\b|\\b(?:error|failed|isError)\\s*[:=]\\s*true\\b"
            + "|\\b(?:status|code|statusCode|errCode|errorCode)\\s*[:=]\\s*['\"]?[45]\\d\\d\\b"
            + "|\\.(?:json|send)\\s*\\(\\s*[\\w$.]+\\.(?:error|ERROR|Error|fail|FAIL|Fail|failure|failed)\\s*\\(");

    /**
     * {@code validate(req, res).then(...).catch(() => {})}: the call that makes the promise was handed the response
     * object, so it answers the client itself before it rejects; the empty catch only ends the chain.
     */
    private static boolean producerAnswers(Fn fn, CallSite cs) {
        Val v = Analysis.receiver(cs.callee());
        for (int i = 0; i < 12 && v instanceof Call c; i++) {
            for (Val a : c.args()) {
                if (a instanceof Param p && p.path().isEmpty() && isResponse(new Member(a, "json"), fn)) return true;
            }
            Val next = c.callee() instanceof Member m ? m.object() : Analysis.receiver(c.callee());
            if (next == null && c.callee() instanceof Call inner) next = inner; // validator(rules)(req, res)
            v = next;
        }
        return false;
    }

    /**
     * {@code try { const v = JSON.parse(await cache.get(k)); if (v) return v; } catch {} ...compute}: the try returns
     * what it found and a failure falls through to the code after it (compute again, answer false): a fallback.
     */
    private static boolean fallsThrough(String src, Fn fn, Fn.Catch c) {
        String block = slice(src, c.block());
        if (block == null) return false;
        Matcher m = RETURN.matcher(block);
        boolean returns = false;
        int base = offset(src, c.block().line(), c.block().column());
        while (m.find()) {
            int at = base + m.start();
            if (fn.nested().stream().noneMatch(n -> n.location() != null && contains(src, n.location(), at))) {
                returns = true;
                break;
            }
        }
        if (!returns) return false;
        String rest = after(src, fn, c);
        return rest != null && !COMMENT.matcher(rest).replaceAll("").replaceAll("[\\s;})]", "").isEmpty();
    }

    private static final Pattern RETURN = Pattern.compile("\\breturn\\b");

    /**
     * {@code try { rate = (await prices.get(pair))?.value; } catch {} ... if (isNaN(rate)) logger.error(...)}: the try
     * fills a variable declared before it, and the code after it reads that variable and reports a missing value (an
     * error log or a throw): the failure is detected downstream, not lost.
     */
    private static boolean keptInTry(String src, Fn fn, Fn.Catch c) {
        String rest = after(src, fn, c);
        String block = slice(src, c.block());
        if (rest == null || block == null || !REPORTS.matcher(rest).find()) return false;
        Matcher m = ASSIGNED.matcher(block);
        while (m.find()) {
            String name = m.group(1);
            if (Pattern.compile("(?:const|let|var)\\s+" + Pattern.quote(name) + "\\b").matcher(block).find()) continue;
            if (Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "\\b").matcher(rest).find()) return true;
        }
        return false;
    }

    /**
     * {@code let icon = null; try { icon = await loadImage(p); } catch {} ... if (icon) draw(icon)}: every statement of
     * the try gives a value to a name declared before it with no value (or null, undefined), and the code after the
     * catch tests that name before using it (if (x), x ?, x &&, x?., x == null, x || fallback): the value is optional and
     * its absence is handled, a deliberate fallback.
     */
    private static boolean optionalInTry(String src, Fn fn, Fn.Catch c) {
        String rest = after(src, fn, c);
        String block = slice(src, c.block());
        if (rest == null || block == null || src == null || fn.location() == null) return false;
        String inner = block.strip();
        if (inner.startsWith("{")) inner = inner.substring(1);
        if (inner.endsWith("}")) inner = inner.substring(0, inner.length() - 1);
        inner = COMMENT.matcher(inner).replaceAll("");
        int from = offset(src, fn.location().line(), fn.location().column());
        int to = offset(src, c.block().line(), c.block().column());
        if (from < 0 || to < from) return false;
        String before = src.substring(from, Math.min(to, src.length()));
        boolean any = false;
        for (String stmt : statements(inner)) {
            String t = stmt.strip();
            if (t.isEmpty()) continue;
            Matcher m = OPTIONAL_SET.matcher(t);
            if (!m.lookingAt()) return false;
            String name = Pattern.quote(m.group(1));
            if (!Pattern.compile("\\b(?:let|var)\\s+" + name + "\\s*(?:=\\s*(?:null|undefined)\\s*)?(?:[;,\\n]|$)").matcher(before).find()) return false;
            if (!Pattern.compile("(?<![\\w$.])(?:if\\s*\\(\\s*!?\\s*" + name + "\\s*\\)|" + name + "\\s*(?:\\?(?![?.:])|&&|\\?\\.|\\|\\||[!=]==?\\s*(?:null|undefined)\\b)|!\\s*"
                    + name + "\\s*(?:\\)|&&|\\|\\|))").matcher(rest).find()) return false;
            any = true;
        }
        return any;
    }

    /** The top-level statements of a block's text: split at ; and line ends outside brackets (a line starting with . goes on). */
    private static List<String> statements(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(' || ch == '[' || ch == '{') depth++;
            else if (ch == ')' || ch == ']' || ch == '}') depth--;
            boolean end = depth == 0 && (ch == ';' || ch == '\n' && !text.substring(i + 1).stripLeading().startsWith("."));
            if (end) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** {@code name = await ..} or {@code name = ..}: a value given to a plain name (no field, no element). */
    private static final Pattern OPTIONAL_SET = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*=(?![=>])");

    private static final Pattern ASSIGNED = Pattern.compile("(?<![\\w$.])([A-Za-z_$][\\w$]*)\\s*(?:\\[[^\\]\\n]*\\]\\s*)?=(?![=>])");

    private static final Pattern REPORTS = Pattern.compile("\\b(?:logger|log|console|Logger)\\.(?:error|warn)\\s*\\(|\\bthrow\\b");

    /** The text of {@code fn} after the catch body of {@code c}, or null. */
    private static String after(String src, Fn fn, Fn.Catch c) {
        if (src == null || fn.location() == null) return null;
        int from = offset(src, c.body().endLine(), c.body().endColumn());
        int to = offset(src, fn.location().endLine(), fn.location().endColumn());
        if (from < 0 || to < from) return null;
        return src.substring(from, Math.min(to, src.length()));
    }

    private static boolean contains(String src, Location l, int at) {
        int a = offset(src, l.line(), l.column());
        int b = offset(src, l.endLine(), l.endColumn());
        return a >= 0 && at >= a && at < b;
    }

    /** Words of a comment saying a failure may be ignored on purpose ("opportunistically prune", "best-effort", "fire and forget"). */
    private static final Pattern BEST_EFFORT = Pattern.compile("(?i)\\b(opportunistic(ally)?|best[- ]effort|fire[- ]and[- ]forget|non[- ]?critical"
            + "|not critical|failures? (is|are) (ok|fine|ignored|harmless)|ignore (the )?(error|failure)s?|may fail|can fail|don'?t (care|block|wait))\\b");

    /** The comment lines right above a statement (or a comment at the end of one of its lines) say it is best-effort on purpose. */
    private static boolean bestEffortAbove(String src, Location at) {
        if (src == null || at == null) return false;
        String[] lines = src.split("\n", at.line() + 1);
        for (int i = at.line() - 2, seen = 0; i >= 0 && i < lines.length && seen < 4; i--, seen++) {
            String l = lines[i].strip();
            if (!(l.startsWith("//") || l.startsWith("*") || l.startsWith("/*"))) break;
            if (BEST_EFFORT.matcher(l).find()) return true;
        }
        // .catch(() => {}) // Ignore errors in logging: a comment after the call on its own lines
        String[] all = src.split("\n", -1);
        for (int i = at.line() - 1; i < Math.min(all.length, at.endLine()); i++) {
            int c = all[i].indexOf("//");
            if (c >= 0 && BEST_EFFORT.matcher(all[i].substring(c)).find()) return true;
        }
        return false;
    }

    /**
     * A comment heading the run of lines that holds the call says its work is best-effort: {@code // LOGIN_STREAK_7
     * achievement (fire-and-forget)} above {@code if (streak >= 7) { const io = ..; void tryUnlock(..).catch(() => {}) }}.
     * Read upward from the call within its function, through code lines, up to a blank line or the close of a block
     * before it (a comment there heads other statements).
     */
    private static boolean bestEffortParagraph(String src, Fn fn, Location at) {
        if (src == null || at == null || fn.location() == null) return false;
        String[] lines = src.split("\n", at.line() + 1);
        for (int i = at.line() - 2, seen = 0; i >= 0 && i < lines.length && i >= fn.location().line() && seen < 10; i--, seen++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("}")) return false;
            if ((l.startsWith("//") || l.startsWith("*") || l.startsWith("/*")) && BEST_EFFORT.matcher(l).find()) return true;
        }
        return false;
    }

    /**
     * The doc comment of the function says its work is fire-and-forget or best-effort ({@code Emit an audit entry.
     * Fire-and-forget: must not add latency}): an empty promise catch there is the documented intent.
     */
    private static boolean bestEffortFunction(String src, Fn fn) {
        if (src == null || fn.location() == null) return false;
        String[] lines = src.split("\n", fn.location().line() + 1);
        boolean inDoc = false;
        for (int i = fn.location().line() - 2, seen = 0; i >= 0 && i < lines.length && seen < 12; i--, seen++) {
            String l = lines[i].strip();
            if (l.isEmpty() && !inDoc) continue;
            if (!(l.startsWith("*") || l.startsWith("/*") || l.startsWith("//") || l.endsWith("*/"))) break;
            inDoc = true;
            if (BEST_EFFORT.matcher(l).find()) return true;
            if (l.startsWith("/*")) break;
        }
        return false;
    }

    /**
     * {@code catch (e) { await client.query('ROLLBACK').catch(() => {}); throw e; }} or {@code catch (e) { try { await
     * client.query('ROLLBACK'); } catch {} throw e; }}: a cleanup (its promise catch, or its own try) inside a catch that
     * rethrows; the failure the caller must see is the original one, which still propagates. {@code at} is the cleanup's
     * call or try block (an empty catch never rethrows, so it is never its own enclosing catch).
     */
    private static boolean inRethrowingCatch(Fn fn, Location at) {
        for (Fn.Catch c : fn.catches()) if (c.rethrows() && c.inBody(at)) return true;
        return false;
    }

    /**
     * {@code catch (e) { await client.query('ROLLBACK').catch(() => {}); res.status(500).json({ error: 'Update failed' }) }}:
     * the catch holding {@code at} answers the request with an error status (a literal 4xx/5xx in {@code status(..)},
     * {@code sendStatus(..)} or {@code code(..)} on the response, in the catch's own body).
     */
    private static boolean inErrorAnsweringCatch(Fn fn, Location at) {
        for (Fn.Catch c : fn.catches()) {
            if (!c.inBody(at)) continue;
            for (CallSite cs : fn.calls()) {
                if (!c.inBody(cs.location()) || cs.args().isEmpty() || !Set.of("status", "sendStatus", "code").contains(String.valueOf(cs.methodName()))) continue;
                if (!isResponse(cs.callee(), fn)) continue;
                if (cs.arg(0) instanceof Lit l && l.value() instanceof Number n && n.intValue() >= 400 && n.intValue() < 600) return true;
            }
        }
        return false;
    }

    /**
     * {@code const p = search(q); p.catch(() => {}); ... const rows = await p;}: the empty catch only marks the promise
     * as observed (no unhandled rejection while other work runs); the function awaits or returns the same promise
     * later, where a rejection still throws.
     */
    private static boolean observedLater(String src, Fn fn, CallSite cs) {
        String call = slice(src, cs.location());
        if (call == null) return false;
        Matcher m = OBSERVED.matcher(call);
        if (!m.lookingAt()) return false;
        String name = Pattern.quote(m.group(1));
        if (src == null || fn.location() == null) return false;
        int from = offset(src, cs.location().endLine(), cs.location().endColumn());
        int to = offset(src, fn.location().endLine(), fn.location().endColumn());
        if (from < 0 || to < from) return false;
        String rest = src.substring(from, Math.min(to, src.length()));
        return Pattern.compile("\\b(?:await|return)\\s+" + name + "\\b|\\bPromise\\.(?:all|allSettled|race|any)\\s*\\(\\s*\\[[^\\]]*(?<![\\w$.])"
                + name + "\\b").matcher(rest).find()
                // handed on: stored or passed as a value ({ promise, createdAt }, map.set(key, promise)), where whoever
                // takes it awaits it (a deferred promise shared with concurrent callers): the catch only marks it handled
                || Pattern.compile("[({,\\[]\\s*" + name + "\\s*[,})\\]]").matcher(rest).find();
    }

    private static final Pattern OBSERVED = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*\\.\\s*catch\\s*\\(");

    /** {@code client.end().catch(() => {})}: the promise comes from a best-effort call whose failure changes nothing for the caller. */
    private boolean cleanup(Fn fn, FileFacts f, CallSite cs, Set<Fn> logout) {
        Val recv = Analysis.receiver(cs.callee());
        if (!(recv instanceof Call c)) return false;
        // the producer's own call site (its first argument's text: a key named cacheKey)
        for (CallSite p : fn.calls()) {
            if (c.site() != null && c.site().equals(p.location()) && p.callee().equals(c.callee())) return bestEffort(fn, f, p, logout);
        }
        return bestEffort(fn, f, c.callee(), c.args(), null, logout);
    }

    /**
     * The one test of a call whose failure the request may drop on purpose (its empty catch, its empty promise catch):
     * <ul>
     *   <li>a cleanup: {@code client.end()}, {@code fs.unlink(tmp)}, {@code deleteOldAvatar(url)};</li>
     *   <li>an operation on a cache store ({@code fastify.cache.del(key)}, {@code this.cacheService.set(k, v)},
     *       {@code cacheManager.reset()}) or a function named for one ({@code fastify.cacheDel(key)},
     *       {@code invalidateCache(id)}), or a call handed a key that names a cache entry ({@code redis.setEx(cacheKey,
     *       300, json)}, {@code kv.put(membershipCacheKey(org, user), ..)}): a cache that fails only costs a miss or a
     *       stale entry, it must not fail the request;</li>
     *   <li>any call in a logout's own code (the handler of a logout route, or a function named logout, signOut,
     *       revoke..Token): the token revocation on logout is best effort, the cookie is cleared and the caller is
     *       signed out either way.</li>
     * </ul>
     * The ROLLBACK in a catch that rethrows and the optional-value fallbacks are the other excepted cases, tested where
     * the catch is read ({@link #inRethrowingCatch}, {@link #optionalInTry}, {@link #fallsThrough}).
     */
    private boolean bestEffort(Fn fn, FileFacts f, CallSite cs, Set<Fn> logout) {
        String keyText = cs.args().isEmpty() || f == null ? null : slice(source(f.path()), cs.argLocation(0));
        return bestEffort(fn, f, cs.callee(), cs.args(), keyText, logout);
    }

    private boolean bestEffort(Fn fn, FileFacts f, Val callee, List<Val> args, String keyText, Set<Fn> logout) {
        String m = Vals.lastName(callee);
        if (m != null && (CLEANUP.contains(m) || m.equals("remove") || FILE_CLEANUP.matcher(m).matches())) return true;
        if (cacheStore(Analysis.receiver(callee)) || m != null && CACHE_METHOD.matcher(m).matches()) return true;
        if (!args.isEmpty() && (cacheKey(args.get(0), f) || keyText != null && keyText.length() < 80 && CACHE_KEY_NAME.matcher(keyText).find())) return true;
        return logout.contains(fn);
    }

    /**
     * A key that names a cache entry: a name such as {@code cacheKey} or {@code CACHE_KEY}, a call such as
     * {@code membershipCacheKey(org, user)}, a text starting with {@code cache:} (directly or through a local): the call
     * it is handed to ({@code redis.setEx(cacheKey, 300, json)}, {@code kv.put(key, ..)}) reads or fills a cache.
     */
    private boolean cacheKey(Val key, FileFacts f) {
        Val v = key;
        if (f != null && (key instanceof Local || key instanceof Ref)) {
            try {
                Val r = project.resolve(key, f).val();
                if (r != null) v = r;
            } catch (RuntimeException e) {
                // unresolved: read the name written
            }
        }
        for (Val x : List.of(key, v)) {
            String n = x instanceof Call c ? Vals.lastName(c.callee()) : x instanceof Lit || x instanceof Tpl ? null : Vals.lastName(x);
            if (n != null && CACHE_KEY_NAME.matcher(n).find()) return true;
            String text = x instanceof Tpl t && !t.quasis().isEmpty() ? t.quasis().get(0) : Val.constString(x);
            if (text != null && text.toLowerCase(Locale.ROOT).startsWith("cache:")) return true;
        }
        return false;
    }

    private static final Pattern CACHE_KEY_NAME = Pattern.compile("(?i)cache_?key");

    /** A receiver named for a cache: {@code fastify.cache}, {@code this.cacheService}, {@code redisCache}, {@code cacheManager}. */
    private static boolean cacheStore(Val recv) {
        if (recv == null || recv instanceof Call) return false;
        String n = Vals.lastName(recv);
        return n != null && CACHE_NAME.matcher(n).find();
    }

    /** A function or decorated method named for a cache operation: cacheDel, cacheSetJson, invalidateCache, clearUserCache. */
    private static final Pattern CACHE_METHOD = Pattern.compile("cache[A-Z]\\w*|[a-z]\\w*Cache(?:s|Entry|Entries|Key|Keys)?");

    private static final Pattern CACHE_NAME = Pattern.compile("^(?:cache|[a-z]\\w*Cache)(?:Service|Manager|Store|Client)?$");

    /** {@code Promise.all([..])} / {@code Promise.allSettled([..])}: the calls run inside it are what the await waits for. */
    private static boolean promiseCombinator(CallSite cs) {
        String m = cs.methodName();
        return (m != null && (m.equals("all") || m.equals("allSettled"))) && Analysis.receiver(cs.callee()) instanceof Global g
                && g.name().equals("Promise") && g.path().isEmpty();
    }

    /** A function name that says it ends a session: logout, signOut, revokeToken, invalidateSession, blacklistToken. */
    private static final Pattern LOGOUT_NAME = Pattern.compile("(?i)^(?:log|sign)[-_]?out|^(?:revoke|invalidate|blacklist|denylist|blocklist)\\w*(?:token|session)");

    /**
     * A logout's own code: the handlers of logout routes ({@link RouteBehaviour#logoutPath}: /logout, /auth/sign-out)
     * with their nested functions, and the project functions named for it (an AuthService's logout, a
     * revokeRefreshToken helper). A route that clears the cookie after other work (a password change that signs the
     * user out) is not a logout: a failure of that work still matters.
     */
    private Set<Fn> logoutPath() {
        Set<Fn> out = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Fn> todo = new ArrayDeque<>();
        for (Application a : project.applications()) {
            for (Route r : a.routes()) {
                if (r.handler() != null && RouteBehaviour.logoutPath(r.path())) todo.add(r.handler());
            }
        }
        for (FileFacts f : project.files().values()) {
            for (Fn fn : Analysis.functions(f)) if (fn.name() != null && LOGOUT_NAME.matcher(fn.name()).find()) todo.add(fn);
        }
        while (!todo.isEmpty()) {
            Fn fn = todo.pop();
            if (out.add(fn)) todo.addAll(fn.nested());
        }
        return out;
    }

    private Set<Fn> devOnly;

    /**
     * Handlers of routes that exist only in a development run ({@link RouteBehaviour.Reason#DEV_ONLY}: a guard that
     * refuses every request outside development, a 404 unless a development flag is on), with their nested functions;
     * a handler shared with a route that is not dev-only is left out. What they send reaches no deployed client.
     */
    private Set<Fn> devOnlyHandlers() {
        if (devOnly != null) return devOnly;
        Set<Fn> dev = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Fn> live = Collections.newSetFromMap(new IdentityHashMap<>());
        RouteBehaviour behaviour = RouteBehaviour.of(project);
        for (Application a : project.applications()) {
            for (Route r : a.routes()) {
                if (r.handler() == null) continue;
                (behaviour.devOnly(r) ? dev : live).add(r.handler());
            }
        }
        dev.removeAll(live);
        Set<Fn> out = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Fn> todo = new ArrayDeque<>(dev);
        while (!todo.isEmpty()) {
            Fn fn = todo.pop();
            if (out.add(fn)) todo.addAll(fn.nested());
        }
        devOnly = out;
        return out;
    }

    /** Route handlers, their nested functions, and the project functions they call (three calls deep). */
    private Set<Fn> requestPath() {
        Set<Fn> out = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Fn> todo = new ArrayDeque<>();
        Map<Fn, Integer> depth = new IdentityHashMap<>();
        for (Application a : project.applications()) {
            for (Route r : a.routes()) {
                if (r.handler() != null && depth.putIfAbsent(r.handler(), 0) == null) todo.add(r.handler());
            }
        }
        while (!todo.isEmpty()) {
            Fn fn = todo.pop();
            if (!out.add(fn)) continue;
            int d = depth.getOrDefault(fn, 0);
            for (Fn n : fn.nested()) if (depth.putIfAbsent(n, d) == null) todo.add(n);
            if (d >= 3) continue;
            FileFacts ff = calls.fileOf(fn);
            if (ff == null) continue;
            for (CallSite cs : fn.calls()) {
                Project.FnRef t;
                try {
                    t = calls.resolve(cs, ff, fn);
                } catch (RuntimeException e) {
                    continue;
                }
                if (t != null && depth.putIfAbsent(t.fn(), d + 1) == null) todo.add(t.fn());
            }
        }
        return out;
    }

    /**
     * True when the try block awaits a call that is not best effort ({@link #bestEffort}); an awaited
     * {@code Promise.all([cache.del(a), cache.del(b)])} is best effort when every call it runs is.
     */
    private boolean awaitsWork(Fn fn, FileFacts f, Fn.Catch c, Set<Fn> logout) {
        for (CallSite cs : fn.calls()) {
            if (!cs.awaited() || !c.inBlock(cs.location())) continue;
            if (bestEffort(fn, f, cs, logout)) continue;
            // body = await c.req.json() falling back to {}: a malformed body is the client's, and the checks on the
            // fields that follow answer it (Hono's c.req.json(), a fetch Request's request.json())
            if (bodyRead(cs.callee())) continue;
            // await this.heartbeatSession(id) of a project function that catches its own failures: nothing can reach this catch
            Project.FnRef target = calledFunction(cs.callee(), f, fn);
            if (target != null && target.fn() != fn && swallowsAll(target.fn())) continue;
            if (promiseCombinator(cs) && cs.location() != null) {
                boolean work = false;
                for (CallSite in : fn.calls()) {
                    if (in != cs && in.location() != null && cs.location().spans(in.location()) && !bestEffort(fn, f, in, logout)) work = true;
                }
                if (!work) continue;
            }
            return true;
        }
        return false;
    }

    private static final Set<String> BODY_READS = Set.of("json", "parseBody", "formData", "text");

    /** {@code c.req.json()} (Hono's context), {@code request.json()} (a fetch Request handed to the handler). */
    private static boolean bodyRead(Val callee) {
        if (!(callee instanceof Param p)) return false;
        if (p.path().size() == 2 && p.path().get(0).equals("req")) return BODY_READS.contains(p.path().get(1));
        return p.path().size() == 1 && (p.name().equals("req") || p.name().equals("request")) && BODY_READS.contains(p.path().get(0));
    }

    /**
     * A comment inside the span that gives a reason: at least two words that are not about logging
     * ({@code // the provider retries every non-2xx}, {@code // token was already invalid}); not {@code // log it},
     * not commented-out code, not a TODO, not a fixture's {@code // expect:} marker.
     */
    private static boolean saysWhy(String src, Location span) {
        String body = slice(src, span);
        if (body == null) return false;
        Matcher m = COMMENT.matcher(body);
        while (m.find()) {
            String text = m.group(1) != null ? m.group(1) : m.group(2);
            if (text == null || text.trim().startsWith("expect:") || TODO.matcher(text).find() || CODE.matcher(text).find()) continue;
            int words = 0;
            for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}0-9]+")) {
                if (w.length() > 1 && !LOG_WORDS.contains(w)) words++;
            }
            if (words >= 2) return true;
        }
        return false;
    }

    private static final Pattern COMMENT = Pattern.compile("//([^\\n]*)|/\\*([\\s\\S]*?)\\*/");
    private static final Pattern CODE = Pattern.compile("^\\s*(?:[\\w$.]+\\s*\\(.*\\)\\s*;?\\s*$|(?:const|let|var)\\s+[\\w$]+\\s*=.*|.*[;{}]\\s*$)");
    private static final Pattern TODO = Pattern.compile("(?i)\\b(?:todo|fixme|xxx)\\b");
    private static final Set<String> LOG_WORDS = Set.of("log", "logs", "logging", "logged", "error", "errors", "err", "the", "it", "to",
            "console", "print", "debug", "handle", "handling", "catch", "an", "and", "this", "here", "exception");

    /** A comment inside the span: the author says why the failure is ignored. */
    private static boolean commented(String src, Location span) {
        String body = slice(src, span);
        return body == null || body.contains("//") || body.contains("/*");
    }

    private static final Pattern IGNORED_PARAM = Pattern.compile("catch\\s*\\(\\s*(?:_\\w*|ignored?|unused)\\s*\\)\\s*\\{?\\s*$");

    /** {@code catch (_) {}} / {@code catch (ignore) {}}: named to say it is ignored on purpose. */
    private static boolean ignoredParam(String src, Fn.Catch c) {
        if (src == null) return false;
        int end = offset(src, c.body().line(), c.body().column());
        if (end < 0) return false;
        int start = Math.max(0, end - 60);
        return IGNORED_PARAM.matcher(src.substring(start, Math.min(src.length(), end + 1))).find();
    }

    /** Words of an answer that tell the client the operation failed. */
    private static final Pattern FAILED_WORDS = Pattern.compile("(?i)['\"`][^'\"`]*\\b(?:went wrong|failed|try again|could not|couldn't|unable to|error occurred)\\b");

    /** The text of an answer call holds a string that says the operation failed. */
    private static boolean saysFailed(String answer) {
        return answer != null && FAILED_WORDS.matcher(answer).find();
    }

    /**
     * The function sets the response's status before the try of {@code c} ({@code reply.code(injected.statusCode)},
     * {@code res.status(502)}), with a value that is not a constant below 300: the catch's answer carries that status,
     * not a success the code chose.
     */
    private static boolean statusSetBefore(Fn fn, Fn.Catch c) {
        if (c.block() == null) return false;
        for (CallSite cs : fn.calls()) {
            Location at = cs.location();
            if (at == null || c.inBody(at) || c.inBlock(at) || Location.ORDER.compare(at, c.block()) > 0) continue;
            String m = cs.methodName();
            if (!"status".equals(m) && !"code".equals(m) || cs.args().size() != 1 || !isResponse(cs.callee(), fn)) continue;
            if (!(cs.arg(0) instanceof Lit l && l.value() instanceof Double d && d < 300)) return true;
        }
        return false;
    }

    private static final Pattern FINALLY = Pattern.compile("\\bfinally\\s*\\{");

    /** The call sits in a {@code finally} block of {@code fn} (read from the text: the block opened by the last {@code finally {} before it still holds it). */
    /**
     * The statement at {@code at} comes after a {@code return} or {@code throw} statement of its own block (the
     * innermost braces around it in the function's text), with no case label between them: it never runs. A return
     * that is the body of an if or else ({@code if (x) return;}) is no statement of the block and does not count.
     */
    static boolean afterExit(String src, Fn fn, Location at) {
        if (src == null || fn.location() == null || at == null) return false;
        int from = offset(src, fn.location().line(), fn.location().column());
        int to = offset(src, at.line(), at.column());
        if (from < 0 || to <= from || to > src.length()) return false;
        String text = blankStringsAndComments(src.substring(from, to));
        // the innermost open brace before the statement
        int depth = 0, open = -1;
        for (int i = text.length() - 1; i >= 0; i--) {
            char ch = text.charAt(i);
            if (ch == '}') depth++;
            else if (ch == '{') {
                if (depth == 0) {
                    open = i;
                    break;
                }
                depth--;
            }
        }
        if (open < 0) return false;
        // the block's own statements before it: keywords at depth 0 (nested braces and parentheses skipped)
        int d = 0;
        boolean exited = false;
        for (int i = open + 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '{' || ch == '(' || ch == '[') d++;
            else if (ch == '}' || ch == ')' || ch == ']') d--;
            else if (d == 0 && Character.isLetter(ch) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '.' && text.charAt(i - 1) != '$' && text.charAt(i - 1) != '_')) {
                int e = i;
                while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '_' || text.charAt(e) == '$')) e++;
                String word = text.substring(i, e);
                if (word.equals("case") || word.equals("default")) exited = false;
                else if ((word.equals("return") || word.equals("throw")) && statementStart(text, i, open)) exited = true;
                i = e - 1;
            }
        }
        return exited && d == 0;
    }

    /** The word at {@code i} starts a statement of the block opened at {@code open}: after the brace, a ';' or a '}'. */
    private static boolean statementStart(String text, int i, int open) {
        int j = i - 1;
        while (j > open && Character.isWhitespace(text.charAt(j))) j--;
        if (j == open) return true;
        char c = text.charAt(j);
        return c == ';' || c == '}';
    }

    /** Strings, templates and comments replaced by spaces (same length), so their braces and words do not count. */
    private static String blankStringsAndComments(String t) {
        StringBuilder b = new StringBuilder(t);
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '/' && i + 1 < t.length() && t.charAt(i + 1) == '/') {
                int e = t.indexOf('\n', i);
                if (e < 0) e = t.length();
                for (int k = i; k < e; k++) b.setCharAt(k, ' ');
                i = e;
            } else if (c == '/' && i + 1 < t.length() && t.charAt(i + 1) == '*') {
                int e = t.indexOf("*/", i + 2);
                e = e < 0 ? t.length() : e + 2;
                for (int k = i; k < e; k++) if (t.charAt(k) != '\n') b.setCharAt(k, ' ');
                i = e;
            } else if (c == '\'' || c == '"' || c == '`') {
                int k = i + 1;
                while (k < t.length() && t.charAt(k) != c) {
                    if (t.charAt(k) == '\\') k++;
                    k++;
                }
                for (int q = i + 1; q < Math.min(k, t.length()); q++) if (t.charAt(q) != '\n') b.setCharAt(q, ' ');
                i = k + 1;
            } else i++;
        }
        return b.toString();
    }

    private static boolean inFinally(String src, Fn fn, Location at) {
        if (src == null || fn.location() == null || at == null) return false;
        int from = offset(src, fn.location().line(), fn.location().column());
        int to = offset(src, at.line(), at.column());
        if (from < 0 || to <= from || to > src.length()) return false;
        Matcher m = FINALLY.matcher(src).region(from, to);
        int open = -1;
        while (m.find()) open = m.end() - 1;
        if (open < 0) return false;
        int depth = 0;
        for (int i = open; i < to; i++) {
            char ch = src.charAt(i);
            if (ch == '{') depth++;
            else if (ch == '}' && --depth == 0) return false;
        }
        return depth > 0;
    }

    /** A catch body that only logs and answers 2xx: the success answer, else null. */
    private static Location answersSuccess(Fn fn, Fn.Catch c) {
        Location ok = null;
        for (CallSite cs : fn.calls()) {
            if (!c.inBody(cs.location())) continue;
            String m = cs.methodName();
            if (m == null) return null;
            if (isLogCall(cs)) continue;
            if (SENDS.contains(m) && isResponse(cs.callee(), fn)) {
                Integer st = status(cs);
                if (st == null && statusCall(cs)) return null; // res.status(err.status || 500).json(...)
                if (st != null && st >= 300) return null;
                if (cs.args().isEmpty() && (m.equals("end") || m.equals("send"))) return null;
                ok = cs.location();
                continue;
            }
            if (m.equals("status") || m.equals("code") || m.equals("sendStatus")) {
                // res.status(500); res.json(...) as two statements: an error answer
                Integer st = cs.arg(0) instanceof Lit l && l.value() instanceof Double d ? d.intValue() : null;
                if (st == null || st >= 300) return null;
                continue;
            }
            return null; // anything else: a fallback, a cleanup, a retry
        }
        return ok;
    }

    private static boolean isLogCall(CallSite cs) {
        String m = cs.methodName();
        if (m == null || !Set.of("log", "error", "warn", "info", "debug", "trace", "fatal").contains(m)) return false;
        Val recv = Analysis.receiver(cs.callee());
        return recv != null;
    }

    private static final Pattern EMPTY_FN = Pattern.compile("^(?:async\\s*)?(?:\\(\\s*(?:[\\w$]+\\s*(?::\\s*[\\w$<>\\[\\]| ]+)?)?\\s*\\)|[\\w$]+)\\s*=>\\s*\\{\\s*\\}$"
            + "|^(?:async\\s+)?function\\s*[\\w$]*\\s*\\(\\s*[\\w$]*\\s*\\)\\s*\\{\\s*\\}$");

    /** {@code () => {}} / {@code function () {}}: a callback with an empty body and no comment in it. */
    private static boolean emptyFunction(Fn fn, String src) {
        if (!fn.calls().isEmpty() || !fn.returns().isEmpty() || !fn.nested().isEmpty() || !fn.mutations().isEmpty()) return false;
        String text = slice(src, fn.location());
        return text != null && EMPTY_FN.matcher(text.trim()).matches();
    }

    // ------------------------------------------------------------------ helpers

    /**
     * setErrorHandler calls in a Fastify app's package that serve none of its routes: set inside a plugin registered
     * without fastify-plugin (an encapsulated context of its own) that declares no route.
     */
    public List<Location> encapsulatedAway(Application app) {
        if (!app.framework().equals("fastify") || app.location() == null) return List.of();
        List<Location> out = new ArrayList<>();
        for (CallIndex.Site s : calls.sites("*.setErrorHandler")) {
            if (project.isTestPath(s.file().path()) || !sameTree(app.location().path(), s.file().path())) continue;
            if (!app.errorHandlers().contains(s.cs().location())) out.add(s.cs().location());
        }
        return out;
    }

    /** The file belongs to a Fastify application the model built (its scopes are known). */
    private boolean fastifyModelled(String path) {
        for (Application a : project.applications()) if (a.framework().equals("fastify") && sameTree(a.location().path(), path) && !a.routes().isEmpty()) return true;
        return false;
    }

    /** The framework of the application in the same package as {@code path} (express when none is found). */
    public String frameworkOf(String path) {
        for (Application a : project.applications()) if (sameTree(a.location().path(), path)) return a.framework();
        return project.applications().isEmpty() ? "express" : project.applications().get(0).framework();
    }

    /** True when both paths belong to the same package: the nearest folder with a package.json above them is the same. */
    public boolean sameTree(String a, String b) {
        return Objects.equals(packageOf(a), packageOf(b));
    }

    private final Map<String, String> packageOf = new java.util.concurrent.ConcurrentHashMap<>();

    /** The folder (with a trailing '/', "" for the root) of the nearest package.json above {@code path}. */
    public String packageOf(String path) {
        return packageOf.computeIfAbsent(path, p -> {
            String best = "";
            for (PackageJson m : dev.backcheck.workspace.PackageJson.of(project.manifests())) {
                String dir = m.path().contains("/") ? m.path().substring(0, m.path().lastIndexOf('/') + 1) : "";
                if (p.startsWith(dir) && dir.length() >= best.length()) best = dir;
            }
            return best;
        });
    }

    /** The text of a scanned file (read once), or null when it cannot be read. */
    String source(String path) {
        synchronized (sources) {
            if (sources.containsKey(path)) return sources.get(path);
            String s = SourceLines.text(project, path, 2_000_000);
            sources.put(path, s);
            return s;
        }
    }

    /** The text a location spans (columns are UTF-16 units, 1-based, end exclusive), or null. */
    static String slice(String src, Location l) {
        if (src == null || l == null) return null;
        int a = offset(src, l.line(), l.column());
        int b = offset(src, l.endLine(), l.endColumn());
        if (a < 0 || b < a) return null;
        return src.substring(a, Math.min(b, src.length()));
    }

    static int offset(String src, int line, int column) {
        // where each line starts, kept for the last source this thread sliced (slices come file by file)
        Object[] last = LINE_STARTS.get();
        int[] starts;
        if (last[0] == src) {
            starts = (int[]) last[1];
        } else {
            int n = 1;
            for (int i = 0; i < src.length(); i++) if (src.charAt(i) == '\n') n++;
            starts = new int[n];
            for (int i = 0, k = 1; i < src.length(); i++) if (src.charAt(i) == '\n') starts[k++] = i + 1;
            last[0] = src;
            last[1] = starts;
        }
        if (line > starts.length) return -1;
        int i = line <= 1 ? 0 : starts[line - 1];
        int o = i + column - 1;
        return o > src.length() ? src.length() : o;
    }

    private static final ThreadLocal<Object[]> LINE_STARTS = ThreadLocal.withInitial(() -> new Object[2]);

}
