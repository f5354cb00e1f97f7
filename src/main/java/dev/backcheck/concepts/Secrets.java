package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.ClassInfo;
import dev.backcheck.lang.facts.Decorator;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secret values written into the tree, with their context: string literals in code that have a known key format
 * (AWS, GitHub, Slack, Stripe, Google, SendGrid, OpenAI/Anthropic, PEM private keys, JWTs used as credentials),
 * connection strings with a password for a remote host, and random-looking literals bound to a name that says
 * secret / password / token / API key / credential; and the {@code .env} files of the tree with their secret
 * entries ({@link #envFiles()}). Placeholders ({@code changeme}, {@code your-api-key}, {@code xxx},
 * {@code <password>}, {@code ${...}}, AWS's documented EXAMPLE keys), literals in decorators (API docs examples)
 * and values that are names rather than secrets (header names, storage keys) are not secrets.
 */
public final class Secrets {

    /**
     * One secret literal.
     *
     * @param at      where it is written (the literal, quotes included)
     * @param kind    what it is ("AWS access key ID", "Stripe live secret key", "private key", "connection string with
     *                a password", "password", "API key or token")
     * @param context the name it is bound to (variable, object key, call), null when none
     * @param preview a redacted preview (first characters and the length), never the whole value
     * @param known   true for a known key format (high confidence), false for a name-and-entropy match
     * @param test    true in test, fixture, example or tooling code
     */
    public record Secret(Location at, String kind, String context, String preview, boolean known, boolean test) { }

    /**
     * A {@code .env} file of the tree with the entries that hold secrets. {@code tracked}: true when the git index
     * of the work tree holding the scan root lists it, false when it does not, null when the root is in no work tree.
     * {@code ignored}: true when a {@code .gitignore} (also one above the scan root, inside the work tree) or
     * {@code .git/info/exclude} ignores it (only a tracked file can then be here).
     */
    public record EnvFile(String path, List<DotEnv.Entry> secrets, boolean template, boolean testOnly, boolean devOnly,
                          Boolean tracked, boolean ignored) { }

    private final Project project;
    private final List<Secret> secrets = new ArrayList<>();
    private final List<EnvFile> envFiles = new ArrayList<>();

    public static Secrets of(Project p) {
        return p.derived(Secrets.class, Secrets::new);
    }

    private Secrets(Project project) {
        this.project = project;
        for (FileFacts f : project.files().values()) {
            if (!"ts".equals(f.language())) continue;
            try {
                scan(f);
            } catch (RuntimeException e) {
                // a file whose literals cannot be read has no secrets to report
            }
        }
        GitState git = GitState.find(project.root());
        for (Map.Entry<String, String> e : project.texts().entrySet()) {
            String name = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
            if (DotEnv.isEnvFile(name)) envFile(e.getKey(), e.getValue(), git);
        }
        if (git != null) {
            // tracked, yet not walked: under a folder the default excludes or --exclude skip (build/.env)
            for (String rel : git.trackedUnderRoot()) {
                String name = rel.substring(rel.lastIndexOf('/') + 1);
                if (!DotEnv.isEnvFile(name) || project.texts().containsKey(rel)) continue;
                List<String> ls = SourceLines.read(project, rel);
                if (!ls.isEmpty()) envFile(rel, String.join("\n", ls), git);
            }
        }
        envFiles.sort(Comparator.comparing(EnvFile::path));
        secrets.sort(Comparator.comparing(Secret::at, Location.ORDER));
    }

    /** Every secret literal found in code, in file and source order. */
    public List<Secret> secrets() {
        return Collections.unmodifiableList(secrets);
    }

    /** Every {@code .env} file of the tree (those the workspace reads: not ignored), by path. */
    public List<EnvFile> envFiles() {
        return Collections.unmodifiableList(envFiles);
    }

    /**
     * True when another concept judges the literal written at {@code at} (a JWT signing secret for
     * jwt/hardcoded-secret, a session secret for session/insecure-config), so secrets/hardcoded does not report it
     * twice: the literals {@link Tokens#secretLiterals()} and {@link Sessions#secretLiterals()} judged. Names that say
     * JWT, session or cookie secret are left to those rules as well ({@link #DEFERRED}).
     */
    public static boolean coveredElsewhere(Project p, Location at) {
        if (at == null) return false;
        for (Location l : Tokens.of(p).secretLiterals()) if (sameSpot(l, at)) return true;
        for (Location l : Sessions.of(p).secretLiterals()) if (sameSpot(l, at)) return true;
        return false;
    }

    private static boolean sameSpot(Location a, Location b) {
        return java.util.Objects.equals(a.path(), b.path()) && a.line() == b.line() && a.column() == b.column();
    }

    // ------------------------------------------------------------------ code literals

    private void scan(FileFacts f) {
        boolean test = nonProduction(f.path());
        String[] text = {null};
        List<Location> decorators = decoratorSpans(f);
        boolean firebaseConfig = f.strings().stream().anyMatch(s -> s.context() != null
                && (s.context().equals("authDomain") || s.context().equals("messagingSenderId") || s.context().equals("storageBucket")));
        for (FileFacts.Str s : f.strings()) {
            String v = s.value();
            if (v == null || v.length() < 8 || v.length() > 20_000) continue;
            if (inside(decorators, s.location())) continue;
            // most literals hold none of the formats' fixed parts: their thirteen patterns need not run (twice)
            boolean format = mayHoldFormat(v);
            boolean[] anyFormat = {false};
            Secret found = format ? known(s, firebaseConfig, test, anyFormat) : null;
            if (found == null && v.contains("://")) found = connectionString(s, test);
            // a known format the checks above judged harmless (a Firebase web key, an anon JWT) is not judged by its name
            // again (known() tried every format's pattern when it found nothing: anyFormat says whether one matched)
            if (found == null && (!format || !anyFormat[0])) found = named(s, test);
            if (found != null && !found.test() && found.kind().equals("password") && seededAccount(f, s)) continue;
            // one entry of a list of weak passwords (a denylist new passwords are refused against): no credential
            if (found != null && !found.known() && found.kind().equals("password") && weakPasswordList(f, s)) continue;
            // an API document's example value (OpenAPI example: {..} of a request body, zod-openapi .openapi({ example }))
            if (found != null && !found.known() && OpenApiSpecs.inExample(text[0] != null ? text[0] : (text[0] = text(f)), s.location())) continue;
            // the password a stand-alone script sends to the project's own API on this machine: a test input
            if (found != null && !found.test() && found.kind().equals("password") && localApiScript(f)) {
                found = new Secret(found.at(), found.kind(), found.context(), found.preview(), found.known(), true);
            }
            if (found != null) secrets.add(found);
        }
    }

    /**
     * True when {@code s} sits among at least three other literals under the same name within a few lines (the entries
     * of one list), most of them common default or all-digit passwords ({@code commonPasswords = ['password',
     * '12345678', 'admin123', 'Welcome2024!']}): a list of weak passwords, kept to refuse them, where a stronger-looking
     * entry is one more example of a weak one, not a credential.
     */
    private static boolean weakPasswordList(FileFacts f, FileFacts.Str s) {
        if (s.context() == null || s.location() == null) return false;
        int line = s.location().line(), others = 0, weak = 0;
        for (FileFacts.Str o : f.strings()) {
            if (o == s || o.value() == null || o.location() == null || !s.context().equals(o.context())) continue;
            if (Math.abs(o.location().line() - line) > 20) continue;
            others++;
            String v = o.value();
            if (commonDefault(v) || v.matches("\\d{4,}") || WEAK_WORDS.matcher(v).find()) weak++;
        }
        return others >= 3 && weak >= 3 && weak * 2 >= others;
    }

    /** Parts of the passwords every weak-password list starts with. */
    private static final Pattern WEAK_WORDS = Pattern.compile("(?i)^(password|passw0rd|qwerty|letmein|welcome|admin|iloveyou|abc123|111111|123456)");

    private String text(FileFacts f) {
        String t = SourceLines.text(project, f.path(), 2_000_000);
        return t == null ? "" : t;
    }

    /**
     * A stand-alone script (nothing loads it, it is no application: {@link ServerCode#standaloneScript}) whose only
     * hosts are this machine ({@code http://localhost:3000/api}, {@code hostname: 'localhost'}): a client trying the
     * project's own API, whose passwords are the test account's inputs, not credentials of a deployed system.
     */
    private boolean localApiScript(FileFacts f) {
        if (!ServerCode.of(project).standaloneScript(f.path())) return false;
        boolean local = false;
        for (FileFacts.Str s : f.strings()) {
            String v = s.value();
            if (v == null) continue;
            if (LOCAL_HOST.matcher(v).matches()) local = true;
            else if (REMOTE_URL.matcher(v).find()) return false;
        }
        return local;
    }

    private static final Pattern LOCAL_HOST = Pattern.compile("(?:https?://)?(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::\\d+)?(?:/\\S*)?");
    /** A URL or connection string naming another host (a remote API or database: the script's secrets may reach it). */
    private static final Pattern REMOTE_URL = Pattern.compile("^[a-z][a-z0-9+.-]*://(?!(?:[^/@\\s]*@)?(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?:[:/]|$))[^\\s]+");

    /** Calls that only carry a list of records along (the literal is still in the list, not given to a client). */
    private static final Set<String> COLLECTION_CALLS = Set.of("push", "concat", "map", "flatMap", "forEach", "all", "allSettled", "from", "of");

    /**
     * True when a password literal is the password of an account a script creates (seed data), not a credential code
     * uses to reach something: outside the server's code ({@link ServerCode#server}; a server creating a default account
     * at start keeps it reported), the value reaches a call of the file that hashes a password
     * ({@link PasswordHashers#hashCall}) or the password field of a record a create/insert call stores, and the literal
     * is in no other call's arguments (a client's or connection's options stay credentials).
     */
    private boolean seededAccount(FileFacts f, FileFacts.Str s) {
        if (ServerCode.of(project).server(f.path())) return false;
        PasswordHashers hashers = PasswordHashers.of(project);
        CallSite inner = null;
        Location innerSpan = null;
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                for (int i = 0; i < cs.args().size(); i++) {
                    Location a = cs.argLocation(i);
                    if (a == null || a == cs.location() || !inside(List.of(a), s.location())) continue;
                    if (innerSpan == null || inside(List.of(innerSpan), new Location(a.path(), a.line(), a.column(), a.line(), a.column(), null))) {
                        inner = cs;
                        innerSpan = a;
                    }
                }
            }
        }
        if (inner != null && !hashers.hashCall(inner.methodName(), inner.location()) && !PasswordHashers.storeCall(inner)
                && !COLLECTION_CALLS.contains(String.valueOf(inner.methodName()))) return false;
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                if (cs.args().isEmpty()) continue;
                try {
                    if (hashers.hashCall(cs.methodName(), cs.location())) {
                        if (s.value().equals(Val.constString(project.resolve(cs.arg(0), f).val()))) return true;
                    } else if (PasswordHashers.storeCall(cs)) {
                        for (int i = 0; i < Math.min(2, cs.args().size()); i++) {
                            if (storesPassword(project.resolve(cs.arg(i), f).val(), s.value(), 0)) return true;
                        }
                    }
                } catch (RuntimeException e) {
                    // a value the resolver cannot follow: not this literal
                }
            }
        }
        return false;
    }

    /** True when a stored record (its data/values/$set, or a list of records) has a password field holding {@code value}. */
    private static boolean storesPassword(Val v, String value, int depth) {
        if (depth > 3) return false;
        if (v instanceof Val.Arr a) {
            for (Val item : a.items()) if (storesPassword(item, value, depth + 1)) return true;
            return false;
        }
        if (!(v instanceof Val.Obj o)) return false;
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            if ((e.getKey().equals("data") || e.getKey().equals("values") || e.getKey().equals("$set")) && storesPassword(e.getValue(), value, depth + 1)) return true;
            if (PasswordHashers.isPasswordName(e.getKey()) && value.equals(Val.constString(e.getValue()))) return true;
        }
        return false;
    }

    /** Test, fixture, example, seed-data and documentation code: literals there are not the application's secrets. */
    private boolean nonProduction(String path) {
        if (project.isTestPath(path)) return true;
        String p = "/" + path.toLowerCase(Locale.ROOT);
        return NON_PRODUCTION_DIR.matcher(p).matches() || NON_PRODUCTION_FILE.matcher(p).matches() || TEST_SEED_FILE.matcher(p).matches();
    }

    /**
     * A seed script for tests, end-to-end runs or demos ({@code seed-test.ts}, {@code seed-e2e.js}, {@code demo-seed.ts},
     * {@code seed-demo-pr.ts}): the accounts it makes are the suite's or the screenshots' (a seed of the real admin account,
     * {@code seed.ts}, stays reported).
     */
    private static final Pattern TEST_SEED_FILE = Pattern.compile(
            ".*/(?:seeds?[-_.](?:tests?|e2e|demo|dev|fixtures?)(?:[-_.][^/]*)?|(?:tests?|e2e|demo|dev)[-_.]seeds?(?:[-_.][^/]*)?)\\.[cm]?[jt]s$");

    private static final Pattern NON_PRODUCTION_DIR = Pattern.compile(".*/_*(examples?|samples?|docs?|demo-data|mocks?|fixtures|stubs?|storybook|seeds?|seeders?)_*/.*");
    private static final Pattern NON_PRODUCTION_FILE = Pattern.compile(".*[./-](mock|mocks|stub|fixture|example|sample)\\.[cm]?[jt]sx?$");
    /** A context that names a file (a key written as a path), not a variable. */
    private static final Pattern FILE_CONTEXT = Pattern.compile(".*\\.(json|md|ya?ml|txt|[cm]?[jt]s)$");
    private static final Pattern PASSWORD_NAME = Pattern.compile(".*(passw|pwd|passphrase).*");

    private static List<Location> decoratorSpans(FileFacts f) {
        List<Location> out = new ArrayList<>();
        for (ClassInfo c : f.classes().values()) {
            for (Decorator d : c.decorators()) out.add(d.location());
            for (ClassInfo.Prop p : c.props()) for (Decorator d : p.decorators()) out.add(d.location());
            for (Fn.Param p : c.ctorParams()) for (Decorator d : p.decorators()) out.add(d.location());
        }
        for (Fn fn : Analysis.functions(f)) {
            for (Decorator d : fn.decorators()) out.add(d.location());
            for (Fn.Param p : fn.params()) for (Decorator d : p.decorators()) out.add(d.location());
        }
        out.removeIf(Objects::isNull);
        return out;
    }

    private static boolean inside(List<Location> spans, Location l) {
        for (Location o : spans) {
            boolean startOk = l.line() > o.line() || l.line() == o.line() && l.column() >= o.column();
            boolean endOk = l.line() < o.endLine() || l.line() == o.endLine() && l.column() <= o.endColumn();
            if (startOk && endOk) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ known formats

    /**
     * A key format: its pattern, and the fixed texts one of which every match of the pattern contains (a literal holding
     * none of them cannot match: its pattern is not run).
     */
    private record Format(String kind, Pattern pattern, List<String> anchors) {
        Format(String kind, Pattern pattern, String... anchors) {
            this(kind, pattern, List.of(anchors));
        }

        boolean mayMatch(String v) {
            for (String a : anchors) if (v.contains(a)) return true;
            return false;
        }
    }

    private static final List<Format> FORMATS = List.of(
            new Format("AWS access key ID", Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"), "AKIA", "ASIA"),
            new Format("GitHub token", Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{40,255})\\b"), "gh", "github_pat_"),
            new Format("Slack token", Pattern.compile("\\bxox[baprse]-[0-9]{6,}-[0-9A-Za-z-]{10,}"), "xox"),
            new Format("Slack webhook URL", Pattern.compile("hooks\\.slack\\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{20,}"), "hooks.slack.com/services/T"),
            new Format("Stripe live secret key", Pattern.compile("\\b[sr]k_live_[0-9A-Za-z]{20,}"), "k_live_"),
            new Format("Stripe webhook secret", Pattern.compile("\\bwhsec_[0-9A-Za-z]{24,}"), "whsec_"),
            new Format("Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_\\-]{35}\\b"), "AIza"),
            new Format("SendGrid API key", Pattern.compile("\\bSG\\.[A-Za-z0-9_\\-]{16,32}\\.[A-Za-z0-9_\\-]{30,64}\\b"), "SG."),
            new Format("Twilio API key", Pattern.compile("\\bSK[0-9a-f]{32}\\b"), "SK"),
            new Format("OpenAI API key", Pattern.compile("\\bsk-(proj-|svcacct-|admin-)?[A-Za-z0-9_\\-]{20,}T3BlbkFJ[A-Za-z0-9_\\-]{20,}|\\bsk-(proj|svcacct|admin)-[A-Za-z0-9_\\-]{40,}|\\bsk-[A-Za-z0-9]{48}\\b"), "sk-"),
            new Format("Anthropic API key", Pattern.compile("\\bsk-ant-(api|admin)[0-9]{2}-[A-Za-z0-9_\\-]{80,}"), "sk-ant-"),
            new Format("private key", Pattern.compile("-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----"), "-----BEGIN "),
            new Format("JWT", Pattern.compile("\\beyJ[A-Za-z0-9_\\-]{10,}\\.eyJ[A-Za-z0-9_\\-]{10,}\\.[A-Za-z0-9_\\-]{20,}"), "eyJ"));

    /**
     * The fixed text every {@link #FORMATS} match contains (a prefilter, keep in step with the patterns): a value
     * without any of them matches no format.
     */
    private static final List<String> FORMAT_ANCHORS = List.of("AKIA", "ASIA", "gh", "github_pat_", "xox", "hooks.slack.com/services/T",
            "k_live_", "whsec_", "AIza", "SG.", "SK", "sk-", "-----BEGIN ", "eyJ");

    /** The known formats' patterns (tests keep {@link #FORMAT_ANCHORS} in step with them). */
    static List<Pattern> formatPatterns() {
        return FORMATS.stream().map(Format::pattern).toList();
    }

    /** For tests: format {@code i}'s own prefilter (see {@link Format#mayMatch}). */
    static boolean formatMayMatch(int i, String v) {
        return FORMATS.get(i).mayMatch(v);
    }

    static boolean mayHoldFormat(String v) {
        for (String a : FORMAT_ANCHORS) if (v.contains(a)) return true;
        return false;
    }

    private static final Pattern CREDENTIAL_NAME = Pattern.compile("(?i)(token|auth|bearer|api_?key|apikey|secret|credential|service_?role|key$)");

    private Secret known(FileFacts.Str s, boolean firebaseConfig, boolean test, boolean[] anyFormat) {
        String v = s.value();
        for (Format fm : FORMATS) {
            // (a literal without the format's fixed text cannot match it: the ordinary literals that passed
            // mayHoldFormat on a common anchor such as "gh" or "SK" no longer run all thirteen patterns)
            if (!fm.mayMatch(v)) continue;
            Matcher m = fm.pattern().matcher(v);
            if (!m.find()) continue;
            anyFormat[0] = true;
            String hit = m.group();
            if (placeholder(hit) || hit.contains("EXAMPLE") || repetitive(hit)) continue;
            switch (fm.kind()) {
                case "Google API key" -> {
                    // Firebase web configs ship their API key to every browser: an identifier, not a secret
                    if (firebaseConfig) continue;
                }
                case "private key" -> {
                    // a header alone (a check for the format, a docs string) holds no key
                    if (!keyBody(v, m.end())) continue;
                }
                case "JWT" -> {
                    // a JWT is a credential only where it is used as one (an Authorization header, a token setting),
                    // and public keys (Supabase anon) are not secrets
                    if (s.context() == null || !CREDENTIAL_NAME.matcher(s.context()).find()) continue;
                    String payload = jwtPayload(hit);
                    if (payload == null || payload.contains("\"anon\"")) continue;
                }
                case "Twilio API key" -> {
                    if (s.context() == null || !s.context().toLowerCase(Locale.ROOT).matches(".*(twilio|key|sid|secret).*")) continue;
                }
                default -> { }
            }
            return new Secret(s.location(), fm.kind(), s.context(), preview(hit), true, test);
        }
        return null;
    }

    private static String jwtPayload(String jwt) {
        try {
            String[] parts = jwt.split("\\.");
            return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ connection strings

    private static final Pattern CONNECTION = Pattern.compile(
            "\\b(postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|redis|rediss|amqps?|mssql|sqlserver|ftp|smtps?)://([^:/@\\s]+):([^@\\s]+)@([^/:?\\s]+)");

    /** A URL's user and password that name the field they stand for: user:password, username:pass, db_user:db_password. */
    private static final Pattern TEMPLATE_USER = Pattern.compile("(?i)(db_?|my_?)?user(_?name)?");
    private static final Pattern TEMPLATE_PASSWORD = Pattern.compile("(?i)(db_?|my_?)?(password|passwd|pass|pwd)");

    private Secret connectionString(FileFacts.Str s, boolean test) {
        Matcher m = CONNECTION.matcher(s.value());
        if (!m.find()) return null;
        String password = m.group(3);
        String host = m.group(4).toLowerCase(Locale.ROOT);
        if (placeholder(password) || localHost(host) || placeholderHost(host)) return null;
        // mongodb+srv://username:password@cluster.mongodb.net/database: the credentials are the words for themselves, a
        // template to fill in (a prompt's example answer, a README line), whatever the host
        if (TEMPLATE_USER.matcher(m.group(2)).matches() && TEMPLATE_PASSWORD.matcher(password).matches()) return null;
        return new Secret(s.location(), "connection string with a password (" + m.group(1) + "://" + m.group(2) + ":***@" + m.group(4) + ")",
                s.context(), preview(password), false, test);
    }

    /** Hosts of a developer machine or a compose network, and documentation hosts. */
    static boolean localHost(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("0.0.0.0") || host.equals("[::1]")
                || host.equals("host.docker.internal") || !host.contains(".") || host.endsWith(".local") || host.endsWith(".localhost")
                || host.endsWith(".test") || host.endsWith(".example") || host.matches("(.*\\.)?example\\.(com|org|net)") || host.endsWith(".invalid");
    }

    // ------------------------------------------------------------------ names that say secret

    /** Names whose value is a secret. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)(secret|passw(or)?d|passwd|\\bpwd|_pwd|pwd_|passphrase|api_?key|apikey|access_?key|private_?key|client_?secret|"
                    + "auth_?token|access_?token|refresh_?token|bearer|credential|signing_?key|encryption_?key|enc_?key|master_?key|"
                    + "webhook_?secret|app_?key|token)");
    /** Names that describe a secret without holding one: fields, headers, URLs, lengths, expiries, storage keys. */
    private static final Pattern NOT_A_VALUE = Pattern.compile(
            "(?i)(name|field|header|url|uri|endpoint|path|file|type|length|len|size|min|max|expir|expires|ttl|age|regex|pattern|"
                    + "label|message|msg|error|placeholder|hint|prefix|suffix|param|query|cookie|storage|column|prop|attr|id$|ids$|"
                    + "key_?name|event|route|format|algorithm|alg$|kind|mode|strategy|policy|scope|audience|issuer|env$|variable|"
                    + "text|title|description|desc$|help|i18n|translation|selector|locator|input|button|reset|forgot|confirm|"
                    + "hash$|hashed|digest|salt_?rounds|rounds|cost|count|enabled|required|version|public|publishable|anon|site_?key|"
                    + "address|addr$|wallet|contract|mint|purpose|domain|namespace|context|info$|label|tag$|realm|grant$|kdf|default)");
    /** JWT and session secrets: jwt/hardcoded-secret and session/insecure-config judge those. */
    static final Pattern DEFERRED = Pattern.compile("(?i)(jwt|session|cookie|access_?token_?secret|refresh_?token_?secret|token_?secret|secret_?or_?key)");

    /** Tooling outside the application: scripts, tools, bin, dot-directories (.github, .workflow). */
    private static final Pattern TOOLING = Pattern.compile("(^|/)(scripts?|tools|bin|\\.[^/]+)/");
    /** Values that name an algorithm or scheme ('argon2id-api', 'HS256', 'sha256'), and keys published on purpose. */
    private static final Pattern NOT_SECRET_VALUE = Pattern.compile("(?i)^(argon2|pbkdf2|scrypt|bcrypt|sha-?\\d|hmac|aes|rsa|ecdsa|ed25519|[hre]s\\d{3}\\b|phc_|pk_live_|pk_test_)");

    private Secret named(FileFacts.Str s, boolean test) {
        String ctx = s.context();
        if (ctx == null || !secretName(ctx)) return null;
        if (TOOLING.matcher(s.location().path()).find() || NOT_SECRET_VALUE.matcher(s.value()).find()) return null;
        String name = ctx.endsWith("()") ? ctx.substring(0, ctx.length() - 2) : ctx;
        String flat = name.replace('-', '_');
        String v = s.value();
        if (placeholder(v) || commonDefault(v) || !looksRandom(v) || hashOrAddress(v)) return null;
        boolean password = PASSWORD_NAME.matcher(flat.toLowerCase(Locale.ROOT)).matches();
        return new Secret(s.location(), password ? "password" : "API key or token", name, preview(v), false, test);
    }

    /** Per context name, {@link #secretName0}'s answer: most literals sit under a few names (message, type, path...). */
    private final Map<String, Boolean> secretNames = new HashMap<>();

    private boolean secretName(String ctx) {
        Boolean b = secretNames.get(ctx);
        if (b == null) {
            b = secretName0(ctx);
            secretNames.put(ctx, b);
        }
        return b;
    }

    /** True when a literal's name says it holds a secret (and not something about one, nor a JWT or session secret). */
    private static boolean secretName0(String ctx) {
        if (ctx.contains("/") || FILE_CONTEXT.matcher(ctx).matches()) return false;
        String name = ctx.endsWith("()") ? ctx.substring(0, ctx.length() - 2) : ctx;
        String flat = name.replace('-', '_');
        return SECRET_NAME.matcher(flat).find() && !NOT_A_VALUE.matcher(flat).find() && !DEFERRED.matcher(flat).find();
    }

    /**
     * True when a value looks generated rather than written: no spaces, no URL, at least 16 characters with
     * letters and digits and enough distinct symbols (Shannon entropy over 3.5 bits a character), or a long hex or
     * base64 run; passwords from 10 characters with three character classes.
     */
    static boolean looksRandom(String v) {
        if (v.contains(" ") || v.contains("://") || v.startsWith("/") || v.contains("\n") || v.contains("(") || v.contains("{")) return false;
        boolean upper = v.chars().anyMatch(Character::isUpperCase);
        boolean lower = v.chars().anyMatch(Character::isLowerCase);
        boolean digit = v.chars().anyMatch(Character::isDigit);
        boolean symbol = v.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        // identifiers: 'x-api-key', 'refresh_token', 'AUTH_TOKEN', 'apiKeyHeader'; a CSS custom property ('--spacing-2', a design token's name)
        if (v.matches("--[a-z][a-z0-9]*(-[a-z0-9]+)*")) return false;
        if (v.matches("[a-z]+([_.:\\-][a-z]+)*") || v.matches("[A-Z]+([_.:\\-][A-Z]+)*") || v.matches("[a-z]+([A-Z][a-z]+)+")) return false;
        // labels made of words: 'hon204-rejected-device', 'app.v2.refresh-token'
        String[] tokens = v.split("[_.:/\\-]+");
        if (tokens.length >= 2 && Arrays.stream(tokens).filter(t -> t.matches("[a-zA-Z]{3,}")).count() * 2 >= tokens.length) return false;
        int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
        if (v.length() >= 32 && v.matches("[0-9a-fA-F]+")) return true;
        if (v.length() < 16) return v.length() >= 10 && classes >= 3 && entropy(v) >= 3.0;
        return (digit && (upper || lower)) && entropy(v) >= 3.5;
    }

    /** A password hash (bcrypt, argon2, scrypt, crypt) or a public blockchain address: stored or public, not a secret. */
    static boolean hashOrAddress(String v) {
        return v.matches("\\$(2[abxy]?|argon2(id|i|d)?|scrypt|pbkdf2[-\\w]*|[156])\\$.*") || v.matches("0x[0-9a-fA-F]{40}");
    }

    static double entropy(String v) {
        int[] counts = new int[128];
        int other = 0;
        for (char c : v.toCharArray()) {
            if (c < 128) counts[c]++;
            else other++;
        }
        double h = 0;
        int n = v.length();
        for (int c : counts) if (c > 0) h -= (double) c / n * (Math.log((double) c / n) / Math.log(2));
        if (other > 0) h -= (double) other / n * (Math.log((double) other / n) / Math.log(2));
        return h;
    }

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)(change_?me|change[_-]?(this|it|in|me)|(^|[^a-z])set[_-]?(this|me)([^a-z]|$)|your[_-]|_here|<[^>]*>|\\$\\{|\\{\\{|xxx|\\*\\*\\*|\\.\\.\\.|replace|todo|placeholder|"
                    + "dummy|example|sample|fake|mock|test|demo|not[_-]?a[_-]?(real|secret)|insert|redacted|fill[_-]?in|put[_-]|enter[_-]|synthetic|sentinel|"
                    + "abcdef|123456|qwerty|lorem|foo|bar\\b"
                    // a bracketed name to fill in: [PASSWORD], [PROJECT_REF], [your db password]
                    + "|\\[[A-Za-z][\\w -]{2,}\\]"
                    // "your ... here" in other languages: TU_PASSWORD_AQUI, sua_senha_aqui, VOTRE_MOT_DE_PASSE, dein-passwort-hier
                    + "|(^|[_\\-\\s])(tu|su|sua|seu|votre|ton|dein|deine|ihr|ihre|tuo|tua|uw|senin)[_\\-\\s]"
                    + "|[_\\-\\s](aqui|aquí|ici|hier|qui|buraya|burada)$)");

    /** A host named by a stand-in (cluster0.xxxxx.mongodb.net, db.[PROJECT_REF].supabase.co, <host>): a URL to fill in. */
    static boolean placeholderHost(String host) {
        return PLACEHOLDER_HOST.matcher(host).find();
    }

    private static final Pattern PLACEHOLDER_HOST = Pattern.compile("(?i)(x{4,}|\\[[^\\]]*\\]|<[^>]*>|your[_-]|\\$\\{|\\{\\{)");

    /** Values that say they are stand-ins. */
    public static boolean placeholder(String v) {
        if (v == null || v.isBlank()) return true;
        return PLACEHOLDER.matcher(v).find() || v.chars().distinct().count() <= 3;
    }

    /** A long run of one character or of an alphabet in order: a made-up value ("ghp_aaaa...", "abcdefgh..."). */
    private static boolean repetitive(String v) {
        return v.matches(".*(.)\\1{7,}.*") || v.toLowerCase(Locale.ROOT).contains("abcdefghij") || v.contains("0123456789");
    }

    private static final Set<String> DEFAULTS = Set.of("password", "postgres", "root", "admin", "secret", "guest", "user", "pass",
            "mysql", "mongo", "redis", "rabbitmq", "default", "changeit", "letmein", "welcome", "passw0rd", "password1",
            "password123", "admin123", "root123", "toor", "postgrespassword", "mysecretpassword", "supersecret", "secret123",
            "root_password", "rootpassword", "db_password", "dbpassword", "my_password", "mypassword", "pass123", "user_password",
            "app_password", "example_password", "secret_key", "secretkey", "api_key", "apikey", "token");

    private static boolean commonDefault(String v) {
        return DEFAULTS.contains(v.toLowerCase(Locale.ROOT));
    }

    static String preview(String v) {
        // known prefixes (sk_live_, AKIA, ghp_, -----BEGIN) say what it is; of the rest at most a sixth is shown
        Matcher m = Pattern.compile("^(sk_live_|rk_live_|whsec_|AKIA|ASIA|gh[pousr]_|github_pat_|xox[a-z]-|SG\\.|AIza|sk-proj-|sk-ant-|sk-|-----BEGIN|eyJ|https://hooks\\.slack\\.com/)").matcher(v);
        int known = m.find() ? m.end() : 0;
        String head = v.substring(0, Math.min(v.length(), known + Math.min(4, (v.length() - known) / 6)));
        return head + "…(" + v.length() + " chars)";
    }

    // ------------------------------------------------------------------ .env files

    private static final Pattern ENV_SECRET_NAME = Pattern.compile(
            // auth only at the end (REDIS_AUTH, BASIC_AUTH): GF_AUTH_GENERIC_OAUTH_SCOPES, AUTH_METHOD, EXT_MAP_AUTHORIZED are settings
            "(?i)(secret|passw(or)?d|passwd|pwd|passphrase|token|api_?key|apikey|access_?key|private_?key|credential|auth$|"
                    + "signing_?key|encryption_?key|_key$|^key$|salt|dsn)");
    private static final Pattern ENV_PUBLIC = Pattern.compile(
            "(?i)^(vite_|next_public_|react_app_|expo_public_|nuxt_public_|public_|gatsby_)|publishable|public_?key|site_?key|anon_?key|"
                    + "_id$|_user(name)?$|_url$|_uri$|_host$|_port$|_expir|_ttl|_expires|_algorithm|_issuer|_audience|_length|_rounds|"
                    + "_enabled|_provider|_region|_bucket|_callback|_redirect|_domain|_name$|_mode$|address");
    private static final Pattern CLIENT_ENV = Pattern.compile("(?i)^(vite_|next_public_|react_app_|expo_public_|nuxt_public_|public_|gatsby_)|firebase");
    private static final Pattern URL_WITH_PASSWORD = Pattern.compile("^[a-z][a-z0-9+.\\-]*://[^:/@\\s]+:([^@\\s]+)@([^/:?\\s]+)");

    private void envFile(String path, String text, GitState git) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        boolean template = DotEnv.isTemplate(name);
        boolean testOnly = DotEnv.isTestOnly(name) || project.isTestPath(path);
        boolean devOnly = DotEnv.isDevOnly(name);
        List<DotEnv.Entry> found = new ArrayList<>();
        List<DotEnv.Entry> entries = DotEnv.parse(text);
        // a file whose every service is on the developer's machine is a local set-up, whatever its name
        boolean local = !devOnly && !template && localOnly(entries);
        for (DotEnv.Entry e : entries) {
            if (envSecret(e, devOnly || template || local) || local && thirdPartyKey(e)) found.add(e);
        }
        Boolean tracked = git == null ? null : git.tracked(path);
        boolean ignored = git != null && git.ignored(path);
        envFiles.add(new EnvFile(path, List.copyOf(found), template, testOnly, devOnly, tracked, ignored));
    }

    /**
     * True when the text after a PEM header at {@code from} holds key material: 60 or more characters (escaped line breaks
     * and spaces left out) that do not start with a placeholder (REPLACE_ME, ...).
     */
    private static boolean keyBody(String v, int from) {
        String body = v.substring(from).replaceAll("\\\\n|\\s", "");
        return body.length() >= 60 && !placeholder(body.substring(0, Math.min(body.length(), 80)));
    }

    /** A URL's host, or a bare host of a *_HOST / *_HOSTNAME variable. */
    private static final Pattern URL_HOST = Pattern.compile("^[a-z][a-z0-9+.\\-]*://(?:[^/@\\s]*@)?(\\[[^\\]]*\\]|[^/:?#\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST_NAME = Pattern.compile("(?i).*_(host|hostname|server)$");

    /**
     * An env file that names at least one service and only local ones (localhost, 127.0.0.1, a compose service name, a
     * host to fill in): the settings of a development machine ({@code DATABASE_URL=postgres://app:pw@localhost/app},
     * {@code JWT_SECRET=local-dev-key}). Its self-issued secrets sign local sessions only.
     */
    static boolean localOnly(List<DotEnv.Entry> entries) {
        int hosts = 0;
        for (DotEnv.Entry e : entries) {
            String v = e.value();
            if (v == null || v.isBlank()) continue;
            String host = null;
            Matcher m = URL_HOST.matcher(v);
            if (m.find()) host = m.group(1);
            else if (HOST_NAME.matcher(e.name()).matches() && v.matches("[A-Za-z0-9.\\-]+")) host = v;
            if (host == null) continue;
            host = host.toLowerCase(Locale.ROOT);
            if (!localHost(host) && !placeholderHost(host) && !host.contains("${")) return false;
            hosts++;
        }
        return hosts > 0;
    }

    /** A key to someone else's service with a random-looking value ({@code MAPS_API_KEY}, {@code GITHUB_CLIENT_SECRET}): a secret even in a local file. */
    private static boolean thirdPartyKey(DotEnv.Entry e) {
        String v = e.value();
        return v != null && THIRD_PARTY_KEY.matcher(e.name()).find() && !ENV_PUBLIC.matcher(e.name()).find() && v.length() >= 20
                && !placeholder(v) && !repetitive(v) && looksRandom(v);
    }

    private static final Pattern THIRD_PARTY_KEY = Pattern.compile("(?i)(api_?key|access_?key|client_?secret|auth_?token|secret_?key)");

    /**
     * True when an entry holds a secret: a known key format anywhere, a URL with a password for a remote host, or a
     * secret-named variable with a value that is not a placeholder. In development and template files only known
     * key formats and remote passwords count: their secret-named values are stand-ins or local defaults.
     */
    static boolean envSecret(DotEnv.Entry e, boolean devOrTemplate) {
        String v = e.value();
        if (v == null || v.isBlank()) return false;
        for (Format fm : FORMATS) {
            if (fm.kind().equals("Twilio API key")) continue;
            Matcher m = fm.pattern().matcher(v);
            if (!m.find() || placeholder(m.group()) || m.group().contains("EXAMPLE") || repetitive(m.group())) continue;
            // -----BEGIN PRIVATE KEY-----\nREPLACE_ME\n-----END PRIVATE KEY-----: a template's stand-in, no key material
            if (fm.kind().equals("private key") && !keyBody(v, m.end())) continue;
            // Firebase web keys (and any key a client build exposes on purpose) are identifiers, not secrets
            if (fm.kind().equals("Google API key") && CLIENT_ENV.matcher(e.name()).find()) continue;
            if (fm.kind().equals("JWT")) {
                // a service-role or API JWT is a credential; a Supabase anon key is public by design
                String payload = jwtPayload(m.group());
                // the keys of a local Supabase stack (issuer supabase-demo) are the same for everyone who runs it
                if (payload == null || payload.contains("\"anon\"") || payload.contains("supabase-demo") || !CREDENTIAL_NAME.matcher(e.name()).find()) continue;
            }
            return true;
        }
        Matcher u = URL_WITH_PASSWORD.matcher(v);
        if (u.find()) {
            String pw = u.group(1);
            // a default password is a stand-in in a template, but a real (weak) credential for a remote host in a real env file
            if (placeholder(pw) || devOrTemplate && commonDefault(pw)) return false;
            if (localHost(u.group(2).toLowerCase(Locale.ROOT))) return false; // a database on the developer's machine
            if (placeholderHost(u.group(2))) return false; // a host to fill in: the URL is a template
            return true;
        }
        String n = e.name();
        if (!ENV_SECRET_NAME.matcher(n).find() || ENV_PUBLIC.matcher(n).find()) return false;
        if (devOrTemplate) return false;
        if (placeholder(v) || commonDefault(v) || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") || v.matches("\\d{1,6}")
                || hashOrAddress(v)) return false;
        // a template or development file counts only with known key formats and remote passwords (above): its
        // secret-named values are stand-ins or local defaults
        return !devOrTemplate;
    }
}
