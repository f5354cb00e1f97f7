package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metrics and tracing, the concept: the libraries the code loads for them (imported in non-test code, or
 * preloaded with {@code node --require}/{@code --import}/{@code -r} in package.json scripts, a Dockerfile or
 * {@code NODE_OPTIONS}): prom-client, express-prom-bundle, {@code @willsoto/nestjs-prometheus}, fastify-metrics,
 * {@code @hono/prometheus}, OpenTelemetry (SDK, auto-instrumentations, metrics and trace API), dd-trace, newrelic,
 * elastic-apm-node, applicationinsights, and {@code @sentry/node} when its init samples traces (Sentry's performance
 * monitoring, an APM: traces, and each transaction's throughput, latency and failure rate as metrics).
 */
public final class Telemetry {
    /** A GET route serving metrics (compiled once: asked per route). */
    private static final Pattern METRICS_PATH = Pattern.compile("(/[^/]+)*/metrics");

    /** True for the path of a metrics scrape endpoint ({@code /metrics}, {@code /api/metrics}), any case. */
    public static boolean isMetricsPath(String path) {
        return path != null && METRICS_PATH.matcher(path.toLowerCase(Locale.ROOT)).matches();
    }


    public enum Kind { METRICS, TRACING }

    /** One use: the package, what it gives, where it is loaded ({@code file:line}) and how ("import", "--require in package.json"). */
    public record Use(String library, Kind kind, Location location, String how) { }

    private static final Map<String, EnumSet<Kind>> LIBS = new LinkedHashMap<>();

    private static void lib(String name, Kind... kinds) {
        LIBS.put(name, EnumSet.copyOf(Arrays.asList(kinds)));
    }

    static {
        lib("prom-client", Kind.METRICS);
        lib("express-prom-bundle", Kind.METRICS);
        lib("@willsoto/nestjs-prometheus", Kind.METRICS);
        lib("fastify-metrics", Kind.METRICS);
        lib("@hono/prometheus", Kind.METRICS);
        lib("prometheus-api-metrics", Kind.METRICS);
        lib("express-prometheus-middleware", Kind.METRICS);
        lib("@opentelemetry/sdk-metrics", Kind.METRICS);
        lib("@opentelemetry/exporter-prometheus", Kind.METRICS);
        lib("@opentelemetry/exporter-metrics-otlp-http", Kind.METRICS);
        lib("@opentelemetry/exporter-metrics-otlp-grpc", Kind.METRICS);
        lib("@opentelemetry/exporter-metrics-otlp-proto", Kind.METRICS);
        lib("hot-shots", Kind.METRICS);
        lib("node-statsd", Kind.METRICS);
        lib("statsd-client", Kind.METRICS);
        lib("@opentelemetry/sdk-node", Kind.METRICS, Kind.TRACING);
        lib("@opentelemetry/auto-instrumentations-node", Kind.TRACING);
        lib("@opentelemetry/auto-instrumentations-node/register", Kind.TRACING);
        lib("@opentelemetry/sdk-trace-node", Kind.TRACING);
        lib("@opentelemetry/sdk-trace-base", Kind.TRACING);
        lib("@opentelemetry/exporter-trace-otlp-http", Kind.TRACING);
        lib("@opentelemetry/exporter-trace-otlp-grpc", Kind.TRACING);
        lib("@opentelemetry/exporter-trace-otlp-proto", Kind.TRACING);
        lib("@vercel/otel", Kind.TRACING);
        lib("@fastify/otel", Kind.TRACING);
        lib("@autotelic/fastify-opentelemetry", Kind.TRACING);
        lib("nestjs-otel", Kind.METRICS, Kind.TRACING);
        lib("@hono/otel", Kind.TRACING);
        lib("@honeycombio/opentelemetry-node", Kind.TRACING);
        lib("@google-cloud/trace-agent", Kind.TRACING);
        lib("dd-trace", Kind.METRICS, Kind.TRACING);
        lib("dd-trace/init", Kind.METRICS, Kind.TRACING);
        lib("newrelic", Kind.METRICS, Kind.TRACING);
        lib("elastic-apm-node", Kind.METRICS, Kind.TRACING);
        lib("elastic-apm-node/start", Kind.METRICS, Kind.TRACING);
        lib("applicationinsights", Kind.METRICS, Kind.TRACING);
        lib("@appsignal/nodejs", Kind.METRICS, Kind.TRACING);
        lib("@splunk/otel", Kind.METRICS, Kind.TRACING);
        lib("@aws/aws-distro-opentelemetry-node-autoinstrumentation", Kind.TRACING);
    }

    /** A preload flag and its module: {@code --import x}, {@code -r=x}, and a Dockerfile exec form's {@code "--require", "x"}. */
    private static final Pattern PRELOAD = Pattern.compile("(?:--require|--import|--loader|-r)(?:[ =]+|['\"]\\s*,\\s*)['\"]?([@\\w./-]+)");

    private final List<Use> uses = new ArrayList<>();
    private static final Set<String> LOADS = Set.of("require", "import");

    private Telemetry(Project p) {
        // the require(..) / import(..) calls (a global callee so named), per file in call order, from CallNames: in a module
        // body for a side effect (require('newrelic')), and inside a function that loads the library when it runs (the
        // OpenTelemetry SDK imported lazily by a set-up function a preloaded file calls, @fastify/otel imported inside the
        // plugin that registers it)
        Map<FileFacts, List<CallSite>> loads = new IdentityHashMap<>();
        for (CallNames.At at : CallNames.of(p).named(LOADS)) {
            loads.computeIfAbsent(at.file(), k -> new ArrayList<>()).add(at.cs());
        }
        // Cloudflare Workers Analytics Engine: env.BINDING.writeDataPoint({ blobs, doubles, indexes }) writes a data point
        // (per request, in a logging middleware) to a store queried with SQL: the app's own request metrics
        for (CallNames.At at : CallNames.of(p).named(Set.of("writeDataPoint"))) {
            if (p.isTestPath(at.file().path()) || at.cs().args().size() != 1 || !(at.cs().arg(0) instanceof Obj o)) continue;
            if (o.props().containsKey("blobs") || o.props().containsKey("doubles") || o.props().containsKey("indexes")) {
                uses.add(new Use("Workers Analytics Engine", Kind.METRICS, at.cs().location(), "writeDataPoint"));
            }
        }
        for (FileFacts f : p.files().values()) {
            if (p.isTestPath(f.path())) continue;
            Set<String> seen = new HashSet<>();
            for (Import i : f.imports().values()) {
                String mod = i.module();
                if (!seen.add(mod + "\u0000" + i.export())) continue;
                if (mod.equals("@opentelemetry/api")) {
                    if (i.export().equals("metrics")) uses.add(new Use(mod, Kind.METRICS, i.location(), "metrics API"));
                    if (i.export().equals("trace")) uses.add(new Use(mod, Kind.TRACING, i.location(), "trace API"));
                    continue;
                }
                if (mod.startsWith("@opentelemetry/instrumentation-")) {
                    uses.add(new Use(mod, Kind.TRACING, i.location(), "import"));
                    continue;
                }
                if (mod.startsWith("@sentry/")) {
                    if (sentryTraces(p, f)) {
                        uses.add(new Use(mod, Kind.TRACING, i.location(), "Sentry.init with tracesSampleRate"));
                        // performance monitoring: each transaction's throughput, latency and failure rate, as an APM agent's
                        uses.add(new Use(mod, Kind.METRICS, i.location(), "Sentry performance monitoring (tracesSampleRate)"));
                    } else if (sentryMetrics(p, f)) uses.add(new Use(mod, Kind.METRICS, i.location(), "Sentry metrics API"));
                    continue;
                }
                EnumSet<Kind> k = LIBS.get(mod);
                if (k != null) for (Kind kind : k) uses.add(new Use(mod, kind, i.location(), "import"));
            }
            // require('newrelic') / import 'dd-trace/init' for its side effect, await import('@opentelemetry/sdk-node') in a function
            // (a lazy load only when a package.json above the file lists the library: an optional one nobody installed loads nothing)
            for (CallSite cs : loads.getOrDefault(f, List.of())) {
                if (cs.callee() instanceof Global g && g.path().isEmpty() && (g.name().equals("require") || g.name().equals("import"))) {
                    String mod = Val.constString(cs.arg(0));
                    if (mod == null || seen.contains(mod)) continue;
                    if (!loadsAtTop(f, cs) && !listed(p, f.path(), mod)) continue;
                    seen.add(mod);
                    if (mod.startsWith("@sentry/")) {
                        if (sentryTraces(p, f)) {
                            uses.add(new Use(mod, Kind.TRACING, cs.location(), "Sentry.init with tracesSampleRate"));
                            uses.add(new Use(mod, Kind.METRICS, cs.location(), "Sentry performance monitoring (tracesSampleRate)"));
                        }
                        continue;
                    }
                    EnumSet<Kind> k = LIBS.get(mod);
                    if (k == null && mod.startsWith("@opentelemetry/instrumentation-")) k = EnumSet.of(Kind.TRACING);
                    if (k != null) for (Kind kind : k) uses.add(new Use(mod, kind, cs.location(), g.name()));
                }
            }
        }
        for (Map.Entry<String, String> e : p.texts().entrySet()) {
            String name = e.getKey().substring(e.getKey().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (!name.equals("package.json") && !name.equals("dockerfile") && !name.startsWith(".env")) continue;
            if (p.isTestPath(e.getKey())) continue;
            Matcher m = PRELOAD.matcher(e.getValue());
            while (m.find()) {
                String mod = m.group(1);
                EnumSet<Kind> k = LIBS.get(mod);
                if (k == null && mod.startsWith("@opentelemetry/")) k = EnumSet.of(Kind.TRACING);
                if (k == null) continue;
                int line = lineOf(e.getValue(), m.start());
                for (Kind kind : k) uses.add(new Use(mod, kind, Location.at(e.getKey(), line, 1), "preloaded in " + name));
            }
        }
        // the OpenTelemetry SDK configured from the environment exports metrics when OTEL_METRICS_EXPORTER names an exporter
        boolean otel = uses.stream().anyMatch(u -> u.library().startsWith("@opentelemetry/sdk-node") || u.library().startsWith("@opentelemetry/auto-instrumentations-node"));
        if (otel) {
            Pattern exporter = Pattern.compile("OTEL_METRICS_EXPORTER\\s*[=:]\\s*['\"]?(otlp|prometheus|console)");
            for (Map.Entry<String, String> e : p.texts().entrySet()) {
                String name = e.getKey().substring(e.getKey().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                if (!name.equals("package.json") && !name.equals("dockerfile") && !name.startsWith(".env")) continue;
                Matcher m = exporter.matcher(e.getValue());
                if (m.find()) uses.add(new Use("@opentelemetry/sdk-node", Kind.METRICS, Location.at(e.getKey(), lineOf(e.getValue(), m.start()), 1),
                        "OTEL_METRICS_EXPORTER=" + m.group(1)));
            }
        }
        for (dev.backcheck.model.Application a : ServerCode.of(p).apps()) {
            for (dev.backcheck.model.Route r : a.routes()) {
                if (isMetricsPath(r.path()) && r.method().equals("GET")) {
                    uses.add(new Use("route", Kind.METRICS, r.location(), r.label()));
                }
            }
        }
        javaBuilds(p);
        uses.sort(Comparator.comparing(Use::location, Location.ORDER).thenComparing(Use::library).thenComparing(Use::kind));
    }

    /**
     * Java builds: Micrometer (Spring Boot Actuator records JVM and HTTP server metrics with it; a
     * micrometer-registry-* exports them), Micrometer Tracing bridges, Spring Cloud Sleuth, OpenTelemetry and APM
     * agents declared as dependencies, by their line in pom.xml / build.gradle.
     */
    private void javaBuilds(Project p) {
        List<dev.backcheck.workspace.Manifest> ms = new ArrayList<>(p.manifests());
        ms.sort(Comparator.comparing(dev.backcheck.workspace.Manifest::path));
        for (dev.backcheck.workspace.Manifest m : ms) {
            if (m.ecosystem().equals("npm") || p.isTestPath(m.path())) continue;
            for (dev.backcheck.workspace.Manifest.Dep d : m.dependencies().values()) {
                if (d.dev()) continue;
                String n = d.name();
                String artifact = n.substring(n.indexOf(':') + 1);
                Location at = Location.at(m.path(), Math.max(1, d.line()), 1);
                if (artifact.equals("spring-boot-starter-actuator") || artifact.startsWith("micrometer-registry-")
                        || n.startsWith("io.prometheus:") || artifact.equals("spring-boot-starter-opentelemetry")) {
                    uses.add(new Use(n, Kind.METRICS, at, "dependency"));
                }
                if (artifact.startsWith("micrometer-tracing-bridge-") || artifact.equals("spring-cloud-starter-sleuth")
                        || n.startsWith("io.opentelemetry") && !artifact.equals("opentelemetry-api")
                        || artifact.equals("spring-boot-starter-opentelemetry") || n.startsWith("com.datadoghq:dd-")
                        || n.startsWith("co.elastic.apm:") || n.startsWith("com.newrelic.agent") || n.startsWith("io.sentry:sentry-opentelemetry")
                        || artifact.equals("applicationinsights-spring-boot-starter") || artifact.equals("applicationinsights-agent")) {
                    uses.add(new Use(n, Kind.TRACING, at, "dependency"));
                }
                if (n.startsWith("com.datadoghq:dd-") || n.startsWith("co.elastic.apm:") || n.startsWith("com.newrelic.agent")
                        || artifact.startsWith("opentelemetry-exporter") || artifact.equals("opentelemetry-spring-boot-starter")) {
                    uses.add(new Use(n, Kind.METRICS, at, "dependency"));
                }
            }
        }
    }

    /** The call sits in the module body (a load for its side effect when the module is first imported). */
    private static boolean loadsAtTop(FileFacts f, CallSite cs) {
        return f.main().calls().contains(cs);
    }

    /** A package.json in a folder above {@code path} lists the package {@code mod} belongs to (not as a dev dependency). */
    private static boolean listed(Project p, String path, String mod) {
        String[] parts = mod.split("/");
        String pkg = mod.startsWith("@") && parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0];
        for (dev.backcheck.workspace.Manifest m : p.manifests()) {
            if (!m.ecosystem().equals("npm")) continue;
            String mp = m.path().replace('\\', '/');
            String dir = mp.contains("/") ? mp.substring(0, mp.lastIndexOf('/')) : "";
            if (!dir.isEmpty() && !path.startsWith(dir + "/")) continue;
            dev.backcheck.workspace.Manifest.Dep d = m.dependencies().get(pkg);
            if (d != null && !d.dev()) return true;
        }
        return false;
    }

    public static Telemetry of(Project p) {
        return p.derived(Telemetry.class, Telemetry::new);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** Sentry.init({ tracesSampleRate | tracesSampler | enableTracing }) in this file. */
    /**
     * Sentry's metrics API called in the file: {@code Sentry.metrics.increment/distribution/gauge/set/timing} (the SDK 7.x
     * and 8.x packages export core's metrics object, @sentry/node 7.120 cjs/index.js: exports.metrics = core.metrics).
     */
    private static boolean sentryMetrics(Project p, FileFacts f) {
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                String m = cs.methodName();
                if (m == null || !SENTRY_METRIC.contains(m)) continue;
                String q = p.qname(cs.callee(), f);
                if (q != null && q.startsWith("@sentry/") && q.endsWith(".metrics." + m)) return true;
            }
        }
        return false;
    }

    private static final Set<String> SENTRY_METRIC = Set.of("increment", "distribution", "gauge", "set", "timing");

    private static boolean sentryTraces(Project p, FileFacts f) {
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                if (!"init".equals(cs.methodName()) || cs.args().isEmpty()) continue;
                if (cs.arg(0) instanceof Obj o && traced(o)) return true;
                // Sentry.init(createSentryConfig(options)): the options object a project function builds and returns
                if (cs.arg(0) instanceof Call c) {
                    Project.FnRef t;
                    try {
                        t = p.function(c.callee(), f);
                        if (t == null) t = dev.backcheck.frameworks.ModelSupport.analysis(p).resolveCallee(c.callee(), f, fn);
                    } catch (RuntimeException e) {
                        t = null;
                    }
                    if (t != null && t.fn().returns().stream().anyMatch(r -> r instanceof Obj ro && traced(ro))) return true;
                }
            }
        }
        return false;
    }

    /** The options turn tracing on: tracesSampleRate, tracesSampler or enableTracing set to a value that is not off. */
    private static boolean traced(Obj o) {
        for (String k : List.of("tracesSampleRate", "tracesSampler", "enableTracing")) {
            Val v = o.props().get(k);
            if (v == null) continue;
            if (v instanceof Lit l && (l.value() == null || Boolean.FALSE.equals(l.value()) || Double.valueOf(0).equals(l.value()))) continue;
            return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ answers

    public List<Use> uses() {
        return Collections.unmodifiableList(uses);
    }

    public List<Use> uses(Kind k) {
        return uses.stream().filter(u -> u.kind() == k).toList();
    }

    public boolean metrics() {
        return !uses(Kind.METRICS).isEmpty();
    }

    public boolean tracing() {
        return !uses(Kind.TRACING).isEmpty();
    }
}
