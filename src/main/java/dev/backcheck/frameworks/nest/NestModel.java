package dev.backcheck.frameworks.nest;

import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.FrameworkModel;
import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.*;

import java.util.*;
import java.util.regex.Pattern;

/**
 * NestJS: the application is {@code NestFactory.create(AppModule)}; controllers come from the
 * {@code @Module} graph of the root module (all {@code @Controller} classes when it cannot be
 * followed), with {@code RouterModule} prefixes. Paths: global prefix (and its {@code exclude}),
 * URI version, controller path, method path. Chain, in Nest's order: {@code app.use} middleware,
 * {@code configure(consumer)} middleware matching the route, global guards ({@code useGlobalGuards},
 * {@code APP_GUARD}), controller guards, method guards (a guard that returns early on
 * {@code SetMetadata(KEY, true)} metadata it reads through the Reflector is skipped on routes
 * carrying that metadata; {@code @SkipThrottle} skips throttler guards), then validating pipes
 * (global, {@code APP_PIPE}, {@code @UsePipes}, parameter pipes) and validation done in the handler.
 * Parameters bound with {@code @Body() @Query() @Param()} become {@link Route.ParamInput}s,
 * validated when a pipe checks them (a ValidationPipe only for DTO classes with class-validator
 * decorators).
 */
public final class NestModel implements FrameworkModel {
    /** Nest's lifecycle hook methods run once when the app starts: code there is start-up code, not request code. */
    public static final Set<String> STARTUP_HOOKS = Set.of("onModuleInit", "onApplicationBootstrap");
    /** Nest's lifecycle hook methods run when the app shuts down (with enableShutdownHooks()). */
    public static final java.util.List<String> SHUTDOWN_HOOKS = java.util.List.of("onModuleDestroy", "beforeApplicationShutdown", "onApplicationShutdown");
    private static final String COMMON = "@nestjs/common";
    private static final String GQL = "@nestjs/graphql";
    /** Route decorators of @nestjs/common ({@code @Sse(path)} registers a GET route that streams server-sent events). */
    private static final Set<String> HTTP = Set.of("Get", "Post", "Put", "Patch", "Delete", "Options", "Head", "All", "Search", "Sse");
    private static final Set<String> PARSE_PIPES = Set.of("ParseIntPipe", "ParseFloatPipe", "ParseBoolPipe", "ParseUUIDPipe",
            "ParseEnumPipe", "ParseArrayPipe", "ParseDatePipe", "ParseFilePipe");

    @Override
    public String id() {
        return "nestjs";
    }

    @Override
    public List<Application> build(Project project) {
        if (!project.dependsOn("@nestjs/core") && !project.dependsOn("@nestjs/common") && project.files().values().stream()
                .noneMatch(f -> f.imports().values().stream().anyMatch(i -> i.module().equals("@nestjs/core")))) {
            return List.of();
        }
        Analysis analysis = ModelSupport.analysis(project);
        Classifier classifier = new Classifier(analysis);
        // applications: NestFactory.create(...) sites, and the calls made on what they return
        Map<Location, App> apps = new LinkedHashMap<>();
        ModelSupport.ParamBindings bindings = new ModelSupport.ParamBindings(project, analysis);
        for (FileFacts f : project.files().values()) {
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    String q = project.qname(cs.callee(), f);
                    if (q != null && isCreate(q)) {
                        apps.computeIfAbsent(cs.location(), k -> new App(cs.location(), cs.args(), f));
                        continue;
                    }
                    String m = cs.methodName();
                    Val recv = m == null ? null : Analysis.receiver(cs.callee());
                    if (recv == null) continue;
                    for (ModelSupport.Bound b : bindings.bind(recv, f, fn)) {
                        Val inst = appValue(project, b.val(), b.file(), 0);
                        if (!(inst instanceof Call c) || c.site() == null) continue;
                        App app = apps.computeIfAbsent(c.site(), k -> new App(c.site(), c.args(), b.file()));
                        app.calls.add(new AppCall(m, cs, f, fn, false));
                    }
                }
            }
        }
        if (!apps.isEmpty()) handedToMethods(project, analysis, bindings, apps);
        List<Application> out = new ArrayList<>();
        List<Application.Signal> signals = ModelSupport.signals(project);
        Set<Val> used = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> routeKeys = new HashSet<>();
        // a second creation serving the same routes (a dev server, a minimal copy) is the same application: the one the
        // package runs (package.json main, start or serve script) is the one kept, whatever the files' order
        dev.backcheck.concepts.ImportIndex index = dev.backcheck.concepts.ImportIndex.of(project);
        List<App> ordered = new ArrayList<>(apps.values());
        ordered.sort(Comparator.comparingInt((App app) -> index.packageEntry(app.file.path()) ? 0 : 1));
        for (App app : ordered) {
            // NestFactory.create(...) only to read config or run a seed, then app.close(): a script, not a server
            if (isScript(app)) continue;
            // NestFactory.create(SomeLibraryModule): a tool (schema generator, worker) with no project controller
            if (!app.createArgs.isEmpty() && project.classOf(app.createArgs.get(0), app.file) == null) {
                String lib = project.rootModule(app.createArgs.get(0), app.file);
                if (lib != null && project.dependsOn(lib)) continue;
            }
            Application a = new Builder(project, analysis, classifier, app, used).build(signals);
            // a second entry point (serverless handler, cluster worker) serving the same routes is the same application
            List<String> keys = new ArrayList<>();
            for (Route r : a.routes()) keys.add(r.method() + " " + r.path() + " " + r.location());
            if (!keys.isEmpty() && routeKeys.containsAll(keys)) continue;
            routeKeys.addAll(keys);
            out.add(a);
        }
        if (out.isEmpty()) return out;
        List<Control> unmounted = ModelSupport.unmountedControls(project, classifier, used);
        List<Application> res = new ArrayList<>();
        for (Application a : out) {
            List<Control> um = new ArrayList<>(unmounted);
            um.addAll(a.unmounted());
            res.add(new Application(a.framework(), a.location(), a.routes(), a.mounts(), um, a.errorHandlers(),
                    a.listens(), a.signals()));
        }
        return res;
    }

    /** An application that is closed and never listens or initialises: created to read config or seed a database. */
    private static boolean isScript(App app) {
        boolean closed = false;
        for (AppCall c : app.calls) {
            switch (c.method) {
                case "listen", "init", "getHttpAdapter", "getHttpServer" -> {
                    return false;
                }
                case "close" -> closed = true;
                default -> { }
            }
        }
        return closed;
    }

    private static boolean isCreate(String q) {
        return q.equals("@nestjs/core.NestFactory.create");
    }

    /** The NestFactory.create(...) call a receiver denotes (directly, or returned by a project function). */
    /** INestApplication methods that return the application (app.setGlobalPrefix('api').enableVersioning(...)). */
    private static final Set<String> FLUENT = Set.of("use", "setGlobalPrefix", "enableVersioning", "useGlobalPipes", "useGlobalGuards",
            "useGlobalFilters", "useGlobalInterceptors", "useWebSocketAdapter", "enableShutdownHooks", "useStaticAssets",
            "setBaseViewsDir", "setViewEngine", "useBodyParser");

    private static Val appValue(Project project, Val v, FileFacts f, int depth) {
        if (v == null || depth > 8) return null;
        Project.Resolved r = project.resolve(v, f);
        Val x = r.val();
        if (x instanceof Call c) {
            String q = project.qname(c.callee(), r.file());
            if (q != null && isCreate(q)) return x;
            // await Promise.race([NestFactory.create(AppModule), timeout]): the app, unless the timeout rejects first
            if (c.callee() instanceof Global g && g.name().equals("Promise") && g.path().equals(List.of("race"))
                    && c.args().size() == 1 && project.resolve(c.args().get(0), r.file()).val() instanceof Arr arr) {
                for (Val item : arr.items()) {
                    Val a = appValue(project, item, r.file(), depth + 1);
                    if (a != null) return a;
                }
            }
            String m = Vals.lastName(c.callee());
            // app.getHttpAdapter().getInstance(): the Fastify or Express instance under the app, whose register/use
            // (fastifyInstance.register(helmet)) serve every route of the app
            if ("getInstance".equals(m) && Analysis.receiver(c.callee()) instanceof Call ha && "getHttpAdapter".equals(Vals.lastName(ha.callee()))
                    && Analysis.receiver(ha.callee()) != null) {
                Val a = appValue(project, Analysis.receiver(ha.callee()), r.file(), depth + 1);
                if (a != null) return a;
            }
            if (m != null && FLUENT.contains(m) && Analysis.receiver(c.callee()) != null) {
                Val a = appValue(project, Analysis.receiver(c.callee()), r.file(), depth + 1);
                if (a != null) return a;
            }
            Project.FnRef factory = project.function(c.callee(), r.file());
            if (factory != null) {
                for (Val ret : factory.fn().returns()) {
                    Val a = appValue(project, ret, factory.file(), depth + 1);
                    if (a != null) return a;
                }
            }
        }
        return null;
    }

    /** @param devOnly reached through a call made only outside production ({@code if (isDev) this.installPipes(app)}) */
    private record AppCall(String method, CallSite cs, FileFacts file, Fn fn, boolean devOnly) { }

    /**
     * The application handed to a method of a project class: a bootstrap provider ({@code app.get(SetupService).configure(app)},
     * an injected {@code this.setup.configure(app)}) whose method, or a helper it calls in turn ({@code this.installPipes(app)}),
     * makes the calls on it. Plain functions taking the app are followed from their parameter already; a class method has no
     * such callers, so the calls made on its parameter are found here, walking forward from where the app is handed over.
     */
    private static void handedToMethods(Project project, Analysis analysis, ModelSupport.ParamBindings bindings, Map<Location, App> apps) {
        for (FileFacts f : project.files().values()) {
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if (cs.args().isEmpty() || cs.isNew() || project.function(cs.callee(), f) != null) continue;
                    Project.FnRef target = null;
                    boolean resolved = false;
                    for (int i = 0; i < cs.args().size(); i++) {
                        Val a = cs.arg(i);
                        if (!(a instanceof Local) && !(a instanceof Param) && !(a instanceof This) && !(a instanceof Call)) continue;
                        for (ModelSupport.Bound b : bindings.bind(a, f, fn)) {
                            Val inst = appValue(project, b.val(), b.file(), 0);
                            App app = inst instanceof Call c && c.site() != null ? apps.get(c.site()) : null;
                            if (app == null) continue;
                            if (!resolved) {
                                target = classMethod(project, analysis, cs, f, fn);
                                resolved = true;
                            }
                            if (target == null) break;
                            boolean dev = ModelSupport.envScope(project, f, cs.guards()) == ModelSupport.EnvScope.NOT_PRODUCTION;
                            Set<Fn> seen = Collections.newSetFromMap(new IdentityHashMap<>());
                            followApp(project, analysis, app, target, i, dev, seen, 0);
                        }
                    }
                }
            }
        }
    }

    /** The calls {@code target} makes on its parameter {@code index} (the app), and the methods and helpers it hands it on to. */
    private static void followApp(Project project, Analysis analysis, App app, Project.FnRef target, int index, boolean dev,
                                  Set<Fn> seen, int depth) {
        Fn fn = target.fn();
        FileFacts f = target.file();
        Fn.Param declared = fn.param(index);
        if (depth > 4 || declared == null || !seen.add(fn)) return;
        for (CallSite cs : fn.calls()) {
            boolean d = dev || ModelSupport.envScope(project, f, cs.guards()) == ModelSupport.EnvScope.NOT_PRODUCTION;
            String m = cs.methodName();
            Val recv = m == null ? null : Analysis.receiver(cs.callee());
            if (recv != null && isParam(project, recv, f, index, declared) && app.calls.stream().noneMatch(c -> c.cs == cs)) {
                app.calls.add(new AppCall(m, cs, f, fn, d));
            }
            for (int i = 0; i < cs.args().size(); i++) {
                if (!isParam(project, cs.arg(i), f, index, declared)) continue;
                Project.FnRef next = cs.isNew() ? null : project.function(cs.callee(), f);
                if (next == null) next = classMethod(project, analysis, cs, f, fn);
                if (next != null) followApp(project, analysis, app, next, i, d, seen, depth + 1);
            }
        }
    }

    private static boolean isParam(Project project, Val v, FileFacts f, int index, Fn.Param declared) {
        return v != null && project.resolve(v, f).val() instanceof Param p && p.path().isEmpty() && p.index() == index
                && p.name().equals(declared.name());
    }

    /**
     * The project class method a call runs: {@code this.m()}, an injected {@code this.service.m()}, {@code new C().m()}, or
     * a provider looked up from the container ({@code app.get(SetupService).m()}, {@code moduleRef.resolve(C)}).
     */
    private static Project.FnRef classMethod(Project project, Analysis analysis, CallSite cs, FileFacts f, Fn caller) {
        Project.FnRef m = analysis.resolveCallee(cs.callee(), f, caller);
        if (m != null) return m;
        Val recv = Analysis.receiver(cs.callee());
        String name = Vals.lastName(cs.callee());
        if (recv == null || name == null) return null;
        Project.Resolved r = project.resolve(recv, f);
        if (!(r.val() instanceof Call c) || c.args().isEmpty() || Analysis.receiver(c.callee()) == null) return null;
        String lookup = Vals.lastName(c.callee());
        if (!"get".equals(lookup) && !"resolve".equals(lookup)) return null;
        Project.ClassHit hit = project.classOf(c.args().get(0), r.file());
        if (hit == null) return null;
        hit = project.implementation(hit, name);
        Fn fm = hit.info().method(name);
        return fm == null ? null : new Project.FnRef(fm, hit.file());
    }

    private static final class App {
        final Location location;
        final List<Val> createArgs;
        final FileFacts file;
        final List<AppCall> calls = new ArrayList<>();

        App(Location location, List<Val> createArgs, FileFacts file) {
            this.location = location;
            this.createArgs = createArgs;
            this.file = file;
        }
    }

    /** Module metadata (an @Module argument or a dynamic module object) with the file its values belong to. */
    private record Meta(Obj obj, FileFacts file) { }

    /** A decorator with the file its values belong to. */
    private record Dec(Decorator d, FileFacts f) { }

    /** A controller class with the path prefix its module gets from RouterModule. */
    /** A controller the app serves, with its module's path prefix and the module declaring it (null when found outside the module graph). */
    private record Ctrl(Project.ClassHit hit, String modulePrefix, ClassInfo module) {
        Ctrl(Project.ClassHit hit, String modulePrefix) {
            this(hit, modulePrefix, null);
        }
    }

    /** A guard or pipe as applied, with the metadata key that makes it step aside. */
    /**
     * {@code exists}: the request fields (part → fields) the guard's canActivate looks up as a record id, turning the
     * request away when no record has it.
     */
    private record Guard(Control control, String skipKey, boolean throttler, Map<String, Set<String>> exists) {
        Guard(Control control, String skipKey, boolean throttler) {
            this(control, skipKey, throttler, Map.of());
        }
    }

    /**
     * DTO: a ValidationPipe; DTO_STRIP: a ValidationPipe with {@code whitelist: true}, which also strips (or, with
     * forbidNonWhitelisted, rejects) every property a class declares no class-validator decorator for.
     */
    private enum PipeKind { DTO, DTO_STRIP, PARSE, SCHEMA, OTHER }

    /**
     * {@code forbid}: a whitelisting ValidationPipe that also has {@code forbidNonWhitelisted} (and no
     * {@code excludeExtraneousValues} that would drop unknown keys before class-validator sees them): a body carrying a
     * property its DTO class declares no class-validator decorator for is answered 400.
     */
    private record Pipe(PipeKind kind, String name, Location location, boolean forbid, boolean transform, boolean strips) {
        Pipe(PipeKind kind, String name, Location location, boolean forbid, boolean transform) {
            this(kind, name, location, forbid, transform, false);
        }

        Pipe(PipeKind kind, String name, Location location) {
            this(kind, name, location, false, false, false);
        }

        Pipe(PipeKind kind, String name, Location location, boolean forbid) {
            this(kind, name, location, forbid, false, false);
        }
    }

    /** A consumer.apply(...).exclude(...).forRoutes(...) registration. */
    private record Consumer(List<Control> controls, List<RouteSel> forRoutes, List<RouteSel> excludes) { }

    /** A route selector: a path pattern (with optional method) or a controller class. */
    private record RouteSel(Pattern path, String method, ClassInfo controller) { }

    private static final class Builder {
        final Project project;
        final Analysis analysis;
        final Classifier classifier;
        final App app;
        final Set<Val> used;
        final List<Route> routes = new ArrayList<>();
        final List<Application.Mount> mounts = new ArrayList<>();
        final List<Location> errorHandlers = new ArrayList<>();
        final List<Location> listens = new ArrayList<>();
        final List<Control> appMiddleware = new ArrayList<>();
        /** app.use(path, mw): the path and the control, for the routes under that path only. */
        final List<Object[]> pathMiddleware = new ArrayList<>();
        final List<Guard> globalGuards = new ArrayList<>();
        final List<Pipe> globalPipes = new ArrayList<>();
        final List<Consumer> consumers = new ArrayList<>();
        String globalPrefix = "";
        /** True when a module import could not be followed: controllers outside the graph are then kept too. */
        boolean incomplete;
        final List<RouteSel> prefixExcludes = new ArrayList<>();
        /** null without enableVersioning; else URI, HEADER, MEDIA_TYPE or CUSTOM. */
        String versioning;
        /** How a non-URI version is selected, for the route's version: "header X-API-Version". */
        String versionSelector = "";
        List<String> defaultVersions = null;
        String versionPrefix = "v";
        int order;
        final dev.backcheck.concepts.ConfigValues config;
        final Map<ClassInfo, List<Meta>> dynamicMetas = new IdentityHashMap<>();
        /** Module imports the walk could not resolve (one notification per application, at the first module). */
        final Set<String> unresolvedImports = new TreeSet<>();
        Location unresolvedAt;
        int unresolvedModules;
        /** Unresolvable guards already reported. */
        final Set<String> reportedGuards = new HashSet<>();
        int depthGuard;
        /** Where ThrottlerModule.forRoot(...) is imported, if it is. */
        Location throttlerModule;

        Builder(Project project, Analysis analysis, Classifier classifier, App app, Set<Val> used) {
            this.project = project;
            this.analysis = analysis;
            this.classifier = classifier;
            this.app = app;
            this.used = used;
            this.config = new dev.backcheck.concepts.ConfigValues(project, app.file.path());
        }

        Application build(List<Application.Signal> signals) {
            // NestFactory.create(AppModule, { cors: true })
            // NestFactory.create(AppModule, options) or NestFactory.create(AppModule, adapter, options)
            Val options = app.createArgs.size() > 2 ? app.createArgs.get(2) : app.createArgs.size() > 1 ? app.createArgs.get(1) : null;
            if (options != null && project.resolve(options, app.file).val() instanceof Obj o) {
                Val c = o.props().get("cors");
                if (c != null && !(c instanceof Lit l && Boolean.FALSE.equals(l.value()))) {
                    mount(new Control(ControlKind.CORS, "cors", app.location, Set.of(), "global"));
                }
            }
            List<AppCall> calls = new ArrayList<>(app.calls);
            calls.sort(Comparator.comparing((AppCall c) -> c.file.path()).thenComparingInt(c -> c.cs.location().line())
                    .thenComparingInt(c -> c.cs.location().column()));
            for (AppCall c : calls) appCall(c);
            // the module graph
            List<Ctrl> controllers = new ArrayList<>();
            Set<ClassInfo> walked = Collections.newSetFromMap(new IdentityHashMap<>());
            Project.ClassHit root = app.createArgs.isEmpty() ? null : project.classOf(app.createArgs.get(0), app.file);
            if (root == null && !app.createArgs.isEmpty() && project.resolve(app.createArgs.get(0), app.file).val() instanceof Call) {
                // NestFactory.create(await AppModule.forRootAsync()): the dynamic module a static method of the root module
                // returns ({ module: AppModule, imports: [...] }) is that module's metadata (s31 hasbackend)
                Project.Resolved r = project.resolve(app.createArgs.get(0), app.file);
                dynamicModule(r);
                List<Project.ClassHit> hs = moduleClasses(app.createArgs.get(0), app.file, 0);
                if (hs.size() == 1 && !dynamicMetas.getOrDefault(hs.get(0).info(), List.of()).isEmpty()) root = hs.get(0);
            }
            if (root == null) {
                String written = app.createArgs.isEmpty() ? null : Classifier.displayName(app.createArgs.get(0));
                project.notModelled("root module " + (written == null ? "?" : "'" + written + "'")
                        + " of NestFactory.create could not be resolved; every @Controller class a module of the project declares is listed",
                        app.file.path(), app.location.line(), app.location.column(), true);
            }
            if (root != null) {
                Map<ClassInfo, String> prefixes = new IdentityHashMap<>();
                List<Project.ClassHit> modules = new ArrayList<>();
                walkModules(root, modules, Collections.newSetFromMap(new IdentityHashMap<>()), prefixes, 0);
                for (Project.ClassHit m : modules) walked.add(m.info());
                if (unresolvedAt != null) {
                    List<String> names = new ArrayList<>(unresolvedImports);
                    String list = String.join(", ", names.subList(0, Math.min(5, names.size())))
                            + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : "");
                    project.notModelled(names.size() + " module import" + (names.size() > 1 ? "s" : "") + (unresolvedModules > 1 ? " in "
                                    + unresolvedModules + " modules" : "") + " could not be resolved (" + list
                                    + "); every @Controller class a module of the project declares is listed",
                            unresolvedAt.path(), unresolvedAt.line(), unresolvedAt.column(), true);
                }
                for (Project.ClassHit m : modules) moduleProviders(m);
                for (Project.ClassHit m : modules) {
                    for (Meta meta : metas(m.info(), m.file())) {
                        if (!meta.obj.props().containsKey("controllers")) continue;
                        List<Project.Resolved> cs = new ArrayList<>();
                        importEntries(meta.obj.props().get("controllers"), meta.file, cs, m.info().location(), 0);
                        for (Project.Resolved c : cs) {
                            Project.ClassHit h = project.classOf(c.val(), c.file());
                            if (h != null) controllers.add(new Ctrl(h, prefixes.getOrDefault(m.info(), ""), m.info()));
                        }
                    }
                }
                for (Project.ClassHit m : modules) configure(m);
            }
            // every @Controller class only when the module graph could not be followed: an app whose root
            // module is known and declares no controller (a seed or worker module) serves none
            if (root == null || incomplete) {
                Set<ClassInfo> known = Collections.newSetFromMap(new IdentityHashMap<>());
                for (Ctrl c : controllers) known.add(c.hit.info());
                // Nest serves a controller only through a module's controllers list: one no @Module of the project
                // declares (a module that lists none, a paste-in draft file) is not served, whatever the walk missed
                Set<ClassInfo> declared = Collections.newSetFromMap(new IdentityHashMap<>());
                boolean declaredKnown = true;
                for (FileFacts f : project.files().values()) {
                    for (ClassInfo ci : f.classes().values()) {
                        if (decorator(ci.decorators(), "Module", f) == null) continue;
                        for (Meta meta : metas(ci, f)) {
                            Val cv = meta.obj.props().get("controllers");
                            if (cv == null) continue;
                            List<Project.Resolved> cs = new ArrayList<>();
                            importEntries(cv, meta.file, cs, ci.location(), 0);
                            for (Project.Resolved c : cs) {
                                Project.ClassHit h = project.classOf(c.val(), c.file());
                                if (h != null) declared.add(h.info());
                                else declaredKnown = false; // a list entry not followed: what it names is not known
                            }
                        }
                    }
                }
                declaredKnown &= !declared.isEmpty();
                for (FileFacts f : project.files().values()) {
                    for (ClassInfo ci : f.classes().values()) {
                        if (declaredKnown && !declared.contains(ci)) continue;
                        if (!known.contains(ci) && !decorators(ci.decorators(), "Controller", COMMON, f).isEmpty()) {
                            controllers.add(new Ctrl(new Project.ClassHit(ci, f), ""));
                        }
                    }
                }
                // global guards, pipes and middleware of the modules the walk could not reach
                {
                    for (FileFacts f : project.files().values()) {
                        for (ClassInfo ci : f.classes().values()) {
                            if (!walked.contains(ci) && decorator(ci.decorators(), "Module", f) != null) {
                                moduleProviders(new Project.ClassHit(ci, f));
                                configure(new Project.ClassHit(ci, f));
                            }
                        }
                    }
                }
            }
            Set<ClassInfo> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Ctrl c : controllers) if (seen.add(c.hit.info())) controller(c);
            // a @Controller class no module of the followed graph declares (its module commented out of the root module's
            // imports, a folder of disabled modules, an older copy beside the live one) is never served: Nest routes
            // requests only to controllers of the modules it boots, so no request reaches its handlers
            if (root != null && !incomplete) {
                for (FileFacts f : project.files().values()) {
                    if (project.isTestPath(f.path())) continue;
                    for (ClassInfo ci : f.classes().values()) {
                        if (seen.contains(ci) || decorators(ci.decorators(), "Controller", COMMON, f).isEmpty()) continue;
                        for (Fn m : ci.methods()) {
                            for (Decorator d : m.decorators()) {
                                if (d.name() != null && HTTP.contains(d.name())) {
                                    project.unservedHandler(m);
                                    break;
                                }
                            }
                        }
                    }
                }
            }
            // @nestjs/graphql resolvers: the providers of the module graph (every @Resolver class when it cannot be followed)
            if (root == null || incomplete || gqlResolvers.isEmpty()) {
                // providers: [...Object.values(resolvers)] cannot be followed either
                for (FileFacts f : project.files().values()) {
                    for (ClassInfo ci : f.classes().values()) {
                        Project.ClassHit h = new Project.ClassHit(ci, f);
                        if (!project.isTestPath(f.path()) && isGraphqlResolver(h)) gqlResolvers.add(h);
                    }
                }
            }
            for (Project.ClassHit h : gqlResolvers) if (seen.add(h.info())) graphqlResolver(h);
            for (Project.Resolved q : queryFeatures) nestjsQuery(q);
            lastRootFieldWins();
            // ThrottlerModule only stores limits: without a ThrottlerGuard no request is counted
            List<Control> unmounted = new ArrayList<>();
            if (throttlerModule != null && routes.stream().noneMatch(r -> r.has(ControlKind.RATE_LIMIT))) {
                unmounted.add(new Control(ControlKind.RATE_LIMIT, "ThrottlerModule (no ThrottlerGuard applies it)", throttlerModule, Set.of(), "global"));
            }
            return new Application("nestjs", app.location, routes, mounts, unmounted, errorHandlers, listens, signals);
        }

        private void mount(Control c) {
            mounts.add(new Application.Mount(c, "", List.of()));
        }

        // ------------------------------------------------------------ app.* calls

        private void appCall(AppCall c) {
            CallSite cs = c.cs;
            FileFacts f = c.file;
            // app.use(helmet()) under if (isProduction) protects production; under if (isDev) it does not
            ModelSupport.EnvScope env = c.devOnly ? ModelSupport.EnvScope.NOT_PRODUCTION : ModelSupport.envScope(project, f, cs.guards());
            if (env == ModelSupport.EnvScope.NOT_PRODUCTION && Set.of("use", "register", "enableCors", "useGlobalGuards", "useGlobalPipes")
                    .contains(c.method)) return;
            boolean prodOnly = env == ModelSupport.EnvScope.PRODUCTION_ONLY;
            switch (c.method) {
                case "setGlobalPrefix" -> {
                    String p = cs.args().isEmpty() ? null : config.string(cs.arg(0), f, c.fn);
                    if (p == null && !cs.args().isEmpty()) {
                        // the routes stay unprefixed, and the user is told that their paths miss a prefix
                        project.notModelled("global prefix from " + config.describe(cs.arg(0), f)
                                + " (its value is not in the code or the env files; routes are listed without it)",
                                f.path(), cs.location().line(), cs.location().column(), true);
                    }
                    globalPrefix = p == null ? "" : p;
                    if (cs.args().size() > 1 && project.resolve(cs.arg(1), f).val() instanceof Obj o && o.props().containsKey("exclude")) {
                        for (Val e : ModelSupport.flatten(project, List.of(o.props().get("exclude")), f)) {
                            RouteSel s = selector(e, f);
                            if (s != null) prefixExcludes.add(s);
                        }
                    }
                }
                case "enableVersioning" -> {
                    // enableVersioning() defaults to { type: VersioningType.URI }
                    Obj o = cs.args().isEmpty() ? null : project.resolve(cs.arg(0), f).val() instanceof Obj oo ? oo : null;
                    versioning = o == null ? "URI" : versioningType(o.props().get("type"), f);
                    if (o != null && o.props().containsKey("defaultVersion")) defaultVersions = versions(o.props().get("defaultVersion"), f, c.fn);
                    if (o != null && "URI".equals(versioning) && o.props().containsKey("prefix")) {
                        Val p = project.resolve(o.props().get("prefix"), f).val();
                        String ps = p instanceof Lit l && Boolean.FALSE.equals(l.value()) ? "" : config.string(o.props().get("prefix"), f, c.fn);
                        versionPrefix = ps != null ? ps : "v";
                    }
                    if (o != null && "HEADER".equals(versioning)) {
                        String h = config.string(o.props().get("header"), f, c.fn);
                        versionSelector = "header " + (h == null ? "?" : h);
                    } else if (o != null && "MEDIA_TYPE".equals(versioning)) {
                        String k = config.string(o.props().get("key"), f, c.fn);
                        versionSelector = "media type " + (k == null ? "?" : k);
                    } else if ("CUSTOM".equals(versioning)) {
                        versionSelector = "custom extractor";
                    }
                }
                case "useGlobalGuards" -> {
                    for (Val g : ModelSupport.flatten(project, cs.args(), f)) {
                        Guard gd = guard(g, f, cs.location(), "global");
                        if (gd != null) {
                            globalGuards.add(gd);
                            mount(gd.control);
                        }
                    }
                }
                case "useGlobalPipes" -> {
                    for (Val p : ModelSupport.flatten(project, cs.args(), f)) globalPipes.add(pipe(p, f, cs.location()));
                }
                case "useGlobalFilters" -> errorHandlers.add(cs.location());
                case "useGlobalInterceptors" -> {
                    for (Val a : ModelSupport.flatten(project, cs.args(), f)) if (catchesErrors(a, f)) errorHandlers.add(cs.location());
                    // an interceptor whose intercept() answers 429 under a count: a hand-written limiter on every route
                    for (Val a : ModelSupport.flatten(project, cs.args(), f)) {
                        Project.Resolved r = instanceClass(a, f);
                        Project.ClassHit h = project.classOf(r.val(), r.file());
                        Fn intercept = h == null ? null : h.info().method("intercept");
                        if (intercept == null) continue;
                        Control lim = classifier.classifyFunction(intercept, h.file(), h.info().name(), cs.location(), "global", false);
                        if (lim.kind() != ControlKind.RATE_LIMIT) continue;
                        if (prodOnly) lim = new Control(lim.kind(), lim.name() + ModelSupport.PRODUCTION_ONLY, lim.location(), lim.parts(), lim.scope());
                        appMiddleware.add(lim);
                        mount(lim);
                    }
                }
                case "use" -> {
                    // app.use('/admin/queues', boardAuth, board.getRouter()): middleware of that path only (Express's app.use
                    // under Nest, outside the global prefix), not of every route
                    String scope = cs.args().isEmpty() ? null : Val.constString(project.resolve(cs.arg(0), f).val());
                    if (scope != null && !scope.startsWith("/")) scope = null;
                    // app.use('/health', (req, res) => res.json({ status: 'ok' })) in main.ts: a function written in place on a
                    // path that answers and never passes on is an endpoint for every method there, outside the global prefix
                    // (s34 winemkt), as under Express
                    if (scope != null && !scope.equals("/") && !scope.contains("*") && cs.args().size() >= 2
                            && cs.arg(cs.args().size() - 1) instanceof FnVal fv
                            && dev.backcheck.frameworks.express.ExpressModel.answersOnlyMiddleware(fv.fn())
                            && !(fv.fn().statuses().size() > 0 && fv.fn().statuses().stream().allMatch(st -> st == 404))) {
                        List<Control> chain = new ArrayList<>(appMiddleware);
                        routes.add(new Route("ALL", scope, cs.location(), fv.fn(), chain, Set.of(), order++, List.of()));
                        return;
                    }
                    for (Val a : ModelSupport.flatten(project, cs.args(), f)) {
                        Val rv = project.resolve(a, f).val();
                        if (Val.constString(rv) != null) continue;
                        Control ctl = classifier.classify(a, f, cs.location(), "global");
                        if (ctl == null) continue;
                        if (prodOnly) ctl = new Control(ctl.kind(), ctl.name() + ModelSupport.PRODUCTION_ONLY, ctl.location(), ctl.parts(), ctl.scope());
                        used.add(rv);
                        if (scope != null && !scope.equals("/")) {
                            pathMiddleware.add(new Object[] {scope, ctl});
                            mounts.add(new Application.Mount(ctl, scope, List.of()));
                            continue;
                        }
                        appMiddleware.add(ctl);
                        mount(ctl);
                    }
                }
                case "register" -> {
                    // Nest on the Fastify adapter: app.register(helmet) / app.register(fastifyRateLimit, {...})
                    if (cs.args().isEmpty()) return;
                    String lib = project.rootModule(cs.arg(0), f);
                    ControlKind k = Classifier.kindOfPackage(lib);
                    if (k == ControlKind.HEADERS || k == ControlKind.CORS || k == ControlKind.RATE_LIMIT) {
                        Control ctl = new Control(k, prodOnly ? lib + ModelSupport.PRODUCTION_ONLY : lib, cs.location(), Set.of(), "global");
                        appMiddleware.add(ctl);
                        mount(ctl);
                    }
                }
                case "enableCors" -> mount(new Control(ControlKind.CORS, "cors", cs.location(), Set.of(), "global"));
                case "listen" -> listens.add(cs.location());
                default -> { }
            }
        }

        // ------------------------------------------------------------ modules

        /** The @Module metadata of a module class and what its dynamic-module methods return ({ module: X, controllers: [...] }). */
        private List<Meta> metas(ClassInfo ci, FileFacts f) {
            List<Meta> out = new ArrayList<>();
            Obj m = moduleMeta(ci, f);
            if (m != null) out.add(new Meta(m, f));
            out.addAll(dynamicMetas.getOrDefault(ci, List.of()));
            return out;
        }

        /** X.forRoot(...) / X.register(...) on a project module: the object its static method returns joins X's metadata. */
        private void dynamicModule(Project.Resolved r) {
            if (!(r.val() instanceof Call c)) return;
            Val recv = Analysis.receiver(c.callee());
            String name = Vals.lastName(c.callee());
            Project.ClassHit rh = recv == null ? null : project.classOf(recv, r.file());
            Fn sm = rh == null || name == null ? null : rh.info().method(name);
            if (sm == null) return;
            for (Val ret : sm.returns()) {
                Project.Resolved rr = project.resolve(ret, rh.file());
                if (rr.val() instanceof Obj o && (o.props().containsKey("controllers") || o.props().containsKey("imports")
                        || o.props().containsKey("providers"))) {
                    List<Meta> l = dynamicMetas.computeIfAbsent(rh.info(), k -> new ArrayList<>());
                    if (l.stream().noneMatch(x -> x.obj == o)) l.add(new Meta(o, rr.file()));
                }
            }
        }

        private Obj moduleMeta(ClassInfo ci, FileFacts f) {
            Decorator d = decorator(ci.decorators(), "Module", f);
            if (d == null || d.args().isEmpty()) return null;
            return project.resolve(d.arg(0), f).val() instanceof Obj o ? o : null;
        }

        private void walkModules(Project.ClassHit m, List<Project.ClassHit> out, Set<ClassInfo> seen, Map<ClassInfo, String> prefixes, int depth) {
            if (depth > 24 || !seen.add(m.info())) return;
            out.add(m);
            Decorator md = decorator(m.info().decorators(), "Module", m.file());
            Location where = md == null ? m.info().location() : md.location();
            List<Project.Resolved> entries = new ArrayList<>();
            for (Meta meta : metas(m.info(), m.file())) {
                Val imports = meta.obj.props().get("imports");
                if (imports != null) importEntries(imports, meta.file, entries, where, 0);
            }
            List<String> unresolved = new ArrayList<>();
            for (Project.Resolved r : entries) {
                dynamicModule(r);
                if (nestjsQueryFeature(r)) queryFeatures.add(r);
                // RouterModule.register([{ path: 'admin', module: AdminModule, children: [...] }])
                if (r.val() instanceof Call c && "register".equals(Vals.lastName(c.callee()))
                        && "RouterModule".equals(Vals.lastName(Analysis.receiver(c.callee()))) && !c.args().isEmpty()) {
                    routerModule(c.args().get(0), r.file(), "", prefixes, 0);
                    continue;
                }
                List<Project.ClassHit> hits = moduleClasses(r.val(), r.file(), 0);
                String lib = hits.isEmpty() ? project.rootModule(r.val(), r.file()) : null;
                if ("@nestjs/throttler".equals(lib) && throttlerModule == null) throttlerModule = where;
                if (hits.isEmpty() && (lib == null || !isPackage(lib) && !libraryScope(lib))) {
                    incomplete = true;
                    String written = Classifier.displayName(r.val());
                    unresolved.add(written != null ? written : r.val() instanceof Unknown u ? "a " + u.kind() + " expression" : "?");
                }
                for (Project.ClassHit h : hits) walkModules(h, out, seen, prefixes, depth + 1);
            }
            if (!unresolved.isEmpty()) {
                if (unresolvedAt == null) unresolvedAt = where;
                unresolvedModules++;
                unresolvedImports.addAll(unresolved);
            }
        }

        /**
         * A module of a package the manifests do not list but whose npm scope they do ({@code @nestjs/schedule} beside
         * {@code @nestjs/common}): a library's module (installed by hand or hoisted), which declares none of the project's
         * controllers. A project alias the resolver missed ({@code @app/x}, {@code @/x}) has no scope a dependency shares.
         */
        private boolean libraryScope(String lib) {
            if (!lib.startsWith("@") || lib.startsWith("@/") || lib.indexOf('/') < 2) return false;
            String scope = lib.substring(0, lib.indexOf('/') + 1);
            for (dev.backcheck.workspace.PackageJson m : dev.backcheck.workspace.PackageJson.of(project.manifests())) {
                if (m.name() != null && m.name().startsWith(scope)) return false; // the project's own scope (a workspace package)
            }
            for (dev.backcheck.workspace.PackageJson m : dev.backcheck.workspace.PackageJson.of(project.manifests())) {
                for (String d : m.dependencies().keySet()) if (d.startsWith(scope)) return true;
            }
            return false;
        }

        /** A package the project depends on, a node builtin or a package scope the manifests name. */
        private boolean isPackage(String lib) {
            if (project.dependsOn(lib) || lib.startsWith("node:")) return true;
            // a deep import of a dependency: @nestjs/typeorm/dist/x or lodash/fp
            String[] parts = lib.split("/");
            String pkg = lib.startsWith("@") && parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0];
            return project.dependsOn(pkg) || dev.backcheck.workspace.PackageJson.of(project.manifests()).isEmpty();
        }

        /**
         * The entries of an imports array as Nest sees them at boot: arrays flattened, a module chosen by a
         * condition ({@code cond ? A : B}) taken as one choice, helpers returning modules followed.
         */
        private void importEntries(Val v, FileFacts f, List<Project.Resolved> out, Location where, int depth) {
            Project.Resolved r = project.resolve(v, f);
            if (depth > 6) {
                out.add(r);
                return;
            }
            Val x = r.val();
            if (x instanceof Arr a) {
                for (Val i : a.items()) importEntries(i, r.file(), out, where, depth + 1);
                return;
            }
            if (x instanceof OneOf o && o.test() != null && o.options().size() == 2) {
                // cond ? AModule : BModule, decided by the configuration the repository documents
                Boolean h = config.holds(o.test(), r.file(), null);
                if (h != null) {
                    importEntries(o.options().get(h ? 0 : 1), r.file(), out, where, depth + 1);
                    return;
                }
            }
            if (x instanceof OneOf o) {
                // a condition the model cannot evaluate: the first module that resolves is mounted, once
                List<Project.Resolved> first = null;
                int choices = 0;
                for (Val opt : o.options()) {
                    List<Project.Resolved> sub = new ArrayList<>();
                    importEntries(opt, r.file(), sub, where, depth + 1);
                    boolean resolves = sub.stream().anyMatch(e -> !moduleClasses(e.val(), e.file(), 0).isEmpty()
                            || project.rootModule(e.val(), e.file()) != null);
                    if (!resolves) continue;
                    choices++;
                    if (first == null) first = sub;
                }
                if (first != null) out.addAll(first);
                if (choices > 1 && mountsControllers(o, r.file())) {
                    project.notModelled("module chosen by a condition at import time (" + Classifier.displayName(o.options().get(0))
                                    + " or another); the first option is mounted", where.path(), where.line(), where.column(), true);
                }
                return;
            }
            if (x instanceof Call c && project.classOf(Analysis.receiver(c.callee()), r.file()) == null) {
                Project.FnRef helper = project.function(c.callee(), r.file());
                if (helper != null && !helper.fn().returns().isEmpty()) {
                    importEntries(helper.fn().returns().get(helper.fn().returns().size() - 1), helper.file(), out, where, depth + 1);
                    return;
                }
            }
            out.add(r);
        }

        /** True when some option of a conditional import brings controllers (a choice between providers-only modules changes no route). */
        private boolean mountsControllers(OneOf o, FileFacts f) {
            for (Val opt : o.options()) {
                for (Project.ClassHit h : moduleClasses(opt, f, 0)) {
                    Obj meta = moduleMeta(h.info(), h.file());
                    if (meta != null && meta.props().containsKey("controllers")) return true;
                }
            }
            return false;
        }

        /** Module classes an import entry denotes: X, X.forRoot(...), forwardRef(() => X), { module: X }. */
        private List<Project.ClassHit> moduleClasses(Val v, FileFacts f, int depth) {
            if (v == null || depth > 4) return List.of();
            Project.Resolved r = project.resolve(v, f);
            Val x = r.val();
            Project.ClassHit h = project.classOf(x, r.file());
            if (h != null) return List.of(h);
            if (x instanceof Call c) {
                if ("forwardRef".equals(Vals.lastName(c.callee())) && !c.args().isEmpty()) {
                    Project.FnRef fr = project.function(c.args().get(0), r.file());
                    if (fr != null && !fr.fn().returns().isEmpty()) return moduleClasses(fr.fn().returns().get(0), fr.file(), depth + 1);
                    return List.of();
                }
                Val recv = Analysis.receiver(c.callee());
                if (recv != null) {
                    Project.ClassHit rh = project.classOf(recv, r.file());
                    if (rh != null) return List.of(rh);
                }
            }
            if (x instanceof Obj o && o.props().containsKey("module")) return moduleClasses(o.props().get("module"), r.file(), depth + 1);
            return List.of();
        }

        /**
         * RouterModule.register(routes) as Nest flattens it: an entry with a path and a module gives the module
         * that path (joined to its parents'); a module class listed among children gets its parent's path; a
         * later entry for the same module wins.
         */
        private void routerModule(Val routesVal, FileFacts f, String prefix, Map<ClassInfo, String> prefixes, int depth) {
            if (depth > 8) return;
            Project.Resolved rr = project.resolve(routesVal, f);
            List<Project.Resolved> items = new ArrayList<>();
            if (rr.val() instanceof Arr a) for (Val i : a.items()) items.add(project.resolve(i, rr.file()));
            else items.add(rr);
            for (Project.Resolved item : items) {
                FileFacts file = item.file();
                if (!(item.val() instanceof Obj o)) {
                    if (depth > 0) for (Project.ClassHit h : moduleClasses(item.val(), file, 0)) prefixes.put(h.info(), prefix);
                    continue;
                }
                String p = "";
                if (o.props().containsKey("path")) {
                    p = config.string(o.props().get("path"), file, null);
                    if (p == null) {
                        Location at = app.location;
                        project.notModelled("RouterModule path from " + config.describe(o.props().get("path"), file)
                                + " (its value is not known; the module's routes are listed without it)", file.path(), at.line(), at.column(), true);
                        p = "";
                    }
                }
                String full = ModelSupport.join(prefix, p);
                if (o.props().containsKey("module") && !p.isEmpty()) {
                    for (Project.ClassHit h : moduleClasses(o.props().get("module"), file, 0)) prefixes.put(h.info(), full);
                }
                if (o.props().containsKey("children")) routerModule(o.props().get("children"), file, full, prefixes, depth + 1);
            }
        }

        /** APP_GUARD / APP_PIPE / APP_FILTER providers of a module. */
        private void moduleProviders(Project.ClassHit m) {
            for (Meta meta : metas(m.info(), m.file())) {
                if (!meta.obj.props().containsKey("providers")) continue;
                List<Project.Resolved> ps = new ArrayList<>();
                importEntries(meta.obj.props().get("providers"), meta.file, ps, m.info().location(), 0);
                for (Project.Resolved r : ps) {
                    Project.ClassHit rh = r.val() instanceof ClassRef ? project.classOf(r.val(), r.file()) : null;
                    if (rh != null && isGraphqlResolver(rh)) gqlResolvers.add(rh);
                }
                for (Project.Resolved r : ps) provider(m, r);
            }
        }

        private void provider(Project.ClassHit m, Project.Resolved r) {
            {
                if (!(r.val() instanceof Obj o)) return;
                String token = Vals.lastName(o.props().get("provide"));
                Val impl = o.props().containsKey("useClass") ? o.props().get("useClass")
                        : o.props().containsKey("useExisting") ? o.props().get("useExisting") : o.props().get("useValue");
                // useFactory: () => new ValidationPipe({...}): what the factory returns (a single value)
                if (impl == null && project.resolve(o.props().get("useFactory"), r.file()).val() instanceof FnVal fv
                        && fv.fn().returns().size() == 1) impl = fv.fn().returns().get(0);
                Location where = locationOf(o, r.file(), m.info().location());
                if (token == null) return;
                switch (token) {
                    case "APP_GUARD" -> {
                        if (impl == null) return;
                        Guard g = guard(impl, r.file(), where, "global");
                        if (g != null) {
                            globalGuards.add(g);
                            mount(g.control);
                        }
                    }
                    case "APP_PIPE" -> {
                        if (impl != null) globalPipes.add(pipe(impl, r.file(), where));
                    }
                    case "APP_FILTER" -> errorHandlers.add(where);
                    case "APP_INTERCEPTOR" -> {
                        if (impl != null && catchesErrors(impl, r.file())) errorHandlers.add(where);
                    }
                    default -> { }
                }
            }
        }

        private static Location locationOf(Obj o, FileFacts f, Location fallback) {
            for (Val v : o.props().values()) {
                if (v instanceof Call c && c.site() != null) return c.site();
                if (v instanceof New n && n.site() != null) return n.site();
            }
            return fallback;
        }

        /** configure(consumer) { consumer.apply(M).exclude(...).forRoutes(...) } */
        private void configure(Project.ClassHit m) {
            Fn conf = m.info().method("configure");
            if (conf == null) return;
            List<Fn> bodies = new ArrayList<>();
            bodies.add(conf);
            bodies.addAll(conf.nested());
            for (Fn body : bodies) {
                for (CallSite cs : body.calls()) {
                    if (!"forRoutes".equals(cs.methodName())) continue;
                    List<RouteSel> fors = new ArrayList<>();
                    for (Val a : ModelSupport.flatten(project, cs.args(), m.file())) {
                        RouteSel s = selector(a, m.file());
                        if (s != null) fors.add(s);
                    }
                    List<RouteSel> excl = new ArrayList<>();
                    List<Control> ctls = new ArrayList<>();
                    Val cur = Analysis.receiver(cs.callee());
                    for (int hop = 0; hop < 8 && cur instanceof Call c; hop++) {
                        String n = Vals.lastName(c.callee());
                        if ("exclude".equals(n)) {
                            for (Val a : ModelSupport.flatten(project, c.args(), m.file())) {
                                RouteSel s = selector(a, m.file());
                                if (s != null) excl.add(s);
                            }
                        } else if ("apply".equals(n)) {
                            for (Val a : ModelSupport.flatten(project, c.args(), m.file())) {
                                Control ctl = middleware(a, m.file(), cs.location());
                                if (ctl != null) ctls.add(ctl);
                            }
                            break;
                        }
                        cur = Analysis.receiver(c.callee());
                    }
                    if (!ctls.isEmpty()) {
                        consumers.add(new Consumer(ctls, fors, excl));
                        for (Control ctl : ctls) mounts.add(new Application.Mount(ctl, "", List.of()));
                    }
                }
            }
        }

        /** A middleware given to consumer.apply: a class with use(), a function, or a library middleware. */
        private Control middleware(Val v, FileFacts f, Location where) {
            Project.ClassHit h = project.classOf(v, f);
            if (h != null) {
                Fn use = h.info().method("use");
                if (use == null) return new Control(ControlKind.OTHER, h.info().name(), where, Set.of(), "global");
                Control c = classifier.classifyFunction(use, h.file(), h.info().name(), where, "global", false);
                // a CSRF middleware (it checks X-CSRF-Token and turns the request away with 403, never 401) authenticates
                // no one, whatever it reads of the session to bind the token to: as for a CSRF guard (classGuard)
                if (c.kind() == ControlKind.AUTH && dev.backcheck.concepts.CsrfProtections.csrfOnly(h.info(), use)) {
                    return new Control(ControlKind.OTHER, c.name(), c.location(), Set.of(), c.scope());
                }
                return c;
            }
            used.add(project.resolve(v, f).val());
            return classifier.classify(v, f, where, "global");
        }

        /** A path string, a { path, method } object or a controller class, as forRoutes/exclude take them. */
        private RouteSel selector(Val v, FileFacts f) {
            Project.Resolved r = project.resolve(v, f);
            Val x = r.val();
            String s = Val.constString(x);
            if (s != null) return new RouteSel(pathPattern(s), null, null);
            if (x instanceof Obj o) {
                String p = Val.constString(project.resolve(o.props().get("path"), r.file()).val());
                if (p == null) return null;
                String method = Vals.lastName(o.props().get("method"));
                if (method != null && method.equals("ALL")) method = null;
                return new RouteSel(pathPattern(p), method, null);
            }
            Project.ClassHit h = project.classOf(x, r.file());
            if (h != null) return new RouteSel(null, null, h.info());
            return null;
        }

        /** Nest route patterns: 'cats', 'cats/*', '*', '(.*)', 'users/:id', '{*splat}', '*wildcard', 'docs{/*rest}'. Matched against the path without prefix and version. */
        private static Pattern pathPattern(String s) {
            String p = s.replaceAll("^/+", "").replaceAll("/+$", "");
            StringBuilder re = new StringBuilder();
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (p.startsWith("(.*)", i)) {
                    re.append(".*");
                    i += 3;
                } else if (c == '{') {
                    // path-to-regexp 8 (Nest 11): {/optional}, {*splat}
                    re.append("(?:");
                } else if (c == '}') {
                    re.append(")?");
                } else if (c == '*') {
                    // '*', and Nest 11's named wildcard '*path'
                    re.append(".*");
                    int j = i + 1;
                    while (j < p.length() && (Character.isLetterOrDigit(p.charAt(j)) || p.charAt(j) == '_')) j++;
                    i = j - 1;
                } else if (c == ':') {
                    int j = i + 1;
                    while (j < p.length() && (Character.isLetterOrDigit(p.charAt(j)) || p.charAt(j) == '_')) j++;
                    re.append("[^/]+");
                    i = j - 1;
                } else {
                    re.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return Pattern.compile("/*" + re + "/*");
        }

        private static boolean selects(RouteSel s, String relPath, String method, ClassInfo ctrl) {
            if (s.controller != null) return s.controller == ctrl;
            if (s.method != null && !s.method.equalsIgnoreCase(method)) return false;
            String p = relPath.replaceAll("^/+", "");
            return s.path.matcher(p).matches();
        }

        // ------------------------------------------------------------ guards and pipes

        /** Classifies a guard: library guards by package, project guards by class and what canActivate does. */
        /** What a guard, pipe or interceptor argument resolves to: for {@code new X()}, X itself. */
        /**
         * An interceptor whose {@code intercept()} pipes the handler's stream through rxjs {@code catchError}: every error
         * a route raises passes through it and leaves as it shapes it, as through a global exception filter.
         */
        private boolean catchesErrors(Val v, FileFacts f) {
            Project.Resolved r = instanceClass(v, f);
            Project.ClassHit h = project.classOf(r.val(), r.file());
            Fn intercept = h == null ? null : h.info().method("intercept");
            if (intercept == null) return false;
            for (CallSite c : intercept.calls()) {
                if (!"catchError".equals(c.methodName())) continue;
                String root;
                try {
                    root = project.rootModule(c.callee(), h.file());
                } catch (RuntimeException e) {
                    root = null;
                }
                if (root != null && (root.equals("rxjs") || root.startsWith("rxjs/"))) return true;
            }
            return false;
        }

        private Project.Resolved instanceClass(Val v, FileFacts f) {
            Project.Resolved r = project.resolve(v, f);
            return r.val() instanceof New n ? project.resolve(n.callee(), r.file()) : r;
        }

        private Guard guard(Val v, FileFacts f, Location where, String scope) {
            Project.Resolved r = instanceClass(v, f);
            Val x = r.val();
            Project.ClassHit h = project.classOf(x, r.file());
            if (h != null) {
                Guard g = classGuard(h, where, scope);
                // a global authenticating guard keeps its class, whose canActivate the AUTH concept reads route by route
                // (an allow-list of paths it lets through: Authentication.skips)
                if ("global".equals(scope) && g.control.kind() == ControlKind.AUTH && g.control.options() == null) {
                    Control c = g.control;
                    g = new Guard(new Control(c.kind(), c.name(), c.location(), c.parts(), c.scope(), new Control.Options(x, r.file().path(), where)),
                            g.skipKey, g.throttler, g.exists);
                }
                return g;
            }
            // a project function that returns the guard class: AuthGuard(options) { return PassportAuthGuard(['jwt']) }
            Project.FnRef factory = x instanceof Call fc ? project.function(fc.callee(), r.file()) : null;
            if (factory != null && !factory.fn().returns().isEmpty() && depthGuard++ < 4) {
                try {
                    Guard g = guard(factory.fn().returns().get(0), factory.file(), where, scope);
                    if (g != null && g.control.kind() != ControlKind.OTHER) {
                        String written = Vals.lastName(((Call) x).callee());
                        return new Guard(new Control(g.control.kind(), written == null ? g.control.name() : written, where, Set.of(), scope),
                                g.skipKey, g.throttler);
                    }
                } finally {
                    depthGuard--;
                }
            }
            String root = project.rootModule(x, r.file());
            String name = Vals.lastName(x instanceof Call c ? c.callee() : x);
            if (root != null && !isPackage(root)) {
                // a project guard behind an import the model cannot resolve: what it checks is unknown
                String written = Classifier.displayName(v);
                if (reportedGuards.add(root + "#" + written)) {
                    project.notModelled("guard " + (written == null ? "?" : written) + " imported from '" + root
                            + "' could not be resolved (what it checks is unknown)", where.path(), where.line(), where.column(), true);
                }
                // (UNRESOLVED: the routes behind it are not judged open, as for an Express middleware the model cannot see)
                return new Guard(new Control(ControlKind.UNRESOLVED, written == null ? root : written, where, Set.of(), scope), null, false);
            }
            if (root != null) {
                used.add(x);
                if (root.equals("@nestjs/throttler")) {
                    return new Guard(new Control(ControlKind.RATE_LIMIT, root, where, Set.of(), scope), null, true);
                }
                if (root.equals("@nestjs/passport") && "AuthGuard".equals(name)) {
                    if (passwordGuard(x, r.file())) {
                        return new Guard(new Control(ControlKind.OTHER, root, where, Set.of(), scope,
                                new Control.Options(x, r.file().path(), where)), null, false);
                    }
                    // AuthGuard('google'): an OAuth sign-in, open to anonymous visitors
                    if (oauthGuard(x, r.file())) return new Guard(new Control(ControlKind.OTHER, root, where, Set.of(), scope), null, false);
                    return new Guard(new Control(ControlKind.AUTH, root, where, Set.of(), scope), null, false);
                }
                ControlKind k = Classifier.kindOfPackage(root);
                return new Guard(new Control(k == null ? ControlKind.OTHER : k, root, where, Set.of(), scope), null, false);
            }
            String written = Classifier.displayName(v);
            return new Guard(new Control(ControlKind.OTHER, written == null ? "?" : written, where, Set.of(), scope), null, false);
        }

        /** {@code AuthGuard('local')}: a guard running a password strategy ({@link dev.backcheck.concepts.Authentication#passwordStrategy}). */
        private boolean passwordGuard(Val guard, FileFacts f) {
            return dev.backcheck.concepts.Authentication.passwordStrategy(project, strategyName(guard, f));
        }

        /** {@code AuthGuard('google')}: a guard running an OAuth sign-in strategy ({@link dev.backcheck.concepts.Authentication#oauthSignInStrategy}). */
        private boolean oauthGuard(Val guard, FileFacts f) {
            return dev.backcheck.concepts.Authentication.oauthSignInStrategy(project, strategyName(guard, f));
        }

        /** The strategy name {@code AuthGuard('name')} runs, or null. */
        private String strategyName(Val guard, FileFacts f) {
            if (!(guard instanceof Call c) || c.args().size() != 1 || f == null) return null;
            return Val.constString(project.resolve(c.args().get(0), f).val());
        }

        private Guard classGuard(Project.ClassHit h, Location where, String scope) {
            String name = h.info().name();
            ControlKind kind = null;
            boolean throttler = false;
            Control.Options signIn = null; // AuthGuard('local') extended: the strategy it runs
            // what it extends: AuthGuard('jwt') from @nestjs/passport, ThrottlerGuard, another project guard
            Project.ClassHit cur = h;
            String skip = null;
            Boolean lenient = null; // the nearest handleRequest override: true when it never turns a request away
            boolean passportBase = false;
            for (int i = 0; i < 6 && cur != null; i++) {
                if (skip == null) skip = skipKey(cur);
                Fn hr = cur.info().method("handleRequest");
                if (lenient == null && hr != null) lenient = neverRejects(hr);
                Fn can = cur.info().method("canActivate");
                if (kind == null && can != null) {
                    Control c = classifier.classifyFunction(can, cur.file(), name, where, scope, false);
                    // a CSRF guard (it checks X-CSRF-Token, turns the request away with 400/403, never 401) authenticates no one,
                    // whatever it reads of the user on the way (a session id to tie the token to, a user id in a log line)
                    if (c.kind() == ControlKind.AUTH && dev.backcheck.concepts.CsrfProtections.csrfOnly(cur.info(), can)) kind = ControlKind.OTHER;
                    else if (c.kind() == ControlKind.AUTH || c.kind() == ControlKind.RATE_LIMIT) kind = c.kind();
                    else if (rejectsWithoutCredential(can, cur.file(), cur.info()) || answersUserTest(can) || answersCredentialCheck(can)) kind = ControlKind.AUTH;
                }
                Val sup = cur.info().superClass();
                if (sup == null) break;
                Project.Resolved sr = project.resolve(sup, cur.file());
                String root = project.rootModule(sr.val(), sr.file());
                if (root != null) {
                    String sn = Vals.lastName(sr.val() instanceof Call sc ? sc.callee() : sr.val());
                    // AuthGuard('local'): a passport-local strategy, the sign-in itself (Authentication.passwordStrategy)
                    if (root.equals("@nestjs/passport") && "AuthGuard".equals(sn) && passwordGuard(sr.val(), sr.file())) {
                        kind = ControlKind.OTHER;
                        signIn = new Control.Options(sr.val(), sr.file().path(), where);
                    } else if (root.equals("@nestjs/passport") && "AuthGuard".equals(sn) && oauthGuard(sr.val(), sr.file())) {
                        kind = ControlKind.OTHER; // an OAuth sign-in (GoogleOAuthGuard extends AuthGuard('google'))
                    } else if (root.equals("@nestjs/passport") && "AuthGuard".equals(sn)) {
                        kind = ControlKind.AUTH;
                        passportBase = true;
                    }
                    else if (root.equals("@nestjs/throttler")) {
                        kind = ControlKind.RATE_LIMIT;
                        throttler = true;
                    } else if (kind == null && Classifier.kindOfPackage(root) != null) kind = Classifier.kindOfPackage(root);
                    break;
                }
                cur = project.classOf(sr.val(), sr.file());
            }
            // @nestjs/passport's AuthGuard refuses through handleRequest (its default throws UnauthorizedException when no user
            // came out of the strategy, read from @nestjs/passport auth.guard.js): an override that hands the user back
            // whatever it is (handleRequest(err, user) { return user }) lets a caller with no token in: optional authentication
            if (passportBase && Boolean.TRUE.equals(lenient) && kind == ControlKind.AUTH) kind = ControlKind.OTHER;
            return new Guard(new Control(kind == null ? ControlKind.OTHER : kind, name, where, Set.of(), scope, signIn), skip, throttler,
                    existsChecked(h));
        }

        /** A handleRequest that throws nothing, answers no status and hands nothing to the base class's own: it refuses no one. */
        private boolean neverRejects(Fn hr) {
            // (throw err of the error passport handed over leaves no thrown type in the facts: its text shows it)
            Location at = hr.location();
            if (at == null) return false;
            List<String> lines = dev.backcheck.concepts.SourceLines.read(project, at.path());
            if (lines.isEmpty() || at.endLine() > lines.size()) return false;
            for (int i = at.line() - 1; i < at.endLine(); i++) if (lines.get(i).matches(".*\\bthrow\\b.*")) return false;
            List<Fn> bodies = new ArrayList<>();
            bodies.add(hr);
            bodies.addAll(hr.nested());
            for (Fn b : bodies) {
                if (!b.throwsTypes().isEmpty() || !b.statuses().isEmpty()) return false;
                for (CallSite cs : b.calls()) {
                    if (cs.isNew()) return false;
                    if (cs.callee() instanceof Unknown u && u.kind().equals("super")) return false;
                    if ("handleRequest".equals(cs.methodName())) return false;
                }
            }
            return true;
        }

        /**
         * The request fields the canActivate a guard class runs (its own, or the nearest base class's) looks up as a
         * record id and rejects the request for when no record has it: const share = await prisma.share.findUnique({
         * where: { id: request.params.id } }); if (!share) throw new NotFoundException(). Only ids of stored records get
         * past it, an allow-list of the values the handler then receives. A guard that logs the miss and lets the
         * request through, or looks up another field, checks nothing here.
         */
        private Map<String, Set<String>> existsChecked(Project.ClassHit h) {
            Project.ClassHit cur = h;
            for (int i = 0; i < 6 && cur != null; i++) {
                Fn can = cur.info().method("canActivate");
                if (can != null) {
                    Analysis.Summary s = analysis.summary(can, cur.file());
                    Map<String, Set<String>> out = new TreeMap<>();
                    s.existsFields().forEach((k, v) -> out.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
                    // if (!PROVIDERS.includes(provider)) throw new NotFoundException(): checked by hand before the handler runs
                    s.checkedFields().forEach((k, v) -> out.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
                    // return this.platforms.includes(provider) && ...: false unless the value is one of the allowed
                    returnedAllowList(can, cur.file()).forEach((k, v) -> out.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
                    return out;
                }
                Val sup = cur.info().superClass();
                if (sup == null) break;
                Project.Resolved sr = project.resolve(sup, cur.file());
                if (project.rootModule(sr.val(), sr.file()) != null) break;
                cur = project.classOf(sr.val(), sr.file());
            }
            return Map.of();
        }

        /**
         * Request fields a guard's canActivate lets through only when an allow-list has them: the first conjunct of the
         * returned condition ({@code return ALLOWED.includes(x) && ...}) or a negated test answered with false
         * ({@code if (!ALLOWED.includes(x)) return false;}). Nest answers 403 when canActivate says false.
         */
        private static final Pattern RETURN_START = Pattern.compile("\\breturn\\s*\\(?\\s*$");
        private static final Pattern CONJUNCT_END = Pattern.compile("^\\s*(&&|\\)|;|$)");
        private static final Pattern NEGATED_IF = Pattern.compile("\\bif\\s*\\(\\s*!\\s*$");
        private static final Pattern RETURNS_FALSE = Pattern.compile("^\\s*\\)\\s*(\\{\\s*)?return\\s+false\\b");

        private Map<String, Set<String>> returnedAllowList(Fn can, FileFacts file) {
            Map<String, Set<String>> out = new TreeMap<>();
            if (file == null || can.location() == null) return out;
            List<String> lines = dev.backcheck.concepts.SourceLines.read(project, can.location().path());
            for (CallSite cs : can.calls()) {
                String m = cs.methodName();
                Location at = cs.location();
                if (!("includes".equals(m) || "has".equals(m)) || cs.args().size() != 1 || at == null || at.line() < 1
                        || at.endLine() > lines.size() || !(cs.arg(0) instanceof Req q) || q.path().size() != 1) continue;
                // the allow-list is the receiver, not the request value (name.includes('x') tests the value's content)
                if (Vals.anyPart(cs.callee(), v -> v instanceof Req)) continue;
                StringBuilder before = new StringBuilder();
                for (int l = Math.max(1, at.line() - 2); l < at.line(); l++) before.append(lines.get(l - 1)).append(' ');
                String first = lines.get(at.line() - 1);
                before.append(first, 0, Math.min(first.length(), Math.max(0, at.column() - 1)));
                String last = lines.get(at.endLine() - 1);
                String after = last.substring(Math.min(last.length(), Math.max(0, at.endColumn() - 1)));
                boolean returned = RETURN_START.matcher(before).find() && CONJUNCT_END.matcher(after).find();
                // if (!ALLOWED.includes(x)) return false;: Nest answers 403 when canActivate says false
                boolean refused = NEGATED_IF.matcher(before).find() && RETURNS_FALSE.matcher(after).find();
                if (!returned && !refused) continue;
                out.computeIfAbsent(q.part(), x -> new TreeSet<>()).add(q.path().get(0));
            }
            return out;
        }

        /**
         * A guard that reads a credential from the request (the Authorization header, an API-key header, a
         * cookie) and answers 401 when it is missing or wrong: an API-key or opaque-token check looked up in a
         * store rather than a signed token.
         */
        /**
         * A canActivate that answers whether the request carries a signed-in user ({@code return !!request.user}, a test
         * of the user's roles): it reads the request's user and answers a value other than a constant, so a request
         * with none is refused (Nest answers 403 for false). One that only returns true lets everyone through.
         */
        private static boolean answersUserTest(Fn can) {
            List<Fn> bodies = new ArrayList<>();
            bodies.add(can);
            bodies.addAll(can.nested());
            boolean user = false;
            for (Fn b : bodies) for (Fn.Read r : b.reads()) if (r.part().equals("user")) user = true;
            if (!user) return false;
            // if (!requiredRoles) return true; ... request.user: a roles guard that looks at the user only for the handlers
            // whose metadata it read (a reflector's answer tested truthy): the others it lets through
            for (CallSite cs : can.calls()) {
                String m = cs.methodName();
                if (!"switchToHttp".equals(m) && !"getRequest".equals(m)) continue;
                for (CallSite.Guard g : cs.guards()) {
                    if (g.holds() && "truthy".equals(g.op()) && g.left() instanceof Call rc
                            && Set.of("get", "getAllAndOverride", "getAllAndMerge").contains(String.valueOf(Vals.lastName(rc.callee())))) return false;
                }
            }
            for (Val r : can.returns()) if (!(r instanceof Lit)) return true;
            return false;
        }

        /**
         * A canActivate that answers false without a credential header and otherwise the answer of a check of it
         * ({@code const key = request.headers['x-api-key']; if (!key) return false; return this.keys.validate(key);}),
         * whatever context the request came from (GqlExecutionContext's getContext().request): Nest answers 403 for false.
         */
        private static boolean answersCredentialCheck(Fn can) {
            boolean refuses = false, checks = false;
            for (Val r : can.returns()) {
                if (r instanceof Lit l && Boolean.FALSE.equals(l.value())) refuses = true;
                else if (!(r instanceof Lit) && Vals.anyPartDeep(r, x -> credentialHeader(x), 200)) checks = true;
            }
            return refuses && checks;
        }

        private static final java.util.regex.Pattern CREDENTIAL_HEADER = java.util.regex.Pattern.compile(
                "(?i)(authorization|x-api-key|api-key|apikey|x-[a-z-]*(key|token|secret))");

        /** request.headers['x-api-key'], req.headers.authorization: a credential header read off any request object. */
        private static boolean credentialHeader(Val x) {
            if (x instanceof Req q) return q.part().equals("headers") && !q.path().isEmpty() && CREDENTIAL_HEADER.matcher(q.path().get(0)).matches();
            return x instanceof Member m && m.object() instanceof Member h && h.prop().equals("headers") && CREDENTIAL_HEADER.matcher(m.prop()).matches();
        }

        private boolean rejectsWithoutCredential(Fn can, FileFacts file, ClassInfo owner) {
            List<Fn> bodies = new ArrayList<>();
            bodies.add(can);
            bodies.addAll(can.nested());
            // canActivate(ctx) { return this.validateRequest(ctx); }: the methods of its own class it hands the check to
            // (a few deep), where the header is read and the 401 thrown
            for (int i = 0; i < bodies.size() && bodies.size() < 24; i++) {
                for (CallSite cs : bodies.get(i).calls()) {
                    if (!(cs.callee() instanceof This t) || t.path().size() != 1) continue;
                    Fn m = owner.method(t.path().get(0));
                    if (m == null || bodies.contains(m)) continue;
                    bodies.add(m);
                    bodies.addAll(m.nested());
                }
            }
            boolean reads = false;
            boolean rejects = false;
            for (Fn b : bodies) {
                if (b.statuses().contains(401)) rejects = true;
                for (Fn.Read r : b.reads()) if (r.part().equals("headers") || r.part().equals("cookies")) reads = true;
                for (CallSite cs : b.calls()) {
                    // req.header('x-api-key') / req.get('authorization'): Express's header accessors on the request Nest hands over
                    if (!cs.isNew() && cs.callee() instanceof Req q && q.part().equals("raw") && q.path().size() == 1
                            && Set.of("header", "get", "getHeader").contains(q.path().get(0))) reads = true;
                    // throw new AppError(ErrorCode.UNAUTHORIZED, msg, HttpStatus.UNAUTHORIZED): a project error answering 401
                    if (cs.isNew() && Integer.valueOf(401).equals(analysis.errorStatus(cs, file))) rejects = true;
                }
            }
            return reads && rejects;
        }

        /**
         * Whether guard {@code g} lets the route through by its metadata ({@link #skipKey}): the route sets the key it steps
         * aside for, or leaves unset the key it checks ("!" + key: a roles guard with no @Roles on the route).
         */
        private static final Pattern REFUSAL_ERROR = Pattern.compile("(?i).*(forbidden|unauthori[sz]ed).*");

        private static boolean stepsAside(Guard g, Set<String> meta) {
            if (g.skipKey == null) return false;
            if (g.skipKey.startsWith("!")) return !meta.contains("?" + g.skipKey.substring(1));
            // (keys the guard steps aside for, either one: "=isPublic|=optionalAuth")
            for (String k : g.skipKey.split("\\|")) if (meta.contains(k)) return true;
            return false;
        }

        /**
         * The metadata key a guard steps aside for: canActivate reads KEY through the Reflector and
         * returns true (the {@code @Public()} pattern). Null when it has none. A guard that returns true when the key is
         * not set ({@code const roles = reflector.get(ROLES_KEY, ..); if (!roles) return true;}) checks only routes that
         * set it: "!" + KEY.
         */
        private String skipKey(Project.ClassHit h) {
            String handled = handleRequestKey(h);
            if (handled != null) return handled;
            Fn can = h.info().method("canActivate");
            if (can == null) return null;
            boolean returnsTrue = false;
            String key = null;
            Set<String> keys = new HashSet<>();
            Val read = null;
            List<Fn> bodies = new ArrayList<>();
            bodies.add(can);
            bodies.addAll(can.nested());
            for (Fn b : bodies) {
                for (CallSite cs : b.calls()) {
                    String m = cs.methodName();
                    if (m == null || !(m.equals("get") || m.equals("getAllAndOverride") || m.equals("getAllAndMerge"))) continue;
                    Val recv = Analysis.receiver(cs.callee());
                    if (!isReflector(recv, h) || cs.args().isEmpty()) continue;
                    key = metadataKey(cs.arg(0), h.file());
                    keys.add(String.valueOf(key));
                    read = cs.callee();
                }
            }
            final Val readCallee = read;
            for (Fn b : bodies) {
                for (Val r : b.returns()) {
                    // return true; / return isPublic ? true : super.canActivate(ctx); / return isPublic || super.canActivate(ctx);
                    if (Vals.anyPart(r, x -> x instanceof Lit l && Boolean.TRUE.equals(l.value())
                            || readCallee != null && x instanceof Call c && c.callee().equals(readCallee))) returnsTrue = true;
                }
            }
            // if (!requiredRoles) return true; .. throw new ForbiddenException(): every refusal runs only where the key is set
            boolean unlessSet = false;
            if (readCallee != null) {
                boolean refuses = false, ungated = false;
                for (Fn b : bodies) {
                    for (CallSite cs : b.calls()) {
                        if (!cs.isNew() || cs.methodName() == null || !REFUSAL_ERROR.matcher(cs.methodName()).matches()) continue;
                        refuses = true;
                        boolean gated = cs.guards().stream().anyMatch(g -> "truthy".equals(g.op()) && g.holds()
                                && g.left() instanceof Call gc && gc.callee().equals(readCallee));
                        if (!gated) ungated = true;
                    }
                }
                unlessSet = refuses && !ungated;
            }
            // (one key read only: a guard that reads several, @Public then @Roles, checks more than the one) ... unless it
            // answers true at once where one of them is set, under that test alone: if (isPublic) return true; then the
            // user, then skipOrgGuard: a route marked @Public passes whatever the rest checks
            String base = null;
            if (keys.size() > 1) base = passesOnKey(can, h);
            if (base == null) base = !returnsTrue || key == null ? null : unlessSet && keys.size() == 1 ? "!" + key : key;
            // a passport guard whose own canActivate hands every route it does not pass at once to passport
            // (super.canActivate), and whose handleRequest returns the user, found or not, where a second key is set
            // (@OptionalAuth(): if (isOptional) return user): those routes pass with no token as well
            Fn handle = h.info().method("handleRequest");
            String optional = handle != null && handsOnToPassport(can) ? passesOnKey(handle, h, true) : null;
            if (optional != null && base != null && !base.startsWith("!") && !base.equals(optional)) return base + "|" + optional;
            return base;
        }

        /** Whether canActivate refuses nothing itself: it answers true or what passport's canActivate answers, never false or an error. */
        private static boolean handsOnToPassport(Fn can) {
            if (can == null) return false;
            boolean handsOn = false;
            List<Fn> bodies = new ArrayList<>();
            bodies.add(can);
            bodies.addAll(can.nested());
            for (Fn b : bodies) {
                for (CallSite cs : b.calls()) {
                    if (cs.isNew() && cs.methodName() != null && REFUSAL_ERROR.matcher(cs.methodName()).matches()) return false;
                    if ("canActivate".equals(cs.methodName()) && cs.callee() instanceof Member m && m.object() instanceof Unknown u && "super".equals(u.kind())) handsOn = true;
                }
                for (Val r : b.returns()) if (r instanceof Lit l && Boolean.FALSE.equals(l.value())) return false;
            }
            return handsOn;
        }

        /**
         * The metadata key under whose test alone canActivate returns true, itself ({@code const isPublic =
         * this.reflector.getAllAndOverride(IS_PUBLIC_KEY, [..]); if (isPublic) return true;}), or null.
         */
        private String passesOnKey(Fn can, Project.ClassHit h) {
            return passesOnKey(can, h, false);
        }

        /**
         * A passport guard ({@code extends AuthGuard('jwt')}) that honours the key in {@code handleRequest(err, user, info,
         * context)}: {@code if (isPublic) return user;} before it throws for a missing user. Passport's canActivate calls
         * handleRequest with what the strategy found, and answers true when it returns without throwing: a route that sets
         * the key passes with no token. Only when the guard does not write canActivate itself (its own decides first).
         */
        private String handleRequestKey(Project.ClassHit h) {
            if (h.info().method("canActivate") != null) return null;
            Fn handle = h.info().method("handleRequest");
            return handle == null ? null : passesOnKey(handle, h, true);
        }

        /** {@link #passesOnKey(Fn, Project.ClassHit)}; with {@code anyValue}, a return of any value (not a throw) under the key's test. */
        private String passesOnKey(Fn can, Project.ClassHit h, boolean anyValue) {
            for (int i = 0; i < can.returns().size(); i++) {
                if (!anyValue && (!(can.returns().get(i) instanceof Lit l) || !Boolean.TRUE.equals(l.value()))) continue;
                List<CallSite.Guard> gs = can.returnGuards(i);
                if (gs.size() != 1) continue;
                CallSite.Guard g = gs.get(0);
                if (!"truthy".equals(g.op()) || !g.holds() || !(g.left() instanceof Call c) || c.args().isEmpty()) continue;
                String m = Vals.lastName(c.callee());
                if (m == null || !(m.equals("get") || m.equals("getAllAndOverride") || m.equals("getAllAndMerge"))) continue;
                if (!isReflector(Analysis.receiver(c.callee()), h)) continue;
                String k = metadataKey(c.args().get(0), h.file());
                if (k != null) return k;
            }
            return null;
        }

        private boolean isReflector(Val recv, Project.ClassHit h) {
            if (recv instanceof This t && t.path().size() == 1) {
                String field = t.path().get(0);
                for (Fn.Param p : h.info().ctorParams()) if (p.name().equals(field)) return "Reflector".equals(p.type());
                for (ClassInfo.Prop p : h.info().props()) if (p.name().equals(field)) return "Reflector".equals(p.type()) || p.value() != null;
                return field.toLowerCase(Locale.ROOT).contains("reflector");
            }
            return recv != null && "Reflector".equals(Vals.lastName(recv));
        }

        /** A metadata key as a comparable string: its constant value, else the symbol it is bound to. */
        private String metadataKey(Val v, FileFacts f) {
            Project.Resolved r = project.resolve(v, f);
            String s = Val.constString(r.val());
            if (s != null) return "=" + s;
            if (r.val() instanceof Call c && c.site() != null) return "@" + c.site();
            return null;
        }

        /**
         * Metadata keys set to {@code true} by a decorator list ({@code @Public()} = SetMetadata(IS_PUBLIC_KEY, true)), and
         * each key set to any value as {@code "?" + key}.
         */
        private Set<String> trueMetadata(List<Decorator> decs, FileFacts f) {
            Set<String> out = new HashSet<>();
            for (Decorator d : decs) {
                Val call = new Call(d.callee(), d.args(), d.location());
                collectMetadata(call, f, out, 0);
            }
            return out;
        }

        private void collectMetadata(Val v, FileFacts f, Set<String> out, int depth) {
            if (depth > 4 || !(v instanceof Call c)) return;
            String name = Vals.lastName(c.callee());
            String root = project.rootModule(c.callee(), f);
            if ("SetMetadata".equals(name) && COMMON.equals(root) && c.args().size() >= 2) {
                Val val = project.resolve(c.args().get(1), f).val();
                String key = metadataKey(c.args().get(0), f);
                if (key != null && val instanceof Lit l && Boolean.TRUE.equals(l.value())) out.add(key);
                // set at all, whatever its value (@Roles('admin') = SetMetadata(ROLES_KEY, roles)): "?" + key
                if (key != null) out.add("?" + key);
                return;
            }
            if ("applyDecorators".equals(name) && COMMON.equals(root)) {
                for (Val a : c.args()) collectMetadata(project.resolve(a, f).val(), f, out, depth + 1);
                return;
            }
            // a project decorator factory: export const Public = () => SetMetadata(IS_PUBLIC_KEY, true)
            Project.FnRef fn = project.function(c.callee(), f);
            if (fn != null) {
                for (Val ret : fn.fn().returns()) collectMetadata(project.resolve(ret, fn.file()).val(), fn.file(), out, depth + 1);
            }
        }

        /**
         * The parts a validating pipe's control names: "dto", and "strip" for a whitelisting ValidationPipe or a schema pipe
         * that hands on what its schema's parse answered (zod's object drops the keys it does not declare).
         */
        private static Set<String> pipeParts(Pipe pp) {
            return pp.kind == PipeKind.DTO_STRIP || pp.strips ? Set.of("dto", "strip") : Set.of("dto");
        }

        /**
         * The options a project subclass of ValidationPipe hands its parent ({@code class AppPipe extends ValidationPipe {
         * constructor(dev) { super({ whitelist: true, .. }) } }}), with the file they are written in; null when it hands none.
         */
        private Project.Resolved superOptions(Val callee, FileFacts f) {
            Project.Resolved c = project.resolve(callee, f);
            Project.ClassHit h = project.classOf(c.val(), c.file());
            for (int i = 0; i < 6 && h != null; i++) {
                Fn ctor = h.info().method("constructor");
                if (ctor != null) {
                    for (CallSite cs : ctor.calls()) {
                        if (cs.callee() instanceof Unknown u && u.kind().equals("super")) {
                            return cs.args().isEmpty() ? null : project.resolve(cs.args().get(0), h.file());
                        }
                    }
                }
                Val sup = h.info().superClass();
                if (sup == null) return null;
                Project.Resolved sr = project.resolve(sup, h.file());
                if (project.rootModule(sr.val(), sr.file()) != null) return null;
                h = project.classOf(sr.val(), sr.file());
            }
            return null;
        }

        /** Classifies a pipe: ValidationPipe (DTO), Parse*Pipe, zod/schema pipes, project pipes by what transform does. */
        private Pipe pipe(Val v, FileFacts f, Location where) {
            return pipe(v, f, where, 0);
        }

        private Pipe pipe(Val v, FileFacts f, Location where, int depth) {
            Project.Resolved r = project.resolve(v, f);
            Val x = r.val();
            // useValue: createAppValidationPipe(): a project factory whose one return is the pipe (return new ValidationPipe({..}))
            if (x instanceof Call c && depth < 3) {
                Project.FnRef t;
                try {
                    t = project.function(c.callee(), r.file());
                } catch (RuntimeException e) {
                    t = null;
                }
                if (t != null && t.fn().returns().size() == 1 && t.fn().returns().get(0) instanceof New) {
                    return pipe(t.fn().returns().get(0), t.file(), where, depth + 1);
                }
            }
            if (x instanceof New n) {
                if (n.site() != null) where = n.site();
                // a project subclass of ValidationPipe: the options its constructor hands to super(..)
                Project.Resolved cls = project.resolve(n.callee(), r.file());
                Project.Resolved inherited = project.classOf(cls.val(), cls.file()) != null ? superOptions(n.callee(), r.file()) : null;
                // new ValidationPipe({ whitelist: true }): no undecorated property gets through
                Pipe p = n.args().isEmpty() && inherited == null ? null : pipe(n.callee(), r.file(), where);
                // transform: true: its transformPrimitive turns a named @Query('x')/@Param('x') typed boolean into
                // value === true || value === 'true' (read from @nestjs/common 10.4 pipes/validation.pipe.js)
                FileFacts optFile = inherited != null ? inherited.file() : r.file();
                Val options = p == null || p.kind != PipeKind.DTO ? null
                        : inherited != null ? inherited.val() : project.resolve(n.args().get(0), r.file()).val();
                boolean transform = options instanceof Obj to0 && to0.props().get("transform") instanceof Lit tl && Boolean.TRUE.equals(tl.value());
                if (options instanceof Obj o && o.props().get("whitelist") instanceof Lit l && Boolean.TRUE.equals(l.value())) {
                    // forbidNonWhitelisted: class-validator reports each property without metadata instead of deleting it
                    // (it acts only with whitelist); excludeExtraneousValues would drop them in plainToInstance first
                    Val to = o.props().get("transformOptions");
                    Val tov = to == null ? null : project.resolve(to, optFile).val();
                    boolean forbid = o.props().get("forbidNonWhitelisted") instanceof Lit fl && Boolean.TRUE.equals(fl.value())
                            && (to == null || tov instanceof Obj tobj && (!tobj.props().containsKey("excludeExtraneousValues")
                                    || tobj.props().get("excludeExtraneousValues") instanceof Lit el && Boolean.FALSE.equals(el.value())));
                    return new Pipe(PipeKind.DTO_STRIP, p.name, where, forbid, transform);
                }
                if (transform) return new Pipe(PipeKind.DTO, p.name, where, false, true);
                r = project.resolve(n.callee(), r.file());
                x = r.val();
            }
            Project.ClassHit h = project.classOf(x, r.file());
            if (h != null) {
                Project.ClassHit cur = h;
                for (int i = 0; i < 6 && cur != null; i++) {
                    Fn t = cur.info().method("transform");
                    if (t != null) {
                        Analysis.Summary s = analysis.summary(t, cur.file());
                        if (!s.validatedParams().isEmpty() || !s.validatedParts().isEmpty()) {
                            return new Pipe(PipeKind.SCHEMA, h.info().name(), where, false, false, returnsParsed(t));
                        }
                        // transform(value) { if (!SUPPORTED_LOCALES.includes(value)) throw new BadRequestException(..); return value }:
                        // a rejecting guard checks the whole value's type, format or range (an allow-list here)
                        if (s.checkedParams().getOrDefault(0, Set.of()).contains("")) return new Pipe(PipeKind.SCHEMA, h.info().name(), where);
                    }
                    Val sup = cur.info().superClass();
                    if (sup == null) break;
                    Project.Resolved sr = project.resolve(sup, cur.file());
                    String root = project.rootModule(sr.val(), sr.file());
                    if (root != null) {
                        Pipe lib = libraryPipe(sr.val(), sr.file(), root, where);
                        if (lib.kind != PipeKind.OTHER) return new Pipe(lib.kind, h.info().name(), where);
                        break;
                    }
                    cur = project.classOf(sr.val(), sr.file());
                }
                return new Pipe(PipeKind.OTHER, h.info().name(), where);
            }
            String root = project.rootModule(x, r.file());
            if (root != null) return libraryPipe(x, r.file(), root, where);
            return new Pipe(PipeKind.OTHER, String.valueOf(Classifier.displayName(v)), where);
        }

        /**
         * A pipe's transform that answers what a schema's parse of its value answered ({@code return this.schema.parse(value)},
         * parseAsync): the handler gets the schema's output, not the value as sent (a zod object keeps only its declared keys).
         */
        private static boolean returnsParsed(Fn transform) {
            if (transform.params().isEmpty()) return false;
            for (Val r : transform.returns()) {
                if (r instanceof Call c && Set.of("parse", "parseAsync").contains(String.valueOf(Vals.lastName(c.callee())))
                        && c.args().size() == 1 && c.args().get(0) instanceof Param p && p.index() == 0 && p.path().isEmpty()) return true;
            }
            return false;
        }

        private Pipe libraryPipe(Val x, FileFacts f, String root, Location where) {
            String name = Vals.lastName(x instanceof Call c ? c.callee() : x);
            if (name == null) name = root;
            if (COMMON.equals(root) && name.equals("ValidationPipe")) return new Pipe(PipeKind.DTO, name, where);
            if (COMMON.equals(root) && PARSE_PIPES.contains(name)) return new Pipe(PipeKind.PARSE, name, where);
            if (name.contains("Zod") || root.contains("zod") || Classifier.kindOfPackage(root) == ControlKind.VALIDATION) {
                return new Pipe(PipeKind.SCHEMA, name, where);
            }
            return new Pipe(PipeKind.OTHER, name, where);
        }

        // ------------------------------------------------------------ controllers and routes

        private Decorator decorator(List<Decorator> decs, String name, FileFacts f) {
            for (Decorator d : decs) {
                if (!name.equals(d.name())) continue;
                String root = project.rootModule(d.callee(), f);
                if (root == null || root.startsWith("@nestjs/")) return d;
            }
            return null;
        }

        /** Arguments of a decorator a project decorator returns, its parameters bound to the constants it was called with. */
        private List<Val> bind(List<Val> args, Decorator outer, FileFacts outerFile) {
            List<Val> out = new ArrayList<>(args.size());
            for (Val a : args) {
                if (a instanceof Param p && p.index() < outer.args().size()) {
                    // name, or options.prefix / const { prefix } = options
                    Project.Resolved cur = project.resolve(outer.args().get(p.index()), outerFile);
                    for (String step : p.path()) {
                        if (!(cur.val() instanceof Obj o) || !o.props().containsKey(step)) {
                            cur = null;
                            break;
                        }
                        cur = project.resolve(o.props().get(step), cur.file());
                    }
                    String s = cur == null ? null : Val.constString(cur.val());
                    out.add(s != null ? new Lit(s) : a);
                } else out.add(a);
            }
            return out;
        }

        /** The decorators named {@code name} from {@code module}, also those a project decorator combines with applyDecorators. */
        private List<Dec> decorators(List<Decorator> decs, String name, String module, FileFacts f) {
            List<Dec> out = new ArrayList<>();
            for (Dec d : expand(decs, f)) {
                if (!name.equals(d.d.name())) continue;
                String root = project.rootModule(d.d.callee(), d.f);
                if (root == null || root.equals(module)) out.add(d);
            }
            return out;
        }

        /**
         * Decorators as applied: each one, and for a project decorator ({@code export function Auth() { return
         * applyDecorators(UseGuards(JwtGuard), Roles(...)) }}) the decorators it returns, as if written in its place.
         */
        private List<Dec> expand(List<Decorator> decs, FileFacts f) {
            List<Dec> out = new ArrayList<>();
            for (Decorator d : decs) expand(d, f, out, 0);
            return out;
        }

        private void expand(Decorator d, FileFacts f, List<Dec> out, int depth) {
            out.add(new Dec(d, f));
            if (depth > 3) return;
            Project.FnRef fn = project.function(d.callee(), f);
            if (fn == null) return;
            for (Val ret : fn.fn().returns()) {
                Project.Resolved r = project.resolve(ret, fn.file());
                if (!(r.val() instanceof Call c)) continue;
                String name = Vals.lastName(c.callee());
                if ("applyDecorators".equals(name) && COMMON.equals(project.rootModule(c.callee(), r.file()))) {
                    for (Val a : ModelSupport.flatten(project, c.args(), r.file())) {
                        Project.Resolved ar = project.resolve(a, r.file());
                        if (ar.val() instanceof Call ac && Vals.lastName(ac.callee()) != null) {
                            expand(new Decorator(Vals.lastName(ac.callee()), ac.callee(), bind(ac.args(), d, f), d.location()), ar.file(), out, depth + 1);
                        }
                    }
                } else if (name != null && !name.equals(d.name())) {
                    expand(new Decorator(name, c.callee(), bind(c.args(), d, f), d.location()), r.file(), out, depth + 1);
                }
            }
        }

        private String versioningType(Val type, FileFacts f) {
            if (type == null) return "URI";
            String n = Vals.lastName(type);
            if (n != null && Set.of("URI", "HEADER", "MEDIA_TYPE", "CUSTOM").contains(n)) return n;
            Val x = project.resolve(type, f).val();
            if (x instanceof Lit l && l.value() instanceof Number num) {
                return switch (num.intValue()) {
                    case 1 -> "HEADER";
                    case 2 -> "MEDIA_TYPE";
                    case 3 -> "CUSTOM";
                    default -> "URI";
                };
            }
            return "URI";
        }

        /** Versions as Nest reads them: a string, VERSION_NEUTRAL ("" here) or an array of both. */
        private List<String> versions(Val v, FileFacts f, Fn fn) {
            Val x = project.resolve(v, f).val();
            List<String> out = new ArrayList<>();
            if (x instanceof Arr a) {
                for (Val i : a.items()) out.addAll(versions(i, f, fn));
                return out;
            }
            if ("VERSION_NEUTRAL".equals(Vals.lastName(v)) || "VERSION_NEUTRAL".equals(Vals.lastName(x))) {
                out.add("");
                return out;
            }
            String s = config.string(v, f, fn);
            out.add(s != null ? s : "{unknown}");
            return out;
        }

        private List<String> paths(Val v, FileFacts f) {
            if (v == null) return List.of("");
            Val x = project.resolve(v, f).val();
            List<String> out = new ArrayList<>();
            if (x instanceof Arr a) {
                for (Val i : a.items()) out.addAll(paths(i, f));
                return out.isEmpty() ? List.of("") : out;
            }
            String s = Val.constString(x);
            out.add(s != null ? s : ModelSupport.templatePath(x));
            return out;
        }

        private void controller(Ctrl ctrl) {
            ClassInfo ci = ctrl.hit.info();
            FileFacts f = ctrl.hit.file();
            // @Controller(...), also when a project decorator applies it (applyDecorators(Controller(name), UseGuards(...)))
            List<Dec> cds = decorators(ci.decorators(), "Controller", COMMON, f);
            if (cds.isEmpty()) return;
            Decorator cd = cds.get(0).d;
            FileFacts cf = cds.get(0).f;
            List<String> ctrlPaths = List.of("");
            List<String> ctrlVersions = null;
            if (!cd.args().isEmpty()) {
                Val a = project.resolve(cd.arg(0), cf).val();
                if (a instanceof Obj o) {
                    if (o.props().containsKey("path")) ctrlPaths = paths(o.props().get("path"), cf);
                    if (o.props().containsKey("version")) ctrlVersions = versions(o.props().get("version"), cf, null);
                } else ctrlPaths = paths(cd.arg(0), cf);
            }
            // class metadata is read through the prototype chain: a class without its own @UseGuards takes its parent's
            ClassLevel level = classLevel(ctrl.hit);
            List<Guard> classGuards = level.guards();
            List<Pipe> classPipes = level.pipes();
            Set<String> classMeta = level.meta();
            Boolean classSkipThrottle = level.skipThrottle();
            // route methods of the class and of the project classes it extends (a generic CRUD base controller)
            Set<String> seen = new HashSet<>();
            Project.ClassHit cur = ctrl.hit;
            // Nest registers a module's controllers in the order its controllers list gives them, and the modules in the
            // order its scanner met them (@nestjs/core 10 DependenciesScanner.scanForModules: a module, then its imports
            // depth first, each once; RoutesResolver.resolve walks that container in order): with the whole graph followed,
            // one index for the application (s34 smarket: UserModule's GET admin/:id answers GET admin/payouts of the later
            // PayoutModule; two modules' POST webhooks/stripe, the first wins); else one per module
            shadow = !firstMatch() ? null : ctrl.module() == null ? new dev.backcheck.frameworks.express.ShadowIndex()
                    : !incomplete ? appShadow
                    : moduleShadows.computeIfAbsent(ctrl.module(), k -> new dev.backcheck.frameworks.express.ShadowIndex());
            shadowModule = ctrl.module();
            for (int depth = 0; depth < 6 && cur != null; depth++) {
                for (Fn m : cur.info().methods()) {
                    if (!seen.add(m.name())) continue;
                    for (Decorator d : m.decorators()) {
                        if (d.name() == null || !HTTP.contains(d.name())) continue;
                        String root = project.rootModule(d.callee(), cur.file());
                        if (root != null && !root.equals(COMMON)) continue;
                        route(ctrl, ci, cur.file(), m, d, ctrlPaths, ctrlVersions, classGuards, classPipes, classMeta, classSkipThrottle);
                    }
                }
                cur = superClass(cur);
            }
            shadow = null;
        }

        /**
         * The routes of the controller being read so far, when Nest registers them on a router that runs the first match:
         * the Express adapter (the default) takes a controller's methods in the order the class declares them (its own, then
         * its base class's), so a later route whose every request an earlier one matches ({@code GET :id} before {@code GET
         * questions}) is never reached (the earlier handler answers, or its pipe or guard refuses). Null on the Fastify
         * adapter (find-my-way prefers a written segment to a parameter) and under {@code routeResolutionStrategy} (Nest
         * then sorts the routes by how specific they are).
         */
        private dev.backcheck.frameworks.express.ShadowIndex shadow;
        private final Map<ClassInfo, dev.backcheck.frameworks.express.ShadowIndex> moduleShadows = new IdentityHashMap<>();
        /** The application's index when the module graph was followed whole, and the module each of its entries came from. */
        private final dev.backcheck.frameworks.express.ShadowIndex appShadow = new dev.backcheck.frameworks.express.ShadowIndex();
        private final Map<String, ClassInfo> shadowOwner = new HashMap<>();
        private ClassInfo shadowModule;

        private Boolean firstMatch;

        private boolean firstMatch() {
            if (firstMatch != null) return firstMatch;
            boolean first = !(project.dependsOn("@nestjs/platform-fastify") && !project.dependsOn("@nestjs/platform-express"));
            // (the first argument is the root module, a class or a dynamic module a static method returns:
            // AppModule.forRootAsync(); the adapter and the options follow it)
            for (Val a : app.createArgs.subList(Math.min(1, app.createArgs.size()), app.createArgs.size())) {
                Project.Resolved r = project.resolve(a, app.file);
                if (r.val() instanceof New n) {
                    String lib = project.rootModule(n.callee(), r.file());
                    if (lib != null && lib.contains("fastify")) first = false;
                }
                if (r.val() instanceof Obj o && (o.props().containsKey("routeResolutionStrategy") || o.props().keySet().stream().anyMatch(k -> k.startsWith("...")))) first = false;
                if (!(r.val() instanceof Obj) && !(r.val() instanceof New) && !(r.val() instanceof ClassRef) && project.classOf(a, app.file) == null) first = false;
            }
            return firstMatch = first;
        }

        /** What a controller or resolver class sets for all its methods: guards, pipes, metadata, @SkipThrottle. */
        record ClassLevel(List<Guard> guards, List<Pipe> pipes, Set<String> meta, Boolean skipThrottle) { }

        /**
         * The class-level decorators of {@code hit}, read through the prototype chain: a class without its own
         * {@code @UseGuards}/{@code @UsePipes}/{@code @SkipThrottle} takes its parent's; metadata accumulates.
         */
        private ClassLevel classLevel(Project.ClassHit hit) {
            List<Guard> guards = List.of();
            List<Pipe> pipes = List.of();
            Set<String> meta = new HashSet<>();
            Boolean skip = null;
            Project.ClassHit up = hit;
            for (int depth = 0; depth < 6 && up != null; depth++) {
                List<Decorator> decs = up.info().decorators();
                if (guards.isEmpty()) guards = guards(decs, up.file());
                if (pipes.isEmpty()) pipes = usePipes(decs, up.file());
                meta.addAll(trueMetadata(decs, up.file()));
                if (skip == null) skip = skipThrottle(decs, up.file());
                up = superClass(up);
            }
            return new ClassLevel(guards, pipes, meta, skip);
        }

        /** @nestjs/graphql resolver classes among the providers, in module order. */
        final List<Project.ClassHit> gqlResolvers = new ArrayList<>();

        private boolean isGraphqlResolver(Project.ClassHit h) {
            for (Decorator d : h.info().decorators()) {
                if ("Resolver".equals(d.name()) && GQL.equals(project.rootModule(d.callee(), h.file()))) return true;
            }
            return false;
        }

        /**
         * A @nestjs/graphql resolver: each @Query, @Mutation and @Subscription method becomes a GraphQL endpoint
         * ({@code MUTATION createPost}) with the chain an HTTP route of the app gets (app middleware, global, class and
         * method guards, pipes), its @Args parameters as inputs (validated by a ValidationPipe when their class has
         * class-validator decorators) and the checks its body makes. @ResolveField methods are fields of a type,
         * not operations.
         */
        private void graphqlResolver(Project.ClassHit hit) {
            ClassInfo ci = hit.info();
            ClassLevel level = classLevel(hit);
            List<Guard> classGuards = level.guards();
            List<Pipe> classPipes = level.pipes();
            Set<String> classMeta = level.meta();
            Boolean classSkipThrottle = level.skipThrottle();
            Set<String> seenMethods = new HashSet<>();
            Project.ClassHit cur = hit;
            for (int depth = 0; depth < 6 && cur != null; depth++) {
                FileFacts f = cur.file();
                for (Fn m : cur.info().methods()) {
                    if (!seenMethods.add(m.name())) continue;
                    for (Decorator d : m.decorators()) {
                        if (d.name() == null || !Set.of("Query", "Mutation", "Subscription").contains(d.name())) continue;
                        if (!GQL.equals(project.rootModule(d.callee(), f))) continue;
                        String field = dev.backcheck.concepts.GraphqlServers.of(project).optionName(d, f);
                        if (field == null) field = m.name();
                        Set<String> meta = new HashSet<>(classMeta);
                        meta.addAll(trueMetadata(m.decorators(), f));
                        Boolean st = skipThrottle(m.decorators(), f);
                        boolean skip = st != null ? st : classSkipThrottle != null && classSkipThrottle;
                        List<Guard> gs = new ArrayList<>(globalGuards);
                        gs.addAll(classGuards);
                        gs.addAll(guards(m.decorators(), f));
                        List<Control> chain = new ArrayList<>(appMiddleware);
                        boolean throttled = false;
                        for (Guard g : gs) {
                            if (stepsAside(g, meta)) continue;
                            if (skip && (g.throttler || g.control.kind() == ControlKind.RATE_LIMIT)) continue;
                            chain.add(g.control);
                            if (g.throttler || g.control.kind() == ControlKind.RATE_LIMIT) throttled = true;
                        }
                        if (throttled) {
                            List<Dec> own = decorators(m.decorators(), "Throttle", "@nestjs/throttler", f);
                            if (own.isEmpty()) own = decorators(ci.decorators(), "Throttle", "@nestjs/throttler", hit.file());
                            if (!own.isEmpty()) chain.add(new Control(ControlKind.RATE_LIMIT, "@Throttle", own.get(0).d.location(), Set.of(), "route"));
                        }
                        List<Pipe> pipes = new ArrayList<>(globalPipes);
                        pipes.addAll(classPipes);
                        pipes.addAll(usePipes(m.decorators(), f));
                        List<Route.ParamInput> inputs = new ArrayList<>();
                        List<Pipe> paramPipes = new ArrayList<>();
                        for (Fn.Param p : m.params()) {
                            for (Decorator pd : p.decorators()) {
                                if (!"Args".equals(pd.name()) || !GQL.equals(project.rootModule(pd.callee(), f))) continue;
                                List<Pipe> own = new ArrayList<>();
                                for (int i = 0; i < pd.args().size(); i++) {
                                    Val a = pd.arg(i);
                                    Val ra = project.resolve(a, f).val();
                                    if (Val.constString(ra) != null || ra instanceof Obj) continue;
                                    own.add(pipe(a, f, pd.location()));
                                }
                                paramPipes.addAll(own);
                                boolean validated = false;
                                for (Pipe pp : concat(pipes, own)) {
                                    if (pp.kind == PipeKind.SCHEMA) validated = true;
                                    if (pp.kind == PipeKind.PARSE && own.contains(pp)) validated = true;
                                    if (checksClass(pp, p.type(), f)) validated = true;
                                }
                                inputs.add(new Route.ParamInput("args", p.type(), p.location(), validated));
                            }
                        }
                        for (Pipe pp : concat(pipes, paramPipes)) {
                            if (pp.kind == PipeKind.OTHER) continue;
                            chain.add(new Control(ControlKind.VALIDATION, pp.name, pp.location, pipeParts(pp), "route"));
                        }
                        chain.addAll(ModelSupport.handlerControls(project, m, f, d.location()));
                        chain.addAll(dev.backcheck.concepts.GraphqlServers.of(project).fieldControls(d.name().toUpperCase(Locale.ROOT), field, m, f, d.location()));
                        routes.add(new Route(d.name().toUpperCase(Locale.ROOT), field, d.location(), m, chain, Set.of(), order++, inputs,
                                null, Route.Kind.GRAPHQL));
                    }
                }
                cur = superClass(cur);
            }
        }

        /** NestjsQueryGraphQLModule.forFeature(..) imports of the module graph, in walk order. */
        final List<Project.Resolved> queryFeatures = new ArrayList<>();
        private static final Set<String> NESTJS_QUERY = Set.of("@ptc-org/nestjs-query-graphql", "@nestjs-query/query-graphql");

        private boolean nestjsQueryFeature(Project.Resolved r) {
            return r.val() instanceof Call c && "forFeature".equals(Vals.lastName(c.callee())) && !c.args().isEmpty()
                    && NESTJS_QUERY.contains(project.rootModule(c.callee(), r.file()));
        }

        /**
         * The CRUD resolvers nestjs-query generates from {@code NestjsQueryGraphQLModule.forFeature({ resolvers: [{ DTOClass,
         * ... }] })} (the library's CRUDResolver mixins): per DTO the queries {@code dto} and {@code dtos} (read.one / read.many),
         * {@code dtoAggregate} when enableAggregate, the mutations createOne/createMany, updateOne/updateMany,
         * deleteOne/deleteMany, and with enableSubscriptions the created/updatedOne/updatedMany/deletedOne/deletedMany
         * subscriptions. A name written in the options ({@code one: { name }}) replaces the default; {@code disabled} on the
         * group ({@code create: { disabled: true }}) or on one/many removes them. The DTO's name is {@code dtoName}, else
         * its {@code @ObjectType('Name')}, else the class name; plurals as the pluralize package forms them. Guards: the
         * resolver's {@code guards}, the group's and the operation's (the library applies their union with @UseGuards),
         * after the app's global guards and middleware, as for a @Resolver class. The handler is the library's (none in
         * the project); located at the forFeature call.
         */
        private void nestjsQuery(Project.Resolved feature) {
            Call c = (Call) feature.val();
            Location feat = c.site() != null ? c.site() : app.location;
            Location at = feat;
            Project.Resolved opts = project.resolve(c.args().get(0), feature.file());
            if (!(opts.val() instanceof Obj o)) return;
            Project.Resolved list = project.resolve(o.props().get("resolvers"), opts.file());
            if (list.val() == null || o.props().get("resolvers") == null) return;
            List<Val> items = list.val() instanceof Arr a ? a.items() : List.of(list.val());
            for (Val item : items) {
                at = feat;
                Project.Resolved er = project.resolve(item, list.file());
                if (!(er.val() instanceof Obj entry)) {
                    project.notModelled("nestjs-query resolver options not read (" + Classifier.displayName(item) + "); its generated operations are not listed",
                            at.path(), at.line(), at.column(), true);
                    continue;
                }
                FileFacts ef = er.file();
                String base = dtoName(entry, ef);
                if (base == null) {
                    project.notModelled("nestjs-query resolver whose DTOClass is not known; its generated operations are not listed",
                            at.path(), at.line(), at.column(), true);
                    continue;
                }
                at = entryLocation(entry, ef, feat);
                String lower = Character.toLowerCase(base.charAt(0)) + base.substring(1);
                String plural = plural(base), pluralLower = plural(lower);
                List<Val> common = new ArrayList<>(guardVals(entry, ef));
                boolean subs = isTrue(entry.props().get("enableSubscriptions"), ef);
                generated(entry, ef, "read", "one", "QUERY", lower, common, at);
                generated(entry, ef, "read", "many", "QUERY", pluralLower, common, at);
                if (isTrue(entry.props().get("enableAggregate"), ef)) {
                    Obj agg = obj(entry.props().get("aggregate"), ef);
                    String name = agg == null ? null : Val.constString(project.resolve(agg.props().get("name"), ef).val());
                    if (agg == null || !isTrue(agg.props().get("disabled"), ef)) {
                        List<Val> gs = new ArrayList<>(common);
                        if (agg != null) gs.addAll(guardVals(agg, ef));
                        generatedRoute("QUERY", name != null ? name : lower + "Aggregate", gs, ef, at);
                    }
                }
                for (String[] g : List.of(new String[] {"create", "createOne" + base, "createMany" + plural},
                        new String[] {"update", "updateOne" + base, "updateMany" + plural},
                        new String[] {"delete", "deleteOne" + base, "deleteMany" + plural})) {
                    generated(entry, ef, g[0], "one", "MUTATION", g[1], common, at);
                    generated(entry, ef, g[0], "many", "MUTATION", g[2], common, at);
                }
                if (subs) {
                    for (String[] g : List.of(new String[] {"create", "one", "created" + base}, new String[] {"update", "one", "updatedOne" + base},
                            new String[] {"update", "many", "updatedMany" + plural}, new String[] {"delete", "one", "deletedOne" + base},
                            new String[] {"delete", "many", "deletedMany" + plural})) {
                        Obj group = obj(entry.props().get(g[0]), ef);
                        Obj op = group == null ? null : obj(group.props().get(g[1]), ef);
                        if (disabled(group, ef) || disabled(op, ef)) continue;
                        List<Val> gs = new ArrayList<>(common);
                        if (group != null) gs.addAll(guardVals(group, ef));
                        generatedRoute("SUBSCRIPTION", g[2], gs, ef, at);
                    }
                }
            }
        }

        /**
         * One root field per name and operation type: @nestjs/graphql builds Query, Mutation and Subscription from a map
         * keyed by the field's name (RootTypeFactory.generateFields, 12.x), so a later handler of the same name replaces an
         * earlier one in the schema (the module option noDuplicatedFields makes it an error instead). The model registers
         * the resolvers in module order and nestjs-query's generated operations after them (their classes are made when
         * forFeature runs, after the module file's imports: the module's own resolvers), so the last route of a name is the
         * one the schema keeps (s29 legaladv: the generated documentTemplate(s) and subscriptionPlan, schema.gql's
         * subscriptions.resolver myUsageStats and chat-messages submitClarificationAnswers). The others are left out, their
         * handlers never reached.
         */
        private void lastRootFieldWins() {
            Map<String, Route> last = new HashMap<>();
            for (Route r : routes) if (r.kind() == Route.Kind.GRAPHQL) last.put(r.method() + " " + r.path(), r);
            if (last.size() == routes.stream().filter(r -> r.kind() == Route.Kind.GRAPHQL).count()) return;
            for (Iterator<Route> it = routes.iterator(); it.hasNext(); ) {
                Route r = it.next();
                if (r.kind() != Route.Kind.GRAPHQL) continue;
                Route kept = last.get(r.method() + " " + r.path());
                if (kept == r) continue;
                it.remove();
                project.shadowedHandler(r.handler());
                Location l = r.location();
                String by = kept.location() == null ? "another resolver" : kept.location().path() + ":" + kept.location().line();
                if (l != null) project.shadowedRoute(r.method() + " " + r.path() + ": a root field of the same name registered later (" + by
                        + ") replaces it in the schema (@nestjs/graphql keeps the last handler of a name), so it is never reached", l.path(), l.line(), l.column());
            }
        }

        /**
         * Where a nestjs-query resolver entry is written: the line of its {@code DTOClass: Name} in the entry's file (the first
         * after the forFeature call when that is the same file); else the forFeature call.
         */
        private Location entryLocation(Obj entry, FileFacts f, Location at) {
            Val dto = entry.props().get("DTOClass");
            String name = dto instanceof Local l && l.path().isEmpty() ? l.name() : dto == null ? null : Vals.lastName(dto);
            if (name == null || !name.matches("[A-Za-z_$][\\w$]*")) return at;
            String text = dev.backcheck.concepts.SourceLines.text(project, f.path(), 4_000_000);
            if (text == null) return at;
            java.util.regex.Matcher m = Pattern.compile("\\bDTOClass\\s*:\\s*" + Pattern.quote(name) + "(?![\\w$])").matcher(text);
            int from = 0;
            if (at != null && f.path().equals(at.path())) {
                // the forFeature call's line: start there
                for (int line = 1; line < at.line() && from >= 0; line++) from = text.indexOf('\n', from) + 1;
                if (from < 0) from = 0;
            }
            if (!m.find(from)) return at;
            int line = 1, lineStart = 0;
            for (int i = 0; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int col = m.start() - lineStart + 1;
            return new Location(f.path(), line, col, line, col + m.group().length(), null);
        }

        /** One generated operation of {@code group} ("read", "create", ...) and {@code which} ("one", "many"), unless disabled. */
        private void generated(Obj entry, FileFacts f, String group, String which, String kind, String name, List<Val> common, Location at) {
            Obj g = obj(entry.props().get(group), f);
            Obj op = g == null ? null : obj(g.props().get(which), f);
            if (disabled(g, f) || disabled(op, f)) return;
            String written = op == null ? null : Val.constString(project.resolve(op.props().get("name"), f).val());
            List<Val> gs = new ArrayList<>(common);
            if (g != null) gs.addAll(guardVals(g, f));
            if (op != null) gs.addAll(guardVals(op, f));
            generatedRoute(kind, written != null ? written : name, gs, f, at);
        }

        private void generatedRoute(String kind, String field, List<Val> guardVals, FileFacts f, Location at) {
            List<Guard> gs = new ArrayList<>(globalGuards);
            for (Val v : ModelSupport.flatten(project, guardVals, f)) {
                Guard g = guard(v, f, at, "route");
                if (g != null) gs.add(g);
            }
            List<Control> chain = new ArrayList<>(appMiddleware);
            Set<Guard> seenGuards = new HashSet<>();
            for (Guard g : gs) {
                if (!seenGuards.add(g) || stepsAside(g, Set.of())) continue;
                chain.add(g.control);
            }
            for (Pipe pp : globalPipes) {
                if (pp.kind == PipeKind.OTHER) continue;
                chain.add(new Control(ControlKind.VALIDATION, pp.name, pp.location, pipeParts(pp), "route"));
            }
            routes.add(new Route(kind, field, at, null, chain, Set.of(), order++, List.of(), null, Route.Kind.GRAPHQL));
        }

        private List<Val> guardVals(Obj o, FileFacts f) {
            Val g = o.props().get("guards");
            return g == null ? List.of() : List.of(g);
        }

        private Obj obj(Val v, FileFacts f) {
            return v != null && project.resolve(v, f).val() instanceof Obj o ? o : null;
        }

        private boolean disabled(Obj o, FileFacts f) {
            return o != null && isTrue(o.props().get("disabled"), f);
        }

        private boolean isTrue(Val v, FileFacts f) {
            return v != null && project.resolve(v, f).val() instanceof Lit l && Boolean.TRUE.equals(l.value());
        }

        /** The DTO's GraphQL name as nestjs-query's getDTONames reads it: dtoName, the DTO's @ObjectType name, its class name. */
        private String dtoName(Obj entry, FileFacts f) {
            String written = Val.constString(project.resolve(entry.props().get("dtoName"), f).val());
            Val dto = entry.props().get("DTOClass");
            String name = written;
            if (name == null && dto != null) {
                Project.ClassHit h = project.classOf(dto, f);
                if (h != null) {
                    for (Decorator d : h.info().decorators()) {
                        if (!"ObjectType".equals(d.name()) || d.args().isEmpty()) continue;
                        String n = Val.constString(project.resolve(d.arg(0), h.file()).val());
                        if (n != null) name = n;
                    }
                    if (name == null) name = h.info().name();
                } else {
                    name = Vals.lastName(dto);
                }
            }
            if (name == null || name.isEmpty()) return null;
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        /** English plural as the pluralize package forms it for a type name (its last word): Query → Queries, Status → Statuses, Preferences stays. */
        static String plural(String w) {
            String l = w.toLowerCase(Locale.ROOT);
            if (l.matches(".*(?:x|ch|ss|sh|zz)")) return w + "es";
            if (l.matches(".*(?:[^aeiouy]|qu)y")) return w.substring(0, w.length() - 1) + "ies";
            if (l.matches(".*(?:alias|[^aou]us|t[lm]as|gas|ris)")) return w + "es";
            if (l.endsWith("s")) return w;
            if (l.matches(".*(?:[^f]fe|[lr]f)")) return w.substring(0, w.length() - (l.endsWith("fe") ? 2 : 1)) + "ves";
            return w + "s";
        }

        /** The project class a class extends: a class, or the class a mixin factory returns (extends CrudController(Dto)). */
        private Project.ClassHit superClass(Project.ClassHit c) {
            Val sup = c.info().superClass();
            if (sup == null) return null;
            Project.ClassHit h = project.classOf(sup, c.file());
            if (h != null) return h;
            Project.Resolved r = project.resolve(sup, c.file());
            if (r.val() instanceof Call call) {
                Project.FnRef factory = project.function(call.callee(), r.file());
                if (factory != null) {
                    for (Val ret : factory.fn().returns()) {
                        Project.ClassHit rh = project.classOf(ret, factory.file());
                        if (rh != null) return rh;
                    }
                }
            }
            return null;
        }

        private List<Guard> guards(List<Decorator> decs, FileFacts f) {
            List<Guard> out = new ArrayList<>();
            for (Dec dd : decorators(decs, "UseGuards", COMMON, f)) {
                for (Val g : ModelSupport.flatten(project, dd.d.args(), dd.f)) {
                    Guard gd = guard(g, dd.f, dd.d.location(), "route");
                    if (gd != null) out.add(gd);
                }
            }
            return out;
        }

        private List<Pipe> usePipes(List<Decorator> decs, FileFacts f) {
            List<Pipe> out = new ArrayList<>();
            for (Dec dd : decorators(decs, "UsePipes", COMMON, f)) {
                for (Val p : ModelSupport.flatten(project, dd.d.args(), dd.f)) out.add(pipe(p, dd.f, dd.d.location()));
            }
            return out;
        }

        /** TRUE when @SkipThrottle() skips, FALSE when @SkipThrottle({ default: false }) re-enables, null when absent. */
        private Boolean skipThrottle(List<Decorator> decs, FileFacts f) {
            for (Dec dd : decorators(decs, "SkipThrottle", "@nestjs/throttler", f)) {
                Decorator d = dd.d;
                if (d.args().isEmpty()) return Boolean.TRUE;
                Val a = project.resolve(d.arg(0), dd.f).val();
                if (a instanceof Lit l && Boolean.FALSE.equals(l.value())) return Boolean.FALSE;
                if (a instanceof Obj o && !o.props().isEmpty()
                        && o.props().values().stream().allMatch(x -> x instanceof Lit l && Boolean.FALSE.equals(l.value()))) return Boolean.FALSE;
                // @SkipThrottle({ [AI_CHAT]: true }) skips only that named throttler (@nestjs/throttler reads one skip flag per
                // throttler name): the others, the default among them, still count
                // (computed keys leave the literal without that property: only a "default" key skips the default throttler)
                if ((a instanceof Obj || d.arg(0) instanceof Obj) && !(a instanceof Obj o && o.props().containsKey("default"))) return null;
                return Boolean.TRUE;
            }
            return null;
        }

        private void route(Ctrl ctrl, ClassInfo ci, FileFacts f, Fn m, Decorator d, List<String> ctrlPaths, List<String> ctrlVersions,
                           List<Guard> classGuards, List<Pipe> classPipes, Set<String> classMeta, Boolean classSkipThrottle) {
            String method = d.name().equals("All") ? "ALL" : d.name().equals("Sse") ? "GET" : d.name().toUpperCase(Locale.ROOT);
            List<String> methodPaths = d.args().isEmpty() ? List.of("") : paths(d.arg(0), f);
            // the method's @Version, else the controller's version, else defaultVersion (Nest: methodVersion || controllerVersion)
            List<String> vs = List.of("");
            boolean versioned = false;
            if (versioning != null) {
                List<Dec> vd = decorators(m.decorators(), "Version", COMMON, f);
                if (!vd.isEmpty() && !vd.get(0).d.args().isEmpty()) vs = versions(vd.get(0).d.arg(0), vd.get(0).f, m);
                else if (ctrlVersions != null) vs = ctrlVersions;
                else if (defaultVersions != null) vs = defaultVersions;
                else vs = null;
                versioned = vs != null;
                if (vs == null) vs = List.of("");
                // header, media type and custom versioning select among handlers; the path is the same
                if (!"URI".equals(versioning) && versioned) vs = List.of(String.join(", ", vs.stream().map(x -> x.isEmpty() ? "neutral" : x).toList()));
            }
            // metadata and skips
            Set<String> meta = new HashSet<>(classMeta);
            meta.addAll(trueMetadata(m.decorators(), f));
            Boolean st = skipThrottle(m.decorators(), f);
            boolean skipThrottle = st != null ? st : classSkipThrottle != null && classSkipThrottle;
            // guards: global → controller → method
            List<Guard> gs = new ArrayList<>(globalGuards);
            gs.addAll(classGuards);
            gs.addAll(guards(m.decorators(), f));
            List<Control> guardControls = new ArrayList<>();
            boolean throttled = false;
            // request fields a guard that runs on the route proves to name an existing record
            Map<String, Set<String>> guardExists = new HashMap<>();
            for (Guard g : gs) {
                if (stepsAside(g, meta)) continue;
                if (skipThrottle && (g.throttler || g.control.kind() == ControlKind.RATE_LIMIT)) continue;
                guardControls.add(g.control);
                if (g.throttler) throttled = true;
                g.exists.forEach((k, v) -> guardExists.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
            }
            // @Throttle({ default: { limit, ttl } }) sets this route's own limit; it counts only where a ThrottlerGuard runs
            if (throttled) {
                List<Dec> own = decorators(m.decorators(), "Throttle", "@nestjs/throttler", f);
                if (own.isEmpty()) own = decorators(ci.decorators(), "Throttle", "@nestjs/throttler", ctrl.hit.file());
                if (!own.isEmpty()) guardControls.add(new Control(ControlKind.RATE_LIMIT, "@Throttle", own.get(0).d.location(), Set.of(), "route"));
            }
            // pipes: global → controller → method; then parameter pipes
            List<Pipe> routePipes = new ArrayList<>(globalPipes);
            routePipes.addAll(classPipes);
            routePipes.addAll(usePipes(m.decorators(), f));
            List<Route.ParamInput> inputs = new ArrayList<>();
            List<Pipe> paramPipes = new ArrayList<>();
            Analysis.Summary summary = analysis.summary(m, f);
            Set<String> handlerValidated = summary.validatedParts();
            // parts a whole-part DTO parameter (@Body() dto: CreateDto) is checked under forbidNonWhitelisted
            Set<String> forbidding = new HashSet<>();
            // the index in inputs of each parameter bound to one field of a part (@Body('options') options)
            Map<Integer, String> fieldInputs = new HashMap<>();
            for (Fn.Param p : m.params()) {
                for (Decorator pd : p.decorators()) {
                    String part = pd.inputPart();
                    if (part == null) continue;
                    String proot = project.rootModule(pd.callee(), f);
                    if (proot != null && !proot.equals(COMMON)) continue;
                    List<Pipe> own = new ArrayList<>();
                    boolean field = false;
                    String fieldName = null;
                    for (int i = 0; i < pd.args().size(); i++) {
                        Val a = pd.arg(i);
                        if (i == 0 && Val.constString(project.resolve(a, f).val()) != null) {
                            field = true;
                            fieldName = Val.constString(project.resolve(a, f).val());
                            continue;
                        }
                        own.add(pipe(a, f, pd.location()));
                    }
                    paramPipes.addAll(own);
                    boolean validated = handlerValidated.contains(part) || handlerValidated.contains("*");
                    // @UseGuards(ShareGuard) whose canActivate 404s unless a record has this id: only stored ids get here
                    if (fieldName != null && guardExists.getOrDefault(part, Set.of()).contains(fieldName)) validated = true;
                    for (Pipe pp : concat(routePipes, own)) {
                        if (pp.kind == PipeKind.SCHEMA) validated = true;
                        // @Query('archived') archived: boolean under a transforming ValidationPipe: always true, false or absent
                        if (pp.transform && field && "boolean".equals(p.type() == null ? null : p.type().strip())
                                && (part.equals("query") || part.equals("params"))) validated = true;
                        if (pp.kind == PipeKind.PARSE && own.contains(pp)) validated = true;
                        if (checksClass(pp, p.type(), f)) validated = true;
                        if (!field && pp.forbid && (isDto(p.type(), f) || bareClass(p.type(), f))) forbidding.add(part);
                    }
                    if (field && !validated) fieldInputs.put(inputs.size(), part);
                    inputs.add(new Route.ParamInput(part, p.type(), p.location(), validated));
                }
            }
            // @Body() dto: CreateDto beside @Body('options') options under a ValidationPipe with forbidNonWhitelisted: the
            // whole body is checked against CreateDto, and a key it declares no class-validator decorator for is answered
            // 400, so options is either absent or a property CreateDto validates (whitelist alone only strips the DTO
            // instance: the raw body the sibling parameter reads keeps the key)
            for (Map.Entry<Integer, String> e : fieldInputs.entrySet()) {
                if (!forbidding.contains(e.getValue())) continue;
                Route.ParamInput in = inputs.get(e.getKey());
                inputs.set(e.getKey(), new Route.ParamInput(in.part(), in.type(), in.location(), true));
            }
            // after the middleware: guards, validating pipes, validation done by the handler
            List<Control> tail = new ArrayList<>(guardControls);
            for (Pipe pp : concat(routePipes, paramPipes)) {
                if (pp.kind == PipeKind.OTHER) continue;
                // a ValidationPipe checks DTO-typed parameters only (see inputs), never the raw request
                tail.add(new Control(ControlKind.VALIDATION, pp.name, pp.location, pipeParts(pp), "route"));
            }
            tail.addAll(ModelSupport.handlerControls(project, m, f, d.location()));
            for (String cp : ctrlPaths) {
                for (String mp : methodPaths) {
                    String relPath = ModelSupport.join(ctrl.modulePrefix, ModelSupport.join(cp, mp));
                    boolean excluded = false;
                    for (RouteSel s : prefixExcludes) if (selects(s, relPath, method, ci)) excluded = true;
                    List<Control> chain = new ArrayList<>(appMiddleware);
                    for (Consumer c : consumers) {
                        boolean sel = false;
                        for (RouteSel s : c.forRoutes) if (selects(s, relPath, method, ci)) sel = true;
                        for (RouteSel s : c.excludes) if (selects(s, relPath, method, ci)) sel = false;
                        if (sel) chain.addAll(c.controls);
                    }
                    chain.addAll(tail);
                    for (String v : vs) {
                        boolean uri = "URI".equals(versioning);
                        String vseg = !uri || v.isEmpty() ? "" : versionPrefix + v;
                        String path = ModelSupport.join(ModelSupport.join(excluded ? "" : globalPrefix, vseg), relPath);
                        // a URI version is in the path; another kind of version is shown with the route
                        String version = !versioned || uri ? null : v + " (" + versionSelector + ")";
                        if (shadow != null) {
                            String key = version == null ? "" : " " + version;
                            if (shadow.covers(method + key, path) || shadow.covers("ALL" + key, path)) {
                                project.shadowedHandler(m);
                                String by = shadow.coveredBy(method + key, path);
                                if (by == null) by = shadow.coveredBy("ALL" + key, path);
                                ClassInfo owner = by == null ? null : shadowOwner.get(by);
                                String of = ctrl.module() == null ? "the same controller" : owner == null || owner == ctrl.module() ? "the same module"
                                        : "module " + owner.name() + ", registered before " + ctrl.module().name() + ",";
                                boolean otherModule = of.startsWith("module ");
                                project.shadowedRoute(method + " " + path + ": an earlier " + (shadow.covers(method + key, path) ? method : "ALL")
                                        + " route of " + of + " matches every request it would get and answers first (Nest's Express adapter"
                                        + (otherModule ? " registers the modules in the order Nest's scanner meets them, a module before its imports and"
                                                + " the imports in the order listed, each once, then" : "")
                                        + " registers a module's controllers in the order its controllers list gives them, and a controller's methods in the order"
                                        + " the class declares them), so it is never reached",
                                        d.location().path(), d.location().line(), d.location().column());
                                continue;
                            }
                            shadow.add(method + key, path);
                            if (shadow == appShadow && shadowModule != null) shadowOwner.putIfAbsent(method + key + " " + path, shadowModule);
                        }
                        if (!pathMiddleware.isEmpty()) {
                            List<Control> scoped = new ArrayList<>();
                            for (Object[] pm : pathMiddleware) {
                                String at = (String) pm[0];
                                String base = at.endsWith("/") ? at.substring(0, at.length() - 1) : at;
                                if (path.equals(base) || path.startsWith(base + "/")) scoped.add((Control) pm[1]);
                            }
                            if (!scoped.isEmpty()) chain.addAll(Math.min(appMiddleware.size(), chain.size()), scoped);
                        }
                        routes.add(new Route(method, path, d.location(), m, chain, Set.of(), order++, inputs, version));
                    }
                }
            }
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }

        /**
         * A ValidationPipe leaves no unchecked value of a parameter of this type to the handler: REST @Body/@Query DTOs and
         * GraphQL @Args classes alike (Nest's ExternalContextCreator runs the global, class and method pipes on every @Args
         * parameter with its design type as metatype). Either the class has class-validator decorators, or it has none and
         * the pipe whitelists: Nest's ValidationPipe sets forbidUnknownValues to false, so class-validator goes on to its
         * whitelist step, where every property lacks metadata: forbidNonWhitelisted answers 400 for any property sent,
         * whitelist alone deletes them all (and the pipe hands on the stripped object). Primitive metatypes (String, Number,
         * Boolean, Array, Object) are skipped by the pipe and are neither (read from @nestjs/common 10.4 validation.pipe.js
         * and class-validator 0.14 ValidationExecutor.js).
         */
        private boolean checksClass(Pipe pp, String type, FileFacts f) {
            if (pp.kind == PipeKind.DTO || pp.kind == PipeKind.DTO_STRIP) {
                if (isDto(type, f)) return true;
                // a class with no class-validator decorator at all: a whitelisting pipe strips or rejects every property sent
                return pp.kind == PipeKind.DTO_STRIP && bareClass(type, f);
            }
            return false;
        }

        /** True when the type names a class with class-validator decorators (own or inherited, PartialType(...) included). */
        private boolean isDto(String type, FileFacts f) {
            if (type == null || type.endsWith("[]")) return false;
            Project.ClassHit h = project.classNamed(type, f);
            return h != null && hasValidators(h, 0);
        }

        /** A project class (no base class) declaring no class-validator decorator: a whitelisting ValidationPipe lets none of its properties through. */
        private boolean bareClass(String type, FileFacts f) {
            if (type == null || type.endsWith("[]") || type.contains("<") || type.contains("|")) return false;
            Project.ClassHit h = project.classNamed(type, f);
            if (h == null || h.file() == null || "java".equals(h.file().language())) return false;
            return h.info().superClass() == null && !hasValidators(h, 0);
        }

        private boolean hasValidators(Project.ClassHit h, int depth) {
            if (depth > 6) return false;
            for (ClassInfo.Prop p : h.info().props()) {
                // @IsEmail(), or a project field decorator combining them (@EmailField() = applyDecorators(IsEmail(), ...))
                for (Dec d : expand(p.decorators(), h.file())) {
                    if ("class-validator".equals(project.rootModule(d.d.callee(), d.f)) || wrapsClassValidator(d.d.callee(), d.f)) return true;
                }
            }
            Val sup = h.info().superClass();
            if (sup == null) return false;
            Project.Resolved sr = project.resolve(sup, h.file());
            Project.ClassHit sh = project.classOf(sr.val(), sr.file());
            if (sh != null) return hasValidators(sh, depth + 1);
            // PartialType(CreateDto), OmitType(CreateDto, [...]), IntersectionType(A, B)
            return mappedHasValidators(sr.val(), sr.file(), depth + 1);
        }

        /**
         * A project decorator factory made from a class-validator decorator ({@code export const IsString =
         * createValidator(validator.IsString, message)}): the decorator it answers applies that validator.
         */
        private boolean wrapsClassValidator(Val callee, FileFacts f) {
            Project.Resolved r;
            try {
                r = project.resolve(callee, f);
            } catch (RuntimeException e) {
                return false;
            }
            if (!(r.val() instanceof Call c)) return false;
            FileFacts rf = r.file() == null ? f : r.file();
            for (Val a : c.args()) if ("class-validator".equals(project.rootModule(a, rf))) return true;
            return false;
        }

        /** A mapped type (PartialType, PickType, OmitType, IntersectionType, nested) copies its bases' class-validator metadata. */
        private boolean mappedHasValidators(Val v, FileFacts f, int depth) {
            if (depth > 6 || !(v instanceof Call c)) return false;
            for (Val a : c.args()) {
                Project.Resolved ar = project.resolve(a, f);
                Project.ClassHit ah = project.classOf(ar.val(), ar.file());
                if (ah != null ? hasValidators(ah, depth + 1) : mappedHasValidators(ar.val(), ar.file(), depth + 1)) return true;
            }
            return false;
        }
    }
}
