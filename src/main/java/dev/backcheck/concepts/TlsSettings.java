package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.ClassInfo;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the project turns TLS certificate verification off: {@code rejectUnauthorized: false} in any options
 * object (https.Agent, tls.connect, axios httpsAgent, got {@code https: {...}}, pg/mysql2/knex/mongoose
 * {@code ssl}, nodemailer {@code tls}), MongoDB's {@code tlsInsecure}/{@code tlsAllowInvalidCertificates}/
 * {@code sslValidate: false}, request's {@code strictSSL: false}, {@code checkServerIdentity} that accepts every
 * certificate, {@code insecure: true} inside a tls/ssl/https object, and {@code NODE_TLS_REJECT_UNAUTHORIZED}
 * set to 0 in code or in a committed env file. Each carries whether it only takes effect outside production
 * (an enclosing {@code if (NODE_ENV === 'development')}, a ternary on it) and whether it is test code.
 */
public final class TlsSettings {

    /**
     * One place verification is off.
     *
     * @param at      where the setting is written
     * @param setting the setting as written ("rejectUnauthorized: false")
     * @param where   what it configures ("new https.Agent()", "pg Pool ssl", ".env"), null when unknown
     * @param devOnly true when it only takes effect outside production
     * @param test    true in test or tooling code
     */
    public record Off(Location at, String setting, String where, boolean devOnly, boolean test) { }

    /** One place TLS verification is asked for explicitly ({@code rejectUnauthorized: true}, a CA given). */
    public record On(Location at, String setting) { }

    private final Project project;
    private final List<Off> off = new ArrayList<>();
    private final List<On> on = new ArrayList<>();
    private final Map<String, List<String>> lines = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> used = new HashSet<>();

    public static TlsSettings of(Project p) {
        return p.derived(TlsSettings.class, TlsSettings::new);
    }

    private TlsSettings(Project project) {
        this.project = project;
        for (FileFacts f : project.files().values()) {
            if (!"ts".equals(f.language())) continue;
            try {
                scanFile(f);
            } catch (RuntimeException e) {
                // a value the walk cannot follow is no setting
            }
        }
        for (FileFacts f : JavaCalls.javaFiles(project)) {
            try {
                java(f);
            } catch (RuntimeException e) {
                // a Java shape the concept does not expect
            }
        }
        for (Map.Entry<String, String> e : project.texts().entrySet()) envFile(e.getKey(), e.getValue());
        Comparator<Location> order = Comparator.comparing(Location::path).thenComparingInt(Location::line).thenComparingInt(Location::column);
        off.sort(Comparator.comparing(Off::at, order));
        on.sort(Comparator.comparing(On::at, order));
        lines.clear();
        used.clear();
    }

    /** Every place verification is off, in file and source order. */
    public List<Off> off() {
        return Collections.unmodifiableList(off);
    }

    /** Places that turn verification on explicitly. */
    public List<On> on() {
        return Collections.unmodifiableList(on);
    }

    /** Off in production code: not dev-only, not test code. */
    public List<Off> production() {
        // (a file only development scripts run, a local HTTPS wrapper around a dev server, is not deployed)
        ServerCode sc = ServerCode.of(project);
        // (nor a file no process runs: nothing a running entry loads imports it, ImportIndex#notRun)
        ImportIndex index = ImportIndex.of(project);
        // (nor a stand-alone script beside the server that a person runs by hand to try a connection: test-imap.js,
        // debug-smtp.js, scripts/check-db.js, a migration runner runMigration.js; ServerCode#standaloneScript. A worker
        // file the server starts is no such script)
        return off.stream().filter(o -> !o.devOnly() && !o.test() && !sc.devScriptOnly(o.at().path()) && !manualScript(sc, o.at().path()) && !certificateProbe(o.at())
                && !index.notRun(o.at().path()) && !sc.outsideServer(o.at().path())).toList();
    }

    private static final java.util.regex.Pattern MANUAL_SCRIPT = java.util.regex.Pattern.compile(
            "(?i)(?:^|.*/)(?:scripts/(?:[^/]+/)?[^/]*|(?:test|debug|try|check|diagnose)[-_][^/]*|(?:run[-_]?)?migrat(?:e|ion|ions)[^/]*)\\.[cm]?[jt]s");

    private static boolean manualScript(ServerCode sc, String path) {
        // (or a command run by hand whatever its name: db/import_from_supabase/index.js --from .. --to .., a one-off import)
        return MANUAL_SCRIPT.matcher(path).matches() && sc.standaloneScript(path) || sc.commandRunByHand(path);
    }

    /**
     * True when the setting sits in a function that only looks at the peer's certificate: the function (or a callback
     * written in it) calls {@code getPeerCertificate()}, and nothing in it writes to the connection ({@code write},
     * {@code send}, {@code end(data)}). Such a probe (is the proxy's certificate self-signed?) must accept any certificate
     * to read it, and sends nothing an impostor could take.
     */
    private boolean certificateProbe(Location at) {
        FileFacts f = project.files().get(at.path());
        if (f == null || !"ts".equals(f.language())) return false;
        Fn around = null;
        List<Fn> fns = Analysis.functions(f);
        for (Fn fn : fns) {
            if (fn == f.main() || fn.location() == null || !within(fn.location(), at)) continue;
            if (around == null || within(around.location(), fn.location())) around = fn;
        }
        if (around == null) return false;
        boolean reads = false;
        for (Fn fn : fns) {
            if (fn.location() == null || !within(around.location(), fn.location())) continue;
            for (CallSite cs : fn.calls()) {
                String m = cs.methodName();
                if ("getPeerCertificate".equals(m)) reads = true;
                if ("write".equals(m) || "send".equals(m) || "end".equals(m) && !cs.args().isEmpty()) return false;
            }
        }
        return reads;
    }

    private static boolean within(Location outer, Location inner) {
        boolean afterStart = inner.line() > outer.line() || inner.line() == outer.line() && inner.column() >= outer.column();
        boolean beforeEnd = inner.endLine() < outer.endLine() || inner.endLine() == outer.endLine() && inner.endColumn() <= outer.endColumn();
        return outer.path().equals(inner.path()) && afterStart && beforeEnd;
    }

    // ------------------------------------------------------------------ code

    private void scanFile(FileFacts f) {
        boolean test = project.isTestPath(f.path());
        IdentityHashMap<Val, Boolean> seen = new IdentityHashMap<>();
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                // a call whose callee object and arguments are all inert (walk returns at once on them) has nothing to
                // judge: its scope and label are not worked out (most calls of a project)
                boolean walked = cs.callee() instanceof Member cm && !inert(cm.object(), 0);
                for (int i = 0; i < cs.args().size() && !walked; i++) walked = !inert(cs.arg(i), 0);
                if (!walked) continue;
                boolean dev = ModelSupport.envScope(project, f, cs.guards()) == ModelSupport.EnvScope.NOT_PRODUCTION;
                String where = label(cs, f);
                // got(url, { https: {...} }).json(): the options of a call in the callee chain
                if (cs.callee() instanceof Member m) walk(m.object(), f, cs.location(), where, dev, test, seen, 1, null);
                for (int i = 0; i < cs.args().size(); i++) {
                    walk(cs.arg(i), f, cs.argLocation(i), where, dev, test, seen, 0, null);
                }
            }
            // a function that answers verification on for some inputs and off for others maps the operator's choice
            // (sslmode=require vs verify-full): the configuration decides, not the code
            boolean choice = fn.returns().stream().anyMatch(r -> hasReject(r, true)) && fn.returns().stream().anyMatch(r -> hasReject(r, false));
            if (!choice) for (Val r : fn.returns()) walk(r, f, fn.location(), null, false, test, seen, 0, null);
        }
        for (Val v : f.symbols().values()) walk(v, f, null, null, false, test, seen, 0, null);
        for (ClassInfo c : f.classes().values()) {
            for (ClassInfo.Prop p : c.props()) if (p.value() != null) walk(p.value(), f, p.location(), null, false, test, seen, 0, null);
        }
        nodeTlsEnvInCode(f, test);
    }

    /**
     * True when {@link #walk} does nothing on {@code v}, whatever its depth: no object literal or option (ternary) is
     * reached the way walk descends (array items, a member's object, a call's or new's arguments). Deeper than walk's
     * own bound it answers false (walked as before).
     */
    private static boolean inert(Val v, int depth) {
        if (v == null) return true;
        if (depth > 10 || v instanceof Obj || v instanceof OneOf) return false;
        if (v instanceof Member m) return inert(m.object(), depth + 1);
        List<Val> parts = v instanceof Arr a ? a.items() : v instanceof Call c ? c.args() : v instanceof New n ? n.args() : List.of();
        for (Val x : parts) if (!inert(x, depth + 1)) return false;
        return true;
    }

    private static final Set<String> TLS_OBJECTS = Set.of("tls", "ssl", "https", "httpsagent", "agent", "tlsoptions", "ssloptions");

    private void walk(Val v, FileFacts f, Location near, String where, boolean dev, boolean test, IdentityHashMap<Val, Boolean> seen,
                      int depth, String key) {
        if (v == null || depth > 8) return;
        if (v instanceof Local l && depth > 0 && l.path().isEmpty()) {
            // an options object bound at top level and passed here: judged once where it is written (symbols)
            return;
        }
        if (v instanceof OneOf o) {
            // tls: url.searchParams.get('rejectUnauthorized') === 'false' ? { rejectUnauthorized: false } : {}: opted out by configuration
            if (o.test() != null && (mentions(o.test().left(), OPT_OUT, 0) || mentions(o.test().right(), OPT_OUT, 0))) return;
            for (int i = 0; i < o.options().size(); i++) {
                boolean d = dev || o.test() != null && o.options().size() == 2 && devOnly(o.test(), i == 0, f);
                walk(o.options().get(i), f, near, where, d, test, seen, depth + 1, key);
            }
            return;
        }
        if (v instanceof Arr a) {
            for (Val x : a.items()) walk(x, f, near, where, dev, test, seen, depth + 1, key);
            return;
        }
        if (v instanceof Member m) {
            walk(m.object(), f, near, where, dev, test, seen, depth + 1, key);
            return;
        }
        if (v instanceof Call c) {
            // its label only when an argument can hold a setting (walk does nothing on inert ones)
            boolean any = false;
            for (Val x : c.args()) if (!inert(x, 0)) any = true;
            if (!any) return;
            String w = depth > 0 ? callLabel(c.callee(), false, f) : where;
            if (w == null) w = where;
            for (Val x : c.args()) walk(x, f, near, w, dev, test, seen, depth + 1, null);
            return;
        }
        if (v instanceof New n) {
            for (Val x : n.args()) walk(x, f, near, where, dev, test, seen, depth + 1, null);
            return;
        }
        if (!(v instanceof Obj o)) return;
        if (seen.put(v, true) != null) return;
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            String k = e.getKey();
            Val x = e.getValue();
            String setting = null;
            if (k.equals("rejectUnauthorized") && isFalse(x)) setting = "rejectUnauthorized: false";
            else if ((k.equals("tlsInsecure") || k.equals("tlsAllowInvalidCertificates") || k.equals("tlsAllowInvalidHostnames")
                    || k.equals("sslAllowInvalidCertificates")) && isTrue(x)) setting = k + ": true";
            else if ((k.equals("sslValidate") || k.equals("strictSSL")) && isFalse(x)) setting = k + ": false";
            else if (k.equals("insecure") && isTrue(x) && key != null && TLS_OBJECTS.contains(key.toLowerCase(Locale.ROOT))) setting = "insecure: true";
            else if (k.equals("checkServerIdentity") && acceptsAll(x)) setting = "checkServerIdentity that accepts every certificate";
            if (k.equals("rejectUnauthorized") && isTrue(x)) {
                Location at = locate(f, near, Pattern.compile("\\brejectUnauthorized\\s*:\\s*true\\b"));
                if (at != null) on.add(new On(at, "rejectUnauthorized: true"));
            }
            if (setting != null) {
                boolean d = dev;
                if (x instanceof OneOf oo && oo.test() != null && oo.options().size() == 2) {
                    // rejectUnauthorized: isDev ? false : true
                    boolean firstOff = setting.endsWith("false") ? isFalse(oo.options().get(0)) : isTrue(oo.options().get(0));
                    boolean secondOff = setting.endsWith("false") ? isFalse(oo.options().get(1)) : isTrue(oo.options().get(1));
                    if (firstOff && !secondOff) d |= devOnly(oo.test(), true, f);
                    else if (!firstOff && secondOff) d |= devOnly(oo.test(), false, f);
                }
                Location at = locate(f, near, settingPattern(k));
                if (at != null && optedOutNearby(f, at)) continue;
                if (at != null && off.stream().noneMatch(y -> y.at().equals(at))) {
                    off.add(new Off(at, setting, where != null ? where : key == null ? null : key + " options", d, test));
                }
            } else {
                walk(x, f, near, where, dev, test, seen, depth + 1, k);
            }
        }
    }

    private static final Pattern OPT_OUT = Pattern.compile("(?i)reject|verif|insecure|self.?signed|strict.?ssl|allow.?invalid|skip.?(tls|ssl|cert)|tls.?insecure");

    private static final Pattern SETTING_KEYS = Pattern.compile("\\b(rejectUnauthorized|tlsInsecure|tlsAllowInvalidCertificates|tlsAllowInvalidHostnames|sslValidate|strictSSL|insecure)['\"]?\\s*:");

    /**
     * True when the code around a setting (its line and the two before) chooses it from a configured opt-out:
     * {@code url.searchParams.get('rejectUnauthorized') === 'false' ? { rejectUnauthorized: false } : {}},
     * {@code env.DB_ALLOW_SELF_SIGNED ? ...}. Comments do not count.
     */
    private boolean optedOutNearby(FileFacts f, Location at) {
        List<String> ls = lines(f.path());
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(1, at.line() - 2); i <= at.line() && i <= ls.size(); i++) sb.append(stripComment(ls.get(i - 1))).append('\n');
        String code = SETTING_KEYS.matcher(sb).replaceAll(" ");
        return code.contains("?") && OPT_OUT.matcher(code).find();
    }

    /** True when a value names a TLS opt-out setting (an env variable, a query parameter, a config key). */
    private static boolean mentions(Val v, Pattern p, int depth) {
        if (v == null || depth > 6) return false;
        String c = Val.constString(v);
        if (c != null) return p.matcher(c).find();
        String n = dev.backcheck.lang.facts.Vals.lastName(v);
        if (n != null && p.matcher(n).find()) return true;
        if (v instanceof Global g) return g.path().stream().anyMatch(x -> p.matcher(x).find());
        if (v instanceof Local l) return l.path().stream().anyMatch(x -> p.matcher(x).find());
        if (v instanceof Member m) return mentions(m.object(), p, depth + 1);
        if (v instanceof Call c2) return mentions(c2.callee(), p, depth + 1) || c2.args().stream().anyMatch(a -> mentions(a, p, depth + 1));
        return false;
    }

    /** True when {@code v} is (or holds at its top) an object with {@code rejectUnauthorized} set to {@code value}. */
    private static boolean hasReject(Val v, boolean value) {
        if (v instanceof OneOf o) return o.options().stream().anyMatch(x -> hasReject(x, value));
        if (!(v instanceof Obj o)) return false;
        Val r = o.props().get("rejectUnauthorized");
        if (r instanceof Lit l && Boolean.valueOf(value).equals(l.value())) return true;
        return o.props().values().stream().anyMatch(x -> x instanceof Obj && hasReject(x, value));
    }

    private static Pattern settingPattern(String key) {
        return switch (key) {
            case "checkServerIdentity" -> Pattern.compile("\\bcheckServerIdentity\\b");
            case "rejectUnauthorized", "sslValidate", "strictSSL" -> Pattern.compile("\\b" + Pattern.quote(key) + "['\"]?\\s*:\\s*(?!true\\b)");
            default -> Pattern.compile("\\b" + Pattern.quote(key) + "['\"]?\\s*:\\s*(?!false\\b)");
        };
    }

    /** False, or a OneOf every option of which is false ({@code rejectUnauthorized: isDev ? false : true} is judged by its test). */
    private static boolean isFalse(Val v) {
        if (v instanceof Lit l) return Boolean.FALSE.equals(l.value()) || l.value() instanceof Double d && d == 0 || "false".equals(l.value());
        if (v instanceof OneOf o && o.test() != null) return o.options().stream().anyMatch(TlsSettings::isFalse);
        return false;
    }

    private static boolean isTrue(Val v) {
        if (v instanceof Lit l) return Boolean.TRUE.equals(l.value()) || "true".equals(l.value());
        if (v instanceof OneOf o && o.test() != null) return o.options().stream().anyMatch(TlsSettings::isTrue);
        return false;
    }

    /** {@code () => undefined}, {@code () => {}}, {@code () => null}: a host check that never fails. */
    private static boolean acceptsAll(Val v) {
        if (!(v instanceof FnVal fv)) return false;
        Fn fn = fv.fn();
        if (!fn.calls().isEmpty() || !fn.throwsTypes().isEmpty()) return false;
        return fn.returns().stream().allMatch(r -> r instanceof Lit l && l.value() == null);
    }

    /** True when option {@code first ? 0 : 1} of a ternary on {@code t} is taken only outside production. */
    private boolean devOnly(Test t, boolean first, FileFacts f) {
        CallSite.Guard g = new CallSite.Guard(t.left(), t.op(), t.right(), first == t.holds());
        return ModelSupport.envScope(project, f, List.of(g)) == ModelSupport.EnvScope.NOT_PRODUCTION;
    }

    /** What a call configures, for messages: its qualified name, else its method name. */
    private String label(CallSite cs, FileFacts f) {
        return callLabel(cs.callee(), cs.isNew(), f);
    }

    private String callLabel(Val callee, boolean isNew, FileFacts f) {
        String q;
        try {
            q = project.qname(callee, f);
        } catch (RuntimeException e) {
            q = null;
        }
        if (q == null) q = dev.backcheck.lang.facts.Vals.lastName(callee);
        if (q == null) return null;
        if (q.startsWith("node:")) q = q.substring(5);
        return (isNew ? "new " : "") + q + "()";
    }

    private static final Pattern NODE_TLS_CODE = Pattern.compile(
            "process\\.env(?:\\.NODE_TLS_REJECT_UNAUTHORIZED|\\[\\s*['\"`]NODE_TLS_REJECT_UNAUTHORIZED['\"`]\\s*\\])\\s*=(?!=)\\s*(['\"`]?)0\\1");

    /** {@code process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'}: an assignment, found in the text (facts keep no assigned values). */
    private void nodeTlsEnvInCode(FileFacts f, boolean test) {
        // most files never name the variable: look at their text once instead of keeping their lines
        if (!lines.containsKey(f.path())) {
            String text = SourceLines.text(project, f.path(), Long.MAX_VALUE);
            if (text == null || !text.contains("NODE_TLS_REJECT_UNAUTHORIZED")) return;
        }
        List<String> ls = lines(f.path());
        for (int i = 0; i < ls.size(); i++) {
            String line = ls.get(i);
            if (!line.contains("NODE_TLS_REJECT_UNAUTHORIZED")) continue;
            String code = stripComment(line);
            Matcher m = NODE_TLS_CODE.matcher(code);
            if (!m.find()) continue;
            boolean dev = devBlock(ls, i);
            off.add(new Off(new Location(f.path(), i + 1, m.start() + 1, i + 1, m.end() + 1, null),
                    "NODE_TLS_REJECT_UNAUTHORIZED = '0'", "the whole process", dev, test));
        }
    }

    private static final Pattern DEV_IF = Pattern.compile("(?i)\\bif\\s*\\(.*(NODE_ENV|\\benv\\b|isDev|isDevelopment|isLocal|isTest)"
            + ".*(===?\\s*['\"`](development|dev|test|local)['\"`]|!==?\\s*['\"`](production|prod)['\"`]|isDev|isDevelopment|isLocal|isTest)");

    /** True when the line sits in an {@code if} block (opened on a less indented line above) that tests for a dev environment. */
    private static boolean devBlock(List<String> ls, int i) {
        int indent = indent(ls.get(i));
        for (int j = i - 1; j >= 0 && j >= i - 30; j--) {
            String l = ls.get(j);
            if (l.isBlank()) continue;
            int in = indent(l);
            if (in < indent) {
                if (DEV_IF.matcher(l).find()) return true;
                if (l.strip().startsWith("if") || l.contains("function") || l.contains("=>")) return false;
                indent = in;
            }
        }
        return false;
    }

    private static int indent(String l) {
        int n = 0;
        while (n < l.length() && (l.charAt(n) == ' ' || l.charAt(n) == '\t')) n++;
        return n;
    }

    private static String stripComment(String line) {
        String t = line.strip();
        if (t.startsWith("//") || t.startsWith("*") || t.startsWith("/*")) return "";
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quote != 0) {
                if (ch == '\\') i++;
                else if (ch == quote) quote = 0;
            } else if (ch == '\'' || ch == '"' || ch == '`') {
                quote = ch;
            } else if (ch == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    // ------------------------------------------------------------------ env files

    private void envFile(String path, String text) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (!DotEnv.isEnvFile(name)) return;
        boolean example = DotEnv.isTemplate(name);
        boolean dev = DotEnv.isDevOnly(name);
        for (DotEnv.Entry e : DotEnv.parse(text)) {
            if (e.name().equals("NODE_TLS_REJECT_UNAUTHORIZED") && e.value().strip().equals("0")) {
                off.add(new Off(new Location(path, e.line(), 1, e.line(), e.name().length() + 1, null),
                        "NODE_TLS_REJECT_UNAUTHORIZED=0", path, dev || example, project.isTestPath(path) || name.contains("test")));
            }
        }
    }

    // ------------------------------------------------------------------ locating a setting in the text

    private List<String> lines(String path) {
        return lines.computeIfAbsent(path, p -> SourceLines.read(project, p));
    }

    /**
     * Where a setting is written: the first match of {@code p} from the line of {@code near} on (the call whose
     * argument holds it), else the first in the file not yet taken by another setting; comments skipped.
     */
    private Location locate(FileFacts f, Location near, Pattern p) {
        List<String> ls = lines(f.path());
        Location l = near == null ? null : find(f.path(), ls, p, near.line(), Math.max(near.endLine(), near.line()) + 40);
        if (l == null) l = find(f.path(), ls, p, 1, ls.size());
        if (l != null) used.add(l.path() + ":" + l.line() + ":" + l.column());
        return l;
    }

    private Location find(String path, List<String> ls, Pattern p, int from, int to) {
        for (int i = Math.max(1, from); i <= Math.min(to, ls.size()); i++) {
            String code = stripComment(ls.get(i - 1));
            Matcher m = p.matcher(code);
            while (m.find()) {
                String k = path + ":" + i + ":" + (m.start() + 1);
                if (used.contains(k)) continue;
                return new Location(path, i, m.start() + 1, i, m.end() + 1, null);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ Java

    private static final Set<String> JAVA_TRUST_ALL = Set.of("NoopHostnameVerifier", "TrustAllStrategy", "InsecureTrustManagerFactory",
            "AllowAllHostnameVerifier");

    /**
     * Java: a trust manager whose {@code checkServerTrusted} neither throws nor calls anything (an anonymous
     * {@code X509TrustManager} or a class implementing one), a {@code HostnameVerifier} whose {@code verify} returns
     * true (method or lambda handed to {@code setHostnameVerifier}/{@code setDefaultHostnameVerifier}), a
     * {@code TrustStrategy} lambda returning true ({@code loadTrustMaterial(null, (chain, type) -> true)}), and
     * Apache HttpClient's {@code NoopHostnameVerifier}/{@code TrustAllStrategy}, Netty's {@code InsecureTrustManagerFactory}.
     */
    private void java(FileFacts f) {
        boolean test = project.isTestPath(f.path());
        for (Fn fn : Analysis.functions(f)) {
            if (fn.name().equals("checkServerTrusted") && fn.params().size() >= 2 && fn.calls().isEmpty() && fn.throwsTypes().isEmpty()
                    && fn.statuses().isEmpty()) {
                off.add(new Off(fn.location(), "checkServerTrusted accepts every certificate", "an X509TrustManager", false, test));
            }
            if (fn.name().equals("verify") && fn.params().size() == 2 && "SSLSession".equals(fn.params().get(1).type()) && returnsTrue(fn)) {
                off.add(new Off(fn.location(), "HostnameVerifier.verify returns true", "a HostnameVerifier", false, test));
            }
            for (CallSite cs : fn.calls()) {
                String m = cs.methodName();
                String cls = dev.backcheck.lang.facts.Vals.lastName(cs.callee());
                if (cs.isNew() && cls != null && JAVA_TRUST_ALL.contains(cls)) {
                    off.add(new Off(cs.location(), "new " + cls + "()", null, false, test));
                    continue;
                }
                for (int i = 0; i < cs.args().size(); i++) {
                    Val a = cs.arg(i);
                    if (a instanceof Val.Ref r && JAVA_TRUST_ALL.contains(r.export()) && !(cs.isNew() && JAVA_TRUST_ALL.contains(cls))) {
                        off.add(new Off(cs.argLocation(i), r.export() + (r.path().isEmpty() ? "" : "." + String.join(".", r.path())), m, false, test));
                    }
                    if (a instanceof Val.FnVal fv && m != null && (m.equals("setHostnameVerifier") || m.equals("setDefaultHostnameVerifier")
                            || m.equals("loadTrustMaterial") || m.equals("setSSLHostnameVerifier") || m.equals("hostnameVerifier")) && returnsTrue(fv.fn())) {
                        off.add(new Off(cs.argLocation(i), m + "(... -> true)", m.equals("loadTrustMaterial") ? "a TrustStrategy" : "a HostnameVerifier", false, test));
                    }
                }
            }
        }
    }

    private static boolean returnsTrue(Fn fn) {
        return !fn.returns().isEmpty() && fn.returns().stream().allMatch(r -> r instanceof Val.Lit l && Boolean.TRUE.equals(l.value()));
    }
}
