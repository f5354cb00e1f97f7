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
 * Environment configuration, the concept: every variable the code reads ({@code process.env.X}, a
 * destructured {@code const { X } = process.env}, {@code ConfigService.get('X')}, env-var's
 * {@code env.get('X')}, a project helper {@code required('X')} that throws when it is missing), the schemas
 * that validate the environment at startup (zod/joi/yup/valibot/TypeBox {@code schema.parse(process.env)},
 * envalid {@code cleanEnv}, t3-env {@code createEnv}, {@code @fastify/env} / env-schema,
 * {@code @nestjs/config} {@code validationSchema}/{@code validate}, convict, env-var), the variables checked by
 * hand ({@code if (!process.env.X) throw}), and the env example files that document them.
 */
public final class EnvValidation {

    /**
     * One read of a variable. {@code via}: "process.env", "ConfigService", "env-var", "helper".
     * {@code checked}: the read fails fast when the variable is missing (getOrThrow, env-var's required(), a
     * throwing helper, a rejecting presence test on it). {@code server}: in server code (not tooling).
     */
    public record Read(String name, Location location, String via, boolean checked, boolean server) { }

    /**
     * A startup schema over the environment: the library, where it runs, how ("zod parse of process.env",
     * "envalid cleanEnv"), and the variables it declares (empty when they cannot be read).
     */
    public record Schema(String library, Location location, String how, SortedSet<String> names) { }

    /** A file that documents the variables ({@code .env.example}, {@code .env.sample}, ...): path and the names it sets. */
    public record ExampleFile(String path, SortedSet<String> names) { }

    /** Variables the platform or the toolchain sets: nobody documents or validates these. */
    public static final Set<String> AMBIENT = Set.of("NODE_ENV", "PORT", "HOST", "HOSTNAME", "HOME", "PWD", "CI", "TZ",
            "DEBUG", "NODE_OPTIONS", "NODE_APP_INSTANCE", "JEST_WORKER_ID", "VITEST", "DYNO", "K_SERVICE", "npm_package_version",
            "npm_package_name", "npm_lifecycle_event", "INIT_CWD", "PATH", "USER", "SHELL", "LANG", "TERM", "TEST",
            // the operator's proxy settings, read by HTTP clients everywhere (upper and lower case are both conventions)
            "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "no_proxy", "all_proxy",
            // set by the platform the service runs on: Cloud Run / Knative, Cloud Functions, App Engine, Netlify, Render,
            // Heroku's build, Lambda's runtime, Deno Deploy, Replit
            "K_REVISION", "K_CONFIGURATION", "FUNCTION_TARGET", "FUNCTION_NAME", "FUNCTION_REGION", "GAE_SERVICE", "GAE_VERSION",
            "GAE_INSTANCE", "NETLIFY", "DEPLOY_URL", "DEPLOY_PRIME_URL", "RENDER", "SOURCE_VERSION", "LAMBDA_TASK_ROOT", "_HANDLER",
            "DENO_DEPLOYMENT_ID", "DENO_REGION", "REPL_ID", "REPL_SLUG", "REPL_OWNER", "GITLAB_CI",
            // Vercel's names from its ZEIT Now days, still set in its builds and functions beside the VERCEL_* ones
            "NOW_BUILDER", "NOW_REGION");
    private static final Pattern AMBIENT_PREFIX = Pattern.compile("^(npm_|NX_|VERCEL|AWS_LAMBDA_|AWS_EXECUTION_ENV|RENDER_|RAILWAY_|FLY_|HEROKU_|GITHUB_|KUBERNETES_|pm_"
            // Cloudflare Pages' build and runtime values, Azure App Service's, Replit's
            + "|CF_PAGES|WEBSITE_|REPLIT_)");

    private static final Set<String> GETS = Set.of("get", "getOrThrow");
    private static final Set<String> PARSE_METHODS = Set.of("parse", "safeParse", "parseAsync", "safeParseAsync", "validate",
            "validateSync", "attempt", "assert", "cleanEnv", "createEnv", "envsafe", "Check", "Decode", "Parse", "cast", "create", "is", "decode");
    /** The methods that validate an object built from env reads whatever their receiver (not create/is/cast/decode). */
    private static final Set<String> OBJECT_PARSE_METHODS = Set.of("parse", "safeParse", "parseAsync", "safeParseAsync", "validate",
            "validateSync", "attempt", "assert", "cleanEnv", "createEnv", "envsafe");
    private static final Set<String> SCHEMA_MODULES = Set.of("zod", "joi", "@hapi/joi", "yup", "valibot", "ajv", "superstruct",
            "@sinclair/typebox", "@sinclair/typebox/value", "envalid", "class-validator", "io-ts", "arktype", "@vinejs/vine", "env-schema",
            "@t3-oss/env-core", "@t3-oss/env-nextjs", "envsafe", "znv", "zod-config");

    private final Project project;
    private final ServerCode sc;
    /**
     * Each package root that creates an app, with the package roots it uses ({@link ServerCode#appScopes()}: a shared
     * config package validating the environment). A monorepo's services each have their own environment: the answers
     * per package are asked within it.
     */
    private final Map<String, Set<String>> scope = new HashMap<>();
    /** The package root of the file being walked (the literal fallbacks it holds are recorded under it). */
    private String unitNow = "";
    private final Map<String, Set<String>> defaultedIn = new HashMap<>();
    private final List<Read> reads = new ArrayList<>();
    private final List<Schema> schemas = new ArrayList<>();
    private final List<ExampleFile> examples = new ArrayList<>();
    private final List<Location> dotenvLoads = new ArrayList<>();
    private final List<Location> configModules = new ArrayList<>();

    /** A name written like an environment variable, {@code [A-Z][A-Z0-9_]*} (no regex: asked for the first argument of every call). */
    static boolean envNameLike(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) < 'A' || s.charAt(0) > 'Z') return false;
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) return false;
        }
        return true;
    }

    /** A variable name in an error message ("JWT_SECRET must be set"). */
    private static final Pattern ENV_NAME_IN_MESSAGE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b[A-Z]{4,}\\b");

    private EnvValidation(Project p) {
        this.project = p;
        ServerCode sc = ServerCode.of(p);
        this.sc = sc;
        scopes(p, sc);
        // names checked by hand, per package root (a check in one service says nothing of another's variable)
        Map<String, Set<String>> checkedIn = new HashMap<>();
        Map<Fn, Boolean> helpers = new IdentityHashMap<>();
        Map<Fn, Boolean> getters = new IdentityHashMap<>();
        List<Object[]> pending = new ArrayList<>(); // name, location, via, server, checked
        List<FileFacts> files = new ArrayList<>();
        // the packages that create an app and the workspace packages they use (a shared config package's schema)
        Set<String> walked = new HashSet<>();
        for (Set<String> u : scope.values()) walked.addAll(u);
        for (FileFacts f : p.files().values()) if (!p.isTestPath(f.path()) && walked.contains(sc.packageDir(f.path()))) files.add(f);
        Set<FileFacts> inApp = Collections.newSetFromMap(new IdentityHashMap<>());
        inApp.addAll(files);
        // if (!process.env.X) throw new Error(..) / process.exit(1): a fail-fast check by hand (checkedNames is a set: the
        // calls of those names come from CallNames, in any order)
        for (CallNames.At at : CallNames.of(p).named(cm -> cm.endsWith("Error") || cm.equals("exit"))) {
            if (!inApp.contains(at.file())) continue;
            CallSite cs = at.cs();
            String cm = cs.methodName();
            Set<String> checkedNames = checkedIn.computeIfAbsent(sc.packageDir(at.file().path()), k -> new HashSet<>());
            boolean fails = cs.isNew() && cm != null && cm.endsWith("Error") || "exit".equals(cm);
            if (!fails) continue;
            // throw new Error('JWT_SECRET must be set'): the message names the variable it checks
            Val msg = cs.arg(0);
            List<String> texts = new ArrayList<>();
            if (Val.constString(msg) != null) texts.add(Val.constString(msg));
            if (msg instanceof Tpl t) texts.addAll(t.quasis());
            for (String t : texts) {
                Matcher mm = ENV_NAME_IN_MESSAGE.matcher(t);
                while (mm.find()) checkedNames.add(mm.group());
            }
            for (CallSite.Guard g : cs.guards()) {
                for (Val side : Arrays.asList(g.left(), g.right())) {
                    deep(side, v -> {
                        String n = envName(v);
                        if (n != null) checkedNames.add(n);
                    }, 0);
                }
            }
            // const missing = REQUIRED.filter((k) => !process.env[k]); if (missing.length) throw/exit: a list of required
            // names checked in the function that fails fast
            if (!cs.guards().isEmpty()) {
                requiredList(at.fn(), at.file(), checkedNames, null);
                // REQUIRED.forEach((k) => { if (!process.env[k]) process.exit(1) }): the exit is in the callback, the list
                // test in the function around it
                Fn parent = parentOf(at.fn());
                if (parent != null) requiredList(parent, at.file(), checkedNames, at.fn());
                // for (const key of REQUIRED) { if (!process.env[key]) errors.push(..) } in this function or in the
                // validateEnv() it calls and whose result decides the exit (s34 showshowshow: validateEnvOrExit)
                iteratedEnvList(at.fn(), at.file(), checkedNames);
                for (CallSite inner : at.fn().calls()) {
                    if (inner.location() != null && cs.location() != null && Location.ORDER.compare(inner.location(), cs.location()) >= 0) continue;
                    Project.FnRef t = CallIndexSafe.resolve(p, inner, at.file(), at.fn());
                    if (t != null && t.fn() != at.fn()) iteratedEnvList(t.fn(), t.file(), checkedNames);
                }
            }
        }
        for (Set<String> c : checkedIn.values()) failFast.addAll(c);
        // configGetter needs a get/getOrThrow call in the function: the functions holding one, from CallNames
        Set<Fn> withGet = Collections.newSetFromMap(new IdentityHashMap<>());
        for (CallNames.At at : CallNames.of(p).named(GETS)) withGet.add(at.fn());
        for (FileFacts f : files) {
            unitNow = sc.packageDir(f.path());
            Set<String> checkedNames = checkedIn.computeIfAbsent(unitNow, k -> new HashSet<>());
            for (Fn fn : Analysis.functions(f)) {
                for (Fn.Check c : fn.checks()) {
                    String n = envName(c.subject());
                    if (n != null && c.kind().equals("presence")) checkedNames.add(n);
                }
                collectDefaults(fn);
                if (requiredHelper(fn)) helpers.put(fn, true);
                else if (withGet.contains(fn) && configGetter(fn)) getters.put(fn, fn.throwsTypes().isEmpty() && fn.checks().isEmpty() ? Boolean.FALSE : Boolean.TRUE);
            }
        }
        for (FileFacts f : files) {
            unitNow = sc.packageDir(f.path());
            // a module-level value: its defaults as a function returning it would show them
            for (Val v : f.symbols().values()) deep(Objects.requireNonNull(v), defaults, 0);
        }
        // wrappers: getString(key) { const v = this.get(key); ... } is a getter too, throwing when it or what it calls throws
        // (with no helper and no getter known, a round can find none: nothing to resolve)
        for (int round = 0; round < 2 && !(helpers.isEmpty() && getters.isEmpty()); round++) {
            for (FileFacts f : files) {
                for (Fn fn : Analysis.functions(f)) {
                    if (fn.params().isEmpty() || helpers.containsKey(fn)) continue;
                    for (CallSite cs : fn.calls()) {
                        if (!(cs.arg(0) instanceof Val.Param pa) || pa.index() != 0 || !pa.path().isEmpty()) continue;
                        Project.FnRef t = CallIndexSafe.resolve(p, cs, f, fn);
                        if (t == null || t.fn() == fn) continue;
                        if (helpers.containsKey(t.fn())) helpers.put(fn, true);
                        else if (getters.containsKey(t.fn())) getters.merge(fn, getters.get(t.fn()) || !fn.throwsTypes().isEmpty(), Boolean::logicalOr);
                    }
                }
            }
        }
        Set<String> bun = new TreeSet<>(); // one set for every call below, emptied per call
        // one walk over every call's arguments collects both the Bun reads and the literal fallbacks (see collectDefaults)
        java.util.function.Consumer<Val> bunReads = v -> {
            defaults.accept(v);
            if (v instanceof Global g && g.name().equals("Bun") && g.path().size() >= 2 && g.path().get(0).equals("env")) bun.add(g.path().get(1));
        };
        for (FileFacts f : files) {
            boolean server = sc.server(f.path());
            unitNow = sc.packageDir(f.path());
            for (Fn fn : Analysis.functions(f)) {
                for (Fn.Read r : fn.reads()) {
                    if (!r.part().equals("env")) continue;
                    String name = Val.constString(r.value());
                    if (name == null) continue;
                    pending.add(new Object[]{name, r.location(), "process.env", server, false});
                    if (!comparedWithLiteral(fn, name, r.location())) notFlag.add(name);
                }
                for (CallSite cs : fn.calls()) {
                    call(f, fn, cs, server, pending, helpers, getters);
                    // Bun.env.X (the front end records only process.env reads): one read per name per call
                    bun.clear();
                    for (Val a : cs.args()) deep(a, bunReads, 0);
                    for (String n : bun) pending.add(new Object[]{n, cs.location(), "Bun.env", server, false});
                }
            }
        }
        for (Object[] o : pending) {
            String name = (String) o[0];
            boolean checked = (Boolean) o[4];
            for (String u : scopeOf(sc.packageDir(((Location) o[1]).path()))) checked |= checkedIn.getOrDefault(u, Set.of()).contains(name);
            reads.add(new Read(name, (Location) o[1], (String) o[2], checked, (Boolean) o[3]));
        }
        reads.sort(Comparator.comparing(Read::location, Location.ORDER).thenComparing(Read::name));
        schemas.sort(Comparator.comparing(Schema::location, Location.ORDER));
        dotenvLoads.sort(Location.ORDER);
        configModules.sort(Location.ORDER);
        for (Map.Entry<String, String> e : exampleTexts(p).entrySet()) {
            if (p.isTestPath(e.getKey())) continue;
            SortedSet<String> names = new TreeSet<>();
            Matcher m = Pattern.compile("(?m)^\\s*(?:export\\s+)?#?\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*[=:]").matcher(e.getValue());
            while (m.find()) names.add(m.group(1));
            examples.add(new ExampleFile(e.getKey(), names));
        }
    }

    /**
     * Example env files: those the workspace read, and those next to a package.json (or at the root) that an ignore
     * pattern such as {@code .env*} hid although the repository tracks them (a committed .env.example is common).
     */
    private static SortedMap<String, String> exampleTexts(Project p) {
        SortedMap<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : p.texts().entrySet()) if (exampleFile(e.getKey())) out.put(e.getKey(), e.getValue());
        if (p.root() == null) return out;
        dev.backcheck.model.Reads.whole("disk read");
        for (String d : packageDirs(p)) {
            java.nio.file.Path dir = d.isEmpty() ? p.root() : p.root().resolve(d);
            try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : s.sorted().toList()) {
                    String rel = (d.isEmpty() ? "" : d + "/") + f.getFileName();
                    if (!exampleFile(rel) || out.containsKey(rel) || !java.nio.file.Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            || java.nio.file.Files.size(f) > 256 * 1024) continue;
                    out.put(rel, java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (java.io.IOException | RuntimeException e) {
                // unreadable: the file does not document anything
            }
        }
        return out;
    }

    /** The root ("") and every folder holding a package.json, in order: where env and deployment files sit. */
    private static Set<String> packageDirs(Project p) {
        Set<String> dirs = new TreeSet<>();
        dirs.add("");
        for (dev.backcheck.workspace.PackageJson m : dev.backcheck.workspace.PackageJson.of(p.manifests())) {
            dirs.add(m.path().contains("/") ? m.path().substring(0, m.path().lastIndexOf('/')) : "");
        }
        return dirs;
    }

    /** A compose file: docker-compose.yml, docker-compose.prod.yaml, compose.yml. */
    private static final Pattern COMPOSE = Pattern.compile("(?i)(docker-)?compose([.-][\\w.-]+)?\\.ya?ml");
    /** {@code - NAME=value} / {@code NAME: value} under a compose service's {@code environment:}. */
    private static final Pattern COMPOSE_VAR = Pattern.compile("(?m)^\\s+(?:-\\s*)?([A-Z][A-Z0-9_]*)\\s*[=:]");
    private static final Pattern ENV_FILE_REF = Pattern.compile("(?m)^\\s*(?:env_file\\s*:\\s*|-\\s*)[\"']?([\\w./-]+\\.env(?:\\.[\\w-]+)?|[\\w./-]*\\.env)[\"']?\\s*$");

    /**
     * Variables the deployment files of the tree set: a compose file's {@code environment:} entries and the env files
     * its {@code env_file:} names, committed per-environment env files ({@code config/prod/database.env}), and a
     * {@code .env} the repository tracks (no .gitignore beside it or at the root leaves it out).
     */
    private static Map<String, SortedSet<String>> deploymentNames(Project p) {
        Map<String, SortedSet<String>> byDir = new TreeMap<>();
        Pattern line = Pattern.compile("(?m)^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=");
        if (p.root() == null) return byDir;
        for (String d : packageDirs(p)) {
            SortedSet<String> out = byDir.computeIfAbsent(d, k -> new TreeSet<>());
            java.nio.file.Path dir = d.isEmpty() ? p.root() : p.root().resolve(d);
            for (java.nio.file.Path f : listFiles(dir)) {
                String n = f.getFileName().toString();
                // a setup script beside the package.json that writes the .env from a template it holds (setup-env.js:
                // fs.writeFileSync('.env', envTemplate)): the template's lines, commented ones too, name the variables
                if (SETUP_SCRIPT.matcher(n).matches()) {
                    String js = readSmall(p, f);
                    if (js != null && WRITES_ENV.matcher(js).find()) {
                        Matcher tm = TEMPLATE_VAR.matcher(js);
                        while (tm.find()) out.add(tm.group(1));
                    }
                    continue;
                }
                String text = COMPOSE.matcher(n).matches() ? readSmall(p, f) : null;
                if (text == null) continue;
                Matcher m = COMPOSE_VAR.matcher(text);
                while (m.find()) out.add(m.group(1));
                Matcher ef = ENV_FILE_REF.matcher(text);
                while (ef.find()) {
                    String ref = readSmall(p, f.getParent().resolve(ef.group(1)).normalize());
                    if (ref == null) continue;
                    Matcher lm = line.matcher(ref);
                    while (lm.find()) out.add(lm.group(1));
                }
            }
            // config/<environment>/*.env: committed per-environment settings
            for (java.nio.file.Path env : listFiles(dir.resolve("config"))) {
                if (!java.nio.file.Files.isDirectory(env, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                for (java.nio.file.Path f : listFiles(env)) {
                    if (!f.getFileName().toString().endsWith(".env")) continue;
                    String t = readSmall(p, f);
                    if (t == null) continue;
                    Matcher lm = line.matcher(t);
                    while (lm.find()) out.add(lm.group(1));
                }
            }
            // a platform's own deployment file: wrangler.toml [vars], fly.toml [env], netlify.toml, render.yaml envVars,
            // app.json (Heroku) and vercel.json env, wrangler.json(c) vars; their upper-case keys are the variables set
            for (String name : PLATFORM_FILES) {
                String text = readSmall(p, dir.resolve(name));
                if (text == null) continue;
                Pattern keys = name.endsWith(".toml") ? TOML_KEY : name.endsWith(".yaml") || name.endsWith(".yml") ? RENDER_KEY : JSON_KEY;
                Matcher km = keys.matcher(text);
                while (km.find()) out.add(km.group(1));
            }
            // a tracked .env: no .gitignore here or at the root names it
            String envText = p.texts().get(d.isEmpty() ? ".env" : d + "/.env");
            if (envText != null && !ignoresEnv(p, dir.resolve(".gitignore")) && !ignoresEnv(p, p.root().resolve(".gitignore"))) {
                Matcher lm = line.matcher(envText);
                while (lm.find()) out.add(lm.group(1));
            }
        }
        return byDir;
    }

    /** A script file directly in a package folder. */
    private static final Pattern SETUP_SCRIPT = Pattern.compile("(?i)[\\w.-]+\\.(c|m)?js");
    /** A write of a file named .env (writeFileSync('.env', ..), writeFile(path.join(__dirname, '.env'), ..)). */
    private static final Pattern WRITES_ENV = Pattern.compile("writeFile(Sync)?\\s*\\([^;]{0,120}['\"`][^'\"`]*\\.env['\"`]|['\"`][^'\"`\\n]*\\.env['\"`][\\s\\S]{0,400}writeFile(Sync)?\\s*\\(");
    /** {@code NAME=value} or {@code # NAME=value} at the start of a line of a template the script holds. */
    private static final Pattern TEMPLATE_VAR = Pattern.compile("(?m)^\\s*(?:#\\s*)?([A-Z][A-Z0-9_]{2,})=");

    /** Deployment files of hosting platforms, at the root or beside a package.json (see {@link #deploymentNames}). */
    private static final List<String> PLATFORM_FILES = List.of("wrangler.toml", "wrangler.json", "wrangler.jsonc", "fly.toml", "netlify.toml",
            "render.yaml", "render.yml", "app.json", "vercel.json");
    private static final Pattern TOML_KEY = Pattern.compile("(?m)^\\s*([A-Z][A-Z0-9_]*)\\s*=");
    private static final Pattern RENDER_KEY = Pattern.compile("(?m)^\\s*(?:-\\s*)?key\\s*:\\s*[\"']?([A-Z][A-Z0-9_]*)");
    private static final Pattern JSON_KEY = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"\\s*:");

    /**
     * Variables a CI workflow sets ({@code env:} of a GitHub Actions job or step, GitLab CI {@code variables:}): the
     * upper-case keys of .github/workflows/*.yml and .gitlab-ci.yml, where a deploy or test job passes them in.
     */
    private static void ciNames(Project p, SortedSet<String> out) {
        List<java.nio.file.Path> files = new ArrayList<>(listFiles(p.root().resolve(".github").resolve("workflows")));
        files.add(p.root().resolve(".gitlab-ci.yml"));
        for (java.nio.file.Path f : files) {
            String n = f.getFileName().toString();
            if (!n.endsWith(".yml") && !n.endsWith(".yaml")) continue;
            String text = readSmall(p, f);
            if (text == null) continue;
            Matcher m = COMPOSE_VAR.matcher(text);
            while (m.find()) out.add(m.group(1));
        }
    }

    /**
     * Variables the committed env files of the tree set, whatever their name ({@code docker/.env.services},
     * {@code .env.staging}): a file git tracks, or, with no git state, one the workspace read (the workspace leaves
     * git-ignored files out).
     */
    private static void committedEnvNames(Project p, ServerCode sc, Map<String, SortedSet<String>> byUnit) {
        GitState git = GitState.find(p.root());
        for (Map.Entry<String, String> e : p.texts().entrySet()) {
            String name = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
            if (!DotEnv.isEnvFile(name) || p.isTestPath(e.getKey())) continue;
            Boolean tracked = git == null ? null : git.tracked(e.getKey());
            if (Boolean.FALSE.equals(tracked) || tracked == null && git != null && git.ignored(e.getKey())) continue;
            SortedSet<String> out = byUnit.computeIfAbsent(sc.packageDir(e.getKey()), k -> new TreeSet<>());
            for (DotEnv.Entry en : DotEnv.parse(e.getValue())) out.add(en.name());
        }
    }

    /**
     * A startup schema that describes the variable: {@code JWT_SECRET: z.string().describe('...')}, a
     * {@code description:} or convict-style {@code doc:} in its entry. The schema is its documentation.
     */
    private boolean described(String name, Set<String> units) {
        Pattern key = Pattern.compile("(?<![\\w$])[\"']?" + Pattern.quote(name) + "[\"']?\\s*:");
        for (Schema sc : schemas) {
            if (!sc.names().contains(name) || units != null && !units.contains(unit(sc.location().path()))) continue;
            String text = SourceLines.text(project, sc.location().path(), 512 * 1024);
            if (text == null) continue;
            Matcher m = key.matcher(text);
            while (m.find()) {
                // the entry: up to the next key at the start of a line, at most 600 characters
                String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 600));
                Matcher next = NEXT_KEY.matcher(rest);
                if (next.find()) rest = rest.substring(0, next.start());
                if (rest.contains(".describe(") || DESCRIPTION.matcher(rest).find()) return true;
            }
        }
        return false;
    }

    private static final Pattern NEXT_KEY = Pattern.compile("\\n\\s*[\"']?[A-Za-z_$][\\w$]*[\"']?\\s*:");
    private static final Pattern DESCRIPTION = Pattern.compile("\\b(description|doc)\\s*:\\s*[\"'`]");

    private static boolean ignoresEnv(Project p, java.nio.file.Path gitignore) {
        String t = readSmall(p, gitignore);
        if (t == null) return java.nio.file.Files.exists(gitignore); // present but unreadable: assume it does
        for (String l : t.split("\\r?\\n")) {
            String x = l.strip();
            if (x.startsWith("/")) x = x.substring(1);
            if (x.equals(".env") || x.equals(".env*") || x.equals("*.env") || x.equals("*.env*") || x.equals("**/.env") || x.equals(".env/")) return true;
        }
        return false;
    }

    private static List<java.nio.file.Path> listFiles(java.nio.file.Path dir) {
        dev.backcheck.model.Reads.whole("disk listing");
        if (!java.nio.file.Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return List.of();
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(dir)) {
            return s.sorted().limit(500).toList();
        } catch (java.io.IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * A small file of the tree, through the guarded reader: an {@code env_file: ../../elsewhere.env} or a link out of the
     * root reads nothing.
     */
    private static String readSmall(Project p, java.nio.file.Path f) {
        try {
            java.nio.file.Path root = p.root().toAbsolutePath().normalize();
            java.nio.file.Path abs = f.toAbsolutePath().normalize();
            if (!abs.startsWith(root)) return null;
            return SourceLines.text(p, root.relativize(abs).toString().replace('\\', '/'), 256 * 1024);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Variables the deployment and committed env files set, by the package root they sit in; those the CI workflows set. */
    private Map<String, SortedSet<String>> deploymentByUnit;
    private final SortedSet<String> ciNames = new TreeSet<>();

    private void deploymentNames() {
        if (deploymentByUnit != null) return;
        deploymentByUnit = deploymentNames(project);
        if (project.root() != null) {
            ciNames(project, ciNames);
            committedEnvNames(project, sc, deploymentByUnit);
        }
    }

    /** A markdown file, Dockerfile or example file of the package or of one above it names the variable (all of them: unit null). */
    private boolean mentioned(String name, String unit) {
        Pattern word = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])");
        for (Map.Entry<String, String> t : project.texts().entrySet()) {
            String low = t.getKey().toLowerCase(Locale.ROOT);
            if (project.isTestPath(t.getKey())) continue;
            boolean doc = low.endsWith(".md") || low.endsWith(".markdown") || low.endsWith("dockerfile") || exampleFile(t.getKey());
            // a match holds the name literally: texts without it are not searched with the look-behind pattern
            if (doc && (unit == null || encloses(unit(t.getKey()), unit)) && t.getValue().contains(name) && word.matcher(t.getValue()).find()) return true;
        }
        return false;
    }

    /** Names a fail-fast check by hand names: a throw or process.exit under a test of the variable, or a required list. */
    private final Set<String> failFast = new HashSet<>();

    /**
     * True when the app stops (throws or exits) if {@code name} is not set: a literal fallback written for it is never
     * used ({@code validateEnv()} exits without JWT_SECRET, so {@code process.env.JWT_SECRET || 'dev-secret'} never falls back).
     */
    public boolean failsFastWithout(String name) {
        return name != null && failFast.contains(name);
    }

    /** Per package root: the variables a startup schema of that package marks required (a Nest ConfigModule validationSchema). */
    private final Map<String, Set<String>> requiredIn = new HashMap<>();

    /**
     * {@link #failsFastWithout(String)}, or a variable the startup schema of the package holding {@code path} requires
     * (another package of the tree, a second app, keeps its own fallback).
     */
    public boolean failsFastWithout(String name, String path) {
        if (failsFastWithout(name)) return true;
        return name != null && path != null && requiredIn.getOrDefault(sc.packageDir(path), Set.of()).contains(name);
    }

    /** The variables checked by hand at startup: the app throws or exits when one is missing ({@link #failsFastWithout}). */
    public SortedSet<String> failFastNames() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(failFast));
    }

    public static EnvValidation of(Project p) {
        return p.derived(EnvValidation.class, EnvValidation::new);
    }

    /** True for a committed file that documents variables: .env.example, .env.sample, .env.template, .env.dist, example.env. */
    public static boolean exampleFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return EXAMPLE_FILE.matcher(name).matches();
    }

    private static final Pattern EXAMPLE_FILE = Pattern.compile("\\.env\\.(example|sample|template|dist|defaults|schema|tpl|local\\.example|development|dev|test|docker)|"
            + "\\.?(example|sample|template)\\.env|env\\.(example|sample|template)|\\.?env\\..*\\.(example|sample|template)|[\\w.-]+\\.env\\.example");

    /** The name of process.env.X (also when the value is a member path under it), else null. */
    private static final Set<String> LIST_TESTS = Set.of("filter", "some", "every", "find", "findIndex", "forEach");

    /**
     * The names of a required-variables list that {@code fn} tests against the environment: {@code REQUIRED.filter(k =>
     * !process.env[k])} (also some/every/find/forEach) on an array of environment-variable names (spreads and a choice
     * between lists included), with a callback that reads the environment.
     */
    private void requiredList(Fn fn, FileFacts file, Set<String> out, Fn callback) {
        if (fn == null) return;
        for (CallSite cs : fn.calls()) {
            if (!LIST_TESTS.contains(String.valueOf(cs.methodName())) || cs.args().isEmpty() || !(cs.arg(0) instanceof FnVal cb)) continue;
            if (callback != null && cb.fn() != callback && !Objects.equals(cb.fn().location(), callback.location())) continue;
            // (process.env[key] with a variable key is no read of a named variable: seen in what the callback returns)
            boolean readsEnv = cb.fn().reads().stream().anyMatch(r -> r.part().equals("env"))
                    || cb.fn().returns().stream().anyMatch(r -> Vals.anyPartDeep(r, x -> x instanceof Global g && g.name().equals("process")
                            && !g.path().isEmpty() && g.path().get(0).equals("env"), 64));
            if (!readsEnv) readsEnv = envIndexedInText(file, cb.fn().location());
            if (!readsEnv) continue;
            Val recv = Analysis.receiver(cs.callee());
            if (recv == null) continue;
            Set<String> names = new TreeSet<>();
            listNames(project.resolve(recv, file), names, 0);
            out.addAll(names);
        }
    }

    /** {@code const REQUIRED = ['A', 'B'];} (typed or {@code as const}) in a function's source: the list's name, then its items. */
    private static final Pattern NAME_LIST = Pattern.compile("\\b(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*(?::[^=;]{1,80})?=\\s*\\[([^\\]\\[]{1,2000})\\]");
    private static final Pattern QUOTED_NAME = Pattern.compile("['\"`]([A-Z][A-Z0-9_]*)['\"`]");

    /**
     * The names of a constant list of environment-variable names that {@code fn} walks while indexing the environment
     * by the item: {@code for (const key of REQUIRED) { if (!process.env[key]) errors.push(..) }} (or a forEach/filter/
     * some/every over it). The front end keeps no such loop (it unrolls a short one), so the function's source is read.
     */
    private void iteratedEnvList(Fn fn, FileFacts file, Set<String> out) {
        Location at = fn == null ? null : fn.location();
        if (at == null || file == null || at.endLine() - at.line() > 400) return;
        List<String> lines = SourceLines.read(project, file.path());
        if (lines == null || at.endLine() > lines.size()) return;
        String text = String.join("\n", lines.subList(at.line() - 1, at.endLine()));
        if (!text.contains("process.env[")) return;
        Matcher m = NAME_LIST.matcher(text);
        while (m.find()) {
            String list = Pattern.quote(m.group(1));
            Pattern walked = Pattern.compile("\\bfor\\s*\\(\\s*(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s+of\\s+" + list + "\\s*\\)"
                    + "|\\b" + list + "\\s*\\.\\s*(?:forEach|filter|some|every|find|findIndex)\\s*\\(");
            if (!walked.matcher(text).find()) continue;
            List<String> names = new ArrayList<>();
            Matcher q = QUOTED_NAME.matcher(m.group(2));
            while (q.find()) names.add(q.group(1));
            // every item a quoted name like an environment variable's (no list of field names or messages)
            String rest = QUOTED_NAME.matcher(m.group(2)).replaceAll("").replaceAll("(?s)//[^\\n]*|/\\*.*?\\*/|\\s|,", "");
            if (names.isEmpty() || !rest.isEmpty()) continue;
            for (String n : names) if (envNameLike(n)) out.add(n);
        }
    }

    /** The callback's source indexes the environment by a variable ({@code (k) => !process.env[k]}: the facts keep only a boolean). */
    private boolean envIndexedInText(FileFacts file, Location at) {
        if (at == null || at.endLine() - at.line() > 5) return false;
        List<String> lines = SourceLines.read(project, file.path());
        if (lines == null || at.endLine() > lines.size()) return false;
        for (int l = at.line(); l <= at.endLine(); l++) if (lines.get(l - 1).contains("process.env[")) return true;
        return false;
    }

    private void listNames(Project.Resolved r, Set<String> out, int depth) {
        if (r == null || depth > 6) return;
        Val v = r.val();
        if (v instanceof Arr a) {
            for (Val item : a.items()) {
                String s = Val.constString(item);
                if (s != null && envNameLike(s)) out.add(s);
                else if (item instanceof Local || item instanceof Ref) listNames(project.resolve(item, r.file()), out, depth + 1);
            }
        } else if (v instanceof OneOf o) {
            for (Val x : o.options()) listNames(project.resolve(x, r.file()), out, depth + 1);
        }
    }

    /** The variable a read of {@code process.env.NAME} (or {@code Bun.env.NAME}) names, or null. */
    public static String envName(Val v) {
        if (v instanceof Global g && (g.name().equals("process") || g.name().equals("Bun")) && g.path().size() >= 2 && g.path().get(0).equals("env")) return g.path().get(1);
        return null;
    }

    /**
     * True when the front end is handed the same variable under a public prefix ({@code VITE_ANALYTICS_API_KEY},
     * {@code NEXT_PUBLIC_..}, {@code REACT_APP_..}, {@code EXPO_PUBLIC_..}): the bundler writes its value into the code every
     * browser downloads, so the server's copy of it is no secret.
     */
    public static boolean shippedToBrowser(Project p, String name) {
        return name != null && p.derived(PublicNames.class, PublicNames::new).names.contains(name);
    }

    /** The variable names the project's sources read under a front-end public prefix, the prefix taken off. */
    private static final class PublicNames {
        final Set<String> names = new HashSet<>();

        PublicNames(Project p) {
            for (Map.Entry<String, String> t : p.texts().entrySet()) {
                String v = t.getValue();
                if (v == null || !(v.contains("VITE_") || v.contains("PUBLIC_") || v.contains("REACT_APP_"))) continue;
                Matcher m = PUBLIC_ENV.matcher(v);
                while (m.find()) names.add(m.group(1));
            }
        }
    }

    private static final Pattern PUBLIC_ENV = Pattern.compile("\\b(?:VITE|NEXT_PUBLIC|REACT_APP|EXPO_PUBLIC|NUXT_PUBLIC|GATSBY|PUBLIC)_([A-Z][A-Z0-9_]*)\\b");

    /** process.env itself (not one of its variables). */
    public static boolean wholeEnv(Val v) {
        return v instanceof Global g && g.name().equals("process") && g.path().equals(List.of("env"));
    }

    /** {@code function required(name) { const v = process.env[name]; if (!v) throw ...; return v; }}: a helper that fails fast. */
    private static boolean requiredHelper(Fn fn) {
        if (fn.params().isEmpty() || fn.params().size() > 3) return false;
        boolean dynamic = false;
        for (Val r : fn.returns()) if (Vals.anyPart(r, EnvValidation::dynamicEnv)) dynamic = true;
        for (Fn.Check c : fn.checks()) if (Vals.anyPart(c.subject(), EnvValidation::dynamicEnv)) dynamic = true;
        if (!dynamic) return false;
        return !fn.throwsTypes().isEmpty() || !fn.checks().isEmpty()
                || fn.calls().stream().anyMatch(cs -> "exit".equals(cs.methodName()));
    }

    private final Set<String> defaulted = new HashSet<>();

    /**
     * Variables read with a literal fallback somewhere ({@code process.env.LOG_LEVEL ?? 'info'}): optional by design.
     * Here the returns; every call's arguments are visited by the constructor's last walk over the calls, with the Bun
     * reads ({@link #defaulted} is a set, read only once the constructor is done: the order of the visits is no matter).
     */
    private void collectDefaults(Fn fn) {
        for (Val v : fn.returns()) deep(v, defaults, 0);
    }

    /**
     * Names read as alternatives of one setting ({@code process.env.DATABASE_HOST || process.env.DB_HOST},
     * {@code config.get('DATABASE_URL') ?? config.get('DB_URL')}): each name to the others of its choice. A deployer who
     * sets any one of them configures the setting, so documenting one documents the choice.
     */
    private final Map<String, Set<String>> alternatives = new java.util.concurrent.ConcurrentHashMap<>();

    /** Variables some process.env read of which is more than a comparison with a literal (see {@link #flagOnly}). */
    private final Set<String> notFlag = new HashSet<>();

    /** The read of {@code name} at {@code at} is one side of a comparison of {@code fn} whose other side is a literal. */
    private static boolean comparedWithLiteral(Fn fn, String name, Location at) {
        for (Fn.Compare c : fn.compares()) {
            if (c.location() == null || !c.location().spans(at)) continue;
            if (name.equals(envName(c.left())) && c.right() instanceof Lit || name.equals(envName(c.right())) && c.left() instanceof Lit) return true;
        }
        return false;
    }

    /**
     * True when every process.env read of {@code name} is a comparison with a literal ({@code process.env.RESET_DB ===
     * "true"}): a switch whose every value means on or off, unset being off; nothing can be missing or malformed.
     */
    public boolean flagOnly(String name) {
        return !notFlag.contains(name) && reads.stream().anyMatch(r -> r.name().equals(name) && r.via().equals("process.env"));
    }

    /**
     * True when every read of {@code name} in {@code reads} sits on a line that tests the variable's presence right where
     * it is used: {@code ...(process.env.COOKIE_DOMAIN && { domain: process.env.COOKIE_DOMAIN })}, {@code process.env.X ?
     * a : b}, {@code if (process.env.X)}. The variable is optional by design: unset is a valid state a schema would not
     * reject (s35 concentrate). A read elsewhere that uses the value unguarded makes it required again.
     */
    public boolean presenceGuardedOnly(String name, List<Read> reads) {
        if (reads == null || reads.isEmpty()) return false;
        String q = Pattern.quote(name);
        Pattern guard = Pattern.compile("(?:process|Bun)\\.env(?:\\." + q + "\\b|\\[\\s*['\"`]" + q + "['\"`]\\s*\\])\\s*(?:&&|\\?(?![?.]))"
                + "|\\bif\\s*\\(\\s*(?:process|Bun)\\.env(?:\\." + q + "\\b|\\[\\s*['\"`]" + q + "['\"`]\\s*\\])\\s*\\)");
        for (Read r : reads) {
            Location at = r.location();
            if (at == null || !r.via().equals("process.env")) return false;
            List<String> lines = SourceLines.read(project, at.path());
            if (lines == null || at.line() < 1 || at.line() > lines.size() || !guard.matcher(lines.get(at.line() - 1)).find()) return false;
        }
        return true;
    }

    /** Collects {@link #defaulted} and {@link #alternatives} from one part of a value (see {@link #collectDefaults}). */
    private final java.util.function.Consumer<Val> defaults = x -> {
        if (x instanceof OneOf o && o.options().size() >= 2) {
            List<String> names = new ArrayList<>();
            for (Val y : o.options()) {
                String n = envName(y);
                if (n == null) n = configKey(y);
                if (n != null && !names.contains(n)) names.add(n);
            }
            if (names.size() >= 2) {
                for (String n : names) {
                    for (String m : names) if (!m.equals(n)) alternatives.computeIfAbsent(n, k -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(m);
                }
            }
        }
        // process.env.X ?? 'a', process.env.X?.split(',') || '*', config.get('X') || 'a'
        if (x instanceof OneOf o && o.options().stream().anyMatch(y -> y instanceof Lit l && l.value() != null)) {
            for (Val y : o.options()) {
                deep(y, z -> {
                    String n = envName(z);
                    if (n != null) markDefault(n);
                    String k = configKey(z);
                    if (k != null) markDefault(k);
                }, 0);
            }
        }
        // config.get('X', 'a')
        if (x instanceof Call c && c.args().size() == 2 && c.args().get(1) instanceof Lit l && l.value() != null) {
            String k = configKey(c);
            if (k != null) markDefault(k);
        }
    };

    /** Records a literal fallback for {@code name} in the package being walked. */
    private void markDefault(String name) {
        defaulted.add(name);
        defaultedIn.computeIfAbsent(unitNow, k -> new HashSet<>()).add(name);
    }

    /** Visits every part of a value (call callees and arguments included), bounded. */
    private static void deep(Val v, java.util.function.Consumer<Val> visit, int depth) {
        if (v == null || depth > 12) return;
        visit.accept(v);
        // the parts in order, visited in place (this runs over every argument of every call: no list per node)
        int d = depth + 1;
        if (v instanceof Tpl t) {
            for (Val p : t.holes()) deep(p, visit, d);
        } else if (v instanceof Concat c) {
            for (Val p : c.parts()) deep(p, visit, d);
        } else if (v instanceof OneOf o) {
            for (Val p : o.options()) deep(p, visit, d);
            if (o.test() != null) {
                deep(o.test().left(), visit, d);
                deep(o.test().right(), visit, d);
            }
        } else if (v instanceof Arr a) {
            for (Val p : a.items()) deep(p, visit, d);
        } else if (v instanceof Obj o) {
            for (Val p : o.props().values()) deep(p, visit, d);
        } else if (v instanceof Member m) {
            deep(m.object(), visit, d);
        } else if (v instanceof Call c) {
            deep(c.callee(), visit, d);
            for (Val p : c.args()) deep(p, visit, d);
        } else if (v instanceof New n) {
            for (Val p : n.args()) deep(p, visit, d);
        }
    }

    /** The key of {@code configService.get('X')}, else null. */
    private static String configKey(Val v) {
        if (!(v instanceof Call c) || c.args().isEmpty() || !"get".equals(Vals.lastName(c.callee()))) return null;
        Val recv = Analysis.receiver(c.callee());
        String rn = recv == null ? null : Vals.lastName(recv);
        String key = Val.constString(c.args().get(0));
        return rn != null && rn.toLowerCase(Locale.ROOT).contains("config") && key != null && envNameLike(key) ? key : null;
    }

    /** True when the code reads {@code name} with a literal fallback somewhere. */
    public boolean defaulted(String name) {
        return defaulted.contains(name);
    }

    /** A method reading the config key it is given: {@code get(key) { return this.configService.get(key); }} (throwing or not). */
    private static boolean configGetter(Fn fn) {
        if (fn.params().isEmpty() || fn.params().size() > 3) return false;
        for (CallSite cs : fn.calls()) {
            String m = cs.methodName();
            if (m == null || !(m.equals("get") || m.equals("getOrThrow")) || !(cs.arg(0) instanceof Val.Param pa) || pa.index() != 0) continue;
            Val recv = Analysis.receiver(cs.callee());
            String rn = recv == null ? null : Vals.lastName(recv);
            if (rn != null && rn.toLowerCase(Locale.ROOT).contains("config")) return true;
        }
        return false;
    }

    private static boolean dynamicEnv(Val v) {
        return v instanceof Member m && m.prop().equals("*") && wholeEnv(m.object());
    }

    private void call(FileFacts f, Fn fn, CallSite cs, boolean server, List<Object[]> pending, Map<Fn, Boolean> helpers, Map<Fn, Boolean> getters) {
        String m = cs.methodName();
        String q = safeQname(cs.callee(), f);
        // the package the callee is rooted in: resolved only for the few calls that ask (a get, a schema call, one
        // handed process.env), not for every call of the project
        // (rootOf below: one answer per call, kept in two fields rather than an object made for every call of the project)
        // dotenv: where the environment is loaded (the place a schema belongs next to)
        if (q != null && (q.equals("dotenv.config") || q.equals("dotenv/config") || q.equals("dotenv.configDotenv")) && server) dotenvLoads.add(cs.location());
        // dotenv-safe / dotenv-extended (errorOnMissing): every variable of the example file must be set, or the process stops
        if (q != null && (q.equals("dotenv-safe.config") || q.equals("dotenv-safe.load")
                || q.equals("dotenv-extended.load") && cs.arg(0) instanceof Obj eo && eo.props().get("errorOnMissing") instanceof Lit el
                && Boolean.TRUE.equals(el.value()))) {
            schemas.add(new Schema(q.substring(0, q.indexOf('.')), cs.location(), "presence of every variable of the example file", new TreeSet<>()));
            return;
        }
        // @nestjs/config ConfigModule.forRoot({ validationSchema | validate })
        if (q != null && q.startsWith("@nestjs/config.ConfigModule.forRoot")) {
            configModules.add(cs.location());
            Val opt = cs.args().isEmpty() ? null : project.resolve(cs.arg(0), f).val();
            if (opt instanceof Obj o && (o.props().containsKey("validationSchema") || o.props().containsKey("validate"))) {
                Val schema = o.props().containsKey("validationSchema") ? o.props().get("validationSchema") : o.props().get("validate");
                schemas.add(new Schema("@nestjs/config", cs.location(), o.props().containsKey("validationSchema")
                        ? "ConfigModule.forRoot validationSchema" : "ConfigModule.forRoot validate", declared(schema, f)));
                // ConfigModule validates process.env against the schema when the module loads and throws on a failure: a
                // variable the schema marks .required() stops the app at start when it is missing
                if (o.props().containsKey("validationSchema")) {
                    requiredIn.computeIfAbsent(sc.packageDir(f.path()), k -> new HashSet<>()).addAll(requiredEntries(schema, f));
                } else {
                    requiredIn.computeIfAbsent(sc.packageDir(f.path()), k -> new HashSet<>()).addAll(classValidatorRequired(sc.packageDir(f.path())));
                }
            }
            return;
        }
        // ConfigService.get('X') / getOrThrow('X'): a read through Nest's config
        if (m != null && (m.equals("get") || m.equals("getOrThrow")) && !cs.args().isEmpty()) {
            Val recv = Analysis.receiver(cs.callee());
            String rn = recv == null ? null : Vals.lastName(recv);
            String key = Val.constString(cs.arg(0));
            if (rn != null && rn.toLowerCase(Locale.ROOT).contains("config") && key != null && envNameLike(key)
                    && !"env-var".equals(rootOf(cs, f))) {
                pending.add(new Object[]{key, cs.argLocation(0), "ConfigService", server, m.equals("getOrThrow")});
                return;
            }
        }
        // env-var: env.get('X').required().asString()
        if ("get".equals(m) && "env-var".equals(rootOf(cs, f))) {
            String key = Val.constString(cs.arg(0));
            if (key != null) {
                pending.add(new Object[]{key, cs.argLocation(0), "env-var", server, true});
                if (schemas.stream().noneMatch(s -> s.library().equals("env-var"))) {
                    schemas.add(new Schema("env-var", cs.location(), "env-var reads", new TreeSet<>()));
                }
            }
            return;
        }
        // a project helper that throws when the variable is missing: required('JWT_SECRET')
        if (!cs.args().isEmpty() && Val.constString(cs.arg(0)) != null && envNameLike(Val.constString(cs.arg(0)))) {
            Project.FnRef target = CallIndexSafe.resolve(project, cs, f, fn);
            if (target != null && helpers.containsKey(target.fn())) {
                pending.add(new Object[]{Val.constString(cs.arg(0)), cs.argLocation(0), "helper", server, true});
                return;
            }
            if (target != null && getters.containsKey(target.fn())) {
                pending.add(new Object[]{Val.constString(cs.arg(0)), cs.argLocation(0), "helper", server, getters.get(target.fn())});
                return;
            }
        }
        // @fastify/env / env-schema / convict
        if (m != null && m.equals("register") && !cs.args().isEmpty()) {
            String plugin = safeRoot(cs.arg(0), f);
            if (plugin != null && (plugin.equals("@fastify/env") || plugin.equals("fastify-env"))) {
                Val opt = cs.args().size() > 1 ? project.resolve(cs.arg(1), f).val() : null;
                Val schema = opt instanceof Obj o ? o.props().get("schema") : null;
                schemas.add(new Schema(plugin, cs.location(), "register(" + plugin + ")", declared(schema, f)));
                return;
            }
        }
        // only a call named env-schema(...) or convict(...) (or their default export) can be rooted there and named so
        String lib0 = q != null && (q.equals("env-schema") || q.equals("env-schema.default") || q.equals("convict") || q.equals("convict.default"))
                ? rootOf(cs, f) : null;
        if (lib0 != null && (lib0.equals("env-schema") || lib0.equals("convict")) && (q.equals(lib0) || q.equals(lib0 + ".default"))) {
            Val opt = cs.args().isEmpty() ? null : cs.arg(0);
            SortedSet<String> names = declared(opt instanceof Obj o && o.props().containsKey("schema") ? o.props().get("schema") : opt, f);
            if (lib0.equals("convict")) names = convictNames(opt, f);
            schemas.add(new Schema(lib0, cs.location(), lib0, names));
            return;
        }
        // schema.parse(process.env), cleanEnv(process.env, {...}), createEnv({ runtimeEnv: process.env, ... })
        boolean passesEnv = false, builtObject = true;
        for (Val a : cs.args()) {
            Val ra = a;
            // schema.parseAsync(config) where config is a module's object of env reads (export const config = { X: process.env.X })
            if (a instanceof Local || a instanceof Ref) {
                try {
                    Val r = project.resolve(a, f).val();
                    if (r instanceof Obj) ra = r;
                } catch (RuntimeException e) {
                    // unresolvable: as written
                }
            }
            if (wholeEnv(ra)) { passesEnv = true; builtObject = false; }
            else if (ra instanceof Obj o && o.props().values().stream().anyMatch(v -> wholeEnv(v) || envName(v) != null)) passesEnv = true;
            // schema.parse({ port: parseInt(process.env.PORT!), db: { host: process.env.DB_HOST } }): an object built from env reads
            else if (ra instanceof Obj o && envObject(o, 0)) passesEnv = true;
        }
        if (!passesEnv) return;
        // an object of env reads handed to create()/is()/cast() is as often a record or a client (prisma.user.create({ data:
        // { email: process.env.ADMIN_EMAIL } }), axios.create({ baseURL })): only a strict parse or a schema library's call validates it
        boolean validator = m != null && (builtObject ? OBJECT_PARSE_METHODS : PARSE_METHODS).contains(m) || rootOf(cs, f) != null && SCHEMA_MODULES.contains(rootOf(cs, f));
        if (!validator) {
            // ajv.compile(schema)(process.env) / a validate function made by a schema library
            Project.Resolved rc = project.resolve(cs.callee(), f);
            if (rc.val() instanceof Call made && "compile".equals(Vals.lastName(made.callee()))) validator = true;
        }
        if (!validator || m != null && (m.equals("keys") || m.equals("entries") || m.equals("assign") || m.equals("stringify"))) return;
        String lib = rootOf(cs, f) != null ? rootOf(cs, f) : "schema";
        SortedSet<String> names = new TreeSet<>();
        Val recv = Analysis.receiver(cs.callee());
        if (recv != null) names.addAll(declared(recv, f));
        for (Val a : cs.args()) if (!wholeEnv(a)) names.addAll(declared(a, f));
        schemas.add(new Schema(lib, cs.location(), (m == null ? lib : lib + " " + m) + " of process.env", names));
    }

    /** An object literal whose values are env reads, possibly converted (Number(..), parseInt(..)) or in nested literals. */
    private static boolean envObject(Val v, int depth) {
        if (v == null || depth > 6) return false;
        if (envName(v) != null) return true;
        if (v instanceof Obj o) return o.props().values().stream().anyMatch(x -> envObject(x, depth + 1));
        if (v instanceof OneOf o) return o.options().stream().anyMatch(x -> envObject(x, depth + 1));
        if (v instanceof Call c && c.args().size() <= 2 && Set.of("Number", "parseInt", "parseFloat", "Boolean", "String").contains(String.valueOf(Vals.lastName(c.callee())))) {
            return !c.args().isEmpty() && envObject(c.args().get(0), depth + 1);
        }
        return false;
    }

    /** Variable names a schema value declares: keys of the first object literal it is built from. */
    private SortedSet<String> declared(Val schema, FileFacts f) {
        SortedSet<String> out = new TreeSet<>();
        Obj o = schemaObject(schema, f);
        if (o == null) return out;
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            if (envNameLike(e.getKey())) out.add(e.getKey());
            else if (e.getKey().equals("server") || e.getKey().equals("shared") || e.getKey().equals("properties")) {
                out.addAll(declared(e.getValue(), f));
            }
        }
        return out;
    }

    /**
     * The variables a class-validator environment class of the package requires, for a ConfigModule {@code validate}
     * function (the documented form: {@code plainToInstance(EnvironmentVariables, config)} then {@code validateSync},
     * throwing on errors): the class's properties carrying a class-validator decorator, none of them
     * {@code @IsOptional}/{@code @ValidateIf}, and no initializer (an initializer is the default plainToInstance keeps).
     * Only classes of files that import class-validator and class-transformer's plainToInstance/plainToClass.
     */
    private Set<String> classValidatorRequired(String pkg) {
        Set<String> out = new TreeSet<>();
        for (FileFacts g : project.files().values()) {
            if (!sc.packageDir(g.path()).equals(pkg) || project.isTestPath(g.path())) continue;
            boolean transformer = false, validator = false;
            for (dev.backcheck.lang.facts.Import i : g.imports().values()) {
                if (i.module().equals("class-transformer") && ("plainToInstance".equals(i.export()) || "plainToClass".equals(i.export()))) transformer = true;
                if (i.module().equals("class-validator")) validator = true;
            }
            if (!transformer || !validator) continue;
            for (dev.backcheck.lang.facts.ClassInfo ci : g.classes().values()) {
                for (dev.backcheck.lang.facts.ClassInfo.Prop pr : ci.props()) {
                    if (pr.name() == null || pr.decorators() == null || !envNameLike(pr.name()) || pr.value() != null || pr.decorators().isEmpty()) continue;
                    boolean optional = false, checked = false;
                    for (dev.backcheck.lang.facts.Decorator d : pr.decorators()) {
                        String q = d.callee() == null ? null : project.qname(d.callee(), g);
                        if (q == null || !q.startsWith("class-validator.")) continue;
                        checked = true;
                        if ("IsOptional".equals(d.name()) || "ValidateIf".equals(d.name())) optional = true;
                    }
                    if (checked && !optional) out.add(pr.name());
                }
            }
        }
        return out;
    }

    /** The object literal a schema is built on: see {@link SchemaParses#shape}. */
    private Obj schemaObject(Val schema, FileFacts f) {
        return SchemaParses.shape(project, schema, f);
    }

    /**
     * The variables of a Joi-style schema object whose entry is a chain holding a {@code required()} call
     * ({@code JWT_SECRET: Joi.string().min(32).required()}), in the object {@link #schemaObject} finds.
     */
    private SortedSet<String> requiredEntries(Val schema, FileFacts f) {
        SortedSet<String> out = new TreeSet<>();
        Obj o = schemaObject(schema, f);
        if (o == null) return out;
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            if (!envNameLike(e.getKey())) continue;
            Val v = e.getValue();
            for (int i = 0; i < 12 && v instanceof Call c; i++) {
                if ("required".equals(Vals.lastName(c.callee()))) {
                    out.add(e.getKey());
                    break;
                }
                v = Analysis.receiver(c.callee());
            }
        }
        return out;
    }

    private SortedSet<String> convictNames(Val opt, FileFacts f) {
        SortedSet<String> out = new TreeSet<>();
        Deque<Val> stack = new ArrayDeque<>();
        if (opt != null) stack.push(project.resolve(opt, f).val());
        int budget = 500;
        while (!stack.isEmpty() && budget-- > 0) {
            Val v = stack.pop();
            if (!(v instanceof Obj o)) continue;
            Val env = o.props().get("env");
            String n = env == null ? null : Val.constString(env);
            if (n != null) out.add(n);
            for (Val c : o.props().values()) if (c instanceof Obj) stack.push(c);
        }
        return out;
    }

    private String safeQname(Val v, FileFacts f) {
        try {
            return project.qname(v, f);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The call whose callee's root {@link #rootValue} is (the constructor's walk asks one call at a time). */
    private CallSite rootCall;
    private String rootValue;

    /** {@link #safeRoot} of the call's callee, resolved once per call and only when asked. */
    private String rootOf(CallSite cs, FileFacts f) {
        if (rootCall != cs) {
            rootValue = safeRoot(cs.callee(), f);
            rootCall = cs;
        }
        return rootValue;
    }

    private String safeRoot(Val v, FileFacts f) {
        try {
            return project.rootModule(v, f);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Fn parentOf(Fn fn) {
        try {
            return fn == null ? null : dev.backcheck.flow.CallIndex.of(project).parentOf(fn);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Resolves the project function a call runs through the call index (kept out of the constructor's imports). */
    private static final class CallIndexSafe {
        static Project.FnRef resolve(Project p, CallSite cs, FileFacts f, Fn fn) {
            try {
                return dev.backcheck.flow.CallIndex.of(p).resolve(cs, f, fn);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** Fills {@link #scope} from {@link ServerCode#appScopes()}. */
    private void scopes(Project p, ServerCode sc) {
        scope.putAll(sc.appScopes());
    }

    private static String dirOf(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }

    /** True when package root {@code outer} is {@code unit} or a folder above it (the repository's root is above all). */
    private static boolean encloses(String outer, String unit) {
        return outer.isEmpty() || outer.equals(unit) || unit.startsWith(outer + "/");
    }

    // ------------------------------------------------------------------ answers per package

    /** The package root (the folder of the nearest package.json) a file belongs to: the unit the answers below are asked per. */
    public String unit(String path) {
        return sc.packageDir(path);
    }

    /** The package and the packages it uses (see {@link #scope}). */
    private Set<String> scopeOf(String unit) {
        return scope.getOrDefault(unit, Set.of(unit));
    }

    /** The package roots whose server code reads a variable (ambient ones left out) or holds a schema, in order. */
    public SortedSet<String> units() {
        SortedSet<String> out = new TreeSet<>();
        for (Read r : reads) if (r.server() && !ambient(r.name())) out.add(unit(r.location().path()));
        for (Schema s : schemas) {
            String u = unit(s.location().path());
            if (scope.containsKey(u) && s.names().stream().anyMatch(n -> !ambient(n))) out.add(u);
        }
        return out;
    }

    /** True when a schema in the package, or in a package it uses, validates the environment at startup. */
    public boolean validated(String unit) {
        Set<String> in = scopeOf(unit);
        for (Schema s : schemas) if (in.contains(unit(s.location().path()))) return true;
        return false;
    }

    /** True when the package or one it uses reads {@code name} with a literal fallback. */
    public boolean defaulted(String unit, String name) {
        for (String u : scopeOf(unit)) if (defaultedIn.getOrDefault(u, Set.of()).contains(name)) return true;
        return false;
    }

    /** {@link #configVariables()} of one package. */
    public SortedMap<String, List<Read>> configVariables(String unit) {
        SortedMap<String, List<Read>> out = new TreeMap<>();
        for (Read r : reads) {
            if (r.server() && !ambient(r.name()) && unit(r.location().path()).equals(unit)) out.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** {@link #variables()} of one package: its server reads and the names of the schemas it holds. */
    public SortedMap<String, List<Location>> variables(String unit) {
        SortedMap<String, List<Location>> out = new TreeMap<>();
        for (Read r : reads) {
            if (r.server() && !ambient(r.name()) && unit(r.location().path()).equals(unit)) out.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r.location());
        }
        for (Schema s : schemas) {
            if (!unit(s.location().path()).equals(unit)) continue;
            for (String n : s.names()) if (!ambient(n)) out.computeIfAbsent(n, k -> new ArrayList<>()).add(s.location());
        }
        return out;
    }

    /** The dotenv loads of one package. */
    public List<Location> dotenvLoads(String unit) {
        return dotenvLoads.stream().filter(l -> unit(l.path()).equals(unit)).toList();
    }

    /** The {@code ConfigModule.forRoot(...)} calls of one package. */
    public List<Location> configModules(String unit) {
        return configModules.stream().filter(l -> unit(l.path()).equals(unit)).toList();
    }

    /** The env example files that document a package: its own and those of the folders above it (the repository's root). */
    public List<ExampleFile> examples(String unit) {
        return examples.stream().filter(e -> encloses(unit(e.path()), unit)).toList();
    }

    /**
     * {@link #documented(String)} within one package: its example files, deployment and committed env files, markdown
     * and those of the packages above it (the repository's root README, compose file, docs), the CI workflows, and the
     * schemas of the packages it uses.
     */
    public synchronized boolean documented(String unit, String name) {
        if (documentedAlone(unit, name)) return true;
        // DATABASE_HOST || DB_HOST: the documented alternative configures the same setting
        for (String alt : alternatives.getOrDefault(name, Set.of())) if (documentedAlone(unit, alt)) return true;
        return false;
    }

    private boolean documentedAlone(String unit, String name) {
        for (ExampleFile e : examples(unit)) if (e.names().contains(name)) return true;
        deploymentNames();
        for (Map.Entry<String, SortedSet<String>> e : deploymentByUnit.entrySet()) {
            if (encloses(e.getKey(), unit) && e.getValue().contains(name)) return true;
        }
        if (ciNames.contains(name) || described(name, scopeOf(unit))) return true;
        return mentioned(name, unit);
    }

    // ------------------------------------------------------------------ answers

    /** Every read of a variable in the packages that create an app (test code excluded), in source order. */
    public List<Read> reads() {
        return Collections.unmodifiableList(reads);
    }

    /** The startup schemas over the environment, in source order. */
    public List<Schema> schemas() {
        return Collections.unmodifiableList(schemas);
    }

    /** True when a schema library validates the environment at startup. */
    public boolean validated() {
        return !schemas.isEmpty();
    }

    /** The env example files of the tree (not test code), by path. */
    public List<ExampleFile> examples() {
        return Collections.unmodifiableList(examples);
    }

    /** Where the environment is loaded with dotenv in server code ({@code dotenv.config()}, {@code import 'dotenv/config'}). */
    public List<Location> dotenvLoads() {
        return Collections.unmodifiableList(dotenvLoads);
    }

    /** {@code ConfigModule.forRoot(...)} calls. */
    public List<Location> configModules() {
        return Collections.unmodifiableList(configModules);
    }

    /** True for a variable the platform or toolchain provides (NODE_ENV, PORT, npm_*, VERCEL_*...). */
    public static boolean ambient(String name) {
        return AMBIENT.contains(name) || AMBIENT_PREFIX.matcher(name).find();
    }

    /** Variables read in server code by name (ambient ones left out), each with its reads in source order. */
    public SortedMap<String, List<Read>> configVariables() {
        SortedMap<String, List<Read>> out = new TreeMap<>();
        for (Read r : reads) if (r.server() && !ambient(r.name())) out.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
        return out;
    }

    /** Variables read in server code (not tooling: scripts, test and build configs) or declared by a schema, with where. */
    public SortedMap<String, List<Location>> variables() {
        SortedMap<String, List<Location>> out = new TreeMap<>();
        for (Read r : reads) if (r.server() && !ambient(r.name())) out.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r.location());
        for (Schema s : schemas) for (String n : s.names()) if (!ambient(n)) out.computeIfAbsent(n, k -> new ArrayList<>()).add(s.location());
        return out;
    }

    /**
     * True when an example env file, a deployment file (see {@link #deploymentNames}), a CI workflow or a committed env
     * file sets {@code name}, the startup schema describes it, or a markdown file of the tree mentions it.
     */
    public synchronized boolean documented(String name) {
        if (documentedAlone(name)) return true;
        for (String alt : alternatives.getOrDefault(name, Set.of())) if (documentedAlone(alt)) return true;
        return false;
    }

    private boolean documentedAlone(String name) {
        for (ExampleFile e : examples) if (e.names().contains(name)) return true;
        deploymentNames();
        for (SortedSet<String> d : deploymentByUnit.values()) if (d.contains(name)) return true;
        if (ciNames.contains(name) || described(name, null)) return true;
        return mentioned(name, null);
    }
}
