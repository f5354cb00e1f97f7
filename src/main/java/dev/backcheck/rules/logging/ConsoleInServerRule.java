package dev.backcheck.rules.logging;

import dev.backcheck.concepts.Loggers;
import dev.backcheck.concepts.ServerCode;
import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.*;

/**
 * {@code console.*} in server code: handlers, middleware, services (not scripts, seeds, migrations, tests or
 * front-end components; not module top level or the listen callback, where a startup line is harmless; not under
 * a development-only guard). One finding per file, on its first call, with the count.
 */
@RuleId("logging/console-in-server")
public final class ConsoleInServerRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        ServerCode sc = ServerCode.of(project);
        Loggers lg = Loggers.of(project);
        CallIndex idx = CallIndex.of(project);
        dev.backcheck.concepts.ErrorHandlers eh = dev.backcheck.concepts.ErrorHandlers.of(project);
        // serverless functions (Workers, Lambda) log through console: the platform collects it
        if (sc.servers().isEmpty()) return;
        SortedMap<String, List<Loggers.LogCall>> byFile = new TreeMap<>();
        for (Loggers.LogCall c : lg.calls()) {
            if (!c.library().equals("console") || !sc.server(c.file().path())) continue;
            if (c.fn() == c.file().main() || startup(c.fn(), idx) || sc.devOnly(c.call(), c.file()) || json(c.call())) continue;
            if (loggerSink(c.file().path(), c.fn(), idx, c.call().location()) || devOnlyCallback(c.fn(), idx)) continue;
            if (uncalled(project, c.file(), c.fn(), idx) || envFailure(project, c)) continue;
            if (c.fn().catches().stream().anyMatch(k -> k.inBody(c.call().location()) && eh.deadHonoCatch(c.fn(), c.file(), k))) continue;
            byFile.computeIfAbsent(c.file().path(), k -> new ArrayList<>()).add(c);
        }
        if (byFile.isEmpty()) return;
        List<Application> apps = sc.apps();
        String framework = apps.isEmpty() ? "express" : apps.get(0).framework();
        Location structured = lg.structuredAt();
        for (List<Loggers.LogCall> calls : byFile.values()) {
            Loggers.LogCall first = calls.get(0);
            String why = structured != null
                    ? "the app has a structured logger (" + structured.path() + ":" + structured.line() + "), but these lines bypass it:"
                    : "the app has no structured logger:";
            RuleContext.Builder b = ctx.report(first.location(), calls.size() + " console." + first.method() + (calls.size() > 1 ? "(...) and other console calls" : "(...) call")
                    + " in server code; " + why + " no level, no JSON, no request id, and nothing to redact secrets.");
            if (structured != null) b.related(structured, "structured logger");
            for (int i = 1; i < calls.size() && i < 6; i++) b.related(calls.get(i).location(), "console." + calls.get(i).method() + " here");
            b.fix(ctx.meta().fixText(framework)).property("count", String.valueOf(calls.size())).add();
        }
    }

    private static final java.util.Set<String> CONNECT = java.util.Set.of("connect", "createConnection", "listen", "initialize", "sync",
            "authenticate", "$connect", "createPool", "verify", "serve", "start", "bootstrap");

    /** Calls that, made at module top level with a callback, check the database once as the module loads. */
    private static final java.util.Set<String> CHECK = java.util.Set.of("query", "ping", "execute", "raw", "$queryRaw");

    /**
     * A function run at startup: a callback handed to a call made at module top level (transporter.verify(cb),
     * listen(cb)), the callback of listen()/serve(), a process signal or exit handler, then/catch/on of a connect call.
     */
    static boolean startup(Fn fn, CallIndex idx) {
        return startup(fn, idx, 0);
    }

    private static boolean startup(Fn fn, CallIndex idx, int depth) {
        if (fn == null || depth > 3) return false;
        if (bootstrap(fn) || shutdown(fn) || lifecycleHook(fn) || providerFactory(fn, idx) || ConfigFactories.of(idx.project()).contains(fn)) return true;
        // called only from startup code (setupSwagger(app) printing the docs URL, a shutdown function a signal handler calls)
        // (test code that builds the app, beforeAll(() => buildApp()), is no caller at run time)
        List<CallIndex.Site> callers = idx.callers(fn).stream().filter(c -> !idx.project().isTestPath(c.file().path())).toList();
        if (!callers.isEmpty() && callers.stream().allMatch(c -> c.fn() == c.file().main() || startup(c.fn(), idx, depth + 1))) return true;
        for (int i = 0; i < 4 && fn != null; i++) {
            CallIndex.Callback cb = idx.callback(fn);
            if (cb != null) {
                String cm = cb.site().cs().methodName();
                // a startup call at module top level: transporter.verify(cb), db.connect().then(cb) (not app.use(handler))
                if (cb.site().fn() == cb.site().file().main() && cm != null
                        && (CONNECT.contains(cm) || java.util.Set.of("then", "catch", "finally").contains(cm))) return true;
                // a connection check run once when the module loads: pool.query('SELECT NOW()', cb) at top level
                if (cb.site().fn() == cb.site().file().main() && cm != null && CHECK.contains(cm)) return true;
                if (cm != null && java.util.Set.of("then", "catch", "on", "once", "finally").contains(cm)
                        && dev.backcheck.lang.facts.Vals.anyPart(cb.site().cs().callee(), v -> v instanceof Val.Call c
                        && CONNECT.contains(dev.backcheck.lang.facts.Vals.lastName(c.callee())))) return true;
                String m = cb.site().cs().methodName();
                if (m != null && (m.equals("listen") || m.equals("serve") || m.equals("on") || m.equals("once") || m.equals("then")
                        && cb.site().fn() == cb.site().file().main())) {
                    if (!m.equals("on") && !m.equals("once")) return true;
                    Val ev = cb.site().cs().arg(0);
                    String e = Val.constString(ev);
                    Val recv = dev.backcheck.model.Analysis.receiver(cb.site().cs().callee());
                    if (recv instanceof Val.Global g && g.name().equals("process")) return true;
                    if (e != null && (e.equals("listening") || e.equals("error") || e.equals("close") || e.equals("connect")
                            || e.equals("connected") || e.equals("ready") || e.equals("disconnected") || e.equals("reconnected")
                            || e.equals("reconnect") || e.equals("reconnecting"))) return true;
                }
                if (cb.site().fn() == cb.site().file().main() && m != null && m.equals("catch")) return true;
            }
            Fn parent = idx.parentOf(fn);
            // errors.forEach(e => console.error(..)) inside loadConfig(): an iteration callback runs when its function runs
            if (parent != null && cb != null && dev.backcheck.concepts.RequestPaths.ITERATORS.contains(String.valueOf(cb.site().cs().methodName()))) {
                return startup(parent, idx, depth + 1);
            }
            fn = parent;
        }
        return false;
    }

    /**
     * The app's own logger: a file named logger/log/logging (also audit-logger.ts, signed-log-destination.ts,
     * pretty-transport.ts, or any file of a logger/ or logging/ folder) whose console calls are the logger's output (JSON
     * lines in production, readable lines on a terminal) or its last resort when it cannot write (a catch, or a promise's
     * catch callback: the logger cannot log through itself), not lines that bypass it.
     */
    private static final java.util.regex.Pattern LOGGER_FILE = java.util.regex.Pattern.compile(
            "(?:(?:[\\w-]*[-_.])?logger|log|logging|[\\w-]*log-(?:destination|transport))\\.[cm]?[jt]s");
    private static final java.util.regex.Pattern LOGGER_DIR = java.util.regex.Pattern.compile("(?i)(?:^|.*/)(logger|loggers|logging)/[^/]+");
    private static final java.util.regex.Pattern LOGGER_WRITER = java.util.regex.Pattern.compile(
            "(?i)_?(app|write|emit|output|print|do)?log|(write|emit|output|print)(messages?|lines?|entry|entries|logs?)?|info|warn|error|debug|trace|fatal");

    static boolean loggerSink(String path, Fn fn, CallIndex idx, dev.backcheck.findings.Location at) {
        String base = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        if (!LOGGER_FILE.matcher(base).matches() && !LOGGER_DIR.matcher(path).matches()) return false;
        // the call is the logger's writing function (log(level, ..), appLog(..), write(..)), or runs inside it, or is the
        // fallback of a catch in the logger's file; a stray console.log(context) in another helper of the file still
        // bypasses the logger
        for (Fn.Catch c : fn == null ? List.<Fn.Catch>of() : fn.catches()) if (at != null && c.inBody(at)) return true;
        // the same fallback written as a promise's catch callback: write(..).catch((e) => console.error(..))
        CallIndex.Callback own = fn == null ? null : idx.callback(fn);
        if (own != null && "catch".equals(own.site().cs().methodName())) return true;
        for (int i = 0; i < 4 && fn != null; i++) {
            String n = fn.name() == null ? "" : fn.name().substring(fn.name().lastIndexOf('.') + 1);
            if (LOGGER_WRITER.matcher(n).matches()) return true;
            fn = idx.parentOf(fn);
        }
        return false;
    }

    /**
     * The last word of a failed environment check: a console call right before a throw or process.exit, in a function
     * that parses process.env ({@code const r = schema.safeParse(process.env); if (!r.success) { console.error(..);
     * throw ..; }}). The environment does not change while the process runs, so the line is written when the first
     * call fails, at start-up, and the process stops.
     */
    private static boolean envFailure(Project project, Loggers.LogCall c) {
        Location at = c.call().location();
        if (at == null || c.call().guards().isEmpty()) return false;
        boolean parsesEnv = c.fn().calls().stream().anyMatch(cs -> cs.args().stream().anyMatch(a -> a instanceof Val.Global g
                && g.name().equals("process") && g.path().equals(List.of("env"))));
        if (!parsesEnv) return false;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, at.path());
        for (int i = at.endLine(); i < lines.size() && i < at.endLine() + 3; i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty() || t.startsWith("//")) continue;
            return t.startsWith("throw ") || t.startsWith("process.exit(");
        }
        return false;
    }

    /** In an exported helper of its module (or a function inside one) that nothing imports, calls or hands on: it never runs. */
    private static boolean uncalled(Project project, dev.backcheck.lang.facts.FileFacts f, Fn fn, CallIndex idx) {
        dev.backcheck.concepts.ImportIndex ii = dev.backcheck.concepts.ImportIndex.of(project);
        // (no running code calls it, a helper only tests call included: the liveness concept's answer)
        if (ii.neverRuns(f, fn)) return true;
        for (int i = 0; i < 4 && fn != null && fn != f.main(); i++) {
            if (ii.uncalledExport(f, fn)) return true;
            fn = idx.parentOf(fn);
        }
        return false;
    }

    /** A console call inside a callback registered under a development-only guard (if (NODE_ENV === 'development') app.addHook(..)). */
    private static boolean devOnlyCallback(Fn fn, CallIndex idx) {
        for (int i = 0; i < 4 && fn != null; i++) {
            CallIndex.Callback cb = idx.callback(fn);
            if (cb != null && devOnly(cb.site().cs())) return true;
            fn = cb != null ? cb.site().fn() : idx.parentOf(fn);
        }
        return false;
    }

    /** console.log(JSON.stringify({...})) / console.info(serializeEvent(e)): a structured line written through console. */
    private static boolean json(CallSite cs) {
        if (cs.args().size() != 1 || !(cs.arg(0) instanceof Val.Call c)) return false;
        String n = dev.backcheck.lang.facts.Vals.lastName(c.callee());
        return n != null && (n.equals("stringify") || n.toLowerCase(java.util.Locale.ROOT).startsWith("serialize"));
    }

    /**
     * The useFactory of a Nest provider ({ provide: 'SENTRY_INIT', useFactory: (opts) => { Sentry.init(..); console.log(..) } })
     * written in the function that encloses it (a dynamic module's forRoot returning its providers): Nest calls it once
     * when the module is built, unless the provider is request- or transient-scoped (scope: Scope.REQUEST).
     */
    private static boolean providerFactory(Fn fn, CallIndex idx) {
        Fn parent = idx.parentOf(fn);
        if (parent == null || fn.location() == null) return false;
        List<Val> roots = new ArrayList<>(parent.returns());
        for (CallSite cs : parent.calls()) roots.addAll(cs.args());
        for (Val v : roots) if (factoryIn(v, fn, 0)) return true;
        return false;
    }

    private static boolean factoryIn(Val v, Fn fn, int depth) {
        if (v == null || depth > 5) return false;
        if (v instanceof Val.Obj o) {
            if (o.props().get("useFactory") instanceof Val.FnVal fv && fv.fn().location() != null
                    && fv.fn().location().equals(fn.location()) && o.props().containsKey("provide")) {
                Val scope = o.props().get("scope");
                return scope == null || "DEFAULT".equals(dev.backcheck.lang.facts.Vals.lastName(scope));
            }
            for (Val p : o.props().values()) if (factoryIn(p, fn, depth + 1)) return true;
        } else if (v instanceof Val.Arr a) {
            for (Val p : a.items()) if (factoryIn(p, fn, depth + 1)) return true;
        }
        return false;
    }

    /**
     * The configuration factories a Nest {@code ConfigModule.forRoot({ load: [configuration] })} lists (also
     * {@code forFeature(factory)}): Nest runs each once while it builds the module, at start-up.
     */
    private static final class ConfigFactories {
        private final Set<Fn> fns = Collections.newSetFromMap(new IdentityHashMap<>());

        static Set<Fn> of(Project p) {
            return p.derived(ConfigFactories.class, ConfigFactories::new).fns;
        }

        private ConfigFactories(Project p) {
            if (!p.dependsOn("@nestjs/config")) return;
            for (dev.backcheck.lang.facts.FileFacts f : p.files().values()) {
                for (Fn fn : dev.backcheck.model.Analysis.functions(f)) {
                    for (CallSite cs : fn.calls()) {
                        String m = cs.methodName();
                        if (!"forRoot".equals(m) && !"forFeature".equals(m)) continue;
                        if (!"ConfigModule".equals(dev.backcheck.lang.facts.Vals.lastName(dev.backcheck.model.Analysis.receiver(cs.callee())))) continue;
                        for (Val a : cs.args()) {
                            Val load = a instanceof Val.Obj o ? o.props().get("load") : a;
                            List<Val> items = load instanceof Val.Arr arr ? arr.items() : load == null ? List.of() : List.of(load);
                            for (Val item : items) {
                                if (p.resolve(item, f).val() instanceof Val.FnVal fv && fv.fn() != null) fns.add(fv.fn());
                            }
                        }
                    }
                }
            }
        }
    }

    /** A Nest lifecycle hook method (onModuleInit: "Database connected"), run once at start-up or shutdown. */
    private static boolean lifecycleHook(Fn fn) {
        String n = fn.name();
        if (n == null) return false;
        n = n.substring(n.lastIndexOf('.') + 1);
        return dev.backcheck.frameworks.nest.NestModel.STARTUP_HOOKS.contains(n) || dev.backcheck.frameworks.nest.NestModel.SHUTDOWN_HOOKS.contains(n);
    }

    /** A function that stops the process or the server: process.exit(..), server.close(..). */
    private static boolean shutdown(Fn fn) {
        return fn.calls().stream().anyMatch(c -> "exit".equals(c.methodName()) && dev.backcheck.model.Analysis.receiver(c.callee()) instanceof Val.Global g
                && g.name().equals("process") || "close".equals(c.methodName()) && c.args().size() <= 1);
    }

    /** A function that starts the server: it calls listen (Nest's bootstrap(), a start() function). */
    private static boolean bootstrap(Fn fn) {
        return fn != null && fn.calls().stream().anyMatch(c -> "listen".equals(c.methodName()) || "serve".equals(c.methodName()));
    }

    /** Under a development-only guard: see {@link ServerCode#devOnly}. */
    static boolean devOnly(CallSite cs) {
        return ServerCode.devOnly(cs);
    }
}
