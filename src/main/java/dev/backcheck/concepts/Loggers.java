package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.*;
import java.util.regex.Pattern;

/**
 * Logging, the concept: the loggers an app creates (pino, pino-http, nestjs-pino, winston, express-winston,
 * nest-winston, bunyan, log4js, morgan, Nest's {@code Logger}, Fastify's {@code logger} option, Hono's
 * {@code logger()}), what each one logs about requests (headers, with or without {@code redact}), whether
 * request log lines carry a request id (pino-http and Fastify ids, {@code genReqId}, {@code requestIdHeader},
 * request-id middleware, an {@code x-request-id} header the code reads or sets), and every log call with
 * what it passes ({@code console.*}, {@code logger.*}, {@code req.log.*}, {@code this.logger.*}).
 */
public final class Loggers {

    /**
     * A logger the code creates. {@code structured}: a leveled logging library (not console, not morgan's access
     * lines). {@code requestLogger}: it writes a line per request. {@code logsHeaders}: those lines include the
     * request headers (pino-http's and express-winston's default serializers do; Fastify's and morgan's do not).
     * {@code redacts}: headers are redacted or left out ({@code redact}, custom {@code serializers.req},
     * {@code headerBlacklist}, a {@code requestWhitelist} without headers). {@code requestId}: its lines carry a
     * request id.
     */
    public record Logger(String library, Location location, boolean structured, boolean requestLogger, boolean logsHeaders,
                         boolean redacts, boolean requestId) { }

    /** A log call: the logging library or "console", the method, the call, its function and file. */
    public record LogCall(String library, String method, CallSite call, Fn fn, FileFacts file) {
        public Location location() {
            return call.location();
        }
    }

    private static final Set<String> LEVELS = Set.of("trace", "debug", "info", "warn", "warning", "error", "fatal", "log",
            "verbose", "http", "silly", "critical", "notice");
    private static final Set<String> CONSOLE = Set.of("log", "info", "warn", "error", "debug", "trace", "dir", "table");
    private static final Pattern LOGGER_NAME = Pattern.compile("(?i)^(_?log|_?logger|_?appLogger|.*Logger|logService|loggerService)$");
    private static final Set<String> REQUEST_ID_HEADERS = Set.of("x-request-id", "x-correlation-id", "request-id", "x-requestid",
            "correlation-id", "x-trace-id", "traceparent", "x-amzn-trace-id", "x-cloud-trace-context", "x-b3-traceid");
    private static final Set<String> REQUEST_ID_LIBS = Set.of("express-request-id", "cls-rtracer", "express-correlation-id",
            "correlation-id", "hono/request-id", "nestjs-cls", "express-http-context", "@fastify/request-context", "request-ip-id",
            "express-request-context", "nestjs-request-context", "@nestjs-cls/transactional");

    private final Project project;
    private final List<Logger> loggers = new ArrayList<>();
    private final List<LogCall> calls = new ArrayList<>();
    private final List<Location> requestIds = new ArrayList<>();
    private final Set<Location> devOnly = new HashSet<>();
    private final Map<Integer, String> morganFormats = new TreeMap<>();
    private final Set<String> morganIdTokens = new TreeSet<>();
    /** A morgan format token that prints a request id: :id, :trace, :request-id, :correlation-id. */
    private static final Pattern MORGAN_ID = Pattern.compile("(?i):(id|trace|trace-?id|req-?id|request-?id|rid|correlation-?id)(?![\\w-])");
    private static final Pattern ID_NAME = Pattern.compile("(?i)(id|trace|trace_?id|req_?id|request_?id|correlation_?id|rid)");
    private static final Pattern ID_PART = Pattern.compile("(?i)(trace|trace_?id|req_?id|request_?id|correlation_?id|rid)");
    private static final Pattern ID_SOURCE = Pattern.compile("(?i)(randomUUID|uuid|v4|uuidv4|nanoid|randomBytes|cuid|ulid)");

    private Loggers(Project p) {
        this.project = p;
        ServerCode sc = ServerCode.of(p);
        // the only calls creation() or logCall() act on: those whose resolved name can root in a library creation()
        // knows, and those of a console or level method name (the others are skipped, with the files holding none)
        Set<String> logNames = new HashSet<>(CONSOLE);
        logNames.addAll(LEVELS);
        CallFilter acted = CallFilter.of(dev.backcheck.flow.CallIndex.of(p).qnamed(Loggers::creationName), CallFilter.methods(p, logNames));
        // the files that serialise something: where a project logger of JSON lines may write through console
        CallFilter stringifies = CallFilter.of(CallFilter.methods(p, Set.of("stringify")));
        for (FileFacts f : p.files().values()) {
            // the app packages and the workspace packages they use (a shared request-id middleware or logger package)
            if (p.isTestPath(f.path()) || !sc.inAppScope(f.path())) continue;
            for (Import i : f.imports().values()) {
                if (REQUEST_ID_LIBS.contains(i.module())) requestIds.add(i.location());
            }
            for (FileFacts.Str s : f.strings()) {
                // lower-casing keeps a string's length or adds a character beyond ASCII: other lengths name no header
                int n = s.value().length();
                if (n < HEADER_MIN || n > HEADER_MAX) continue;
                if (REQUEST_ID_HEADERS.contains(s.value().toLowerCase(Locale.ROOT))) requestIds.add(s.location());
            }
            boolean acts = acted.file(f);
            boolean json = stringifies.file(f);
            for (Fn fn : Analysis.functions(f)) {
                if (json) {
                    CallSite line = jsonLine(fn, f);
                    if (line != null) loggers.add(new Logger(PROJECT_JSON, line.location(), true, false, false, false, false));
                }
                for (Fn.Read r : fn.reads()) {
                    if (r.value() instanceof Req q && q.part().equals("headers") && !q.path().isEmpty()
                            && REQUEST_ID_HEADERS.contains(q.path().get(0).toLowerCase(Locale.ROOT))) requestIds.add(r.location());
                }
                requestIdAssigned(p, f, fn);
                if (!acts) continue;
                for (CallSite cs : fn.calls()) {
                    if (!acted.call(cs)) continue;
                    creation(f, cs);
                    LogCall lc = logCall(f, fn, cs);
                    if (lc != null) calls.add(lc);
                }
            }
            for (ClassInfo c : f.classes().values()) {
                // a Nest logger class (extends ConsoleLogger / implements LoggerService) is a logger
                String sup = c.superClass() == null ? null : Vals.lastName(c.superClass());
                boolean impl = c.implemented().stream().anyMatch(v -> "LoggerService".equals(Vals.lastName(v)));
                if ("ConsoleLogger".equals(sup) || impl) loggers.add(new Logger("@nestjs/common", c.location(), true, false, false, true, false));
            }
        }
        for (Map.Entry<Integer, String> e : morganFormats.entrySet()) {
            Logger l = loggers.get(e.getKey());
            if (morganIdTokens.stream().anyMatch(t -> Pattern.compile(":" + Pattern.quote(t) + "(?![\\w-])").matcher(e.getValue()).find())) {
                loggers.set(e.getKey(), new Logger(l.library(), l.location(), l.structured(), l.requestLogger(), l.logsHeaders(), l.redacts(), true));
            }
        }
        // pinoLogger({ pino: logger }) with logger imported from a module the analysis did not follow: it is one of the
        // project's pino instances; when every one of them is created with redact, so is this one
        List<Logger> pinos = loggers.stream().filter(l -> l.library().equals("pino") && !p.isTestPath(l.location().path())).toList();
        if (!instanceGiven.isEmpty() && !pinos.isEmpty() && pinos.stream().allMatch(Logger::redacts)) {
            for (int i = 0; i < loggers.size(); i++) {
                Logger l = loggers.get(i);
                if (instanceGiven.contains(l.location())) {
                    loggers.set(i, new Logger(l.library(), l.location(), l.structured(), l.requestLogger(), l.logsHeaders(), true, l.requestId()));
                }
            }
        }
        loggers.sort(Comparator.comparing(Logger::location, Location.ORDER));
        calls.sort(Comparator.comparing(LogCall::location, Location.ORDER));
        requestIds.sort(Location.ORDER);
    }

    /** A property that holds a request's id: requestId, correlationId, traceId, reqId. */
    private static final Pattern ID_KEY = Pattern.compile("(?i)(request|req|correlation|trace)_?id");
    /** A call that makes a fresh id: generateRequestId(), createCorrelationId(), randomUUID(), nanoid(). */
    static final Pattern ID_MAKER = Pattern.compile("(?i)(generate|create|new|make)_?(request|req|correlation|trace)?_?id|randomUUID|uuid|v4|uuidv4|nanoid|cuid|ulid");

    /**
     * A function that puts a fresh id under a request-id key of what it hands on ({@code c.set('auth', { metadata: {
     * requestId: generateRequestId() } })} in an authentication middleware): the requests it runs for get ids, as a
     * request-id middleware gives them.
     */
    /**
     * False for a name {@link #ID_MAKER} cannot match (asked of every call of every function): each of its alternatives ends
     * in "id" or "v4", in ASCII letters of either case.
     */
    static boolean idMakerShape(String n) {
        int k = n.length();
        if (k < 2) return false;
        char a = n.charAt(k - 2), b = n.charAt(k - 1);
        return (a == 'i' || a == 'I') && (b == 'd' || b == 'D') || (a == 'v' || a == 'V') && b == '4';
    }

    private void requestIdAssigned(Project p, FileFacts f, Fn fn) {
        CallSite maker = null;
        for (CallSite cs : fn.calls()) {
            String n = cs.methodName();
            if (n != null && idMakerShape(n) && ID_MAKER.matcher(n).matches()) {
                maker = cs;
                break;
            }
        }
        if (maker == null) return;
        // req.correlationId = crypto.randomUUID() in a middleware (a function handed the request first): the request
        // itself carries its fresh id; the extractor names the value (Fn.Named) where the maker call is written
        if (!fn.params().isEmpty() && fn.params().get(0).name() != null && fn.params().get(0).name().matches("(?i)req(uest)?")) {
            for (Fn.Named n : fn.names()) {
                if (!ID_KEY.matcher(n.name()).matches() || n.value() == null) continue;
                if (n.value().line() == maker.location().line() && n.value().column() == maker.location().column()) {
                    requestIds.add(maker.location());
                    return;
                }
            }
        }
        for (CallSite cs : fn.calls()) {
            for (Val a : cs.args()) {
                Val v = p.resolve(a, f).val();
                boolean holds = Vals.anyPartDeep(v, x -> x instanceof Obj o && o.props().entrySet().stream().anyMatch(e -> ID_KEY.matcher(e.getKey()).matches()
                        && e.getValue() instanceof Call c && ID_MAKER.matcher(String.valueOf(Vals.lastName(c.callee()))).matches()), 200);
                if (holds) {
                    requestIds.add(maker.location());
                    return;
                }
            }
        }
    }

    /** The library name of a project logger that writes leveled JSON lines through console ({@link #jsonLine}). */
    public static final String PROJECT_JSON = "project logger (JSON lines over console)";

    /** Keys of a log record that name its level: a record carrying one is a leveled log line. */
    private static final Set<String> LEVEL_KEYS = Set.of("level", "severity", "lvl", "loglevel", "log_level", "levelname");

    /**
     * The call of {@code fn} that writes a leveled JSON line through console, or null: {@code console.log(JSON.stringify(entry))}
     * or, the console method picked by level, {@code (level === 'error' ? console.error : console.log)(JSON.stringify(entry))},
     * where the entry is an object with a level key ({@code { timestamp, level, message, ...context }}). Such a function is
     * the writer of a project's own structured logger: each line is one JSON object a log collector parses.
     */
    private CallSite jsonLine(Fn fn, FileFacts f) {
        for (CallSite cs : fn.calls()) {
            if (cs.args().size() != 1 || !consoleWriter(cs.callee())) continue;
            if (!(cs.arg(0) instanceof Call c) || c.args().isEmpty()
                    || !(c.callee() instanceof Global g && g.name().equals("JSON") && g.path().equals(List.of("stringify")))) continue;
            Val entry = project.resolve(c.args().get(0), f).val();
            if (!(entry instanceof Obj o)) continue;
            for (String k : o.props().keySet()) if (LEVEL_KEYS.contains(k.toLowerCase(Locale.ROOT))) return cs;
        }
        return null;
    }

    /** console.log / console.error ..., or one of them picked at run time (a conditional of console methods). */
    private static boolean consoleWriter(Val callee) {
        if (callee instanceof OneOf one) return !one.options().isEmpty() && one.options().stream().allMatch(Loggers::consoleWriter);
        return callee instanceof Global g && g.name().equals("console") && g.path().size() == 1 && CONSOLE.contains(g.path().get(0));
    }

    private static final int HEADER_MIN = REQUEST_ID_HEADERS.stream().mapToInt(String::length).min().orElse(0);
    private static final int HEADER_MAX = REQUEST_ID_HEADERS.stream().mapToInt(String::length).max().orElse(0);

    /** The packages {@link #creation} switches on (its library: the callee's root package, else its qname). */
    private static final List<String> CREATION_LIBS = List.of("pino", "pino-http", "express-pino-logger", "hono-pino", "koa-pino-logger",
            "nestjs-pino", "winston", "express-winston", "nest-winston", "bunyan", "log4js", "consola", "signale", "tslog", "loglevel",
            "roarr", "@logtape/logtape", "loglayer", "@nestjs/common", "morgan", "hono/logger", "fastify");

    /**
     * True when a call whose callee has qname {@code q} can reach a case of {@link #creation}: its library is its root
     * package, which {@code q} starts with (after any "new "), or {@code q} itself when it has none.
     */
    private static boolean creationName(String q) {
        String s = q;
        while (s.startsWith("new ")) s = s.substring(4);
        for (String lib : CREATION_LIBS) if (q.equals(lib) || s.startsWith(lib)) return true;
        return false;
    }

    public static Loggers of(Project p) {
        return p.derived(Loggers.class, Loggers::new);
    }

    private String qname(Val v, FileFacts f) {
        try {
            return project.qname(v, f);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String root(Val v, FileFacts f) {
        try {
            return project.rootModule(v, f);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The options object a call receives (followed into a project function that returns it), or null. */
    private Obj options(CallSite cs, int i, FileFacts f) {
        if (cs.args().size() <= i) return null;
        Project.Resolved r = project.resolve(cs.arg(i), f);
        for (int d = 0; d < 3 && r.val() instanceof Call c; d++) {
            Project.FnRef fn = project.function(c.callee(), r.file());
            if (fn == null || fn.fn().returns().isEmpty()) break;
            r = project.resolve(fn.fn().returns().get(0), fn.file());
            optionsFile = fn.file();
        }
        return r.val() instanceof Obj o ? o : null;
    }

    /** Options passed but not readable (a computed value): what they redact is unknown. */
    private boolean opaque(CallSite cs, int i, FileFacts f) {
        return cs.args().size() > i && options(cs, i, f) == null && !(project.resolve(cs.arg(i), f).val() instanceof Lit);
    }

    private FileFacts optionsFile;

    private static boolean has(Obj o, String key) {
        return o != null && o.props().containsKey(key);
    }

    /**
     * pino options that turn logging off: {@code enabled: false} (pino makes every method a no-op) or {@code level: 'silent'}
     * (pino's level above every other): a request logger made with them writes no line (a LOG_LEVEL=silent branch).
     */
    private static boolean silent(Obj o) {
        if (o == null) return false;
        return o.props().get("enabled") instanceof Lit e && Boolean.FALSE.equals(e.value())
                || o.props().get("level") instanceof Lit l && "silent".equals(l.value());
    }

    /** {@code JSON.stringify(...)}: a line written as one JSON object. */
    public static boolean jsonStringify(Val v) {
        if (!(v instanceof Call call)) return false;
        Val f = call.callee();
        return f instanceof Global g && g.name().equals("JSON") && g.path().equals(List.of("stringify"))
                || f instanceof Member m && m.prop().equals("stringify") && m.object() instanceof Global o && o.name().equals("JSON") && o.path().isEmpty();
    }

    /** Headers redacted or kept out of the request serializer. */
    private boolean redacting(Obj o, FileFacts f) {
        return redacting(o, f, 0);
    }

    private boolean redacting(Obj o, FileFacts f, int depth) {
        if (o == null || depth > 3) return false;
        if (has(o, "redact")) return true;
        Val ser = o.props().get("serializers");
        if (ser != null && project.resolve(ser, f).val() instanceof Obj so && so.props().containsKey("req")) return true;
        // pinoHttp: { ...createLoggerConfig(name), customLogLevel }: the options a shared factory returns, spread in
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            if (!e.getKey().startsWith("...")) continue;
            Project.Resolved r = project.resolve(e.getValue(), f);
            if (r.val() instanceof Obj so && redacting(so, r.file() == null ? f : r.file(), depth + 1)) return true;
            if (!(r.val() instanceof Call c) || r.file() == null) continue;
            Project.FnRef made = project.function(c.callee(), r.file());
            if (made == null) continue;
            for (Val ret : made.fn().returns()) {
                FileFacts mf = made.file() == null ? r.file() : made.file();
                if (project.resolve(ret, mf).val() instanceof Obj ro && redacting(ro, mf, depth + 1)) return true;
            }
        }
        return false;
    }

    private void creation(FileFacts f, CallSite cs) {
        String q = qname(cs.callee(), f);
        // every library below is recognised by the name of what is called: no name, no root package to look up
        if (q == null) return;
        String r = root(cs.callee(), f);
        String lib = r == null ? q : r;
        switch (lib) {
            case "pino" -> {
                if (q != null && (q.equals("pino") || q.equals("pino.pino") || q.equals("pino.default"))) {
                    loggers.add(new Logger("pino", cs.location(), true, false, false, redacting(options(cs, 0, f), f), false));
                }
            }
            case "pino-http", "express-pino-logger", "hono-pino", "koa-pino-logger" -> {
                if (q != null && (q.equals(lib) || q.equals(lib + ".pinoHttp") || q.equals(lib + ".default") || q.equals(lib + ".pinoLogger"))) {
                    optionsFile = f;
                    Obj o = options(cs, 0, f);
                    // the instance it logs with: pino-http's logger, hono-pino's pino (an instance or pino's options)
                    Val given = o == null ? null : o.props().get("logger") != null ? o.props().get("logger") : lib.equals("hono-pino") ? o.props().get("pino") : null;
                    boolean red = opaque(cs, 0, f) || redacting(o, optionsFile) || given != null && loggerRedacts(given, optionsFile, 0);
                    if (!red && given != null && !(project.resolve(given, optionsFile).val() instanceof Obj)) instanceGiven.add(cs.location());
                    boolean writes = !silent(o);
                    loggers.add(new Logger(lib, cs.location(), true, writes, writes, red, true));
                }
            }
            case "nestjs-pino" -> {
                if (q != null && q.startsWith("nestjs-pino.LoggerModule.forRoot")) {
                    optionsFile = f;
                    Obj o = options(cs, 0, f);
                    FileFacts of = optionsFile;
                    Val ph = o == null ? null : o.props().get("pinoHttp");
                    Obj pho = ph == null ? null : project.resolve(ph, of).val() instanceof Obj x ? x : null;
                    boolean unknown = opaque(cs, 0, f) || ph != null && pho == null;
                    boolean writes = !silent(pho);
                    loggers.add(new Logger("nestjs-pino", cs.location(), true, writes, writes, unknown || redacting(pho, of) || q.endsWith("Async"), true));
                }
            }
            case "winston" -> {
                if (q != null && (q.equals("winston.createLogger") || q.equals("new winston.Logger()") || q.startsWith("winston.loggers.add"))) {
                    loggers.add(new Logger("winston", cs.location(), true, false, false, false, false));
                }
            }
            case "express-winston" -> {
                if (q != null && q.equals("express-winston.logger")) {
                    optionsFile = f;
                    Obj o = options(cs, 0, f);
                    if (opaque(cs, 0, f)) o = null;
                    // a printf format writes only what it names: the headers in meta never reach the output
                    boolean printf = o != null && o.props().get("format") != null && Vals.anyPart(project.resolve(o.props().get("format"), f).val(),
                            v -> v instanceof Call c && "printf".equals(Vals.lastName(c.callee())) || v instanceof Call c2 && "combine".equals(Vals.lastName(c2.callee()))
                            && c2.args().stream().anyMatch(a -> a instanceof Call c3 && "printf".equals(Vals.lastName(c3.callee()))));
                    boolean red = opaque(cs, 0, f) || printf || has(o, "headerBlacklist") || has(o, "requestWhitelist") || has(o, "requestFilter")
                            || o != null && o.props().get("meta") instanceof Lit l && Boolean.FALSE.equals(l.value());
                    loggers.add(new Logger("express-winston", cs.location(), true, true, true, red, false));
                }
            }
            case "nest-winston" -> {
                if (q != null && (q.startsWith("nest-winston.WinstonModule") || q.startsWith("nest-winston.utilities"))) {
                    loggers.add(new Logger("nest-winston", cs.location(), true, false, false, false, false));
                }
            }
            case "bunyan" -> {
                if (q != null && (q.equals("bunyan.createLogger") || q.equals("new bunyan()"))) {
                    loggers.add(new Logger("bunyan", cs.location(), true, false, false, false, false));
                }
            }
            case "log4js", "consola", "signale", "tslog", "loglevel", "roarr", "@logtape/logtape", "loglayer", "@nestjs/common" -> {
                boolean made = switch (lib) {
                    case "log4js" -> q != null && (q.equals("log4js.getLogger") || q.equals("log4js.configure"));
                    case "consola" -> q != null && (q.equals("consola.createConsola") || q.equals("consola.create"));
                    case "tslog" -> q != null && q.equals("new tslog.Logger()");
                    case "@nestjs/common" -> q != null && (q.equals("new @nestjs/common.Logger()") || q.equals("new @nestjs/common.ConsoleLogger()"));
                    case "loglevel" -> q != null && q.equals("loglevel.getLogger");
                    default -> q != null && !q.contains(".") && !q.startsWith("new ");
                };
                if (made) loggers.add(new Logger(lib, cs.location(), true, false, false, false, false));
            }
            case "morgan" -> {
                if (q != null && (q.equals("morgan") || q.equals("morgan.default"))) {
                    String fmt = cs.args().isEmpty() ? null : Val.constString(cs.arg(0));
                    boolean id = fmt != null && (fmt.contains(":req[x-request-id]") || fmt.contains(":id") || fmt.contains(":request-id")
                            || fmt.contains(":req[x-correlation-id]"));
                    if (fmt != null && MORGAN_ID.matcher(fmt).find()) id = true;
                    if (!id && fmt != null) morganFormats.put(loggers.size(), fmt);
                    if (ServerCode.devOnly(cs)) devOnly.add(cs.location());
                    // morgan((tokens, req, res) => JSON.stringify({ method: tokens.method(req, res), ... })): one JSON object a line
                    boolean json = !cs.args().isEmpty() && cs.arg(0) instanceof FnVal fv && !fv.fn().returns().isEmpty()
                            && fv.fn().returns().stream().allMatch(Loggers::jsonStringify);
                    loggers.add(new Logger("morgan", cs.location(), json, true, false, true, id));
                } else if (q != null && (q.equals("morgan.token") || q.equals("morgan.default.token")) && cs.args().size() >= 2) {
                    // morgan.token('trace', () => req.traceId): a custom token that prints a per-request id
                    String name = Val.constString(cs.arg(0));
                    Val fn = cs.arg(1);
                    boolean ids = name != null && fn instanceof FnVal fv && (ID_NAME.matcher(name).matches()
                            || fv.fn().returns().stream().anyMatch(ret -> Vals.anyPart(ret, v -> ID_PART.matcher(String.valueOf(Vals.lastName(v))).matches()
                            || v instanceof Call c && ID_SOURCE.matcher(String.valueOf(Vals.lastName(c.callee()))).matches())));
                    if (ids) morganIdTokens.add(name);
                }
            }
            case "hono/logger" -> {
                if (q != null && q.equals("hono/logger.logger") && ServerCode.devOnly(cs)) devOnly.add(cs.location());
                if (q != null && q.equals("hono/logger.logger")) loggers.add(new Logger("hono/logger", cs.location(), false, true, false, true, false));
            }
            case "fastify" -> {
                if (q != null && (q.equals("fastify") || q.equals("fastify.default") || q.equals("fastify.fastify"))) {
                    Obj o = options(cs, 0, f);
                    Val lg = o == null ? null : o.props().containsKey("loggerInstance") ? o.props().get("loggerInstance") : o.props().get("logger");
                    if (lg == null || lg instanceof Lit l && !Boolean.TRUE.equals(l.value())) return;
                    boolean noRequestLogs = o.props().get("disableRequestLogging") instanceof Lit l && Boolean.TRUE.equals(l.value());
                    loggers.add(new Logger("fastify", cs.location(), true, !noRequestLogs, false, true, true));
                }
            }
            default -> { }
        }
    }

    /**
     * The logger instance {@code v} is made with options that redact: {@code pino({ redact })}, hono-pino's
     * {@code pino: { redact }}, or a project factory ({@code createLogger()}) that returns such a call.
     */
    private boolean loggerRedacts(Val v, FileFacts f, int depth) {
        if (v == null || depth > 3) return false;
        Project.Resolved r;
        try {
            r = project.resolve(v, f);
        } catch (RuntimeException e) {
            return false;
        }
        if (r.val() instanceof Obj o) return redacting(o, r.file());
        if (!(r.val() instanceof Call c)) return false;
        if (!c.args().isEmpty() && project.resolve(c.args().get(0), r.file()).val() instanceof Obj o && redacting(o, r.file())) return true;
        Project.FnRef fn;
        try {
            fn = project.function(c.callee(), r.file());
        } catch (RuntimeException e) {
            return false;
        }
        if (fn == null) return false;
        for (Val ret : fn.fn().returns()) if (loggerRedacts(ret, fn.file(), depth + 1)) return true;
        return false;
    }

    /** Request loggers handed a logger instance the analysis could not follow to its creation (see the constructor's end). */
    private final Set<Location> instanceGiven = new HashSet<>();

    private LogCall logCall(FileFacts f, Fn fn, CallSite cs) {
        String m = cs.methodName();
        if (m == null) return null;
        Val recv = Analysis.receiver(cs.callee());
        if (recv == null) return null;
        if (recv instanceof Global g && g.name().equals("console") && g.path().isEmpty()) {
            return CONSOLE.contains(m) ? new LogCall("console", m, cs, fn, f) : null;
        }
        if (!LEVELS.contains(m)) return null;
        // req.log.info / request.log.info (pino-http, Fastify), c.var.logger
        if (recv instanceof Req q && (q.part().equals("meta:log") || q.path().equals(List.of("log")))) return new LogCall("request logger", m, cs, fn, f);
        String name = Vals.lastName(recv);
        if (name != null && LOGGER_NAME.matcher(name).matches()) {
            if (storesRow(cs, f, fn)) return null;
            String lib = root(recv, f);
            return new LogCall(lib == null ? "logger" : lib, m, cs, fn, f);
        }
        Project.Resolved r = project.resolve(recv, f);
        if (r.val() instanceof Call || r.val() instanceof New) {
            String lib = root(recv, f);
            if (lib != null && Set.of("pino", "winston", "bunyan", "log4js", "consola", "tslog", "@nestjs/common").contains(lib)) {
                return new LogCall(lib, m, cs, fn, f);
            }
        }
        if (recv instanceof Ref ref && ref.module().equals("@nestjs/common") && ref.export().equals("Logger") && ref.path().isEmpty()) {
            return new LogCall("@nestjs/common", m, cs, fn, f);
        }
        return null;
    }

    /**
     * {@code activityLogger.log({ action, metadata })} where the called function is the project's own and inserts a row
     * ({@code db('activity_logs').insert(..)}): an activity record kept in a database table, not a line in a log stream.
     */
    private boolean storesRow(CallSite cs, FileFacts f, Fn caller) {
        Project.FnRef t;
        try {
            t = project.function(cs.callee(), f);
            if (t == null) t = dev.backcheck.flow.CallIndex.of(project).resolve(cs, f, caller);
        } catch (RuntimeException e) {
            return false;
        }
        if (t == null) return false;
        Fn target = t.fn();
        for (DbClients.Op op : DbClients.of(project).ops()) {
            if (op.kind() == DbClients.Kind.WRITE && op.site().fn() == target) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ answers

    /** The loggers the code creates, in source order. */
    public List<Logger> loggers() {
        return Collections.unmodifiableList(loggers);
    }

    /** Every log call (console included), in source order. */
    public List<LogCall> calls() {
        return Collections.unmodifiableList(calls);
    }

    /** The app logs with a leveled logging library (a logger it creates, Fastify's, Nest's, or calls on one). */
    public boolean structured() {
        return loggers.stream().anyMatch(Logger::structured) || calls.stream().anyMatch(c -> !c.library().equals("console"));
    }

    /** A structured logger's place, for messages; null when none. */
    public Location structuredAt() {
        for (Logger l : loggers) if (l.structured()) return l.location();
        for (LogCall c : calls) if (!c.library().equals("console")) return c.location();
        return null;
    }

    /** The logger is created only under a development-only guard (see {@link ServerCode#devOnly}): not production logging. */
    public boolean devOnly(Logger l) {
        return devOnly.contains(l.location());
    }

    /** Request-id middleware imports, and places where an {@code x-request-id}-style header is named. */
    public List<Location> requestIds() {
        return Collections.unmodifiableList(requestIds);
    }

    /**
     * Libraries that format a log call the way pino does (pino's own instances, the request loggers pino-http and
     * Fastify hand out as {@code req.log}, a Fastify app's {@code log}): read from pino's lib/tools.js and
     * quick-format-unescaped. {@code LOG(o, ...n)}: an object first is merged into the line and the next argument is the
     * message; otherwise the first argument is the message. The remaining arguments are only interpolated into the
     * message's {@code %s %d %i %f %j %o %O} placeholders ({@code %%} is a literal percent); a message with no
     * placeholder left for an argument drops it, so {@code logger.info('token refreshed', token)} writes only the text.
     */
    private static final Set<String> PINO_FORMAT = Set.of("pino", "request logger", "fastify");

    /**
     * True when argument {@code i} of a log call reaches the line written. Console and every logger not known to drop
     * arguments write them all (console prints each one); see {@link #PINO_FORMAT} for pino's rule. When the first
     * argument's kind (object or string) or the message text cannot be read, the argument counts as written.
     */
    public static boolean written(LogCall c, int i) {
        if (!PINO_FORMAT.contains(c.library()) || i == 0) return true;
        List<Val> args = c.call().args();
        Val first = args.get(0);
        int msgAt;
        if (first instanceof Lit l && l.value() instanceof String || first instanceof Tpl || first instanceof Concat) msgAt = 0;
        else if (first instanceof Obj) msgAt = 1;
        else return true;
        if (i <= msgAt) return true;
        Val msg = args.get(msgAt);
        String text = Val.constString(msg);
        if (text == null && msg instanceof Tpl t) text = String.join("", t.quasis());
        // 'processing ' + errors.length + ' errors': the literal pieces (as a template's, the values spliced in are
        // not read for placeholders)
        if (text == null && msg instanceof Concat cc) {
            StringBuilder b = new StringBuilder();
            for (Val p : cc.parts()) if (p instanceof Lit pl && pl.value() instanceof String ps) b.append(ps).append(' ');
            text = b.toString();
        }
        if (text == null) return true;
        // quick-format-unescaped's walk: every '%' followed by a character takes the next argument slot ('%%' gives it
        // back); only a placeholder prints the argument in its slot
        int want = i - msgAt - 1, slot = 0;
        for (int k = 0; k + 1 < text.length(); k++) {
            if (text.charAt(k) != '%') continue;
            char n = text.charAt(k + 1);
            if ("sdifjoO".indexOf(n) >= 0) {
                if (slot == want) return true;
                k++;
            } else if (n == '%') {
                slot--;
                k++;
            }
            slot++;
        }
        return false;
    }

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)^(.*(password|passwd|passphrase|secret|token|tokens|apikey|api_key|authorization|cookie|cookies|jwt|credential|credentials"
                    + "|privatekey|private_key|cardnumber|card_number|cvv|ssn)|pwd|pin|otp)$");
    private static final Pattern NOT_SECRET = Pattern.compile("(?i).*(type|length|count|expiry|expires|expiresat|expiresin|name|id|ids|url|uri|field|header|hint|policy|required|valid|invalid|set|exists"
            // a coin or token contract's public market data: baseToken.symbol, tokenAddress, tokenDecimals, tokenPrice
            + "|symbol|decimals|address|price|supply"
            // the visible start of a key kept to tell keys apart (keyData.prefix, tokenPrefix, last4)
            + "|prefix|last4)$"
            // missingCredentials, missingSecrets: the names of what is not set, which has no value to show
            + "|(?i)missing[A-Z_].*"
            // tokens: an LLM token count (tokens, totalTokens, prompt_tokens, maxTokens), not credentials
            + "|(?i)^(tokens|.*(total|prompt|completion|input|output|max|used|num|remaining|context|cached|reasoning|estimated|estimate|billed|spent"
            + "|budget|budgeted|actual|allowed|allotted|requested|generated|consumed|charged)_?tokens)$"
            // a design system's tokens (colours, spacing: design_tokens, designTokens), not credentials
            + "|(?i)^.*design_?tokens?$");

    /** True for a name that holds a secret: password, accessToken, apiKey, authorization, cookie, otp. */
    public static boolean secretName(String n) {
        return n != null && SECRET_NAME.matcher(n).matches() && !NOT_SECRET.matcher(n).matches() && !FLAG_NAME.matcher(n).matches();
    }

    /**
     * True for a field name of personal data a log must not hold either: a government or bank identifier, a date of
     * birth, a street or postal address, health data (epicNumber, identificationNumber, dateOfBirth, streetAddress,
     * disabilities). A body with such a field is sensitive as a whole, though no field is a credential.
     */
    public static boolean personalName(String n) {
        return n != null && PERSONAL_NAME.matcher(n).matches() && !FLAG_NAME.matcher(n).matches();
    }

    private static final Pattern PERSONAL_NAME = Pattern.compile("(?i)^(.*(dateofbirth|date_of_birth|birthdate|birth_date|birthday"
            + "|ssn|nationalid|national_id|identificationnumber|identification_number|idnumber|id_number|epicnumber|epic_number|voterid|voter_id"
            + "|personalnumber|personal_number|docnumber|doc_number|documentnumber|document_number"
            + "|aadhaa?r\\w*|passport\\w*|taxid|tax_id|taxnumber|streetaddress|street_address|postaladdress|postal_address|homeaddress|home_address"
            + "|disabilit\\w*|medical\\w*|diagnos\\w*|bankaccount\\w*|accountnumber|account_number|iban)|dob)$");

    /**
     * True for a field name of a person's contact data: a phone or mobile number, an e-mail address, a person's name
     * (phone, mobileNumber, email, customerName, firstName, fullName, surname; a bare {@code name} is not one: it names a
     * plan, a product or a service as often as a person). A route handler that reads such a field from the body takes the
     * contact data of the person it serves; the whole body it logs holds it.
     */
    public static boolean contactName(String n) {
        return n != null && CONTACT_NAME.matcher(n).matches() && !FLAG_NAME.matcher(n).matches();
    }

    private static final Pattern CONTACT_NAME = Pattern.compile("(?i)^(customer|buyer|user|guest|contact|owner|parent|patient|student"
            + "|member|client|recipient|sender|billing|shipping|personal|primary|secondary|alternate|alt|work|home|mobile|whatsapp|alternative)?_?"
            + "(phone|phone_?number|phone_?no|mobile|mobile_?number|mobile_?no|cell|cell_?phone|whatsapp_?number|contact_?number|telephone"
            + "|e?mail|e?mail_?address|e?mail_?id)$"
            + "|(?i)^(first|last|full|middle|given|family|legal|customer|buyer|guest|contact|patient|student|client|recipient|sender"
            + "|holder|card_?holder|parent|father|mother|guardian)_?name$|(?i)^(surname|forename)$");

    /** A yes/no flag about a secret (isSecret, hasToken, requiresPassword): whether, not what. */
    private static final Pattern FLAG_NAME = Pattern.compile("(is|has|should|can|needs|requires|uses)[A-Z_].*");

    /**
     * What sensitive thing a logged value carries, or null: "the whole request body", "the request headers",
     * "the authorization header", "the password" (by the name of the value or field).
     */
    public static String sensitive(Val v) {
        return walk(v, 0, new int[]{2000}, true);
    }

    /**
     * True when what {@link #sensitive} finds in {@code v} is only segments of the request's URL path under a secret name
     * ({@code { token }} with {@code token = req.params.token} of {@code GET /r/:token}): a value the path already writes
     * into every access-log line, proxy log and browser history entry of the request. Whether it unlocks anything is
     * the caller's to judge.
     */
    public static boolean onlyUrlPathSecrets(Val v) {
        return walk(v, 0, new int[]{2000}, true) != null && walk(v, 0, new int[]{2000}, false) == null;
    }

    /** A segment of the request's URL path ({@code req.params.token}). */
    private static boolean inUrlPath(Val v) {
        return v instanceof Req q && q.part().equals("params") && !q.path().isEmpty();
    }

    /**
     * The field {@code m} reads, where its object is (or chooses between, or lists) object literals: the choice of their
     * values under that name ({@code (cond ? { files: [], meta: { design_tokens } } : result).files[*].path}: the
     * elements' path, or the other answer's). Null when no object literal is on the way (the member stays as it is).
     */
    private static Val fieldOnly(Member m) {
        Val r = field(m.object(), m.prop(), 0);
        return r == null || r.equals(m) ? null : r;
    }

    private static Val field(Val o, String prop, int depth) {
        if (o == null || depth > 8) return null;
        if (o instanceof Member inner) {
            Val in = field(inner.object(), inner.prop(), depth + 1);
            return in == null ? null : field(in, prop, depth + 1) == null ? new Member(in, prop) : field(in, prop, depth + 1);
        }
        if (o instanceof Obj obj) {
            Val x = obj.props().get(prop);
            if (x != null) return x;
            return obj.props().keySet().stream().anyMatch(k -> k.startsWith("...")) ? null : new Lit(null);
        }
        if (o instanceof Arr a && prop.equals("*")) return a.items().isEmpty() ? new Lit(null) : new OneOf(a.items(), null);
        if (o instanceof OneOf one) {
            List<Val> opts = new ArrayList<>();
            boolean any = false;
            for (Val x : one.options()) {
                Val f = field(x, prop, depth + 1);
                if (f != null) any = true;
                opts.add(f != null ? f : new Member(x, prop));
            }
            return any ? new OneOf(opts, one.test()) : null;
        }
        return null;
    }

    /** Like Vals.anyPart, but a length or count of a secret ({@code password.length}, {@code passwordLength: ...}) is not the secret. */
    private static String walk(Val v, int depth, int[] budget, boolean pathSecrets) {
        if (v == null || depth > 30 || --budget[0] < 0) return null;
        if (v instanceof Member m && (NOT_SECRET.matcher(m.prop()).matches() || ERROR_TEXT.contains(m.prop()))) return null;
        // credentials.oauth2.user, smtp.host: a field that names who or where, not the secret kept beside it
        if (v instanceof Member m && IDENTITY_FIELD.contains(m.prop())) return null;
        if (pathEndsNotSecret(v) || corsCredentialsFlag(v)) return null;
        if (truncatedToken(v)) return null;
        String s = sensitivePart(v, pathSecrets);
        if (s != null) return s;
        List<Val> parts = new ArrayList<>();
        // `${req.headers}` / 'x' + req.body print "[object Object]": only strings and values inside them reach the line
        if (v instanceof Tpl t) for (Val h : t.holes()) parts.add(stringified(h));
        else if (v instanceof Concat c) for (Val h : c.parts()) parts.add(stringified(h));
        else if (v instanceof OneOf o) {
            // env === 'production' ? undefined : req.body: the branch taken outside production is development-only
            Val.Test t = o.test();
            boolean prodTest = t != null && o.options().size() == 2 && ("production".equals(Val.constString(t.right())) || "production".equals(Val.constString(t.left())))
                    && (t.op().equals("==") || t.op().equals("!="));
            if (prodTest) {
                boolean eq = t.op().equals("==") == t.holds();
                parts.add(o.options().get(eq ? 0 : 1));
            } else {
                parts.addAll(o.options());
            }
        }
        else if (v instanceof Arr a) parts.addAll(a.items());
        else if (v instanceof Obj o) {
            boolean redacted = redactsSpreadBody(o);
            List<String> keys = new ArrayList<>(o.props().keySet());
            for (int i = 0; i < keys.size(); i++) {
                String k = keys.get(i);
                Val x = o.props().get(k);
                if (NOT_SECRET.matcher(k).matches()) continue;
                if (redacted && k.startsWith("...") && wholeBody(x)) continue;
                // { ...config, auth: { ...config.auth, pass: '***' } }: the fields written after a spread replace the
                // spread object's own, so those of the spread never reach the line
                if (k.startsWith("...")) {
                    Set<String> later = new java.util.HashSet<>();
                    for (String after : keys.subList(i + 1, keys.size())) if (!after.startsWith("...")) later.add(after);
                    if (!later.isEmpty()) x = without(x, later, 0);
                }
                parts.add(x);
            }
        } else if (v instanceof Member m && fieldOnly(m) != null) {
            // file.path of an element of { ..., files: [] } (or of another value): that field, not its object's other keys
            parts.add(fieldOnly(m));
        } else if (v instanceof Member m && !(m.object() instanceof Obj) && !(m.object() instanceof Req q && q.path().isEmpty())
                // unsubscribe.email of getUnsubscribeByToken(token): a field of a call's answer is that field, judged by its name above
                && !(m.object() instanceof Call)) {
            // copy.validFrom of a copy = { ...req.body }: that one field, whose name was checked above, not the whole body
            parts.add(m.object());
        }
        else if (v instanceof Call c) {
            String n = Vals.lastName(c.callee());
            if (n != null && (n.equals("replace") || n.equals("replaceAll")) && c.args().size() == 2 && c.callee() instanceof Member m
                    && Val.constString(c.args().get(1)) != null && !(c.args().get(0) instanceof Lit) && !(c.args().get(0) instanceof Regex)
                    && Val.constString(c.args().get(0)) == null) {
                // link.replace(token, '[TOKEN]'), signatureString.replace(this.merchantSecret, '***'): the value searched for is
                // cut out of the text and a constant put in its place (s35 miyzapis); the text's other parts are still judged
                parts.add(replaced(m.object(), c.args().get(0), 0));
            } else if (n != null && List.of("String", "toString", "trim", "toLowerCase", "toUpperCase", "join", "concat", "replace", "stringify", "format").contains(n)) {
                if (c.callee() instanceof Member m) parts.add(m.object());
                parts.addAll(c.args());
            }
        }
        for (Val p : parts) {
            String r = walk(p, depth + 1, budget, pathSecrets);
            if (r != null) return r;
        }
        return null;
    }

    /** {@code text} with every part equal to {@code cut} (a hole of a template, a piece of a concatenation) replaced by a mask. */
    private static Val replaced(Val text, Val cut, int depth) {
        if (text == null || depth > 6) return text;
        if (text.equals(cut)) return new Lit("***");
        if (text instanceof Tpl t) return new Tpl(t.quasis(), t.holes().stream().map(h -> replaced(h, cut, depth + 1)).toList());
        if (text instanceof Concat c) return new Concat(c.parts().stream().map(h -> replaced(h, cut, depth + 1)).toList());
        if (text instanceof OneOf o) return new OneOf(o.options().stream().map(h -> replaced(h, cut, depth + 1)).toList(), o.test());
        return text;
    }

    /**
     * {@code v} (an object spread into another) without the fields {@code keys} the object it is spread into writes after
     * it: an object literal, each option of a choice of them, or a field of one ({@code config.auth} of a known
     * {@code config}). Anything else is kept whole.
     */
    private static Val without(Val v, Set<String> keys, int depth) {
        if (depth > 6) return v;
        if (v instanceof Obj o) {
            Map<String, Val> kept = new java.util.LinkedHashMap<>(o.props());
            kept.keySet().removeAll(keys);
            return new Obj(kept);
        }
        if (v instanceof OneOf o) {
            List<Val> opts = new ArrayList<>();
            for (Val x : o.options()) opts.add(without(x, keys, depth + 1));
            return new OneOf(opts, o.test());
        }
        if (v instanceof Member m && (m.object() instanceof Obj || m.object() instanceof OneOf)) {
            Val field = fieldOf(m.object(), m.prop(), 0);
            if (field != null) return without(field, keys, depth + 1);
        }
        return v;
    }

    /** Field {@code prop} of an object literal, or of each option of a choice of them (null when one lacks it or is no literal). */
    private static Val fieldOf(Val v, String prop, int depth) {
        if (depth > 6) return null;
        if (v instanceof Obj o) return o.props().get(prop);
        if (v instanceof OneOf o) {
            List<Val> opts = new ArrayList<>();
            for (Val x : o.options()) {
                Val f = fieldOf(x, prop, depth + 1);
                if (f == null) return null;
                opts.add(f);
            }
            return new OneOf(opts, o.test());
        }
        return null;
    }

    /**
     * {@code { ...req.body, password: '[REDACTED]' }}: the whole body spread into an object that then writes a constant
     * over a secret-named field. The code redacts what the body carries before it is logged; the copy, not the body, is
     * what the line holds (its other fields are judged by name like any object's).
     */
    private static boolean redactsSpreadBody(Obj o) {
        boolean spread = false;
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            if (e.getKey().startsWith("...")) {
                if (wholeBody(e.getValue())) spread = true;
            } else if (spread && secretName(e.getKey()) && literalOnly(e.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** {@code const logBody = { ...req.body }} (or Object.assign({}, req.body), a JSON or structured clone): group 1 the copy's name. */
    private static final java.util.regex.Pattern BODY_COPY = java.util.regex.Pattern.compile("\\b(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*(?::[^=]{1,40})?=\\s*"
            + "(?:\\{\\s*\\.\\.\\.\\s*(?:req|request|ctx\\.request)\\.body\\s*,?\\s*\\}|Object\\.assign\\(\\s*\\{\\s*\\}\\s*,\\s*(?:req|request)\\.body\\s*\\)"
            + "|structuredClone\\(\\s*(?:req|request)\\.body\\s*\\)|JSON\\.parse\\(\\s*JSON\\.stringify\\(\\s*(?:req|request)\\.body\\s*\\)\\s*\\))");

    /**
     * The log call writes a copy of the request body that the function masks before logging it: {@code const logBody =
     * { ...req.body }; for (const f of SENSITIVE) if (logBody[f]) logBody[f] = mask(logBody[f]);} (or {@code delete
     * copy.password}), and the call names the copy, not the body (s34 tgshop requestLogger). The facts fold the copy into
     * its value and keep no constant-key writes, so the function's source up to the call is read.
     */
    public static boolean maskedBodyCopy(Project project, LogCall c) {
        Location fnAt = c.fn() == null ? null : c.fn().location();
        Location at = c.call().location();
        if (fnAt == null || at == null || fnAt.line() > at.line()) return false;
        List<String> lines = SourceLines.read(project, c.file().path());
        if (lines == null || at.endLine() > lines.size() || at.line() - fnAt.line() > 300) return false;
        String before = String.join("\n", lines.subList(fnAt.line() - 1, at.line() - 1));
        String call = String.join("\n", lines.subList(at.line() - 1, at.endLine()));
        if (call.matches("(?s).*\\b(?:req|request)\\.body\\b(?!\\s*\\.).*")) return false; // the body itself is logged too
        java.util.regex.Matcher m = BODY_COPY.matcher(before);
        while (m.find()) {
            String name = java.util.regex.Pattern.quote(m.group(1));
            String after = before.substring(m.end());
            boolean masks = java.util.regex.Pattern.compile("\\b" + name + "\\s*(?:\\[[^\\]\\n]+\\]|\\.[A-Za-z_$][\\w$]*)\\s*=(?!=)"
                    + "|\\bdelete\\s+" + name + "\\s*[\\[.]").matcher(after).find();
            if (masks && java.util.regex.Pattern.compile("\\b" + name + "\\b").matcher(call).find()) return true;
        }
        return false;
    }

    private static boolean wholeBody(Val v) {
        return v instanceof Req q && q.part().equals("body") && q.path().isEmpty();
    }

    private static final java.util.regex.Pattern FROM_PART = java.util.regex.Pattern.compile("(?<=[a-z0-9])(?:From|By|Using|With|For)(?=[A-Z])");

    /** The part of a function's name that says what it answers: {@code getEmailFromTokens} answers an email. */
    static String answerName(String n) {
        java.util.regex.Matcher m = FROM_PART.matcher(n);
        return m.find() ? n.substring(0, m.start()) : n;
    }

    /** A value as a template or concatenation renders it: a whole request part or an object literal prints "[object Object]". */
    private static Val stringified(Val v) {
        if (v instanceof Req q && q.path().isEmpty() && Set.of("body", "headers", "cookies", "signedCookies").contains(q.part()) || v instanceof Obj) {
            return new Lit("[object Object]");
        }
        if (v instanceof OneOf o) {
            List<Val> opts = new ArrayList<>();
            for (Val x : o.options()) opts.add(stringified(x));
            return new OneOf(opts, o.test());
        }
        return v;
    }

    /**
     * {@code Object.keys(x)}, or a choice of it and literals ({@code req.cookies ? Object.keys(req.cookies) : []}): the
     * names of an object's fields, none of its values.
     */
    private static boolean keyNamesOnly(Val v) {
        if (v instanceof Call c) return c.callee() instanceof Global g && g.name().equals("Object") && g.path().equals(List.of("keys"));
        if (v instanceof OneOf o) {
            boolean any = false;
            for (Val x : o.options()) {
                if (keyNamesOnly(x)) any = true;
                else if (!literalOnly(x) && !(x instanceof Arr a && a.items().isEmpty())) return false;
            }
            return any;
        }
        return false;
    }

    private static boolean literalOnly(Val v) {
        // !!config.authToken: whether it is set, not the value
        if (v instanceof Lit || v instanceof Unknown u && u.kind().equals("boolean")) return true;
        if (v instanceof OneOf o) return o.options().stream().allMatch(Loggers::literalOnly);
        if (v instanceof Call c) {
            String n = Vals.lastName(c.callee());
            return n != null && (n.equals("Boolean") || n.equals("isEmpty") || n.startsWith("has"));
        }
        return false;
    }

    private static boolean pathEndsNotSecret(Val v) {
        List<String> path = v instanceof Local l ? l.path() : v instanceof Param p ? p.path() : v instanceof Req q ? q.path()
                : v instanceof This t ? t.path() : v instanceof Ref r ? r.path() : List.of();
        return !path.isEmpty() && NOT_SECRET.matcher(path.get(path.size() - 1)).matches() && !(v instanceof Req q2 && q2.path().size() == 1
                && q2.part().equals("headers"));
    }

    /**
     * The {@code credentials} field of a CORS settings object ({@code config.cors.credentials}, {@code corsOptions.credentials}):
     * the Access-Control-Allow-Credentials switch, a boolean in the cors and @fastify/cors options and in the CORS
     * protocol, not a credential.
     */
    private static boolean corsCredentialsFlag(Val v) {
        List<String> path = new ArrayList<>();
        Val cur = Vals.memberBase(v, 12, path);
        List<String> base = cur instanceof Local l ? l.path() : cur instanceof Param p ? p.path() : cur instanceof Ref r ? r.path()
                : cur instanceof This t ? t.path() : cur instanceof Global g ? g.path() : null;
        if (base == null) return false;
        List<String> all = new ArrayList<>(base);
        all.addAll(path);
        String holder = all.size() >= 2 ? all.get(all.size() - 2) : cur instanceof Local l && all.size() == 1 ? l.name()
                : cur instanceof Ref r && all.size() == 1 ? r.export() : null;
        return !all.isEmpty() && all.get(all.size() - 1).equals("credentials") && holder != null
                && holder.toLowerCase(Locale.ROOT).contains("cors");
    }

    /** {@code key?.substring(0, 5) + '...'}: the first few characters of a secret, shown on purpose to tell which one is loaded. */
    private static boolean masked(Val v) {
        // KEY ? KEY.substring(0, 10) + '...' : 'NOT SET'
        if (v instanceof OneOf o) return !o.options().isEmpty() && o.options().stream().allMatch(x -> literalOnly(x) || masked(x));
        // the prefix followed by a mask ('...', '***'): the rest of the secret is said to be left out
        Val head;
        String tail;
        if (v instanceof Concat c && c.parts().size() >= 2) {
            head = c.parts().get(0);
            tail = Val.constString(c.parts().get(c.parts().size() - 1));
        } else if (v instanceof Tpl t && t.holes().size() == 1 && t.quasis().size() == 2 && t.quasis().get(0).isEmpty()) {
            // `${key.substring(0, 10)}...`
            head = t.holes().get(0);
            tail = t.quasis().get(1);
        } else return false;
        if (tail == null || !(tail.contains("...") || tail.contains("*") || tail.contains("…"))) return false;
        if (!(head instanceof Call call) || !Set.of("substring", "slice", "substr").contains(String.valueOf(Vals.lastName(call.callee())))) return false;
        if (call.args().size() != 2) return false;
        Object from = call.args().get(0) instanceof Lit l0 ? l0.value() : null, to = call.args().get(1) instanceof Lit l1 ? l1.value() : null;
        // up to 16 characters: a key's public prefix (sk_live_, APP_USR-) and a few more, never enough to guess the rest
        return from instanceof Number f && f.intValue() == 0 && to instanceof Number t && t.intValue() > 0 && t.intValue() <= MASKED_PREFIX;
    }

    /**
     * The text an error carries ({@code err.message}, {@code insertError.stack}): what went wrong, said for people; a
     * string secret has no such field, so the read is of an error (one a failed call returned), not of the secret.
     */
    private static final Set<String> ERROR_TEXT = Set.of("message", "stack");

    /**
     * {@code token.substring(0, 20)}: the first characters of a token or key (a device, bearer or API token is 30 to
     * several hundred characters long), cut without a mask; the rest stays out of the log and the prefix cannot be
     * used in its place. Not a password, code or PIN, which may be no longer than the cut.
     */
    private static boolean truncatedToken(Val v) {
        // header ? `${header.substring(0, 20)}...` : 'NONE': the cut token, or a literal where there is none
        if (v instanceof OneOf o) {
            return o.options().stream().allMatch(x -> literalOnly(x) || truncatedToken(x)) && o.options().stream().anyMatch(x -> !literalOnly(x));
        }
        // token.substring(0, 20) + '...', `${token.slice(0, 12)}...`: the cut token with literal text around it
        List<Val> parts = v instanceof Concat k ? k.parts() : v instanceof Tpl t ? t.holes() : null;
        if (parts != null) {
            boolean cut = false;
            for (Val x : parts) {
                if (x instanceof Lit) continue;
                if (!truncatedToken(x)) return false;
                cut = true;
            }
            return cut;
        }
        // rows.map((r) => r.pushToken.slice(-6)): each element cut the same way
        if (v instanceof Call m && "map".equals(Vals.lastName(m.callee())) && m.args().size() == 1 && m.args().get(0) instanceof FnVal f
                && !f.fn().returns().isEmpty() && f.fn().returns().stream().allMatch(Loggers::truncatedToken)) return true;
        if (!(v instanceof Call call) || !Set.of("substring", "slice", "substr").contains(String.valueOf(Vals.lastName(call.callee())))) return false;
        Val recv = Analysis.receiver(call.callee());
        // token.slice(-6): the last few characters of a token, kept to tell tokens apart
        if (call.args().size() == 1 && call.args().get(0) instanceof Lit l && l.value() instanceof Number n && n.intValue() < 0
                && -n.intValue() <= TOKEN_SUFFIX && recv != null && tokenName(recv)) return true;
        if (call.args().size() != 2 || recv == null) return false;
        Object from = call.args().get(0) instanceof Lit l0 ? l0.value() : null, to = call.args().get(1) instanceof Lit l1 ? l1.value() : null;
        if (!(from instanceof Number f && f.intValue() == 0 && to instanceof Number t && t.intValue() > 0 && t.intValue() <= TRUNCATED_TOKEN)) return false;
        return tokenName(recv);
    }

    /** A value named for a token or an API key ({@code pushToken}, {@code jwt}, {@code apiKey}), not a password or a PIN. */
    private static boolean tokenName(Val recv) {
        // req.headers.authorization: "Bearer " and then a token
        if (recv instanceof Req q && q.part().equals("headers") && q.path().size() == 1 && q.path().get(0).equalsIgnoreCase("authorization")) return true;
        List<String> w = PasswordHashers.words(String.valueOf(Vals.lastName(recv)));
        if (w.isEmpty()) return false;
        String last = w.get(w.size() - 1);
        return last.equals("token") || last.equals("jwt") || last.equals("key") && w.size() >= 2 && (w.get(w.size() - 2).equals("api") || w.get(w.size() - 2).equals("access"))
                || last.equals("apikey");
    }

    /** Fields of a credentials object that say who or where (the user a password belongs to, the server it is sent to). */
    private static final Set<String> IDENTITY_FIELD = Set.of("user", "username", "userName", "login", "email", "host", "hostname",
            "port", "service", "provider", "region", "secure");

    /** The longest suffix of a token a log line may show ({@code token.slice(-6)}). */
    private static final int TOKEN_SUFFIX = 8;

    /** The longest unmasked prefix of a token a log line may show ({@link #truncatedToken}). */
    private static final int TRUNCATED_TOKEN = 20;

    /** The longest prefix of a secret a log line may show as a mask. */
    private static final int MASKED_PREFIX = 16;

    private static final java.util.Set<String> COUNT_PROP = java.util.Set.of("length", "size", "count");

    private static String sensitivePart(Val x, boolean pathSecrets) {
        if (x instanceof Req q) {
            if (q.path().isEmpty()) {
                return switch (q.part()) {
                    case "body" -> "the whole request body";
                    case "headers" -> "all request headers (authorization, cookies)";
                    case "cookies", "signedCookies" -> "the request cookies";
                    default -> null;
                };
            }
            String first = q.path().get(0).toLowerCase(Locale.ROOT);
            if (q.part().equals("headers") && (first.equals("authorization") || first.equals("cookie") || first.equals("x-api-key")
                    || first.equals("proxy-authorization"))) return "the " + first + " header";
            String last = q.path().get(q.path().size() - 1);
            if (secretName(last) && (pathSecrets || !inUrlPath(q))) return "the request's " + last;
            return null;
        }
        if (x instanceof Obj o) {
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                // { authorization: req.headers.authorization ? true : null } logs whether it is there, not the value
                // { deviceTokens: user.deviceTokens.length }: how many, not which
                // { cookies: Object.keys(req.cookies) }: which cookies were sent (their names), not their values
                if (secretName(e.getKey()) && !literalOnly(e.getValue()) && !keyNamesOnly(e.getValue()) && !masked(e.getValue()) && !truncatedToken(e.getValue())
                        && !corsCredentialsFlag(e.getValue()) && !(e.getValue() instanceof Member cm && COUNT_PROP.contains(cm.prop()))
                        && (pathSecrets || !inUrlPath(e.getValue()))) return "the " + e.getKey();
            }
            return null;
        }
        if (x instanceof Call c) {
            // jwt.sign(..) / generateAccessToken(..): a token just issued
            String n = Vals.lastName(c.callee());
            Val recv = Analysis.receiver(c.callee());
            String rn = recv == null ? "" : String.valueOf(Vals.lastName(recv)).toLowerCase(Locale.ROOT);
            if (n != null && (n.equals("sign") || n.equals("signAsync")) && (rn.contains("jwt") || rn.contains("token"))) return "a signed token";
            if (n != null && !n.startsWith("verify") && !n.startsWith("validate") && !n.startsWith("check") && !n.startsWith("compare")
                    && !n.startsWith("revoke") && !n.startsWith("delete") && !n.startsWith("hash")
                    // cleanupExpiredTokens(), countActiveSessions(): how many were removed or found, not a secret
                    && !n.startsWith("cleanup") && !n.startsWith("remove") && !n.startsWith("purge")
                    && !n.startsWith("prune") && !n.startsWith("count") && !n.startsWith("clear") && !n.startsWith("invalidate")
                    // getEmailFromTokens(tokens), findUserByToken(t): what it answers is named before From/By
                    // (only ever a cut: redactCredentialsForLog is judged by its whole name, as before)
                    && secretName(n) && secretName(answerName(n))) return "the result of " + n + "()";
            return null;
        }
        if (x instanceof Lit || x instanceof Tpl || x instanceof Concat || x instanceof New) return null;
        String n = Vals.lastName(x);
        // process.env.JWT_SECRET written out whole: the secret itself, in every log line and log store
        if (x instanceof Global g && g.name().equals("process") && g.path().size() == 2 && g.path().get(0).equals("env")
                && secretName(g.path().get(1))) return "the " + g.path().get(1) + " environment value";
        if (x instanceof Global g && g.name().equals("process") && g.path().equals(List.of("env"))) return "the whole process environment (its secrets included)";
        if (x instanceof Global) return null;
        if (secretName(n)) return "the " + n;
        return null;
    }
}
