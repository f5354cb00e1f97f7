package dev.backcheck.report;

import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.*;
import dev.backcheck.rules.RuleMeta;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verified implementation report: what an agent's report would claim, restated from the code
 * alone. Every tick carries evidence (file:line); contradictions come from findings.
 */
public final class ImplementationReport {

    /** One line of the Security Measures section. */
    public record Measure(String key, String title, String status, String summary, List<Location> evidence,
                          List<Finding> findings) {
        /** "[x]", "[ ]", "[~]" or "not checked yet" / "n/a". */
        public String box() {
            return switch (status) {
                case "done" -> "[x]";
                case "missing" -> "[ ]";
                case "partial" -> "[~]";
                default -> "[-]";
            };
        }
    }

    public record EnvVar(String name, List<Location> reads, boolean validated, boolean documented) { }

    public record Migration(String kind, String path) { }

    public record MiddlewareLine(Application app, List<String> steps, List<String> notes) { }

    public record StackRow(String component, String technology, String version, String evidence) { }

    public record Data(List<StackRow> stack, List<Route> routes, List<MiddlewareLine> middleware, List<Measure> measures,
                       List<Migration> migrations, List<String> models, List<EnvVar> env,
                       Map<String, int[]> findingsByKey, List<dev.backcheck.claims.ClaimJudge.Verdict> claims, ScanResult result) { }

    private ImplementationReport() { }

    public static Data build(ScanResult r) {
        Project p = r.project();
        Map<String, RuleMeta> metas = new HashMap<>();
        r.rules().forEach(m -> metas.put(m.id(), m));
        return new Data(stack(p), RoutesReport.sorted(p.applications()), middleware(p), measures(r, metas),
                migrations(p), models(p), env(p), byKey(r, metas), dev.backcheck.claims.ClaimJudge.of(p).judged().orElse(List.of()), r);
    }

    // ------------------------------------------------------------------ stack

    private static final Map<String, String> COMPONENT = Map.of("runtime", "Runtime", "framework", "Framework",
            "orm", "ORM", "database-driver", "Database driver", "auth", "Auth", "validation", "Validation",
            "logging", "Logger", "security", "Security middleware", "observability", "Observability", "config", "Config");

    static List<StackRow> stack(Project p) {
        List<StackRow> rows = new ArrayList<>();
        String runtime = runtime(p);
        if (runtime != null) rows.add(new StackRow("Runtime", "Node.js", runtime.split("\t")[0], runtime.split("\t")[1]));
        for (String cat : List.of("framework", "orm", "database-driver", "auth", "validation", "logging", "security",
                "observability", "config", "api-docs")) {
            for (dev.backcheck.model.Stack.Component c : p.stack().of(cat)) {
                if (cat.equals("runtime")) continue;
                rows.add(new StackRow(COMPONENT.getOrDefault(cat, cat), c.name(), c.version() == null ? "" : c.version(), c.evidence()));
            }
        }
        return rows;
    }

    private static String runtime(Project p) {
        for (PackageJsonView m : PackageJsonView.of(p)) if (m.engine != null) return m.engine + "\t" + m.path + " (engines.node)";
        for (Map.Entry<String, String> e : p.texts().entrySet()) {
            String name = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
            if (name.equals(".nvmrc")) return e.getValue().strip() + "\t" + e.getKey();
        }
        Pattern from = Pattern.compile("(?im)^\\s*FROM\\s+node:([0-9][\\w.\\-]*)");
        for (Map.Entry<String, String> e : p.texts().entrySet()) {
            if (!e.getKey().toLowerCase(Locale.ROOT).endsWith("dockerfile")) continue;
            Matcher m = from.matcher(e.getValue());
            if (m.find()) return m.group(1) + "\t" + e.getKey() + ":" + lineOf(e.getValue(), m.start());
        }
        return null;
    }

    private record PackageJsonView(String path, String engine) {
        static List<PackageJsonView> of(Project p) {
            return dev.backcheck.workspace.PackageJson.of(p.manifests()).stream().map(m -> new PackageJsonView(m.path(), m.nodeEngine())).toList();
        }
    }

    static int lineOf(String text, int offset) {
        return dev.backcheck.concepts.SourceLines.lineOf(text, offset);
    }

    // ------------------------------------------------------------------ middleware

    static String step(ControlKind k, String name) {
        return switch (k) {
            case RATE_LIMIT -> "RateLimit";
            case AUTH -> "Auth";
            case VALIDATION -> "Validate";
            case CORS -> "CORS";
            case HEADERS -> name.contains("helmet") ? "Helmet" : "SecurityHeaders";
            case LOGGING -> "Logger";
            case BODY_PARSER -> "BodyParser";
            case ERROR_HANDLER -> "ErrorHandler";
            default -> name;
        };
    }

    static List<MiddlewareLine> middleware(Project p) {
        List<MiddlewareLine> out = new ArrayList<>();
        for (Application a : p.applications()) {
            List<String> steps = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            steps.add("Request");
            for (Application.Mount m : a.mounts()) {
                String s = m.control().kind() == ControlKind.OTHER && m.control().name().startsWith("<")
                        ? "Middleware" : step(m.control().kind(), m.control().name());
                if (!m.pathPrefix().isEmpty() && !m.pathPrefix().equals("/")) s += "(" + m.pathPrefix() + ")";
                long late = m.routesBefore().stream().filter(r -> dev.backcheck.frameworks.ModelSupport.applies(m.pathPrefix(), r.path())).count();
                boolean protective = m.control().kind() != ControlKind.OTHER && m.control().kind() != ControlKind.BODY_PARSER;
                if (late > 0 && protective) {
                    s += " ⚠";
                    notes.add(step(m.control().kind(), m.control().name()) + " (" + m.control().name() + ", "
                            + m.control().location().path() + ":" + m.control().location().line() + ") is mounted after "
                            + late + " route" + (late == 1 ? "" : "s") + " it does not protect");
                }
                steps.add(s);
            }
            // controls that only appear on routes
            Set<String> routeLevel = new TreeSet<>();
            for (Route r : a.routes()) {
                for (Control c : r.chain()) {
                    if (!c.scope().equals("global") && (c.kind() == ControlKind.AUTH || c.kind() == ControlKind.VALIDATION
                            || c.kind() == ControlKind.RATE_LIMIT)) routeLevel.add(step(c.kind(), c.name()));
                }
            }
            for (String s : List.of("RateLimit", "Auth", "Validate")) {
                if (routeLevel.contains(s)) steps.add(s + "(per route)");
            }
            steps.add("Handler");
            for (Control c : a.unmounted()) {
                notes.add(c.name() + " is created at " + c.location().path() + ":" + c.location().line() + " but never mounted");
            }
            if (!a.errorHandlers().isEmpty()) steps.add("ErrorHandler");
            out.add(new MiddlewareLine(a, steps, notes));
        }
        return out;
    }

    // ------------------------------------------------------------------ security measures

    private static List<Measure> measures(ScanResult r, Map<String, RuleMeta> metas) {
        Project p = r.project();
        Map<String, List<Finding>> byKey = new HashMap<>();
        for (Finding f : dev.backcheck.rules.AbsenceRollup.expand(r.active())) { // one per application, also where the scan rolled them up
            RuleMeta m = metas.get(f.ruleId());
            if (m != null) byKey.computeIfAbsent(m.checklist(), k -> new ArrayList<>()).add(f);
        }
        Set<String> covered = new HashSet<>();
        for (RuleMeta m : r.rules()) if (!m.checklist().equals("report-claims")) covered.add(m.checklist());
        List<Measure> out = new ArrayList<>();
        for (Map.Entry<String, String> e : Checklist.KEYS.entrySet()) {
            String key = e.getKey();
            if (key.equals("report-claims")) continue;
            List<Finding> fs = byKey.getOrDefault(key, List.of());
            List<Location> ev = evidence(key, p);
            String status, summary;
            if (!covered.contains(key)) {
                status = "unchecked";
                summary = "not checked yet: no rule covers this key";
                String seen = observed(key, p);
                if (seen != null) summary += " (seen in the code: " + seen + ")";
            } else if (!fs.isEmpty()) {
                // a CORS configuration that allows any origin is not a partial allow-list: it contradicts one
                status = ev.isEmpty() || key.equals("cors") ? "missing" : "partial";
                summary = fs.size() + " finding" + (fs.size() == 1 ? "" : "s") + ": " + fs.get(0).message();
            } else if (!ev.isEmpty()) {
                status = "done";
                summary = key.equals("jwt") ? jwtSummary(p) : evidenceSummary(key, ev.size());
                if (key.equals("authn-authz") && passwordHashing(p) != null) summary += "; " + passwordHashing(p);
            } else if (p.applications().isEmpty()) {
                status = "unchecked";
                summary = "no application found to check";
            } else {
                status = "unchecked";
                summary = "nothing to check: " + nothingFound(key);
            }
            out.add(new Measure(key, e.getValue(), status, summary, ev.stream().limit(5).toList(), fs));
        }
        return out;
    }

    /** What the model shows for keys no rule judges yet: stated as an observation, never ticked. */
    private static String observed(String key, Project p) {
        List<String> out = new ArrayList<>();
        for (Application a : p.applications()) {
            switch (key) {
                case "error-handling" -> a.errorHandlers().stream().limit(2)
                        .forEach(l -> out.add("error handler at " + link(l)));
                case "graceful-shutdown" -> a.signals().stream().limit(2)
                        .forEach(s -> out.add(s.signal() + " handler at " + link(s.location())));
                case "observability" -> a.routes().stream()
                        .filter(r -> r.path().toLowerCase(Locale.ROOT).matches(".*/(health|healthz|ready|readyz|live|livez|metrics)(/.*)?"))
                        .limit(2).forEach(r -> out.add(r.label() + " at " + link(r.location())));
                default -> { }
            }
        }
        List<String> distinct = out.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return switch (key) {
                case "error-handling", "graceful-shutdown", "observability" -> p.applications().isEmpty() ? null : "none found";
                default -> null;
            };
        }
        return String.join("; ", distinct);
    }

    /**
     * "passwords hashed with bcrypt (cost 12) at src/auth.ts:14" from the password-hashing concept, the slow hashes that
     * meet OWASP's minimums; null when the project hashes no password that way.
     */
    public static String passwordHashing(Project p) {
        Set<String> how = new TreeSet<>();
        Location first = null;
        for (dev.backcheck.concepts.PasswordHashers.Use u : dev.backcheck.concepts.PasswordHashers.of(p).hashes()) {
            if (!u.kind().slow() || dev.backcheck.rules.authn.WeakPasswordHashRule.judge(u) != null) continue;
            how.add(u.describe());
            if (first == null) first = u.location();
        }
        if (how.isEmpty()) return null;
        return "passwords hashed with " + String.join(", ", how) + " at " + first.path() + ":" + first.line();
    }

    private static String evidenceSummary(String key, int n) {
        return switch (key) {
            case "rate-limiting" -> "rate limiter mounted (" + n + " place" + (n == 1 ? "" : "s") + ")";
            case "security-headers" -> "security headers middleware mounted before the routes";
            case "cors" -> "CORS restricted to configured origins";
            case "input-validation" -> "every route that reads input validates it (" + n + " validation point" + (n == 1 ? "" : "s") + ")";
            case "authn-authz" -> "authentication on every mutating route";
            case "parameterized-queries" -> "queries use bound parameters (" + n + " query site" + (n == 1 ? "" : "s") + ")";
            case "error-handling" -> "global error handler and process-level handlers registered (" + n + " place" + (n == 1 ? "" : "s") + ")";
            case "graceful-shutdown" -> "SIGTERM/SIGINT close the server (" + n + " place" + (n == 1 ? "" : "s") + ")";
            case "config-secrets" -> "configuration from the environment: secrets read from it rather than written in code or a committed .env, a schema checking it at startup (" + n + " place" + (n == 1 ? "" : "s") + ")";
            case "crypto-tls" -> "authenticated encryption with random IVs or TLS verification asked for (" + n + " place" + (n == 1 ? "" : "s") + ")";
            case "observability" -> "health endpoint, metrics and tracing in place (" + n + " place" + (n == 1 ? "" : "s") + ")";
            case "logging" -> "structured logger in use";
            case "api-design" -> "API routes versioned and described by an OpenAPI document or generator";
            case "data-access" -> "transactions around multi-step writes and paginated lists (" + n + " place" + (n == 1 ? "" : "s") + ")";
            default -> "evidence found";
        };
    }

    private static String nothingFound(String key) {
        return switch (key) {
            case "parameterized-queries" -> "no SQL queries found";
            case "data-access" -> "no database writes or list queries found";
            case "input-validation" -> "no route reads request input";
            case "authn-authz" -> "no route requires authentication (public API)";
            case "cors" -> "CORS is not enabled (same-origin only)";
            case "jwt" -> "no JWT is signed or verified";
            case "graceful-shutdown" -> "no server listens in the code (run by a platform)";
            default -> "no relevant code found";
        };
    }

    /** Code locations that show a control of the key is in place. */
    static List<Location> evidence(String key, Project p) {
        Set<Location> out = new TreeSet<>(Location.ORDER);
        ControlKind kind = switch (key) {
            case "rate-limiting" -> ControlKind.RATE_LIMIT;
            case "security-headers" -> ControlKind.HEADERS;
            case "cors" -> ControlKind.CORS;
            case "input-validation" -> ControlKind.VALIDATION;
            case "authn-authz" -> ControlKind.AUTH;
            default -> null;
        };
        if (kind != null) {
            for (Application a : p.applications()) {
                for (Application.Mount m : a.mounts()) if (m.control().kind() == kind) out.add(m.control().location());
                for (Route r : a.routes()) {
                    for (Control c : r.chain()) if (c.kind() == kind) out.add(c.location());
                    if (kind == ControlKind.VALIDATION && !r.frameworkValidated().isEmpty()) out.add(r.location());
                }
            }
        }
        out.addAll(operabilityEvidence(key, p));
        if (key.equals("data-access")) out.addAll(dataAccessEvidence(p));
        if (key.equals("jwt")) out.addAll(jwtEvidence(p));
        if (key.equals("authn-authz") && !out.isEmpty()) out.addAll(sessionEvidence(p)); // next to authentication, not instead of it
        if (key.equals("parameterized-queries")) {
            for (FileFacts f : p.files().values()) {
                for (Fn fn : Analysis.functions(f)) {
                    for (CallSite cs : fn.calls()) {
                        if (cs.args().size() == 2 && cs.arg(0) instanceof Unknown u && u.kind().equals("tagged-template")) {
                            String n = Vals.lastName(cs.callee());
                            if (n != null && (n.equals("sql") || n.startsWith("$queryRaw") || n.startsWith("$executeRaw"))) out.add(cs.location());
                        } else if (("query".equals(cs.methodName()) || "execute".equals(cs.methodName())) && cs.args().size() >= 2
                                && Val.constString(cs.arg(0)) != null && cs.arg(1) instanceof Arr) {
                            out.add(cs.location());
                        }
                    }
                }
            }
        }
        out.addAll(operability(key, p));
        out.addAll(secretsAndCryptoEvidence(key, p));
        return new ArrayList<>(out);
    }

    /**
     * Evidence for the operability keys from the concepts their rules use: env schemas (config-secrets), health routes
     * and metrics/tracing libraries (observability), structured loggers (logging), versioned routes (api-design).
     */
    static List<Location> operabilityEvidence(String key, Project p) {
        List<Location> out = new ArrayList<>();
        switch (key) {
            case "config-secrets" -> dev.backcheck.concepts.EnvValidation.of(p).schemas().forEach(s -> out.add(s.location()));
            case "observability" -> {
                dev.backcheck.concepts.HealthChecks.of(p).routes().forEach(h -> out.add(h.route().location()));
                dev.backcheck.concepts.HealthChecks.of(p).libraries().forEach(l -> out.add(l.location()));
                dev.backcheck.concepts.Telemetry.of(p).uses().forEach(u -> out.add(u.location()));
            }
            case "logging" -> dev.backcheck.concepts.Loggers.of(p).loggers().stream().filter(dev.backcheck.concepts.Loggers.Logger::structured)
                    .forEach(l -> out.add(l.location()));
            case "api-design" -> {
                out.addAll(dev.backcheck.concepts.OpenApiSpecs.of(p).evidence());
                out.addAll(dev.backcheck.concepts.ApiVersioning.of(p).mechanisms());
                dev.backcheck.concepts.ApiVersioning.of(p).apps().forEach(v -> v.versioned().stream().limit(3).forEach(r -> out.add(r.location())));
            }
            default -> { }
        }
        return out;
    }

    /** Transactions the code opens and list queries it bounds (take / limit / LIMIT): what data-access rests on. */
    static List<Location> dataAccessEvidence(Project p) {
        dev.backcheck.concepts.DbClients db = dev.backcheck.concepts.DbClients.of(p);
        List<Location> out = new ArrayList<>();
        for (dev.backcheck.concepts.DbClients.Tx t : db.transactions()) out.add(t.at());
        out.addAll(db.transactionalDecorators());
        for (dev.backcheck.concepts.DbClients.Op o : db.ops()) if (o.lists() && db.bounded(o)) out.add(o.at());
        return out;
    }

    /** Where tokens are signed (with their lifetime when written) and verified, from the Tokens concept; test code left out. */
    private static List<Location> jwtEvidence(Project p) {
        List<Location> out = new ArrayList<>();
        dev.backcheck.concepts.Tokens t = dev.backcheck.concepts.Tokens.of(p);
        for (dev.backcheck.concepts.Tokens.Issuer i : t.issuers()) {
            if (i.test()) continue;
            out.add(i.expiry().at() != null && i.expiry().state() == dev.backcheck.concepts.Tokens.ExpiryState.SET ? i.expiry().at() : i.call());
        }
        for (dev.backcheck.concepts.Tokens.Verifier v : t.verifiers()) if (!v.test()) out.add(v.algorithmsAt() != null ? v.algorithmsAt() : v.call());
        return out;
    }

    /** "tokens signed with HS256 (jsonwebtoken), access tokens expire in 15m, verification pins algorithms" */
    private static String jwtSummary(Project p) {
        dev.backcheck.concepts.Tokens t = dev.backcheck.concepts.Tokens.of(p);
        Set<String> algs = new TreeSet<>(), libs = new TreeSet<>(), access = new TreeSet<>(), refresh = new TreeSet<>();
        for (dev.backcheck.concepts.Tokens.Issuer i : t.issuers()) {
            if (i.test()) continue;
            if (i.algorithm() != null) algs.add(i.algorithm());
            libs.add(i.library());
            dev.backcheck.concepts.Tokens.Expiry e = i.expiry();
            if (e.state() == dev.backcheck.concepts.Tokens.ExpiryState.SET && e.written() != null && i.purpose().session()) {
                (i.purpose() == dev.backcheck.concepts.Tokens.Purpose.REFRESH ? refresh : access).add(e.written());
            }
        }
        List<String> parts = new ArrayList<>();
        if (!libs.isEmpty()) parts.add("tokens signed" + (algs.isEmpty() ? "" : " with " + String.join("/", algs)) + " (" + String.join(", ", libs) + ")");
        if (!access.isEmpty()) parts.add("access tokens expire in " + String.join("/", access));
        if (!refresh.isEmpty()) parts.add("refresh tokens in " + String.join("/", refresh));
        long verifiers = t.verifiers().stream().filter(v -> !v.test()).count();
        if (verifiers > 0) parts.add(verifiers + " verification site" + (verifiers == 1 ? "" : "s"));
        return parts.isEmpty() ? "evidence found" : String.join("; ", parts);
    }

    /**
     * Session and CSRF measures in place (from the concepts): CSRF protections, and sessions kept in a shared store
     * whose cookie is httpOnly with SameSite=Strict/Lax.
     */
    public static List<Location> sessionEvidence(Project p) {
        List<Location> out = new ArrayList<>();
        for (dev.backcheck.concepts.CsrfProtections.Protection x : dev.backcheck.concepts.CsrfProtections.of(p).all()) {
            if (!x.library().equals("custom") || x.global()) out.add(x.at());
        }
        for (dev.backcheck.concepts.Sessions.Session s : dev.backcheck.concepts.Sessions.of(p).all()) {
            if (s.known() && !s.devOnly() && !s.memoryStore() && s.cookie().httpOnly().state() == dev.backcheck.concepts.Cookies.State.ON
                    && s.cookie().sameSiteProtects()) out.add(s.at());
        }
        return out;
    }

    /** Evidence for error-handling (global handlers, process handlers) and graceful-shutdown (hooks that close the server). */
    private static List<Location> operability(String key, Project p) {
        List<Location> out = new ArrayList<>();
        if (key.equals("error-handling")) {
            dev.backcheck.concepts.ErrorHandlers eh = dev.backcheck.concepts.ErrorHandlers.of(p);
            for (Application a : p.applications()) for (dev.backcheck.concepts.ErrorHandlers.AppHandler h : eh.globals(a)) out.add(h.location());
            for (dev.backcheck.concepts.ErrorHandlers.ProcessHandler h : eh.processHandlers()) out.add(h.location());
        } else if (key.equals("graceful-shutdown")) {
            for (dev.backcheck.concepts.ShutdownHooks.Hook h : dev.backcheck.concepts.ShutdownHooks.of(p).hooks()) {
                if (h.closesServer() != null) out.add(h.closesServer());
            }
        }
        return out;
    }

    private static final Pattern SECRET_ENV = Pattern.compile("(?i)(secret|password|passwd|token|api_?key|private_?key|credential)");

    /** config-secrets: secret-named variables read from the environment; crypto-tls: authenticated ciphers with random IVs, TLS verification asked for. */
    static List<Location> secretsAndCryptoEvidence(String key, Project p) {
        List<Location> out = new ArrayList<>();
        if (key.equals("config-secrets")) {
            for (EnvVar v : env(p)) {
                if (SECRET_ENV.matcher(v.name()).find() && !v.reads().isEmpty()) out.add(v.reads().get(0).withMessage("env " + v.name()));
            }
        } else if (key.equals("crypto-tls")) {
            for (dev.backcheck.concepts.CryptoUses.Use u : dev.backcheck.concepts.CryptoUses.of(p).uses()) {
                if (u.strong() && !u.test()) out.add(u.at().withMessage(u.api() + " '" + u.algorithm() + "' with a random IV"));
            }
            for (dev.backcheck.concepts.TlsSettings.On on : dev.backcheck.concepts.TlsSettings.of(p).on()) out.add(on.at().withMessage(on.setting()));
        }
        return out;
    }

    // ------------------------------------------------------------------ database, env

    static List<Migration> migrations(Project p) {
        List<Migration> out = new ArrayList<>();
        for (String path : p.texts().keySet()) {
            String low = path.toLowerCase(Locale.ROOT);
            if (low.endsWith(".sql")) {
                String kind = low.contains("prisma/migrations/") ? "Prisma" : low.contains("drizzle") ? "Drizzle" : "SQL";
                out.add(new Migration(kind, path));
            }
        }
        for (FileFacts f : p.files().values()) {
            String low = f.path().toLowerCase(Locale.ROOT);
            boolean typeorm = f.classes().values().stream().anyMatch(c -> c.implemented().stream()
                    .anyMatch(i -> "MigrationInterface".equals(Vals.lastName(i))));
            if (typeorm) out.add(new Migration("TypeORM", f.path()));
            else if (low.contains("migrations/") && (f.exports().containsKey("up") || f.symbols().containsKey("up"))) {
                out.add(new Migration("Knex", f.path()));
            }
        }
        out.sort(Comparator.comparing(Migration::path));
        return out;
    }

    static List<String> models(Project p) {
        List<String> out = new ArrayList<>();
        Pattern model = Pattern.compile("(?m)^\\s*model\\s+(\\w+)\\s*\\{");
        for (Map.Entry<String, String> e : p.texts().entrySet()) {
            if (!e.getKey().endsWith(".prisma")) continue;
            Matcher m = model.matcher(e.getValue());
            while (m.find()) out.add(m.group(1) + " (" + e.getKey() + ":" + lineOf(e.getValue(), m.start()) + ")");
        }
        for (FileFacts f : p.files().values()) {
            for (ClassInfo c : f.classes().values()) {
                if (c.decorators().stream().anyMatch(d -> d.name().equals("Entity"))) {
                    out.add(c.name() + " (" + f.path() + ":" + c.location().line() + ", TypeORM entity)");
                }
            }
            for (Map.Entry<String, Val> s : f.symbols().entrySet()) {
                if (s.getValue() instanceof Call c) {
                    String n = Vals.lastName(c.callee());
                    if (n != null && (n.equals("pgTable") || n.equals("mysqlTable") || n.equals("sqliteTable")) && c.site() != null) {
                        out.add(s.getKey() + " (" + f.path() + ":" + c.site().line() + ", Drizzle table)");
                    }
                }
            }
        }
        return out;
    }

    /** Environment variables from the EnvValidation concept: where each is read, whether a schema validates it, whether it is documented. */
    static List<EnvVar> env(Project p) {
        dev.backcheck.concepts.EnvValidation ev = dev.backcheck.concepts.EnvValidation.of(p);
        List<EnvVar> out = new ArrayList<>();
        for (Map.Entry<String, List<Location>> e : ev.variables().entrySet()) {
            boolean validated = ev.validated() || ev.reads().stream().anyMatch(r -> r.name().equals(e.getKey()) && r.checked());
            out.add(new EnvVar(e.getKey(), e.getValue(), validated, ev.documented(e.getKey())));
        }
        return out;
    }

    private static Map<String, int[]> byKey(ScanResult r, Map<String, RuleMeta> metas) {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (String k : Checklist.KEYS.keySet()) out.put(k, new int[3]);
        for (Finding f : dev.backcheck.rules.AbsenceRollup.expand(r.active())) {
            RuleMeta m = metas.get(f.ruleId());
            if (m != null) out.get(m.checklist())[f.level().ordinal()]++;
        }
        return out;
    }

    // ------------------------------------------------------------------ markdown

    static String link(Location l) {
        return l.path() + ":" + l.line();
    }

    /** A finding's place, with where its flow starts when that is elsewhere: {@code src/net.js:7 (from src/app.js:19)}. */
    static String place(Finding f) {
        String at = link(f.location());
        if (f.flow().isEmpty()) return at;
        String from = link(f.flow().get(0));
        return from.equals(at) ? at : at + " (from " + from + ")";
    }

    public static String markdown(Data d) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Implementation Report (verified by backcheck ").append(dev.backcheck.Version.VERSION).append(")\n\n");
        sb.append("Everything below is computed from the code; nothing is taken from the project's own documents.\n\n");
        sb.append("## Stack Detected\n\n| Component | Technology | Version | Evidence |\n|---|---|---|---|\n");
        for (StackRow s : d.stack()) {
            sb.append("| ").append(s.component()).append(" | ").append(s.technology()).append(" | ").append(s.version())
                    .append(" | ").append(s.evidence()).append(" |\n");
        }
        if (d.stack().isEmpty()) sb.append("| - | no package.json with known packages | | |\n");
        sb.append("\n## API Endpoints\n\n");
        if (d.routes().isEmpty()) sb.append("No routes found.\n");
        else {
            sb.append("| Method | Path | Auth | Validation | Rate limit | Handler |\n|---|---|---|---|---|---|\n");
            for (Route r : d.routes()) {
                sb.append("| ").append(RoutesReport.methodCell(r)).append(" | `").append(RoutesReport.pathCell(r)).append("` | ")
                        .append(cell(RoutesReport.authNames(r), "none")).append(" | ")
                        .append(cell(RoutesReport.names(r, ControlKind.VALIDATION), "none")).append(" | ")
                        .append(cell(RoutesReport.names(r, ControlKind.RATE_LIMIT), "none")).append(" | ")
                        .append(link(r.location())).append(" |\n");
            }
        }
        sb.append("\n## Middleware Stack\n\n");
        if (d.middleware().isEmpty()) sb.append("No application found.\n");
        for (MiddlewareLine m : d.middleware()) {
            sb.append("**").append(m.app().frameworkName()).append(" app** (").append(link(m.app().location())).append(")\n\n```\n")
                    .append(String.join(" → ", m.steps())).append("\n```\n");
            for (String n : m.notes()) sb.append("- ⚠ ").append(n).append('\n');
            sb.append('\n');
        }
        sb.append("## Security Measures\n\n");
        for (Measure m : d.measures()) {
            sb.append("- ").append(m.status().equals("unchecked") ? "" : m.box() + " ").append("**").append(m.title()).append("**")
                    .append(" (`").append(m.key()).append("`): ").append(m.summary());
            if (!m.evidence().isEmpty() && !m.status().equals("missing")) {
                sb.append(" — evidence: ");
                StringJoiner j = new StringJoiner(", ");
                m.evidence().forEach(l -> j.add(link(l)));
                sb.append(j);
            }
            if (!m.findings().isEmpty()) {
                StringJoiner j = new StringJoiner(", ");
                m.findings().stream().limit(5).forEach(f -> j.add(place(f)));
                sb.append(" — see ").append(j);
            }
            sb.append('\n');
        }
        sb.append("\n## Database Changes\n\n");
        if (d.migrations().isEmpty()) sb.append("No migrations found.\n");
        for (Migration m : d.migrations()) sb.append("- ").append(m.kind()).append(" migration: ").append(m.path()).append('\n');
        if (!d.models().isEmpty()) {
            sb.append("\nModels:\n");
            for (String m : d.models()) sb.append("- ").append(m).append('\n');
        }
        sb.append("\n## Environment Variables\n\n");
        if (d.env().isEmpty()) sb.append("No environment variables read.\n");
        else {
            sb.append("| Variable | Read at | Validated at startup | Documented |\n|---|---|---|---|\n");
            for (EnvVar e : d.env()) {
                StringJoiner j = new StringJoiner(", ");
                e.reads().stream().limit(3).forEach(l -> j.add(link(l)));
                sb.append("| `").append(e.name()).append("` | ").append(j).append(e.reads().size() > 3 ? ", …" : "").append(" | ")
                        .append(e.validated() ? "yes" : "no").append(" | ").append(e.documented() ? "yes" : "no").append(" |\n");
            }
        }
        if (!d.claims().isEmpty()) {
            sb.append("\n## Claims of the agent's report\n\n| Claim | Key | Verdict | Where |\n|---|---|---|---|\n");
            for (dev.backcheck.claims.ClaimJudge.Verdict v : d.claims()) {
                String t = v.claim().text().replace("|", "\\|");
                if (t.length() > 90) t = t.substring(0, 87) + "...";
                sb.append("| ").append(t).append(" | ").append(v.key()).append(" | ").append(verdict(v)).append(" | ")
                        .append(link(v.claim().location())).append(" |\n");
            }
        }
        sb.append("\n## Findings by checklist key\n\n| Key | Errors | Warnings | Notes |\n|---|---|---|---|\n");
        for (Map.Entry<String, int[]> e : d.findingsByKey().entrySet()) {
            int[] n = e.getValue();
            if (n[0] + n[1] + n[2] == 0) continue;
            sb.append("| ").append(e.getKey()).append(" | ").append(n[0]).append(" | ").append(n[1]).append(" | ").append(n[2]).append(" |\n");
        }
        sb.append("\n").append(d.result().active().size()).append(" findings in ").append(d.result().filesAnalyzed())
                .append(" files (").append(d.result().linesAnalyzed()).append(" lines).\n");
        return sb.toString();
    }

    /** How a verdict reads in the report (markdown and HTML). */
    public static String verdictText(dev.backcheck.claims.ClaimJudge.Verdict v) {
        return verdict(v);
    }

    static String verdict(dev.backcheck.claims.ClaimJudge.Verdict v) {
        return switch (v.status()) {
            case CONTRADICTED -> (v.certain() ? "contradicted: " : "likely contradicted: ") + v.message();
            case PARTIAL -> "partly true: " + v.message();
            case VERIFIED -> "verified: " + v.message();
            case UNVERIFIED -> v.message().startsWith("rule ") && v.message().endsWith(" disabled")
                    ? "unverified (" + v.message() + ")" : "unverified: " + v.message();
            case UNVERIFIABLE -> "not statically verifiable" + (v.message().startsWith("enforced by") ? ": " + v.message() : "");
            case ABSENCE -> "declared not done";
        };
    }

    private static String cell(List<String> names, String none) {
        return names.isEmpty() ? none : String.join(", ", names).replace("|", "\\|");
    }
}
