package dev.backcheck.model;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;

import java.util.*;

/**
 * Classifies a middleware / hook / guard value by what it is (the package it comes from) or,
 * for project code, by what it does (verifies a token, rejects without a user, validates request
 * parts, consumes a limiter). Unknown stays {@link ControlKind#OTHER}; names alone never decide.
 */
public final class Classifier {
    private static final Map<String, ControlKind> PACKAGES = new HashMap<>();

    private static void pkg(ControlKind k, String... names) {
        for (String n : names) PACKAGES.put(n, k);
    }

    static {
        pkg(ControlKind.RATE_LIMIT, "express-rate-limit", "express-slow-down", "@fastify/rate-limit", "fastify-rate-limit",
                "@nestjs/throttler", "hono-rate-limiter", "express-brute", "rate-limiter-flexible", "@upstash/ratelimit");
        pkg(ControlKind.HEADERS, "helmet", "@fastify/helmet", "fastify-helmet", "hono/secure-headers", "lusca");
        pkg(ControlKind.CORS, "cors", "@fastify/cors", "fastify-cors", "hono/cors");
        pkg(ControlKind.AUTH, "passport", "express-jwt", "@fastify/jwt", "@fastify/auth", "@fastify/basic-auth",
                "@fastify/bearer-auth", "hono/jwt", "hono/bearer-auth", "hono/basic-auth", "express-basic-auth",
                "express-openid-connect", "@clerk/express", "@nestjs/passport", "express-oauth2-jwt-bearer");
        pkg(ControlKind.VALIDATION, "express-validator", "celebrate", "@hono/zod-validator", "hono/validator",
                "express-zod-safe", "zod-express-middleware", "express-joi-validation", "express-validation", "@hono/valibot-validator",
                "@hono/typebox-validator", "express-openapi-validator");
        pkg(ControlKind.LOGGING, "morgan", "pino-http", "express-winston", "hono/logger", "express-pino-logger");
        pkg(ControlKind.BODY_PARSER, "body-parser", "express.json", "express.urlencoded", "express.raw", "express.text",
                "@fastify/formbody", "@fastify/multipart", "multer");
    }

    private static final Set<String> REQUEST_PARTS = Set.of("body", "query", "params", "headers", "cookies");

    private final Analysis analysis;
    private final Project project;
    /** Per function with default parameter values: whether some project (non-test) call passes argument i. */
    private final IdentityHashMap<Fn, Map<Integer, Boolean>> passedArgs = new IdentityHashMap<>();

    public Classifier(Analysis analysis) {
        this.analysis = analysis;
        this.project = analysis.project();
    }

    /** The kind a package name implies, or null. */
    public static ControlKind kindOfPackage(String pkg) {
        return pkg == null ? null : PACKAGES.get(pkg);
    }

    /**
     * Classifies {@code v} (a middleware expression as written in {@code file}) mounted at {@code where}.
     * Returns null only for values that are certainly not middleware (literals).
     */
    public Control classify(Val v, FileFacts file, Location where, String scope) {
        if (v == null || v instanceof Lit || v instanceof Tpl || v instanceof Concat || v instanceof Regex) return null;
        // what the user declared in .backcheck.yml wins over what backcheck infers
        DeclaredControls.Match declared = project.declaredControl(v, file);
        if (declared != null) return declared.toControl(where, scope);
        String written = displayName(v);
        Project.Resolved r = project.resolve(v, file);
        Val x = r.val();
        FileFacts xf = r.file();
        // a name its project module does not export, a module object, a file not in the tree: nothing the model can see
        String missing = unresolved(v, file);
        if (missing != null) {
            String shown = localName(v, file);
            if (shown == null) shown = written == null || written.startsWith(".") ? "?" : written;
            if (where != null) {
                Import imp = file.imports().get(shown);
                Location at = imp != null && imp.location() != null && file.path().equals(imp.location().path()) ? imp.location() : where;
                project.unresolvedMiddleware("middleware '" + shown + "' (" + missing + "): the routes behind it are not judged open",
                        at.path(), at.line(), at.column());
            }
            return new Control(ControlKind.UNRESOLVED, shown, where, Set.of(), scope);
        }
        // deps.authPreHandler ?? authenticate: an override a caller may hand in (a test's fake) or the control the module
        // names itself, which is what the app runs when none is handed in; the written ones decide when they agree
        if (x instanceof OneOf o && o.test() == null && o.options().size() >= 2 && WRAP_DEPTH.get()[0] < 3) {
            List<Val> named = o.options().stream().filter(opt -> !(opt instanceof Param) && !(opt instanceof Unknown)).toList();
            if (!named.isEmpty() && named.size() < o.options().size()) {
                Control agreed = null;
                WRAP_DEPTH.get()[0]++;
                try {
                    for (Val opt : named) {
                        Control c = classify(opt, xf, where, scope);
                        if (c == null || agreed != null && c.kind() != agreed.kind()) {
                            agreed = null;
                            break;
                        }
                        if (agreed == null) agreed = c;
                    }
                } finally {
                    WRAP_DEPTH.get()[0]--;
                }
                if (agreed != null) return agreed;
            }
        }
        // a parameter with a default value (auth = apiKeyAuth) that no caller passes: the default
        if (x instanceof Param p && p.path().isEmpty() && where != null) {
            Val dflt = unpassedDefault(p, xf, where);
            if (dflt != null) {
                Project.Resolved dr = project.resolve(dflt, xf);
                if (!(dr.val() instanceof Param)) {
                    Control c = classify(dflt, xf, where, scope);
                    if (c != null) return c;
                }
            }
        }
        // what the app's factory is handed: app.use(deps.rateLimiter) in createApp(deps), called as createApp({ rateLimiter:
        // rateLimit({...}) }); a field of what a project factory returns: app.use(limits.api) with limits = makeLimits(env)
        // returning { api: rateLimit({...}) }
        if (where != null && WRAP_DEPTH.get()[0] < 3 && (x instanceof Param || x instanceof Member || x instanceof Local)) {
            Control handed;
            WRAP_DEPTH.get()[0]++;
            try {
                handed = handedIn(x, xf, where, scope);
            } finally {
                WRAP_DEPTH.get()[0]--;
            }
            if (handed != null) return handed;
        }
        // library controls: by the package they come from
        String root = project.rootModule(x, xf);
        String qn = project.qname(x, xf);
        if (root != null) {
            String key = qn != null && PACKAGES.containsKey(stripCall(qn)) ? stripCall(qn) : root;
            ControlKind k = PACKAGES.get(key);
            if (k == null && root.equals("express") && qn != null) {
                String base = stripCall(qn);
                if (base.equals("express.json") || base.equals("express.urlencoded") || base.equals("express.raw")
                        || base.equals("express.text")) k = ControlKind.BODY_PARSER;
                if (base.equals("express.static")) return new Control(ControlKind.OTHER, "express.static", where, Set.of(), scope);
            }
            if (k == ControlKind.AUTH && !enforcesAuth(root, x, xf)) {
                // passport.initialize(), clerkMiddleware(): set-up that lets requests through unauthenticated
                return new Control(ControlKind.OTHER, qn != null ? stripCall(qn) : root, where, Set.of(), scope);
            }
            if (k != null) {
                String name = k == ControlKind.BODY_PARSER && root.equals("express") ? stripCall(qn) : root;
                // a parser made by a factory call (bodyParser.raw({...})): the call, so a rule can tell which parser it is
                Control.Options made = k == ControlKind.BODY_PARSER && x instanceof Call && xf != null
                        ? new Control.Options(x, xf.path(), where) : null;
                return new Control(k, name, where, k == ControlKind.VALIDATION ? libraryParts(x, xf, root) : Set.of(), scope, made);
            }
            return new Control(ControlKind.OTHER, qn != null ? stripCall(qn) : root, where, Set.of(), scope);
        }
        // project code: a function, or a factory call returning one
        Fn fn = null;
        FileFacts fnFile = xf;
        String name = written;
        Project.FnRef madeBy = null;
        if (x instanceof FnVal f) {
            fn = f.fn();
            // module.exports = function validateObjectId(...) required as a module: the function's own name
            if (!f.fn().name().isEmpty() && !f.fn().name().equals("default") && (name == null || name.startsWith("."))) name = f.fn().name();
        } else if (x instanceof Call c) {
            Project.FnRef factory = project.function(c.callee(), xf);
            // a method of a project class instance that makes the middleware: rateLimitMiddleware.middleware() with
            // rateLimitMiddleware = new RateLimitMiddleware()
            if (factory == null) factory = instanceMethodOf(project, c.callee(), xf);
            madeBy = factory;
            // a preset made by a factory of factories: standardLimit() where standardLimit = preset({...}) and preset
            // returns (overrides) => limitRequests({...}): what the preset's returned function makes
            if (factory == null && WRAP_DEPTH.get()[0] < 3) {
                Project.Resolved made = project.resolve(c.callee(), xf);
                Project.FnRef outer = made.val() instanceof Call mc && made.file() != null ? project.function(mc.callee(), made.file()) : null;
                if (outer != null) {
                    for (Val ret : outer.fn().returns()) {
                        Project.Resolved rr = project.resolve(ret, outer.file());
                        if (!(rr.val() instanceof FnVal inner) || rr.file() == null) continue;
                        for (Val innerRet : inner.fn().returns()) {
                            Project.Resolved ir = project.resolve(innerRet, rr.file());
                            if (!(ir.val() instanceof Call) || ir.file() == null) continue;
                            Control made2;
                            WRAP_DEPTH.get()[0]++;
                            try {
                                made2 = classify(ir.val(), ir.file(), where, scope);
                            } finally {
                                WRAP_DEPTH.get()[0]--;
                            }
                            if (made2 != null && made2.kind() != ControlKind.OTHER && made2.kind() != ControlKind.UNRESOLVED) {
                                return new Control(made2.kind(), written == null ? made2.name() : written, made2.location(), made2.parts(), made2.scope(), made2.options());
                            }
                        }
                    }
                }
            }
            if (factory != null) {
                name = factory.fn().name().isEmpty() ? displayName(c.callee()) : factory.fn().name();
                for (Val ret : factory.fn().returns()) {
                    Project.Resolved rr = project.resolve(ret, factory.file());
                    if (rr.val() instanceof FnVal inner) {
                        // the first function returned, unless a later return is a library middleware: a factory
                        // that returns a pass-through when a feature flag is off and rateLimit({...}) otherwise
                        if (fn == null) {
                            fn = inner.fn();
                            fnFile = rr.file();
                        }
                        continue;
                    }
                    // a project factory that returns a library middleware: () => celebrate({ ... })
                    if (rr.val() instanceof Call && project.rootModule(rr.val(), rr.file()) != null) {
                        Control lib = classify(rr.val(), rr.file(), where, scope);
                        if (lib != null && lib.kind() != ControlKind.OTHER && (fn == null || passesThrough(fn))) return lib;
                    }
                    // a project factory that hands its arguments to another one: validateQuery = (schema) =>
                    // validate(schema, 'query'); the middleware is the one the inner factory makes
                    if (fn == null && rr.val() instanceof Call inner && project.rootModule(inner, rr.file()) == null
                            && WRAP_DEPTH.get()[0] < 3) {
                        Project.FnRef next = project.function(inner.callee(), rr.file());
                        if (next == null) next = instanceMethodOf(project, inner.callee(), rr.file());
                        if (next != null && next.fn() != factory.fn()) {
                            Control made;
                            WRAP_DEPTH.get()[0]++;
                            try {
                                made = classify(inner, rr.file(), where, scope);
                            } finally {
                                WRAP_DEPTH.get()[0]--;
                            }
                            if (made != null && made.kind() != ControlKind.OTHER) {
                                return new Control(made.kind(), name, made.location(), made.parts(), made.scope(), made.options());
                            }
                            // withClerkFailureHandling(clerkMiddleware()) = withFailureHandling('clerk_auth', mw), whose
                            // middleware calls the one it is handed on every request: what it is handed is this factory's own
                            // parameter, so the middleware is the caller's argument
                            Control handedOn = handedThrough(factory, next, inner, c, xf, where, scope);
                            if (handedOn != null) return handedOn;
                        }
                    }
                }
                if (fn == null) fn = factory.fn();
            }
        } else {
            // a method of a project class instance: errorController.error where errorController = new ErrorController()
            Project.FnRef method = instanceMethod(project, x, xf);
            if (method != null) {
                fn = method.fn();
                fnFile = method.file();
            }
        }
        if (fn != null) {
            // a module required as a whole (require('../middleware/auth')): named after its file
            if (name != null && name.startsWith(".")) name = moduleBaseName(name);
            Control c = classifyFunction(fn, fnFile, name, where, scope, true);
            // an adapter: toFastifyPreHandler(rbac.create('posts')) whose middleware calls, on every request, the
            // middleware it was handed (fn(request, reply)): what the handed middleware is
            // (the skip test itself reads as a check of the request, if (req.headers.upgrade === 'websocket') return next():
            // such a wrapper is looked into too, for the headers control it hands on)
            boolean skipTest = c.kind() == ControlKind.VALIDATION;
            if ((c.kind() == ControlKind.OTHER || skipTest) && madeBy != null && madeBy.fn() != fn && x instanceof Call made && WRAP_DEPTH.get()[0] < 3) {
                Val handed = skipTest ? null : handedMiddleware(madeBy.fn(), fn, made, false);
                // skipForWebSocket(helmet({..})): a wrapper that calls the middleware it was handed on every request but
                // those a test of the request sends past it (if (req.headers.upgrade === 'websocket') return next()).
                // For response headers that is still the control: a request that skips it changes only the headers of
                // its own response, which the one who sent it already controls. An auth or validation control skipped
                // on a test of the request is a bypass, so only security headers count so.
                boolean skipped = skipTest;
                if (handed == null) {
                    handed = handedMiddleware(madeBy.fn(), fn, made, true);
                    skipped = handed != null;
                }
                if (handed != null) {
                    Control inner;
                    WRAP_DEPTH.get()[0]++;
                    try {
                        inner = classify(handed, xf, where, scope);
                    } finally {
                        WRAP_DEPTH.get()[0]--;
                    }
                    if (inner != null && inner.kind() != ControlKind.OTHER && inner.kind() != ControlKind.UNRESOLVED
                            && inner.kind() != ControlKind.ERROR_HANDLER && (!skipped || inner.kind() == ControlKind.HEADERS)) {
                        String shown = displayName(handed);
                        return new Control(inner.kind(), shown == null ? inner.name() : shown, where, inner.parts(), scope, inner.options());
                    }
                }
            }
            // validateFields({ email: 'email', name: 'text' }): each listed field checked by the rule its name selects
            if (c.kind() == ControlKind.OTHER && madeBy != null && x instanceof Call made) {
                Set<String> fields = fieldRuleTable(madeBy, fn, fnFile, made, xf);
                if (!fields.isEmpty()) return new Control(ControlKind.VALIDATION, c.name(), c.location(), fields, c.scope());
            }
            // authMiddleware({ required: false }): made with the option that turns its refusals off (optional authentication)
            if (c.kind() == ControlKind.AUTH && madeBy != null && x instanceof Call made
                    && dev.backcheck.concepts.Authentication.optionalByOptions(project, madeBy, fn, made.args(), xf)) {
                return new Control(ControlKind.OTHER, c.name(), c.location(), Set.of(), c.scope());
            }
            // validateRequest({ params: IdParams }) whose body validates req[key] for each key: only those parts
            if (c.kind() == ControlKind.VALIDATION && c.parts().contains("*") && x instanceof Call call && !call.args().isEmpty()
                    && project.resolve(call.args().get(0), xf).val() instanceof Obj o && !o.props().isEmpty()
                    && REQUEST_PARTS.containsAll(o.props().keySet())) {
                return new Control(c.kind(), c.name(), c.location(), o.props().keySet(), c.scope());
            }
            // validate(schema, 'query') whose middleware validates req[source]: the part the factory is told, or the one
            // its parameter defaults to (source = 'body')
            if (c.kind() == ControlKind.VALIDATION && c.parts().equals(Set.of("*")) && x instanceof Call call) {
                String told = toldPart(call, xf);
                if (told != null) return new Control(c.kind(), c.name(), c.location(), Set.of(told), c.scope(), c.options());
            }
            return c;
        }
        return new Control(ControlKind.OTHER, written == null ? "?" : written, where, Set.of(), scope);
    }

    /**
     * The request fields a middleware made by a project factory from a table of field names validates, or an empty set:
     * {@code validateFields({ email: 'email', name: 'text' })} whose middleware goes over the table's entries
     * ({@code Object.entries(rules)} / {@code Object.keys(rules)}), reads each field of a request part by its name, hands
     * the value to a project check that selects a rule by the table's value from a table of rules of its module
     * ({@code RULES[kind](value)}, {@code schemas[name].validate(value)}) or tests its type or format itself (in the
     * middleware too: {@code typeof value !== 'string'}, {@code EMAIL.test(value)}), and answers a 4xx status when one
     * fails. The fields are the table's keys (part.field).
     */
    private Set<String> fieldRuleTable(Project.FnRef factory, Fn inner, FileFacts innerFile, Call made, FileFacts madeFile) {
        if (factory == null || inner == null || made.args().isEmpty() || factory.fn().params().isEmpty()) return Set.of();
        Project.Resolved table = project.resolve(made.args().get(0), madeFile);
        if (!(table.val() instanceof Obj rules) || rules.props().isEmpty() || rules.props().keySet().stream().anyMatch(k -> k.startsWith("..."))) return Set.of();
        String tableParam = factory.fn().params().get(0).name();
        FileFacts file = innerFile != null ? innerFile : factory.file();
        List<Fn> fns = new ArrayList<>();
        fns.add(inner);
        for (int i = 0; i < fns.size() && fns.size() < 16; i++) fns.addAll(fns.get(i).nested());
        boolean overTable = false, rejects = false;
        String part = null;
        for (Fn f : fns) {
            if (f.statuses().stream().anyMatch(st -> st >= 400 && st < 500 && st != 401 && st != 403)) rejects = true;
            // the middleware tests the value read by the field's name itself: typeof value !== 'number', /re/.test(value)
            for (Fn.Compare c : f.compares()) {
                if ("typeof".equals(c.leftKind()) && fieldByName(c.left()) != null) part = fieldByName(c.left());
                if ("typeof".equals(c.rightKind()) && fieldByName(c.right()) != null) part = fieldByName(c.right());
            }
            for (CallSite cs : f.calls()) {
                String m = Vals.lastName(cs.callee());
                if ("test".equals(m) && Analysis.receiver(cs.callee()) instanceof Regex && cs.args().size() == 1 && fieldByName(cs.arg(0)) != null) {
                    part = fieldByName(cs.arg(0));
                }
                // c.json({ error }, status) with const status = tooBig ? 413 : 400
                if (Set.of("json", "status", "code", "send", "text").contains(String.valueOf(m)) && cs.args().stream().anyMatch(Classifier::clientError)) rejects = true;
                if (cs.callee() instanceof Global g && g.name().equals("Object") && ("entries".equals(m) || "keys".equals(m))
                        && cs.arg(0) instanceof Param tp && tp.index() == 0 && tp.path().isEmpty() && tp.name().equals(tableParam)) overTable = true;
                for (Val a : cs.args()) {
                    String read = fieldByName(a);
                    if (read == null) continue;
                    Project.FnRef check = project.function(cs.callee(), file);
                    if (check != null && check.fn() != inner && ruleCheck(check.fn(), check.file() == null ? file : check.file(), 0)) part = read;
                }
            }
        }
        if (!overTable || !rejects || part == null) return Set.of();
        Set<String> out = new TreeSet<>();
        for (String k : rules.props().keySet()) out.add(part + "." + k);
        return out;
    }

    /** A 4xx status other than 401/403, or a choice between such. */
    private static boolean clientError(Val v) {
        if (v instanceof OneOf o) return !o.options().isEmpty() && o.options().stream().allMatch(Classifier::clientError);
        return v instanceof Lit l && l.value() instanceof Double d && d >= 400 && d < 500 && d != 401 && d != 403;
    }

    /**
     * The request part a value is a field of, read by a computed name ({@code req.body[field]}, or {@code body[field]} of
     * {@code const body = c.get('parsed') || await c.req.json()}), or null.
     */
    private static String fieldByName(Val a) {
        Set<String> parts = Set.of("body", "query", "params");
        if (a instanceof Req q && q.path().size() == 1 && q.path().get(0).equals("*") && parts.contains(q.part())) return q.part();
        if (!(a instanceof Member m) || !m.prop().equals("*")) return null;
        List<Val> options = m.object() instanceof OneOf o ? o.options() : List.of(m.object());
        for (Val o : options) if (o instanceof Req q && q.path().isEmpty() && parts.contains(q.part())) return q.part();
        return null;
    }

    /** A project function that tests a value's type or format, itself or through a table of rules of its module it looks the rule up in. */
    private boolean ruleCheck(Fn fn, FileFacts file, int depth) {
        if (fn == null || depth > 2) return false;
        for (Fn.Compare c : fn.compares()) {
            if ("typeof".equals(c.leftKind()) || "typeof".equals(c.rightKind())) return true;
        }
        for (CallSite cs : fn.calls()) {
            String m = Vals.lastName(cs.callee());
            if ("test".equals(m) && Analysis.receiver(cs.callee()) instanceof Regex) return true;
            // RULES[kind](value), schemas[name].validate(value): a rule looked up in a table of the module's
            Val recv = cs.callee() instanceof Member cm ? cm.object() : null;
            Val lookedUp = cs.callee() instanceof Member cm && cm.prop().equals("*") ? cm.object()
                    : recv instanceof Member rm && rm.prop().equals("*") ? rm.object() : null;
            if (lookedUp instanceof Local l && l.path().isEmpty() && file != null && file.symbols().get(l.name()) instanceof Obj t
                    && !t.props().isEmpty() && t.props().values().stream().allMatch(v -> v instanceof FnVal || v instanceof Obj)) return true;
            Project.FnRef next = project.function(cs.callee(), file);
            if (next != null && next.fn() != fn && ruleCheck(next.fn(), next.file() == null ? file : next.file(), depth + 1)) return true;
        }
        for (Fn n : fn.nested()) if (ruleCheck(n, file, depth + 1)) return true;
        return false;
    }

    /**
     * Why a middleware value as written in {@code file} names nothing the model can see, or null: a name imported from
     * a project module that does not export it ({@code const { authenticate } = require('./middleware/auth')} of a module
     * whose {@code module.exports} object has no such field: undefined at run time), a whole module that is an object and
     * no function ({@code const authenticateToken = require('../middleware/auth')}), or a relative import of a file the
     * tree does not hold. Express refuses the first two when the route is registered ("requires a middleware function");
     * the last is a guard backcheck cannot read. A module whose exports the model did not read (a file that failed to
     * parse, an object with a spread) is not taken as missing a name.
     */
    /** Functions of the JavaScript and Node global scope whose names are camel case (never an undeclared project name). */
    private static final Set<String> JS_GLOBAL_FUNCTIONS = Set.of("setTimeout", "setInterval", "setImmediate", "clearTimeout",
            "clearInterval", "clearImmediate", "queueMicrotask", "structuredClone", "parseInt", "parseFloat", "isNaN", "isFinite",
            "encodeURI", "encodeURIComponent", "decodeURI", "decodeURIComponent", "globalThis", "requestAnimationFrame");

    public String unresolved(Val v, FileFacts file) {
        if (v == null || file == null || v instanceof Obj || v instanceof FnVal || v instanceof Call || v instanceof New) return null;
        Project.Resolved r = project.resolve(v, file);
        Val x = r.val();
        FileFacts xf = r.file();
        if (xf == null) return null;
        // (a path alias of the project, '@/middleware/auth', as a relative path: a project file, read the same way)
        if (x instanceof Ref ref && (relativeSpec(ref.module()) || projectAlias(xf, ref.module()))) {
            String target = project.resolveModule(xf.path(), ref.module());
            if (target == null) return ref.module() + " is not a file of the project";
            FileFacts tf = project.file(target);
            if (tf == null || tf.exports().isEmpty() || !tf.reexportAll().isEmpty()) return null;
            if (ref.path().isEmpty() && !ref.export().equals("*") && !ref.export().equals("default") && !tf.exports().containsKey(ref.export())) {
                return ref.module() + " exports no '" + ref.export() + "'";
            }
            return null;
        }
        // module.exports = { a, b } read as { c } or .c: no field c (an object with a spread may carry it)
        if (x instanceof Member m && m.object() instanceof Obj o && !o.props().containsKey(m.prop())
                && o.props().keySet().stream().noneMatch(k -> k.startsWith("...")) && fromModule(v, file)) {
            return "its module exports no '" + m.prop() + "'";
        }
        if ((x instanceof Obj || x instanceof Local l && l.name().equals("*module*") && l.path().isEmpty()) && fromModule(v, file)) {
            return "it is the whole module object, not a function";
        }
        // app.use('/x', authMiddleware, router) in a module that neither imports nor declares authMiddleware: a name
        // JavaScript looks up as a global, a ReferenceError when the line runs (TypeScript refuses to compile it)
        if (v instanceof Global g && g.path().isEmpty() && x instanceof Global && !file.imports().containsKey(g.name())
                && !file.symbols().containsKey(g.name()) && g.name().matches("[a-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*")
                && !JS_GLOBAL_FUNCTIONS.contains(g.name())) {
            return "no import or declaration of '" + g.name() + "' in " + file.path();
        }
        return null;
    }

    /** A module specifier that is no relative path but resolves to a file of the project (a tsconfig path alias: '@/lib/auth'). */
    private boolean projectAlias(FileFacts from, String spec) {
        if (spec == null || relativeSpec(spec)) return false;
        String target = project.resolveModule(from.path(), spec);
        return target != null && project.file(target) != null;
    }

    /** A value written as a name imported or required from a relative project module (or one a path alias names). */
    private boolean fromModule(Val v, FileFacts file) {
        if (v instanceof Ref ref) return relativeSpec(ref.module()) || projectAlias(file, ref.module());
        if (!(v instanceof Local l)) return false;
        Import imp = file.imports().get(l.name());
        if (imp != null) return relativeSpec(imp.module()) || projectAlias(file, imp.module());
        Val sym = file.symbols().get(l.name());
        if (sym instanceof Ref ref) return relativeSpec(ref.module()) || projectAlias(file, ref.module());
        if (sym instanceof Member sm && sm.object() instanceof Call c) sym = c;
        return sym instanceof Call c && c.callee() instanceof Global g && g.path().isEmpty() && g.name().equals("require")
                && c.args().size() == 1 && relativeSpec(Val.constString(c.args().get(0)));
    }

    /** The name a value has in {@code file}: a Local's own, or the import or binding a module reference was written as. */
    private static String localName(Val v, FileFacts file) {
        if (v instanceof Local l) return l.path().isEmpty() ? l.name() : null;
        if (!(v instanceof Ref ref)) return null;
        for (Map.Entry<String, Import> e : file.imports().entrySet()) {
            Import i = e.getValue();
            if (i.module().equals(ref.module()) && (ref.path().isEmpty() && i.export().equals(ref.export())
                    || ref.path().size() == 1 && i.export().equals(ref.path().get(0)))) return e.getKey();
        }
        for (Map.Entry<String, Val> e : file.symbols().entrySet()) if (v.equals(e.getValue())) return e.getKey();
        return null;
    }

    private static boolean relativeSpec(String spec) {
        return spec != null && (spec.startsWith("./") || spec.startsWith("../") || spec.equals(".") || spec.equals(".."));
    }

    /**
     * The request part a middleware factory call names: a literal argument that is a part name ('query'), or, when the
     * call passes nothing there, the literal default of the factory's parameter ({@code source = 'body'}). Null when
     * there is no such parameter, or more than one.
     */
    private String toldPart(Call call, FileFacts file) {
        Project.FnRef factory = project.function(call.callee(), file);
        if (factory == null) return null;
        String told = null;
        List<Fn.Param> ps = factory.fn().params();
        for (int i = 0; i < ps.size(); i++) {
            Val given = i < call.args().size() ? project.resolve(call.args().get(i), file).val() : ps.get(i).defaultValue();
            if (given instanceof Lit l && l.value() instanceof String p && REQUEST_PARTS.contains(p)) {
                if (told != null) return null;
                told = p;
            }
        }
        return told;
    }

    /**
     * Classifies project code by what it does: a function (middleware, hook, guard method) known
     * under {@code name} (null or empty when anonymous). An anonymous function that authenticates
     * through a library is named by that library ({@code request.jwtVerify()} → @fastify/jwt).
     *
     * @param errorHandlerArity true when a 4-parameter function is an Express error handler
     */
    public Control classifyFunction(Fn fn, FileFacts fnFile, String name, Location where, String scope, boolean errorHandlerArity) {
        String declaredName = name != null && !name.isEmpty() ? name : fn.name();
        if (fnFile != null && declaredName != null && !declaredName.isEmpty()) {
            DeclaredControls.Match declared = project.config().controls().matchFunction(fnFile.path(), declaredName);
            if (declared != null) return declared.toControl(where, scope);
        }
        Analysis.Summary s = analysis.summary(fn, fnFile);
        if (name == null || name.isEmpty()) name = fn.name().isEmpty() ? null : fn.name();
        if (name == null && s.isAuth()) name = authLibrary(fn, fnFile, 0);
        if (name == null) name = "<anonymous>";
        if (errorHandlerArity && fn.params().size() == 4) return new Control(ControlKind.ERROR_HANDLER, name, where, Set.of(), scope);
        // a limiter that checks a credential only to let trusted internal callers skip the limit (it answers 429, never
        // 401/403) limits the rate; it authenticates no one
        // ... and so does one that counts requests per API key and answers 401 only when no key is sent: any key gets
        // through (the key is the counter's name, never checked against anything)
        boolean limiterBypass = s.rateLimits() && (!s.rejectsUnauthenticated() && !answersUnauthorized(fn)
                || !s.verifiesToken() && refusesOnlyWithoutCredential(fn));
        if (s.isAuth() && !limiterBypass) return new Control(ControlKind.AUTH, name, where, Set.of(), scope);
        if (s.rateLimits()) return new Control(ControlKind.RATE_LIMIT, name, where, Set.of(), scope);
        if (!s.validatedParts().isEmpty()) return new Control(ControlKind.VALIDATION, name, where, s.validatedParts(), scope);
        // hand validation: a middleware that turns a request away unless a field has the right type or format
        if (!s.checkedFields().isEmpty()) {
            // only the fields it checks: body.email, or the whole part when it checks the part itself
            Set<String> parts = new TreeSet<>();
            s.checkedFields().forEach((part, fields) -> {
                if (fields.contains("*")) parts.add(part);
                else for (String f : fields) parts.add(part + "." + f);
            });
            return new Control(ControlKind.VALIDATION, name, where, parts, scope);
        }
        // a wrapper that applies a library middleware it makes in place, on some paths or under a flag:
        // (req, res, next) => skip(req) ? next() : helmet({...})(req, res, next)
        if (fnFile != null && fn.params().size() == 3 && WRAP_DEPTH.get()[0] < 3) {
            for (Fn f : dev.backcheck.concepts.RequestPaths.handlerFunctions(fn)) {
                for (CallSite cs : f.calls()) {
                    if (!(cs.callee() instanceof Call made) || cs.args().size() != 3
                            || !(cs.args().get(2) instanceof Param np && np.index() == 2 && np.path().isEmpty())) continue;
                    Control inner;
                    WRAP_DEPTH.get()[0]++;
                    try {
                        inner = classify(made, fnFile, where, scope);
                    } finally {
                        WRAP_DEPTH.get()[0]--;
                    }
                    if (inner != null && inner.kind() != ControlKind.OTHER && inner.kind() != ControlKind.ERROR_HANDLER) {
                        return new Control(inner.kind(), inner.name(), where, inner.parts(), scope, inner.options());
                    }
                }
            }
        }
        // a hand-written helmet: a middleware that sets two or more of the security headers on every response (SecurityHeaders)
        if (fn.params().size() >= 2 && dev.backcheck.concepts.SecurityHeaders.set(project, fn, fnFile).size() >= 2) return new Control(ControlKind.HEADERS, name, where, Set.of(), scope);
        // a hand-written mongo-sanitize: the request parts whose `$` keys it strips at every depth (MongoSanitizers)
        if (fnFile != null && fn.params().size() == 3) {
            Set<String> stripped = dev.backcheck.concepts.MongoSanitizers.strippedParts(project, fn, fnFile);
            if (!stripped.isEmpty()) return new Control(ControlKind.OTHER, name, where, stripped, scope);
        }
        return new Control(ControlKind.OTHER, name, where, Set.of(), scope);
    }

    /**
     * Whether every 401/403 answer of the function (a call handed the status: {@code c.json(body, 401)},
     * {@code res.status(401)}, {@code new HTTPException(401)}) runs only where a credential of the request is missing
     * ({@code if (!apiKey) ..}), and there is at least one: it turns away callers without a key, never those with a wrong one.
     */
    private static boolean refusesOnlyWithoutCredential(Fn fn) {
        boolean any = false;
        for (Fn f : dev.backcheck.concepts.RequestPaths.handlerFunctions(fn)) {
            for (CallSite cs : f.calls()) {
                boolean refusal = cs.args().stream().anyMatch(a -> a instanceof Lit l && l.value() instanceof Number n
                        && (n.doubleValue() == 401 || n.doubleValue() == 403));
                if (!refusal) continue;
                any = true;
                boolean absent = cs.guards().stream().anyMatch(g -> "truthy".equals(g.op()) && !g.holds() && g.left() != null
                        && Analysis.isCredentialOrCut(g.left()));
                if (!absent) return false;
            }
        }
        return any;
    }

    /** Whether the function or a callback in it answers 401 or 403 itself (a guard that also limits, not a limiter bypass). */
    private static boolean answersUnauthorized(Fn fn) {
        for (Fn f : dev.backcheck.concepts.RequestPaths.handlerFunctions(fn)) {
            if (f.statuses().contains(401) || f.statuses().contains(403)) return true;
        }
        return false;
    }

    /**
     * The method a member of a project class instance names ({@code errorController.error} with
     * {@code const errorController = new ErrorController()}), or null: the instance must be made with {@code new} of a
     * class of the project that declares the method (its own, not an inherited one).
     */
    /** {@link #instanceMethod}, the instance also named through an import ({@code windowLimiter.handler} imported). */
    private static Project.FnRef instanceMethodOf(Project project, Val x, FileFacts xf) {
        if (x instanceof Member) return instanceMethod(project, x, xf);
        Val obj = x instanceof Ref || x instanceof Local ? Project.withoutLast(x) : null;
        String name = Vals.lastName(x);
        return obj == null || name == null || xf == null ? null : instanceMethod(project, new Member(obj, name), xf);
    }

    public static Project.FnRef instanceMethod(Project project, Val x, FileFacts xf) {
        if (!(x instanceof Member m) || xf == null) return null;
        Project.Resolved obj = project.resolve(m.object(), xf);
        Project.ClassHit c = null;
        if (obj.val() instanceof New n) c = project.classOf(n.callee(), obj.file() != null ? obj.file() : xf);
        else if (obj.val() instanceof Call sc) c = singletonOf(project, sc, obj.file() != null ? obj.file() : xf);
        if (c == null) return null;
        Fn method = c.info().method(m.prop());
        return method == null ? null : new Project.FnRef(method, c.file());
    }

    /**
     * The class whose one instance a static accessor hands out: {@code Limiter.getInstance()}, whose method returns the
     * class's own static field ({@code return Limiter.instance}, set to {@code new Limiter()} on first use) or a new
     * instance of it. Null for any other call.
     */
    private static Project.ClassHit singletonOf(Project project, Call call, FileFacts file) {
        Val owner = ownerOf(call.callee());
        String accessorName = Vals.lastName(call.callee());
        if (owner == null || accessorName == null || file == null) return null;
        Project.ClassHit c = project.classOf(owner, file);
        if (c == null) return null;
        Fn accessor = c.info().method(accessorName);
        if (accessor == null) return null;
        String cls = c.info().name();
        for (Val ret : accessor.returns()) {
            if (ret instanceof New n && cls.equals(Vals.lastName(n.callee()))) return c;
            Val of = ownerOf(ret);
            String field = Vals.lastName(ret);
            if (of != null && field != null && (cls.equals(Vals.lastName(of)) || "this".equals(Vals.lastName(of)))
                    && c.info().props().stream().anyMatch(pr -> pr.name().equals(field))) return c;
        }
        return null;
    }

    /** What a member access is made on: {@code x} of {@code x.y} (a Member, or a name with a path). */
    private static Val ownerOf(Val v) {
        if (v instanceof Member m) return m.object();
        if (v instanceof Ref || v instanceof Local) return Project.withoutLast(v);
        return null;
    }

    /** How deep wrapper classification has gone on this thread (a wrapper may make itself). */
    private static final ThreadLocal<int[]> WRAP_DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * The default value of parameter {@code p} of the innermost function of {@code file} that encloses
     * {@code where}, when no call of that function in the project passes the argument; else null.
     */
    private Val unpassedDefault(Param p, FileFacts file, Location where) {
        if (file == null || !file.path().equals(where.path())) return null;
        Fn owner = null;
        for (Fn fn : Analysis.functions(file)) {
            Fn.Param fp = fn.param(p.index());
            if (fp == null || fp.defaultValue() == null || !fp.name().equals(p.name()) || !encloses(fn.location(), where)) continue;
            if (owner == null || encloses(owner.location(), fn.location())) owner = fn;
        }
        if (owner == null) return null;
        final Fn fnOwner = owner;
        boolean passed = passedArgs.computeIfAbsent(owner, k -> new HashMap<>()).computeIfAbsent(p.index(), i -> {
            for (FileFacts f : project.files().values()) {
                // a test that injects a fake (createApi(mockAuth)) does not change what the app runs
                if (project.isTestPath(f.path())) continue;
                for (Fn fn : Analysis.functions(f)) {
                    for (CallSite cs : fn.calls()) {
                        if (cs.arg(i) == null) continue;
                        Project.FnRef target = project.function(cs.callee(), f);
                        if (target != null && target.fn() == fnOwner) return true;
                    }
                }
            }
            return false;
        });
        return passed ? null : owner.param(p.index()).defaultValue();
    }

    /**
     * The control a parameter's field or a factory result's field is, when every value the code gives it is one of the
     * same kind (see {@link #classify}); null when there is none, or they disagree, or only OTHER.
     * <ul>
     * <li>{@code deps.rateLimiter} / destructured {@code { rateLimiter }}, a parameter of the function that mounts it: the
     *     field of the argument each non-test call of that function passes;</li>
     * <li>{@code limits.api}, where {@code limits} is a call of a project function: the field of the object literal it
     *     returns.</li>
     * </ul>
     */
    private Control handedIn(Val x, FileFacts xf, Location where, String scope) {
        return handedIn(x, xf, where, where, scope, 0);
    }

    /**
     * {@link #handedIn(Val, FileFacts, Location, String)} where {@code at} is the place in {@code xf} the value is written
     * (the function whose parameter it is encloses it) and {@code where} the mount. A parameter mounted whole
     * ({@code preHandler: authRateLimit} in {@code authRoutes(app, db, authRateLimit)}) is the argument every call passes;
     * an argument that is itself the caller's parameter ({@code setupRoutes(app, authRateLimit)} passing it on) is followed
     * to that function's callers, a few calls up.
     */
    private Control handedIn(Val x, FileFacts xf, Location at, Location where, String scope, int hop) {
        List<String> path = new ArrayList<>();
        Val base = x;
        if (x instanceof Param p) {
            path.addAll(p.path());
            base = new Param(p.index(), p.name(), List.of());
        } else if (x instanceof Local l) {
            path.addAll(l.path());
            base = new Local(l.name(), List.of());
        } else {
            while (base instanceof Member m) {
                path.add(0, m.prop());
                base = m.object();
            }
        }
        if (path.isEmpty() && !(base instanceof Param)) return null;
        List<Object[]> given = new ArrayList<>(); // {value, file, call location}
        if (base instanceof Param p) {
            Fn owner = ownerOf(p, xf, at);
            if (owner == null) return null;
            for (Object[] call : callersOf(owner)) {
                CallSite cs = (CallSite) call[0];
                if (cs.arg(p.index()) != null) given.add(new Object[]{cs.arg(p.index()), call[1], cs.location()});
            }
        } else {
            Project.Resolved r = project.resolve(base, xf);
            if (!(r.val() instanceof Call c) || r.file() == null) return null;
            Project.FnRef factory = project.function(c.callee(), r.file());
            if (factory == null) return null;
            for (Val ret : factory.fn().returns()) given.add(new Object[]{ret, factory.file(), null});
        }
        Control found = null;
        for (Object[] g : given) {
            Project.Resolved got = project.resolve((Val) g[0], (FileFacts) g[1]);
            Control c;
            if (got.val() instanceof Param ap && g[2] instanceof Location callAt) {
                // the caller hands on its own parameter: what its callers give it
                if (hop >= 3) return null;
                List<String> rest = new ArrayList<>(ap.path());
                rest.addAll(path);
                c = handedIn(new Param(ap.index(), ap.name(), rest), (FileFacts) g[1], callAt, where, scope, hop + 1);
            } else {
                for (String step : path) {
                    if (!(got.val() instanceof Obj o) || o.props().get(step) == null) return null;
                    got = project.resolve(o.props().get(step), got.file());
                }
                if (got.file() == null || got.val() instanceof Param) return null;
                c = classify(got.val(), got.file(), where, scope);
            }
            if (c == null || c.kind() == ControlKind.OTHER || c.kind() == ControlKind.UNRESOLVED || found != null && found.kind() != c.kind()) return null;
            if (found == null) found = c;
        }
        return found;
    }

    /** Per function: its non-test calls by name ({call site, file}), computed once. */
    private final Map<Fn, List<Object[]>> callers = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    private List<Object[]> callersOf(Fn owner) {
        List<Object[]> known = callers.get(owner);
        if (known != null) return known;
        List<Object[]> out = new ArrayList<>();
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if (!(cs.callee() instanceof Local || cs.callee() instanceof Ref || cs.callee() instanceof Member)) continue;
                    Project.FnRef target = project.function(cs.callee(), f);
                    if (target != null && target.fn() == owner) out.add(new Object[]{cs, f});
                }
            }
        }
        callers.put(owner, out);
        return out;
    }

    /** The innermost function of {@code file} around {@code where} whose parameter {@code p.index()} is {@code p}. */
    private static Fn ownerOf(Param p, FileFacts file, Location where) {
        if (file == null || !file.path().equals(where.path())) return null;
        Fn owner = null;
        for (Fn fn : Analysis.functions(file)) {
            Fn.Param fp = fn.param(p.index());
            if (fp == null || !fp.name().equals(p.name()) || !encloses(fn.location(), where)) continue;
            if (owner == null || encloses(owner.location(), fn.location())) owner = fn;
        }
        return owner;
    }

    /**
     * The argument of {@code made} (a call of {@code factory}) that the middleware {@code inner} the factory returns calls
     * unconditionally as a function: {@code toFastifyPreHandler(fn)} returning {@code async (request, reply) => { ..;
     * await fn(rq, rp) }}. Null when it calls none of the factory's parameters so. With {@code underGuard}, also a call
     * made only where a test holds (an early {@code return next()} above it).
     */
    private static Val handedMiddleware(Fn factory, Fn inner, Call made, boolean underGuard) {
        for (CallSite cs : inner.calls()) {
            if (!(cs.callee() instanceof Param p) || !p.path().isEmpty() || !underGuard && !cs.guards().isEmpty()) continue;
            Fn.Param fp = factory.param(p.index());
            Fn.Param own = inner.param(p.index());
            if (fp == null || !fp.name().equals(p.name()) || own != null && own.name().equals(p.name())) continue;
            if (p.index() < made.args().size()) return made.args().get(p.index());
        }
        return null;
    }

    /**
     * The control a two-level wrapper stands for: {@code outer(mw)} returns {@code inner(.., mw)}, and the middleware
     * {@code inner} makes calls the one it was handed ({@link #handedMiddleware}) which is {@code outer}'s own parameter:
     * the argument {@code call} gives {@code outer}, classified where it is written. Null when that is no control.
     */
    private Control handedThrough(Project.FnRef outer, Project.FnRef inner, Call innerCall, Call call, FileFacts xf, Location where, String scope) {
        for (Val ret : inner.fn().returns()) {
            Project.Resolved rr = project.resolve(ret, inner.file());
            if (!(rr.val() instanceof FnVal made)) continue;
            Val handed = handedMiddleware(inner.fn(), made.fn(), innerCall, false);
            if (!(handed instanceof Param hp) || !hp.path().isEmpty()) continue;
            Fn.Param op = outer.fn().param(hp.index());
            if (op == null || !op.name().equals(hp.name()) || hp.index() >= call.args().size()) continue;
            Val given = call.args().get(hp.index());
            Control c;
            WRAP_DEPTH.get()[0]++;
            try {
                c = classify(given, xf, where, scope);
            } finally {
                WRAP_DEPTH.get()[0]--;
            }
            if (c != null && c.kind() != ControlKind.OTHER && c.kind() != ControlKind.UNRESOLVED && c.kind() != ControlKind.ERROR_HANDLER) {
                String shown = displayName(given);
                return new Control(c.kind(), shown == null ? c.name() : shown, where, c.parts(), scope, c.options());
            }
        }
        return null;
    }

    /** A middleware that only calls its last parameter: (req, res, next) => next(). */
    private static boolean passesThrough(Fn fn) {
        if (fn.params().size() < 3 || !fn.statuses().isEmpty() || !fn.nested().isEmpty()) return false;
        for (CallSite cs : fn.calls()) {
            if (!(cs.callee() instanceof Param p) || !p.path().isEmpty() || p.index() != fn.params().size() - 1) return false;
        }
        return true;
    }

    private static boolean encloses(Location outer, Location inner) {
        boolean afterStart = inner.line() > outer.line() || inner.line() == outer.line() && inner.column() >= outer.column();
        boolean beforeEnd = inner.endLine() < outer.endLine() || inner.endLine() == outer.endLine() && inner.endColumn() <= outer.endColumn();
        return afterStart && beforeEnd;
    }

    /** The auth library an anonymous function verifies tokens with, or null (then it stays anonymous). */
    private String authLibrary(Fn fn, FileFacts f, int depth) {
        if (fn == null || depth > 3) return null;
        for (CallSite cs : fn.calls()) {
            String m = cs.methodName();
            if ("jwtVerify".equals(m) && Analysis.receiver(cs.callee()) instanceof Req) return "@fastify/jwt";
            String root = project.rootModule(cs.callee(), f);
            if (root != null && PACKAGES.get(root) == ControlKind.AUTH) return root;
            if (root != null && (root.equals("jsonwebtoken") || root.equals("jose"))) return root;
        }
        for (Fn n : fn.nested()) {
            String r = authLibrary(n, f, depth + 1);
            if (r != null) return r;
        }
        return null;
    }

    /** For auth packages whose set-up calls do not enforce anything: the calls that do. */
    private static final Map<String, Set<String>> ENFORCING = Map.of(
            "passport", Set.of("authenticate", "authorize"),
            "@clerk/express", Set.of("requireAuth"),
            "express-openid-connect", Set.of("requiresAuth", "auth"),
            "@fastify/jwt", Set.of("jwtVerify"),
            "@fastify/auth", Set.of("auth"));

    private boolean enforcesAuth(String root, Val x, FileFacts xf) {
        Set<String> methods = ENFORCING.get(root);
        if (methods == null) return true;
        // through local names: const guard = passport.authenticate.bind(passport); guard('jwt')
        String m = x instanceof Call c ? Vals.lastName(project.resolve(c.callee(), xf).val()) : Vals.lastName(x);
        if (m == null || !methods.contains(m)) return false;
        // express-openid-connect: auth({ authRequired: false }) only attaches the session
        if (root.equals("express-openid-connect") && m.equals("auth") && x instanceof Call c && !c.args().isEmpty()
                && project.resolve(c.args().get(0), null).val() instanceof Obj o
                && o.props().get("authRequired") instanceof Lit l && Boolean.FALSE.equals(l.value())) return false;
        return true;
    }

    /** Request parts a library validator covers: express-validator body()/query()/param(), zValidator('json'), celebrate segments. */
    private Set<String> libraryParts(Val x, FileFacts f, String root) {
        Set<String> parts = new TreeSet<>();
        // walk down a chain like body('email').isEmail().normalizeEmail() to its first call
        Val cur = x;
        for (int i = 0; i < 32 && cur != null; i++) {
            if (cur instanceof Call c) {
                String n = Vals.lastName(c.callee());
                Val callee = c.callee();
                boolean base = !(callee instanceof Member) || !(((Member) callee).object() instanceof Call);
                if (base && n != null) {
                    switch (n) {
                        case "body" -> parts.add("body");
                        case "query" -> parts.add("query");
                        case "param", "params" -> parts.add("params");
                        case "header", "headers" -> parts.add("headers");
                        case "cookie", "cookies" -> parts.add("cookies");
                        case "check", "checkSchema", "oneOf", "checkExact" -> parts.add("*");
                        case "zValidator", "validator", "vValidator", "tbValidator" -> {
                            String target = c.args().isEmpty() ? null : Val.constString(c.args().get(0));
                            parts.add(target == null ? "*" : honoTarget(target));
                        }
                        case "celebrate", "validate" -> { // celebrate({ [Segments.BODY]: ... }), express-validation validate({ body })
                            if (!c.args().isEmpty() && project.resolve(c.args().get(0), f).val() instanceof Obj o) {
                                for (String k : o.props().keySet()) parts.add(celebrateSegment(k));
                            } else parts.add("*");
                        }
                        default -> parts.add("*");
                    }
                    return parts;
                }
                cur = callee instanceof Member m ? m.object() : null;
            } else if (cur instanceof Member m) {
                cur = m.object();
            } else break;
        }
        if (parts.isEmpty()) parts.add("*");
        return parts;
    }

    /** Hono validator targets to request parts. */
    public static String honoTarget(String t) {
        return switch (t) {
            case "json", "form" -> "body";
            case "query" -> "query";
            case "param" -> "params";
            case "header" -> "headers";
            case "cookie" -> "cookies";
            default -> t;
        };
    }

    private static String celebrateSegment(String k) {
        String s = k.toLowerCase(Locale.ROOT);
        if (s.contains("body")) return "body";
        if (s.contains("query")) return "query";
        if (s.contains("param")) return "params";
        if (s.contains("header")) return "headers";
        if (s.contains("cookie")) return "cookies";
        return "*";
    }

    /** {@code ../../middleware/auth.js} → {@code auth}; {@code ./validate/index} → {@code validate}. */
    static String moduleBaseName(String spec) {
        String s = spec.replaceAll("/+$", "");
        if (s.endsWith("/index") || s.endsWith("/index.js") || s.endsWith("/index.ts")) s = s.substring(0, s.lastIndexOf('/'));
        String base = s.substring(s.lastIndexOf('/') + 1).replaceFirst("\\.(c|m)?(j|t)sx?$", "");
        return base.isEmpty() || base.equals("..") || base.equals(".") ? spec : base;
    }

    private static String stripCall(String qn) {
        String s = qn;
        if (s.startsWith("new ")) s = s.substring(4);
        int i = s.indexOf("()");
        return i >= 0 ? s.substring(0, i) : s;
    }

    /** The name as written: an identifier or member chain, or the callee of a call. */
    public static String displayName(Val v) {
        if (v instanceof Local l) return l.path().isEmpty() ? l.name() : l.name() + "." + String.join(".", l.path());
        if (v instanceof Ref r) {
            String base = r.export().equals("default") || r.export().equals("*") ? r.module() : r.export();
            return r.path().isEmpty() ? base : base + "." + String.join(".", r.path());
        }
        // mw.use.bind(mw): the method it binds
        if (v instanceof Call c && "bind".equals(Vals.lastName(c.callee())) && c.callee() instanceof Member bm) return displayName(bm.object());
        if (v instanceof Call c) return displayName(c.callee());
        if (v instanceof New n) return displayName(n.callee());
        // app.get(RateLimitMiddleware).use: a method of the instance a container answers for a class, by the class's name
        if (v instanceof Member m && m.object() instanceof Call gc && gc.args().size() == 1
                && ("get".equals(Vals.lastName(gc.callee())) || "resolve".equals(Vals.lastName(gc.callee())))) {
            String cls = gc.args().get(0) instanceof ClassRef cr ? cr.name() : gc.args().get(0) instanceof Ref || gc.args().get(0) instanceof Local ? displayName(gc.args().get(0)) : null;
            if (cls != null && !cls.isEmpty() && Character.isUpperCase(cls.charAt(0)) && !cls.contains(".")) return cls + "." + m.prop();
        }
        if (v instanceof Member m) return displayName(m.object()) + "." + m.prop();
        if (v instanceof FnVal f) return f.fn().name().isEmpty() ? null : f.fn().name();
        if (v instanceof This t) return "this." + String.join(".", t.path());
        if (v instanceof Global g) return g.path().isEmpty() ? g.name() : g.name() + "." + String.join(".", g.path());
        if (v instanceof Param p) return p.path().isEmpty() ? p.name() : p.name() + "." + String.join(".", p.path());
        if (v instanceof ClassRef c) return c.name();
        return null;
    }
}
