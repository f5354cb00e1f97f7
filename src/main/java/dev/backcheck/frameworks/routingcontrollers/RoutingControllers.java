package dev.backcheck.frameworks.routingcontrollers;

import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.*;

import java.util.*;
import java.util.regex.Pattern;

/**
 * routing-controllers on Express, as its ExpressDriver behaves (0.11): {@code createExpressServer(options)}
 * creates an Express app and {@code useExpressServer(app, options)} registers on an existing one, in this
 * order: {@code cors} ({@code true} mounts {@code cors()}: any origin), global {@code @Middleware({ type:
 * 'before' })} classes at {@code routePrefix}, then one route per controller action at
 * {@code routePrefix + @Controller/@JsonController path + @Get/@Post/... path} with class then method
 * {@code @UseBefore} middleware, {@code @Authorized} (the configured {@code authorizationChecker}; with
 * none every request fails with AuthorizationCheckerNotDefinedError, so it is closed either way) and
 * class-validator validation of class-typed {@code @Body/@QueryParams/@Params} parameters
 * ({@code validation} defaults to true). {@code controllers} may be classes or glob strings, resolved
 * against the project's files; without the option every decorated controller is registered.
 * <p>
 * The applications are Express applications: the Express model calls this at those two calls.
 */
public final class RoutingControllers {
    public static final String MODULE = "routing-controllers";
    private static final Set<String> VERBS = Set.of("Get", "Post", "Put", "Patch", "Delete", "Head", "All", "Method");

    private RoutingControllers() { }

    /** True for {@code createExpressServer(...)} (a new Express app). */
    public static boolean isCreate(String qname) {
        return qname != null && (qname.equals(MODULE + ".createExpressServer") || qname.equals(MODULE + ".createExpressServer()"));
    }

    /** True for {@code useExpressServer(app, ...)}. */
    public static boolean isUse(String qname) {
        return qname != null && (qname.equals(MODULE + ".useExpressServer") || qname.equals(MODULE + ".useExpressServer()"));
    }

    /** The options argument of a createExpressServer / useExpressServer call, or null when the call is neither. */
    public static Val optionsArg(Project project, FileFacts f, CallSite cs) {
        String q = project.qname(cs.callee(), f);
        if (isCreate(q)) return cs.arg(0);
        if (isUse(q)) return cs.arg(1);
        return null;
    }

    /**
     * The {@code cors} option of a createExpressServer / useExpressServer call as written (a
     * {@code Lit true} means {@code cors()} with no options), or null when there is none.
     */
    public static Val corsOption(Project project, FileFacts f, CallSite cs) {
        Val opts = optionsArg(project, f, cs);
        if (opts == null) return null;
        Project.Resolved r = project.resolve(opts, f);
        if (!(r.val() instanceof Obj o)) return null;
        Val c = o.props().get("cors");
        if (c == null) return null;
        Val cv = project.resolve(c, r.file()).val();
        if (cv instanceof Lit l && (l.value() == null || Boolean.FALSE.equals(l.value()))) return null;
        return c;
    }

    /** One controller action as a route: path below the app (routePrefix included). */
    public record Action(String method, String path, Location location, Fn handler, FileFacts file, List<Control> chain,
                         Set<String> validated, List<Route.ParamInput> inputs) { }

    /** A control mounted for every later route under {@code path}. */
    public record Mount(Control control, String path) { }

    /** What one server call adds to the Express app, in order; {@code notFollowed}: option values that could not be resolved. */
    public record Server(List<Mount> before, List<Action> actions, List<Location> errorHandlers, List<String> notFollowed) { }

    public static Server server(Project project, Classifier classifier, Val options, FileFacts f, Location where) {
        List<Mount> before = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        List<Location> errors = new ArrayList<>();
        List<String> notFollowed = new ArrayList<>();
        Project.Resolved r = options == null ? new Project.Resolved(Val.obj(Map.of()), f) : project.resolve(options, f);
        if (!(r.val() instanceof Obj o)) {
            notFollowed.add("routing-controllers options");
            return new Server(before, actions, errors, notFollowed);
        }
        FileFacts of = r.file();
        String prefix = "";
        Val rp = o.props().get("routePrefix");
        if (rp != null) {
            String p = Val.constString(project.resolve(rp, of).val());
            if (p == null) notFollowed.add("routePrefix");
            prefix = p == null ? "{unknown}" : p;
        }
        boolean validation = !isFalse(project, o.props().get("validation"), of) && !isFalse(project, o.props().get("classTransformer"), of);
        boolean checker = o.props().containsKey("authorizationChecker");
        // a currentUserChecker that rejects requests without a valid token makes every @CurrentUser() action authenticated
        Control userChecker = null;
        Val cuc = o.props().get("currentUserChecker");
        if (cuc != null) {
            Project.FnRef fr = ModelSupport.handler(project, cuc, of);
            if (fr != null && ModelSupport.analysis(project).summary(fr.fn(), fr.file()).isAuth()) {
                userChecker = new Control(ControlKind.AUTH, "currentUserChecker", where, Set.of(), "route");
            }
        }
        // 1. cors
        if (corsValue(project, o, of) != null) {
            before.add(new Mount(new Control(ControlKind.CORS, "cors", where, Set.of(), "global"), ""));
        }
        // 2. global middleware classes of type 'before' (registered at the route prefix)
        // without the option routing-controllers registers every @Middleware class that was loaded
        Val mws = o.props().get("middlewares");
        List<Project.ClassHit> middlewareClasses = mws == null ? decorated(project, "Middleware")
                : classes(project, mws, of, notFollowed, "middlewares", false);
        {
            for (Project.ClassHit c : middlewareClasses) {
                Decorator d = decorator(project, c, "Middleware");
                if (d == null) continue; // not registered by routing-controllers without @Middleware
                String type = "before";
                if (d.arg(0) != null && project.resolve(d.arg(0), c.file()).val() instanceof Obj mo && mo.props().get("type") != null) {
                    String t = Val.constString(project.resolve(mo.props().get("type"), c.file()).val());
                    if (t != null) type = t;
                }
                if (c.info().method("error") != null) {
                    errors.add(c.info().location());
                    continue;
                }
                Fn use = c.info().method("use");
                if (use == null || !type.equals("before")) continue;
                before.add(new Mount(classifier.classifyFunction(use, c.file(), c.info().name(), c.info().location(), "global", false),
                        prefix));
            }
        }
        // 3. controllers and their actions
        Val ctrls = o.props().get("controllers");
        List<Project.ClassHit> controllers = ctrls == null ? allControllers(project)
                : classes(project, ctrls, of, notFollowed, "controllers", true);
        controllers.sort(Comparator.comparing((Project.ClassHit c) -> c.file().path()).thenComparingInt(c -> c.info().location().line()));
        for (Project.ClassHit c : controllers) {
            Decorator cd = decorator(project, c, "JsonController");
            if (cd == null) cd = decorator(project, c, "Controller");
            if (cd == null) continue;
            String base = cd.arg(0) == null ? "" : pathOf(project, cd.arg(0), c.file());
            List<Control> classControls = new ArrayList<>();
            for (Decorator d : c.info().decorators()) classControls.addAll(controls(project, classifier, d, c.file(), checker));
            for (Fn m : c.info().methods()) {
                Decorator verb = null;
                for (Decorator d : m.decorators()) if (VERBS.contains(d.name()) && fromModule(project, d, c.file())) verb = d;
                if (verb == null) continue;
                String method;
                Val pathArg;
                if (verb.name().equals("Method")) {
                    method = Val.constString(project.resolve(verb.arg(0), c.file()).val());
                    pathArg = verb.arg(1);
                    if (method == null) continue;
                } else {
                    method = verb.name();
                    pathArg = verb.arg(0);
                }
                String path = pathArg == null ? "" : pathOf(project, pathArg, c.file());
                List<Control> chain = new ArrayList<>(classControls);
                for (Decorator d : m.decorators()) chain.addAll(controls(project, classifier, d, c.file(), checker));
                List<Route.ParamInput> inputs = new ArrayList<>();
                Set<String> validated = new TreeSet<>();
                Set<String> dtoParts = new TreeSet<>();
                Set<String> convertedParts = new TreeSet<>();
                // the handler may validate a bound parameter itself: validate(dto) / schema.parse(body)
                Analysis.Summary summary = ModelSupport.analysis(project).summary(m, c.file());
                Set<String> handlerParts = new TreeSet<>();
                for (int pi = 0; pi < m.params().size(); pi++) {
                    Fn.Param p = m.params().get(pi);
                    for (Decorator pd : p.decorators()) {
                        if (!fromModule(project, pd, c.file())) continue;
                        if (pd.name().equals("CurrentUser") && userChecker != null && !chain.contains(userChecker)) {
                            chain.add(new Control(userChecker.kind(), userChecker.name(), pd.location(), Set.of(), "route"));
                        } else if (pd.name().equals("CurrentUser") && pd.arg(0) != null
                                && project.resolve(pd.arg(0), c.file()).val() instanceof Obj co
                                && co.props().get("required") instanceof Lit rl && Boolean.TRUE.equals(rl.value())) {
                            chain.add(new Control(ControlKind.AUTH, "@CurrentUser({ required: true })", pd.location(), Set.of(), "route"));
                        }
                        String part = switch (pd.name()) {
                            case "Body", "BodyParam" -> "body";
                            case "QueryParam", "QueryParams" -> "query";
                            case "Param", "Params" -> "params";
                            case "HeaderParam", "HeaderParams" -> "headers";
                            default -> null;
                        };
                        if (part == null) continue;
                        boolean dto = validation && validatedType(project, p.type(), c.file());
                        boolean byHandler = summary.validatedParams().containsKey(pi) || summary.validatedParts().contains(part)
                                || summary.validatedParts().contains("*");
                        boolean ok = dto || byHandler || convertedType(p.type());
                        if (byHandler && summary.validatedParams().containsKey(pi)) handlerParts.add(part);
                        if (dto) dtoParts.add(part);
                        else if (convertedType(p.type())) convertedParts.add(part);
                        if (dto || convertedType(p.type())) validated.add(part);
                        inputs.add(new Route.ParamInput(part, p.type(), p.location(), ok));
                    }
                }
                if (!dtoParts.isEmpty()) chain.add(new Control(ControlKind.VALIDATION, "class-validator", verb.location(), dtoParts, "route"));
                convertedParts.removeAll(dtoParts);
                if (!convertedParts.isEmpty()) {
                    chain.add(new Control(ControlKind.VALIDATION, "routing-controllers typed parameters", verb.location(), convertedParts, "route"));
                }
                chain.addAll(ModelSupport.handlerControls(project, m, c.file(), verb.location()));
                if (!handlerParts.isEmpty()) {
                    for (String lib : summary.validationLibs().isEmpty() ? Set.of("schema") : new TreeSet<>(summary.validationLibs())) {
                        chain.add(new Control(ControlKind.VALIDATION, lib, verb.location(), handlerParts, "handler"));
                    }
                }
                String full = ModelSupport.join(prefix, ModelSupport.join(base, path));
                actions.add(new Action(method.toUpperCase(Locale.ROOT), full, verb.location(), m, c.file(), chain, validated, inputs));
            }
        }
        return new Server(before, actions, errors, notFollowed);
    }

    private static Val corsValue(Project project, Obj o, FileFacts f) {
        Val c = o.props().get("cors");
        if (c == null) return null;
        Val cv = project.resolve(c, f).val();
        if (cv instanceof Lit l && (l.value() == null || Boolean.FALSE.equals(l.value()))) return null;
        return c;
    }

    private static boolean isFalse(Project project, Val v, FileFacts f) {
        return v != null && project.resolve(v, f).val() instanceof Lit l && Boolean.FALSE.equals(l.value());
    }

    private static String pathOf(Project project, Val v, FileFacts f) {
        Val r = project.resolve(v, f).val();
        String s = Val.constString(r);
        if (s != null) return s;
        if (r instanceof Obj) return ""; // @Controller({ transformResponse }) has no path
        return ModelSupport.templatePath(r);
    }

    private static boolean fromModule(Project project, Decorator d, FileFacts f) {
        String root = project.rootModule(d.callee(), f);
        return root == null ? false : root.equals(MODULE);
    }

    private static Decorator decorator(Project project, Project.ClassHit c, String name) {
        for (Decorator d : c.info().decorators()) if (d.name().equals(name) && fromModule(project, d, c.file())) return d;
        return null;
    }

    /** Controls a class or method decorator adds: @UseBefore(middleware...), @Authorized(roles?). */
    private static List<Control> controls(Project project, Classifier classifier, Decorator d, FileFacts f, boolean checker) {
        if (!fromModule(project, d, f)) return List.of();
        List<Control> out = new ArrayList<>();
        if (d.name().equals("Authorized")) {
            out.add(new Control(ControlKind.AUTH, checker ? "@Authorized" : "@Authorized (no authorizationChecker: every request fails)",
                    d.location(), Set.of(), "route"));
        } else if (d.name().equals("UseBefore")) {
            for (Val a : ModelSupport.flatten(project, d.args(), f)) {
                Project.ClassHit mc = project.classOf(a, f);
                Control c;
                if (mc != null && mc.info().method("use") != null) {
                    c = classifier.classifyFunction(mc.info().method("use"), mc.file(), mc.info().name(), d.location(), "route", false);
                } else {
                    c = classifier.classify(a, f, d.location(), "route");
                }
                if (c != null) out.add(c);
            }
        }
        return out;
    }

    /** number, boolean and Date parameters are converted from strings and rejected when they do not parse, whatever the validation option. */
    private static boolean convertedType(String type) {
        if (type == null) return false;
        String t = type.endsWith("[]") ? type.substring(0, type.length() - 2) : type;
        return Set.of("number", "boolean", "Date").contains(t);
    }

    /** A parameter type class-validator checks: a project class with decorated properties. */
    private static boolean validatedType(Project project, String type, FileFacts f) {
        if (type == null) return false;
        String t = type.endsWith("[]") ? type.substring(0, type.length() - 2) : type;
        Project.ClassHit hit = project.classNamed(t, f);
        return hit != null && hit.info().props().stream().anyMatch(p -> !p.decorators().isEmpty());
    }

    /** Every class with the given routing-controllers class decorator, in path order. */
    private static List<Project.ClassHit> decorated(Project project, String name) {
        List<Project.ClassHit> out = new ArrayList<>();
        for (FileFacts f : project.files().values()) {
            for (ClassInfo c : f.classes().values()) {
                Project.ClassHit h = new Project.ClassHit(c, f);
                if (decorator(project, h, name) != null) out.add(h);
            }
        }
        return out;
    }

    /** Every class decorated with @Controller / @JsonController from routing-controllers. */
    private static List<Project.ClassHit> allControllers(Project project) {
        List<Project.ClassHit> out = new ArrayList<>();
        for (FileFacts f : project.files().values()) {
            for (ClassInfo c : f.classes().values()) {
                Project.ClassHit h = new Project.ClassHit(c, f);
                if (decorator(project, h, "JsonController") != null || decorator(project, h, "Controller") != null) out.add(h);
            }
        }
        return out;
    }

    /** The classes a controllers / middlewares option lists: class references and glob strings. */
    private static List<Project.ClassHit> classes(Project project, Val list, FileFacts f, List<String> notFollowed, String option,
                                                  boolean controllers) {
        List<Project.ClassHit> out = new ArrayList<>();
        Project.Resolved lr = project.resolve(list, f);
        if (!(lr.val() instanceof Arr)) {
            notFollowed.add(option);
            if (controllers) out.addAll(allControllers(project));
            return out;
        }
        for (Val a : ModelSupport.flatten(project, List.of(lr.val()), lr.file())) {
            Project.ClassHit c = project.classOf(a, lr.file());
            if (c != null) {
                if (!out.contains(c)) out.add(c);
                continue;
            }
            Pattern glob = glob(project, a, lr.file());
            if (glob == null) {
                notFollowed.add(option);
                if (controllers) for (Project.ClassHit h : allControllers(project)) if (!out.contains(h)) out.add(h);
                continue;
            }
            for (FileFacts file : project.files().values()) {
                if (!glob.matcher(file.path()).matches()) continue;
                for (ClassInfo ci : file.classes().values()) {
                    Project.ClassHit h = new Project.ClassHit(ci, file);
                    if (!out.contains(h)) out.add(h);
                }
            }
        }
        return out;
    }

    /**
     * A glob string as a pattern over project paths: {@code __dirname + '/controllers/*.ts'},
     * {@code path.join(__dirname, 'controllers/**}{@code /*.{ts,js}')}, or a path relative to the root.
     * The extension is not compared (compiled code names .js files, the sources are .ts).
     */
    static Pattern glob(Project project, Val v, FileFacts f) {
        String norm = ModelSupport.staticPath(project, v, f);
        if (norm == null || norm.isEmpty()) return null;
        norm = norm.replaceAll("\\{?\\.(ts|js|tsx|mjs|cjs)(,\\.?(ts|js|tsx|mjs|cjs))*}?$", "").replaceAll("\\.\\{(ts|js)(,(ts|js))*}$", "");
        StringBuilder re = new StringBuilder(dev.backcheck.workspace.Globs.regex(norm));
        re.append("\\.(?:ts|js|tsx|mjs|cjs|mts|cts)");
        return Pattern.compile(re.toString());
    }
}
