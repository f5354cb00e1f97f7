package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.workspace.PackageJson;

import java.util.*;
import java.util.regex.Pattern;

/**
 * Which files are the server: the files of an application's package (the nearest package.json of the
 * file where an app is created), minus test code, tooling (scripts, seeds, migrations, *.config.* files, generated loaders)
 * and front-end components (.tsx/.jsx). Which applications run as long-lived servers (they listen), the
 * ones health checks, shutdown and metrics concern; a serverless export has no process to probe.
 */
public final class ServerCode {
    private static final Pattern TOOLING = Pattern.compile(
            "(^|/)(scripts?|seeds?|seeders?|seeding|migrations?|migrate|fixtures|tools|benchmarks?|examples?|docs?)(/|$)"
                    // data-migrations/, db-seeds/: a folder of migrations or seeds by another name
                    + "|(^|/)[\\w.]+[-_](migrations?|seeds?|seeders?)(/|$)"
                    + "|(^|/)[^/]*\\.config\\.[cm]?[jt]s$|(^|/)(knexfile|gulpfile|gruntfile|ormconfig|data-source|datasource)[^/]*\\.[cm]?[jt]s$"
                    + "|(^|/)[^/]*(seed|migrate|migration)[^/]*\\.[cm]?[jt]s$|(^|/)(jest|vitest|playwright|cypress)[\\w.-]*\\.[cm]?[jt]s$"
                    + "|(^|/)setup-?tests\\.[cm]?[jt]s$"
                    // generated loaders: Yarn Plug'n'Play's .pnp.cjs / .pnp.loader.mjs
                    + "|(^|/)\\.pnp(\\.loader)?\\.[cm]?js$", Pattern.CASE_INSENSITIVE);

    private final Project project;
    private final Set<String> appRoots = new TreeSet<>();
    private final SortedSet<String> manifestDirs = new TreeSet<>();

    private ServerCode(Project p) {
        this.project = p;
        for (PackageJson m : dev.backcheck.workspace.PackageJson.of(p.manifests())) {
            manifestDirs.add(dir(m.path()));
            if (frontEndManifest(m)) frontEndPackages.add(dir(m.path()));
            if (frontEndManifest(m) && m.dependencies().keySet().stream().anyMatch(MINI_PROGRAM_DEPS::contains)) clientOnly.add(dir(m.path()));
        }
        for (Application a : p.applications()) {
            if (a.location() == null || p.isTestPath(a.location().path())) continue;
            appRoots.add(packageDir(a.location().path()));
            if (!JVM.matcher(a.location().path()).matches()) scriptAppRoots.add(packageDir(a.location().path()));
        }
        // a module only tooling or tests import (a prompt helper of a CLI script) is tooling too
        index = ImportIndex.of(p);
        importers = index.importers();
        importsOf = index.importsOf();
        // front-end code in the same package (an Angular or React app beside the API in one repository)
        for (dev.backcheck.lang.facts.FileFacts f : p.files().values()) {
            for (dev.backcheck.lang.facts.Import i : f.imports().values()) {
                String m = i.module();
                if (m.startsWith("@angular/") || m.equals("react") || m.equals("react-dom") || m.startsWith("react-dom/") || m.equals("vue")
                        || m.startsWith("svelte") || m.equals("solid-js") || m.equals("preact") || m.startsWith("next/") || m.startsWith("@remix-run/react")
                        || m.startsWith("@ionic/") || m.equals("react-native")) {
                    frontEnd.add(f.path());
                    break;
                }
            }
        }
        // a Vite app's folder (vite.config.* beside its sources, as an Nx/Turborepo app without its own package.json):
        // browser code when a file of it imports a front-end framework and no application is created in it (a Vite
        // app with its own SSR server creates one)
        viteRoots(p);
        // the import edges in path order, sorted once (importers does not change below; each round walks them in this order)
        List<Map.Entry<String, Set<String>>> byPath = new ArrayList<>(new TreeMap<>(importers).entrySet());
        for (int round = 0; round < 3; round++) {
            boolean changed = false;
            for (Map.Entry<String, Set<String>> e : byPath) {
                if (frontEnd.contains(e.getKey())) continue;
                // imported by front-end code, and otherwise only by tests (a module's own spec file imports it too)
                if (e.getValue().stream().allMatch(x -> frontEnd.contains(x) || p.isTestPath(x))
                        && e.getValue().stream().anyMatch(frontEnd::contains)) changed |= frontEnd.add(e.getKey());
            }
            if (!changed) break;
        }
        Map<String, Boolean> toolMemo = new HashMap<>(); // tooling(path) is a regex: once per path, not per import edge and round
        java.util.function.Predicate<String> tool = x -> toolMemo.computeIfAbsent(x, ServerCode::tooling);
        // a tooling name that server code imports is server code (config/express.config.js that server.js loads, which
        // mounts every router): it makes nothing it imports tooling. Asked per round (toolOnly grows), kept within one.
        Map<String, Boolean> rootMemo = new HashMap<>();
        java.util.function.Predicate<String> toolRoot = x -> tool.test(x) && toolImportedOnly(x, tool, rootMemo, 0);
        for (int round = 0; round < 3; round++) {
            boolean changed = false;
            rootMemo.clear();
            for (Map.Entry<String, Set<String>> e : byPath) {
                if (toolOnly.contains(e.getKey()) || tool.test(e.getKey()) || p.isTestPath(e.getKey())) continue;
                // imported by tooling, and otherwise only by tests (tests import server modules too: that alone says nothing);
                // the "only" test first: it stops at the first server importer, which most modules have
                if (e.getValue().stream().allMatch(x -> p.isTestPath(x) || toolOnly.contains(x) || toolRoot.test(x))
                        && e.getValue().stream().anyMatch(x -> !p.isTestPath(x) && (toolOnly.contains(x) || toolRoot.test(x)))) changed |= toolOnly.add(e.getKey());
            }
            if (!changed) break;
        }
    }

    /**
     * Whether the tooling-named file {@code path} is loaded by tooling alone: every importer is test code, a module only
     * tooling imports, or a tooling-named file loaded by tooling alone (a few levels). A file nothing imports is run by
     * hand (scripts/seed.ts). s32 motivata: server.js imports config/express.config.js, which imports the admin router
     * and so every controller; its name alone made all of them tooling, and the code rules skipped them.
     */
    private boolean toolImportedOnly(String path, java.util.function.Predicate<String> tool, Map<String, Boolean> memo, int depth) {
        Boolean known = memo.get(path);
        if (known != null) return known;
        if (depth > 4) return true;
        memo.put(path, true); // while asked: an import cycle among tooling files is tooling
        boolean only = true;
        for (String i : importers.getOrDefault(path, Set.of())) {
            if (project.isTestPath(i) || toolOnly.contains(i)) continue;
            if (!tool.test(i) || !toolImportedOnly(i, tool, memo, depth + 1)) {
                only = false;
                break;
            }
        }
        // a server importer found is final; "tooling alone" below the first ask may rest on the cycle guard
        if (only && depth > 0) memo.remove(path);
        else memo.put(path, only);
        return only;
    }

    private static final Pattern VITE_CONFIG = Pattern.compile("(^|.*/)vite\\.config\\.[cm]?[jt]s$");

    /**
     * Adds to {@link #frontEnd} every script file of a Vite app's folder: the folder of a {@code vite.config.*} (not the
     * repository's root) in which some file imports a front-end framework and no application is created. An Nx or
     * Turborepo workspace keeps such an app beside the API with no package.json of its own, so the package test
     * ({@link #frontEndManifest}) cannot see it; its helpers (an HTTP client, a sample payload) import no framework.
     */
    private void viteRoots(Project p) {
        Set<String> roots = new TreeSet<>();
        for (String path : p.files().keySet()) {
            if (VITE_CONFIG.matcher(path).matches() && path.indexOf('/') > 0) roots.add(dir(path));
        }
        if (roots.isEmpty()) return;
        Set<String> seeds = new HashSet<>(frontEnd);
        for (String root : roots) {
            String pre = root + "/";
            if (seeds.stream().noneMatch(s -> s.startsWith(pre))) continue;
            boolean app = p.applications().stream().anyMatch(a -> a.location() != null && a.location().path().startsWith(pre));
            if (app) continue;
            for (String path : p.files().keySet()) {
                if (path.startsWith(pre) && SCRIPT.matcher(path).matches() && !VITE_CONFIG.matcher(path).matches()) frontEnd.add(path);
            }
        }
    }

    /** Package dirs where an app other than a JVM one is created (a Spring app beside a Node helper script does not count). */
    private final Set<String> scriptAppRoots = new TreeSet<>();
    /** A script's extension at the end of a name ({@code .ts}, {@code .mjs}, {@code .jsx}): cut to name the module. */
    private static final Pattern JS_EXT = Pattern.compile("\\.[cm]?[jt]sx?$");
    private static final Pattern SCRIPT = Pattern.compile("(?i).*\\.(?:[cm]?[jt]sx?|vue|svelte)$");
    private static final Pattern JVM = Pattern.compile("(?i).*\\.(?:java|kt|kts|groovy|scala|gradle|xml|properties)$");
    private final Set<String> toolOnly = new TreeSet<>();
    private final Set<String> frontEnd = new TreeSet<>();
    /** Import bindings between project files: who imports a file, and what a file imports. */
    private final Map<String, Set<String>> importers;
    private final Map<String, List<String>> importsOf;
    /** The project's one index of import edges (shared with the framework models). */
    private final ImportIndex index;
    /** Stand-alone scripts: see {@link #standalone}. */
    private Set<String> standalone;

    /**
     * Files run on their own, beside the server (a maintenance script, a socket client to try the API): they export
     * nothing, no file imports them, no application is created, listens or has a route in them, they are not the
     * package's main, and nothing
     * they import (three levels deep) creates an application. Server rules (console, shutdown, database clients) do not
     * apply to them.
     */
    private synchronized Set<String> standalone() {
        if (standalone != null) return standalone;
        // the import bindings, plus require('./x') written inline (a call, not an import binding)
        Set<String> imported = new HashSet<>(importers.keySet()), appFiles = new HashSet<>();
        Map<String, List<String>> imports = new HashMap<>();
        importsOf.forEach((k, v) -> imports.put(k, new ArrayList<>(v)));
        // (a callee require/import, a global without a path, is named so: CallNames' calls of those names, in walk order)
        for (CallNames.At at : CallNames.of(project).named(LOADS)) {
            dev.backcheck.lang.facts.FileFacts f = at.file();
            dev.backcheck.lang.facts.CallSite cs = at.cs();
            if (cs.callee() instanceof dev.backcheck.lang.facts.Val.Global g && g.path().isEmpty()
                    && (g.name().equals("require") || g.name().equals("import")) && cs.args().size() == 1) {
                String spec = dev.backcheck.lang.facts.Val.constString(cs.arg(0));
                String t = spec == null ? null : project.resolveModule(f.path(), spec);
                if (t != null && !t.equals(f.path())) {
                    imported.add(t);
                    imports.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(t);
                }
            }
        }
        for (Application a : project.applications()) {
            if (a.location() != null) appFiles.add(a.location().path());
            a.listens().forEach(l -> appFiles.add(l.path()));
            a.routes().forEach(r -> { if (r.location() != null) appFiles.add(r.location().path()); });
        }
        Set<String> mains = new HashSet<>();
        for (PackageJson m : dev.backcheck.workspace.PackageJson.of(project.manifests())) {
            String pj = project.texts().get(m.path());
            if (pj == null) continue;
            java.util.regex.Matcher mm = Pattern.compile("\"(main|module)\"\\s*:\\s*\"([^\"]+)\"").matcher(pj);
            String d = dir(m.path());
            while (mm.find()) mains.add((d.isEmpty() ? "" : d + "/") + mm.group(2).replaceFirst("^\\./", ""));
        }
        // re-exported modules (export * from './x', export { a } from './x') are loaded by the module that re-exports them
        for (dev.backcheck.lang.facts.FileFacts f : project.files().values()) {
            List<String> specs = new ArrayList<>(f.reexportAll());
            for (dev.backcheck.lang.facts.Val v : f.exports().values()) {
                if (v instanceof dev.backcheck.lang.facts.Val.Ref r) specs.add(r.module());
            }
            for (String spec : specs) {
                String t = project.resolveModule(f.path(), spec);
                if (t != null && !t.equals(f.path())) imported.add(t);
            }
        }
        // a file a package.json script runs by hand ("create:superuser": "tsx ./drizzle/create-super-admin.ts") that is no
        // app file nor loaded by one: a command-line tool, not the server (start/dev/serve/worker scripts are left alone)
        Set<String> cli = new HashSet<>(), served = new HashSet<>();
        for (PackageJson m : dev.backcheck.workspace.PackageJson.of(project.manifests())) {
            String pj = project.texts().get(m.path());
            if (pj == null) continue;
            String d = dir(m.path());
            dev.backcheck.workspace.PackageJson.scriptFiles(pj).forEach((name, files) -> {
                boolean serving = SERVING_SCRIPT.matcher(name).find();
                if (!serving && !CLI_SCRIPT.matcher(name).find()) return;
                for (String w : files) {
                    String f = dev.backcheck.workspace.Globs.normalize((d.isEmpty() ? "" : d + "/") + w.replace('\\', '/'));
                    if (f != null) (serving ? served : cli).add(f);
                }
            });
        }
        servedScripts = served;
        cliScripts = new TreeSet<>();
        for (String c : cli) if (project.files().containsKey(c) && !imported.contains(c) && !appFiles.contains(c) && !mains.contains(c)) cliScripts.add(c);
        loaded = imported;
        entries = new HashSet<>(appFiles);
        entries.addAll(mains);
        Set<String> out = new TreeSet<>();
        for (Map.Entry<String, dev.backcheck.lang.facts.FileFacts> e : project.files().entrySet()) {
            String path = e.getKey();
            if (imported.contains(path) || appFiles.contains(path) || mains.contains(path)) continue;
            if (cli.contains(path)) {
                out.add(path);
                continue;
            }
            // an Auth0 Action (exports.onExecutePostLogin = async (event, api) => ..): pasted into the Auth0 dashboard and run
            // there, not by this server
            if (!e.getValue().exports().isEmpty() && e.getValue().exports().keySet().stream().allMatch(n -> AUTH0_ACTION.matcher(n).matches())) {
                out.add(path);
                continue;
            }
            // a module that exports something is loaded by someone (Fastify autoload, a dynamic loader): not a script
            if (!e.getValue().exports().isEmpty()) continue;
            // a command-line tool may load the app's modules (the app file for its models, Nest's AppModule for an
            // application context) and still be run by hand: it reads its arguments or prompts, and no start script runs it
            if (reachesApp(path, imports, appFiles, 0, new HashSet<>()) && (served.contains(path) || !commandLine(e.getValue()))) continue;
            out.add(path);
        }
        standalone = out;
        return out;
    }

    private static final Set<String> LOADS = Set.of("require", "import");

    /** Argument parsers and prompt libraries: a module importing one is a command run from a terminal. */
    private static final Set<String> CLI_MODULES = Set.of("commander", "yargs", "yargs/yargs", "yargs/helpers", "minimist", "meow", "cac",
            "citty", "arg", "mri", "sade", "@oclif/core", "clipanion", "nest-commander", "inquirer", "@inquirer/prompts", "prompts", "enquirer",
            "@clack/prompts", "readline", "node:readline", "readline/promises", "node:readline/promises");

    /**
     * A file written as a command: it imports an argument parser or prompt library ({@link #CLI_MODULES}), reads
     * {@code process.argv}, or builds a Nest application context with no HTTP server
     * ({@code NestFactory.createApplicationContext}, nest-commander's {@code CommandFactory.run}); and it registers no
     * SIGTERM handler (a long-lived process does).
     */
    private static boolean commandLine(dev.backcheck.lang.facts.FileFacts f) {
        boolean cli = false;
        for (dev.backcheck.lang.facts.Import i : f.imports().values()) {
            if (CLI_MODULES.contains(i.module())) cli = true;
            // Node's own argument parser: import { parseArgs } from 'node:util'
            if ("parseArgs".equals(i.export()) && (i.module().equals("util") || i.module().equals("node:util"))) cli = true;
        }
        java.util.function.Predicate<dev.backcheck.lang.facts.Val> argv = v -> v instanceof dev.backcheck.lang.facts.Val.Global g
                && g.name().equals("process") && !g.path().isEmpty() && g.path().get(0).equals("argv");
        for (dev.backcheck.lang.facts.Fn fn : dev.backcheck.model.Analysis.functions(f)) {
            for (dev.backcheck.lang.facts.CallSite cs : fn.calls()) {
                String m = cs.methodName();
                if ("on".equals(m) || "once".equals(m)) {
                    String sig = dev.backcheck.lang.facts.Val.constString(cs.arg(0));
                    if ("SIGTERM".equals(sig)) return false;
                }
                if (cli) continue;
                if (("createApplicationContext".equals(m) || "run".equals(m) && "CommandFactory".equals(dev.backcheck.lang.facts.Vals.lastName(
                        dev.backcheck.lang.facts.Vals.receiver(cs.callee()))))) cli = true;
                else if (dev.backcheck.lang.facts.Vals.anyPartDeep(cs.callee(), argv, 200)) cli = true;
                else for (dev.backcheck.lang.facts.Val a : cs.args()) if (dev.backcheck.lang.facts.Vals.anyPartDeep(a, argv, 200)) cli = true;
            }
        }
        if (!cli) for (dev.backcheck.lang.facts.Val v : f.symbols().values()) if (dev.backcheck.lang.facts.Vals.anyPartDeep(v, argv, 200)) cli = true;
        return cli;
    }

    /**
     * Under a guard that holds only when the file is run as a command ({@code if (require.main === module)},
     * {@code import.meta.main}, {@code process.argv[1] === fileURLToPath(import.meta.url)}): a module the server imports
     * for its functions whose command-line part never runs in the server.
     */
    public static boolean commandMainOnly(CallSite cs) {
        java.util.function.Predicate<Val> argv1 = v -> v instanceof Val.Global g && g.name().equals("process") && g.path().size() == 2
                && g.path().get(0).equals("argv") && g.path().get(1).equals("1");
        java.util.function.Predicate<Val> metaUrl = v -> v instanceof Val.Member m && m.prop().equals("url") && m.object() instanceof Val.Unknown u
                && "MetaPropExpr".equals(u.kind());
        for (CallSite.Guard g : cs.guards()) {
            if (!g.holds()) continue;
            if (g.op().equals("truthy") && g.left() instanceof Val.Member m && m.prop().equals("main") && m.object() instanceof Val.Unknown u
                    && "MetaPropExpr".equals(u.kind())) return true;
            if (!g.op().equals("==") || g.right() == null) continue;
            Val l = g.left(), r = g.right();
            if (requireMain(l) && moduleObject(r) || requireMain(r) && moduleObject(l)) return true;
            if (dev.backcheck.lang.facts.Vals.anyPartDeep(l, argv1, 50) && dev.backcheck.lang.facts.Vals.anyPartDeep(r, metaUrl, 50)
                    || dev.backcheck.lang.facts.Vals.anyPartDeep(r, argv1, 50) && dev.backcheck.lang.facts.Vals.anyPartDeep(l, metaUrl, 50)) return true;
        }
        return false;
    }

    /**
     * True when {@code cs} runs only when its file is run as a command: under such a guard itself
     * ({@link #commandMainOnly(CallSite)}), or in a named function of the file that the module does not export and that
     * is called only under one ({@code if (require.main === module) main();}).
     */
    public static boolean commandMainOnly(CallSite cs, dev.backcheck.lang.facts.Fn fn, dev.backcheck.lang.facts.FileFacts file) {
        if (commandMainOnly(cs)) return true;
        String name = fn.name();
        if (name == null || name.isEmpty() || fn == file.main() || file.exports().containsKey(name)) return false;
        int guarded = 0;
        for (dev.backcheck.lang.facts.Fn other : dev.backcheck.model.Analysis.functions(file)) {
            for (CallSite c : other.calls()) {
                if (!(c.callee() instanceof Val.Local l && l.name().equals(name) && l.path().isEmpty())) continue;
                if (!commandMainOnly(c)) return false;
                guarded++;
            }
        }
        return guarded > 0;
    }

    private static boolean requireMain(Val v) {
        return v instanceof Val.Global g && g.name().equals("require") && g.path().equals(List.of("main"));
    }

    private static boolean moduleObject(Val v) {
        return v instanceof Val.Global g && g.name().equals("module") && g.path().isEmpty();
    }

    /** The command-line tools package.json scripts run by hand (set by {@link #standalone}). */
    private Set<String> cliScripts;
    /** The files package.json scripts of a serving name run (start, worker, cron ...; set by {@link #standalone}). */
    private Set<String> servedScripts;

    /**
     * A command a person runs by hand: a stand-alone script ({@link #standalone}: nothing imports it, it exports nothing,
     * no application is created in it or in what it imports) written as a command ({@link #commandLine}: it reads its
     * arguments or prompts; or its first line is a shebang), that no package.json script of a serving name runs and that no config or string of the code
     * names to run ({@link ImportIndex#namedToRun}: a worker the server forks with arguments is named where it is
     * started, a deployed job in the Procfile or Dockerfile). s30 newcrm db/import_from_supabase/index.js, a one-off
     * import run as {@code node db/import_from_supabase/index.js --from .. --to ..} that reads them with util.parseArgs.
     * Not part of {@link #outsideServer}: what such a command makes can outlive it (a token an operator mints with the
     * server's secret and hands to the support team is accepted by the API: jwt rules still judge it). Asked where only
     * the run itself matters: a connection it opens (TlsSettings), SQL it builds with no request to take input from.
     */
    public boolean commandRunByHand(String path) {
        if (path == null || !standalone().contains(path) || servedScripts.contains(path)) return false;
        dev.backcheck.lang.facts.FileFacts f = project.files().get(path);
        return f != null && SCRIPT.matcher(path).matches() && (commandLine(f) || shebang(path)) && !index.namedToRun(path);
    }

    /**
     * A file whose first line is a shebang ({@code #!/usr/bin/env node}): written to be run as a command from a shell
     * (s32 blackrent backend/apply-rental-changes.js, compare-orders-rentals.js ...: one-off maintenance scripts beside the
     * server that connect, change or compare rows and exit).
     */
    private boolean shebang(String path) {
        String text = SourceLines.text(project, path, 4_000_000);
        return text != null && text.startsWith("#!");
    }
    /** Modules only those tools load: see {@link #cliOnly}. */
    private Set<String> cliOnly;

    /**
     * Modules that only command-line tools load: imported (directly or through other such modules) by a file a
     * package.json script runs by hand ({@code "db:admin": "bun src/db/admin/cli.ts"}, see {@link #standalone}), and
     * otherwise only by tooling or tests. The tool's menus and its own log helper print to the terminal; the server
     * never loads them. A module the server also imports (the database client the tool shares) stays server code.
     */
    private synchronized Set<String> cliOnly() {
        if (cliOnly != null) return cliOnly;
        standalone();
        Set<String> out = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(cliScripts);
        Set<String> seen = new HashSet<>(cliScripts);
        while (!todo.isEmpty()) {
            String from = todo.pop();
            for (String t : importsOf.getOrDefault(from, List.of())) {
                if (!seen.add(t) || cliScripts.contains(t)) continue;
                todo.push(t);
            }
        }
        // a fixpoint over the modules the tools reach: each importer a tool, a tool-only module, tooling or a test
        boolean changed = true;
        for (int round = 0; changed && round < 10; round++) {
            changed = false;
            for (String t : new TreeSet<>(seen)) {
                if (cliScripts.contains(t) || out.contains(t)) continue;
                Set<String> by = importers.getOrDefault(t, Set.of());
                if (!by.isEmpty() && by.stream().allMatch(x -> cliScripts.contains(x) || out.contains(x) || tooling(x) || project.isTestPath(x))) {
                    changed |= out.add(t);
                }
            }
        }
        cliOnly = out;
        return out;
    }

    /** True for a module only command-line tools run by package.json scripts load ({@link #cliOnly}). */
    public boolean cliModule(String path) {
        return cliOnly().contains(path);
    }

    /** Files only development scripts launch: see {@link #devScriptOnly}. */
    private Set<String> devLaunched;

    /** Script names of development runs: dev, dev:https, start:dev, watch, debug, local. */
    private static final Pattern DEV_SCRIPT = Pattern.compile("(?i)(^|:)(dev|develop|development|local|watch|debug)(:|$)");
    /** Commands that run a development server whatever the script's name ("start": "next dev", nodemon, tsx watch). */
    private static final Pattern DEV_COMMAND = Pattern.compile("(?i)(^|[\\s;&|])(next|nuxt|vite|remix|astro|nest|wrangler)\\s+dev\\b|\\bnodemon\\b|\\bwatch\\b|--watch\\b");
    /** Names of scripts that start the deployed process. */
    private static final Pattern PROD_SCRIPT = Pattern.compile("(?i)^(start|serve|prod|production|preview)(:(prod|production|server))?$");

    /**
     * True for a file that only development scripts run: package.json scripts launch it ({@code "dev": "node server.cjs"}),
     * every one of them is a development run (by its name, or a command such as {@code next dev}), nothing imports it, it is
     * not the package's main, and the package has a production start script ({@code "start:prod": "next start"}) that
     * runs no build output (a {@code dist/} file may be this file compiled) and not this file. A local HTTPS wrapper around
     * a dev server, never deployed: not server code.
     */
    public boolean devScriptOnly(String path) {
        return devLaunched().contains(path);
    }

    private synchronized Set<String> devLaunched() {
        if (devLaunched != null) return devLaunched;
        standalone();
        Set<String> out = new TreeSet<>();
        for (PackageJson m : dev.backcheck.workspace.PackageJson.of(project.manifests())) {
            String pj = project.texts().get(m.path());
            if (pj == null) continue;
            String d = dir(m.path());
            Map<String, String> scripts = dev.backcheck.workspace.PackageJson.scripts(pj);
            Map<String, List<String>> files = dev.backcheck.workspace.PackageJson.scriptFiles(pj);
            boolean prod = false, prodRunsBuild = false;
            Set<String> devRun = new TreeSet<>(), otherRun = new TreeSet<>();
            for (Map.Entry<String, String> e : scripts.entrySet()) {
                boolean devRunOnly = DEV_SCRIPT.matcher(e.getKey()).find() || DEV_COMMAND.matcher(e.getValue()).find();
                List<String> run = new ArrayList<>();
                for (String w : files.getOrDefault(e.getKey(), List.of())) {
                    String f = dev.backcheck.workspace.Globs.normalize((d.isEmpty() ? "" : d + "/") + w.replace('\\', '/'));
                    if (f != null) run.add(f);
                }
                if (!devRunOnly && PROD_SCRIPT.matcher(e.getKey()).matches()) {
                    prod = true;
                    for (String f : run) if (!project.files().containsKey(f)) prodRunsBuild = true;
                }
                (devRunOnly ? devRun : otherRun).addAll(run);
            }
            if (!prod || prodRunsBuild) continue;
            for (String f : devRun) {
                if (otherRun.contains(f) || !project.files().containsKey(f) || loaded.contains(f) || entries.contains(f) && !appOnly(f)) continue;
                out.add(f);
            }
        }
        devLaunched = out;
        return out;
    }

    /** True when {@code path} is in {@code entries} only as an application's file (not as a package's main). */
    private boolean appOnly(String path) {
        for (PackageJson m : dev.backcheck.workspace.PackageJson.of(project.manifests())) {
            String pj = project.texts().get(m.path());
            if (pj == null) continue;
            java.util.regex.Matcher mm = Pattern.compile("\"(main|module)\"\\s*:\\s*\"([^\"]+)\"").matcher(pj);
            String d = dir(m.path());
            while (mm.find()) if (((d.isEmpty() ? "" : d + "/") + mm.group(2).replaceFirst("^\\./", "")).equals(path)) return false;
        }
        return true;
    }

    /** The trigger functions an Auth0 Action exports. */
    private static final Pattern AUTH0_ACTION = Pattern.compile("on(?:Execute|Continue)[A-Z]\\w*");

    /** Script names of one-off commands run by hand: create:admin, seed, db:reset, import-users, backfill. */
    private static final Pattern CLI_SCRIPT = Pattern.compile("(?i)create|seed|migrat|setup|init|reset|import|export|backfill|populate|"
            + "generate|cleanup|purge|superuser|admin|cli|fix|script");
    /** Script names that run the server or a long-lived process (their files are server code). */
    static final Pattern SERVING_SCRIPT = Pattern.compile("(?i)^(start|dev|serve|prod|production|preview|debug|watch)(\\b|:|$)|worker|queue|consumer|cron|job|server|api");

    /** Files some project file imports, requires or re-exports; application files and package mains (set by {@link #standalone}). */
    private Set<String> loaded, entries;
    /** Modules nothing loads: see {@link #unloaded}. */
    private Set<String> unloaded;

    /**
     * Modules nothing loads, whose code never runs: they export something (a module that exports nothing is a
     * {@link #standalone} script), but no project file imports, requires or re-exports them, no source or text file
     * names them (no side-effect import, no package.json script, no worker path, no alias the resolver missed), they
     * are not an application's file or a package's main, and their package loads nothing by a computed path
     * (require(name), an autoload plugin, a file router) nor through a glob that matches their file name.
     */
    private synchronized Set<String> unloaded() {
        if (unloaded != null) return unloaded;
        standalone();
        Map<String, String> stems = new TreeMap<>();
        for (Map.Entry<String, dev.backcheck.lang.facts.FileFacts> e : project.files().entrySet()) {
            String path = e.getKey();
            if (loaded.contains(path) || entries.contains(path) || e.getValue().exports().isEmpty() || project.isTestPath(path)) continue;
            String pkg = packageDir(path);
            if (index.computedLoads().contains(pkg) || index.loaderPackage(pkg) || index.globbed(path)) continue;
            String name = JS_EXT.matcher(path.substring(path.lastIndexOf('/') + 1)).replaceFirst("");
            if (name.equals("index")) name = dir(path).isEmpty() ? "" : dir(path).substring(dir(path).lastIndexOf('/') + 1);
            if (name.length() < 3) continue;
            stems.put(path, name);
        }
        Set<String> out = new TreeSet<>();
        List<String> sources = stems.isEmpty() ? List.of() : sourcesOnDisk();
        if (!stems.isEmpty() && stems.size() <= 400 && sources != null) {
            Set<String> named = new HashSet<>();
            boolean plain = stems.values().stream().noneMatch(st -> st.indexOf('\n') >= 0 || st.indexOf('\r') >= 0);
            StemSearch search = new StemSearch(stems.values());
            // every source file on disk, also those the parser gave up on (their imports are unknown)
            // the paths not named yet and their stems, rebuilt only when a file names one (not per file searched);
            // a file's own stem stays among those searched for in it (the search is exact, the answer is only read
            // for the other paths)
            List<String> unnamed = new ArrayList<>(stems.keySet());
            Set<String> unnamedStems = new HashSet<>(stems.values());
            for (String other : sources) {
                // every stem named (most trees name their modules early): the other files cannot change the answer
                if (named.size() == stems.size()) break;
                if (unnamed.isEmpty() || unnamed.size() == 1 && unnamed.get(0).equals(other)) continue;
                // the raw text: the stems hold no line break, so the lines joined with \n contain the same stems
                String text = plain ? SourceLines.text(project, other, Long.MAX_VALUE) : String.join("\n", SourceLines.read(project, other));
                if (text == null) text = "";
                Set<String> found = search.in(text, unnamedStems);
                if (found.isEmpty()) continue;
                boolean changed = false;
                for (String path : unnamed) {
                    if (!other.equals(path) && found.contains(stems.get(path))) changed |= named.add(path);
                }
                if (changed) {
                    unnamed.removeIf(named::contains);
                    unnamedStems = new HashSet<>();
                    for (String path : unnamed) unnamedStems.add(stems.get(path));
                }
            }
            for (String text : project.texts().values()) {
                for (Map.Entry<String, String> st : stems.entrySet()) if (text != null && text.contains(st.getValue())) named.add(st.getKey());
            }
            for (String path : stems.keySet()) if (!named.contains(path)) out.add(path);
        }
        unloaded = out;
        return out;
    }

    /**
     * Which of some stems a text contains ({@code text.contains(stem)} for each), in one pass over the text: a source
     * file is searched for every unnamed stem at once instead of once per stem.
     */
    static final class StemSearch {
        private final Map<Character, List<String>> byFirst = new HashMap<>();
        private final boolean[] first = new boolean[Character.MAX_VALUE + 1];
        /** Per first character, the second characters (mod 64) of its stems: most first-character hits end here. */
        private final long[] second = new long[Character.MAX_VALUE + 1];
        private boolean single;

        StemSearch(Collection<String> stems) {
            for (String st : new TreeSet<>(stems)) {
                if (st.isEmpty()) continue;
                first[st.charAt(0)] = true;
                if (st.length() > 1) second[st.charAt(0)] |= 1L << (st.charAt(1) & 63);
                else single = true;
                byFirst.computeIfAbsent(st.charAt(0), k -> new ArrayList<>()).add(st);
                pairs.put(st, pairsOf(st));
            }
        }

        /** Per stem, the hashes of its character triples (see {@link #tripleBits}). */
        private final Map<String, int[]> pairs = new HashMap<>();

        /** A triple of Latin-1 characters hashed to one of the 65,536 bits of {@link #bits}. */
        private static int slot(int a, int b, int c) {
            return (a << 16 | b << 8 | c) * 0x9E3779B1 >>> 16;
        }

        private static int[] pairsOf(String st) {
            int[] out = new int[Math.max(0, st.length() - 2)];
            for (int i = 0; i < st.length(); i++) {
                if (st.charAt(i) > 0xFF) return null; // searched for in every text
                if (i > 1) out[i - 2] = slot(st.charAt(i - 2), st.charAt(i - 1), st.charAt(i));
            }
            return out;
        }

        /**
         * Which triples of adjacent characters a text holds (hashed to 65,536 bits), in one pass over its Latin-1
         * characters: a stem one of whose triples the text lacks cannot be in it. Every unnamed stem is searched for in
         * every source file, and most are named in none. (Pairs were too weak a filter: the files of a module hold every
         * pair of its other files' names, and each such file was then searched with String.contains.) A character beyond
         * Latin-1 reads as '?', which only adds triples (stems holding such a character are always searched); a
         * collision of two triples' hashes only lets a stem through to the exact search.
         */
        private long[] tripleBits(String text) {
            // one array for every text searched (the search runs on one thread, in ServerCode's synchronized unloaded()),
            // and the characters read in place: no array and no copy of the text per source file. A character beyond
            // Latin-1 reads as '?' here per UTF-16 unit (a surrogate pair gives "??", where the Latin-1 bytes gave one
            // '?'): that only adds triples, and no stem whose triples are looked up holds such a character.
            long[] bits = this.bits;
            java.util.Arrays.fill(bits, 0L);
            if (text.length() < 3) return bits;
            // the Latin-1 bytes (a copy of a Latin-1 string's own), read from an array rather than per charAt: a character
            // beyond Latin-1 is '?' there (a surrogate pair one '?'), which only changes triples holding a '?'. Every
            // triple of three adjacent Latin-1 characters of the text is among them, so no stem the text contains is
            // filtered out.
            byte[] t = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            int n = t.length;
            if (n < 3) return bits;
            int a = t[0] & 0xFF, b = t[1] & 0xFF;
            for (int i = 2; i < n; i++) {
                int c = t[i] & 0xFF;
                int h = slot(a, b, c);
                bits[h >>> 6] |= 1L << (h & 63);
                a = b;
                b = c;
            }
            return bits;
        }

        private final long[] bits = new long[1024];


        private boolean mayHold(long[] bits, String st) {
            int[] ps = pairs.containsKey(st) ? pairs.get(st) : pairsOf(st);
            if (ps == null) return true;
            for (int h : ps) if ((bits[h >>> 6] & (1L << (h & 63))) == 0) return false;
            return true;
        }

        /** The stems of {@code wanted} (each one this search was made with) that {@code text} contains. */
        Set<String> in(String text, Set<String> wanted) {
            Set<String> found = new HashSet<>();
            for (String w : wanted) if (w.isEmpty()) found.add(w);
            if (wanted.size() >= 3) {
                // the stems the text can hold (all its character triples are in the text): exact, a filter only
                long[] bits = tripleBits(text);
                Set<String> can = new HashSet<>();
                for (String w : wanted) if (mayHold(bits, w)) can.add(w);
                wanted = can;
            }
            if (wanted.size() <= 16) {
                // a few stems: String.contains, once per stem, is as quick
                for (String w : wanted) if (text.contains(w)) found.add(w);
                return found;
            }
            int n = text.length();
            for (int i = 0; i < n && found.size() < wanted.size(); i++) {
                char c = text.charAt(i);
                if (!first[c]) continue;
                if (!single && (i + 1 >= n || (second[c] >>> (text.charAt(i + 1) & 63) & 1L) == 0)) continue;
                for (String st : byFirst.get(c)) {
                    if (text.startsWith(st, i) && wanted.contains(st)) found.add(st);
                }
            }
            return found;
        }
    }

    private static final Pattern SOURCE = Pattern.compile("(?i).*\\.(?:[cm]?[jt]sx?|vue|svelte|json|html?|ya?ml)$");

    /** Source paths under the root (relative, '/'-separated), or null when the tree cannot be listed or is too large. */
    private List<String> sourcesOnDisk() {
        if (project.root() == null) return null;
        dev.backcheck.workspace.DiskListing.Result r = project.diskListing().list(dev.backcheck.workspace.DiskListing.Region.SOURCES,
                2_000_000, 40_000, rel -> SOURCE.matcher(dev.backcheck.workspace.DiskListing.name(rel)).matches());
        return r.complete() ? r.paths() : null;
    }

    /**
     * True when {@code path} is a stand-alone script run beside the server (see {@link #standalone()}): a socket.io or
     * HTTP client trying the API, a maintenance script. Its signal handlers and clients are its own, not the server's.
     */
    public boolean standaloneScript(String path) {
        return standalone().contains(path);
    }

    private static boolean reachesApp(String file, Map<String, List<String>> imports, Set<String> appFiles, int depth, Set<String> seen) {
        if (depth > 3 || !seen.add(file)) return false;
        for (String t : imports.getOrDefault(file, List.of())) {
            if (appFiles.contains(t) || reachesApp(t, imports, appFiles, depth + 1, seen)) return true;
        }
        return false;
    }

    public static ServerCode of(Project p) {
        return p.derived(ServerCode.class, ServerCode::new);
    }

    private static String dir(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }

    /** Front-end frameworks a browser or phone package depends on. */
    private static final Set<String> FRONT_END_DEPS = Set.of("next", "nuxt", "vue", "react", "react-dom", "@angular/core", "svelte",
            "@sveltejs/kit", "solid-js", "preact", "react-native", "expo", "@remix-run/react", "astro", "vite");
    /** Server frameworks and runtimes: a package that depends on one serves requests, whatever else it depends on. */
    private static final Set<String> SERVER_DEPS = Set.of("express", "fastify", "@nestjs/core", "hono", "koa", "@hapi/hapi",
            "restify", "h3", "nitropack", "@trpc/server", "apollo-server", "@apollo/server", "graphql-yoga", "elysia");

    /**
     * A package.json whose package is a front end: it depends on a front-end framework and on no server framework at run
     * time (a server framework among its devDependencies serves only during development or tests: a mock API for the
     * end-to-end suite, a dev proxy; a deployed build does not install it).
     */
    static boolean frontEndManifest(PackageJson m) {
        boolean front = false;
        for (dev.backcheck.workspace.Manifest.Dep d : m.dependencies().values()) {
            if (SERVER_DEPS.contains(d.name()) && !d.dev()) return false;
            if (FRONT_END_DEPS.contains(d.name())) front = true;
        }
        return front && !m.path().equals("package.json");
    }

    private final Set<String> frontEndPackages = new TreeSet<>();
    private final Set<String> clientOnly = new TreeSet<>();
    /** Mini-program client frameworks: a package built with them runs on the phone (WeChat, Alipay) or in the browser. */
    private static final Set<String> MINI_PROGRAM_DEPS = Set.of("@dcloudio/uni-app", "@tarojs/taro");

    /**
     * True for a file of a front-end workspace package (a Next.js, Nuxt or React app beside the API: apps/web/package.json
     * depends on next and on no server framework). Not the repository's root package.
     */
    public boolean frontEndPackage(String path) {
        String d = packageDir(path);
        if (d.isEmpty() || !frontEndPackages.contains(d)) return false;
        // a mini-program client (uni-app, Taro) builds to a WeChat/Alipay app or an H5 page and has no server side: its
        // api/ folder wraps the calls it makes to the backend
        if (clientOnly.contains(d)) return true;
        // the server side such packages may hold: Next.js API routes (pages/api/, app/**/route.ts), Nuxt's server/
        String rel = path.substring(d.length() + 1);
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        return !(rel.startsWith("server/") || rel.startsWith("src/server/") || rel.contains("pages/api/")
                || ROUTE_HANDLER_FILE.matcher(name).matches() || rel.startsWith("api/") || rel.startsWith("middleware."));
    }

    /**
     * True for browser code: a file of a front-end workspace package ({@link #frontEndPackage}), a file of a Vite app's
     * folder, a file that imports a front-end framework, or a module only such files (and tests) import.
     */
    public boolean browserCode(String path) {
        return frontEndPackage(path) || frontEnd.contains(path) || pageScript(path);
    }

    /**
     * A script an HTML page of the project loads ({@code <script src="/assets/index-uJFu0BpV.js">} in the index.html a
     * few folders up): a bundle the browser runs (s30 newcrm's committed Vite build at the repository's root), not server
     * code. Only a file no project file imports; the pages looked at are the .html files of its folder and of the three
     * folders above it (within the scan root), each folder listed once.
     */
    public boolean pageScript(String path) {
        if (path == null || project.root() == null || !SCRIPT.matcher(path).matches() || importers.containsKey(path)) return false;
        String d = dir(path);
        for (int up = 0; up < 4; up++) {
            for (String page : pagesIn(d)) {
                if (pageLoads(page, path)) return true;
            }
            if (d.isEmpty()) break;
            d = dir(d);
        }
        return false;
    }

    /** Folder -> the .html files in it (relative paths). */
    private final java.util.concurrent.ConcurrentHashMap<String, List<String>> pages = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern SCRIPT_SRC = Pattern.compile("(?i)<script\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"'?#]+)");

    private List<String> pagesIn(String folder) {
        return pages.computeIfAbsent(folder, k -> {
            List<String> out = new ArrayList<>();
            java.nio.file.Path at = k.isEmpty() ? project.root() : project.root().resolve(k);
            try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(at)) {
                s.map(x -> x.getFileName().toString()).filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".html")).sorted()
                        .forEach(n -> out.add(k.isEmpty() ? n : k + "/" + n));
            } catch (java.io.IOException | RuntimeException e) {
                // an unlisted folder has no pages we know of
            }
            return out;
        });
    }

    /** Whether the page loads {@code script} with a script tag: its src, absolute from the page's folder or relative to it. */
    private boolean pageLoads(String page, String script) {
        String text = SourceLines.text(project, page, 2_000_000);
        if (text == null || !text.contains(script.substring(script.lastIndexOf('/') + 1))) return false;
        String home = dir(page);
        java.util.regex.Matcher m = SCRIPT_SRC.matcher(text);
        while (m.find()) {
            String src = m.group(1).trim();
            if (src.contains("//") || src.contains(":")) continue;
            String rel = src.replaceFirst("^/+", "");
            String p = dev.backcheck.workspace.Globs.normalize(home.isEmpty() ? rel : home + "/" + rel);
            if (script.equals(p)) return true;
        }
        return false;
    }

    /** A Next.js App Router route handler file ({@code app/api/invite/route.ts}). */
    private static final Pattern ROUTE_HANDLER_FILE = Pattern.compile("route\\.[cm]?[jt]s");

    /** The directory of the nearest package.json above {@code path} ("" for the root or when none). */
    public String packageDir(String path) {
        String d = dir(path);
        while (true) {
            if (manifestDirs.contains(d)) return d;
            if (d.isEmpty()) return "";
            d = dir(d);
        }
    }

    /** True for tooling: scripts, seeds, migrations, build and tool configuration files. */
    public static boolean tooling(String path) {
        // asked per file and per call by many concepts and rules (server0, outsideServer, the liveness checks): a function of
        // the path alone, answered once per path (the memo is emptied if it ever grows past a bound)
        Boolean known = TOOLING_MEMO.get(path);
        if (known != null) return known;
        boolean answer = tooling0(path);
        if (TOOLING_MEMO.size() >= 100_000) TOOLING_MEMO.clear();
        TOOLING_MEMO.put(path, answer);
        return answer;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> TOOLING_MEMO = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean tooling0(String path) {
        // a JVM main source: its folders below src/main/java are package names (com/example/...), not script or
        // example folders; Flyway's Java migrations (db/migration) are the one package convention of tooling
        int pkg = dev.backcheck.workspace.TestPaths.jvmPackageStart(path);
        if (pkg >= 0) {
            String below = path.substring(pkg);
            if (below.startsWith("db/migration/") || below.contains("/db/migration/")) return true;
            String collapsed = path.substring(0, pkg) + path.substring(path.lastIndexOf('/') + 1);
            if (!collapsed.equals(path)) return tooling(collapsed);
        }
        // every alternative of TOOLING needs one of these words (ASCII, any case): most paths name none, and the
        // regex is tried at every position of the path
        String low = path.toLowerCase(Locale.ROOT);
        boolean word = false;
        for (String w : TOOLING_WORDS) {
            if (low.contains(w)) {
                word = true;
                break;
            }
        }
        return word && TOOLING.matcher(path).find();
    }

    private static final List<String> TOOLING_WORDS = List.of("script", "seed", "migrat", "fixtures", "tools", "benchmark", "example",
            "doc", ".config.", "knexfile", "gulpfile", "gruntfile", "ormconfig", "data-source", "datasource", "jest", "vitest",
            "playwright", "cypress", "setup", ".pnp");

    /** True when {@code path} is application code of a package that creates an app (not tests, tooling, components). */
    public boolean server(String path) {
        // asked per file by many concepts and rules (per read, per call): answered once per path
        Boolean known = serverMemo.get(path);
        if (known != null) return known;
        boolean answer = server0(path);
        serverMemo.put(path, answer);
        return answer;
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Boolean> serverMemo = new java.util.concurrent.ConcurrentHashMap<>();

    private boolean server0(String path) {
        if (project.isTestPath(path) || tooling(path) || toolOnly.contains(path) || frontEnd.contains(path)) return false;
        if (k6Script(path)) return false;
        if (standalone().contains(path) || unloaded().contains(path) || cliOnly().contains(path) || devScriptOnly(path)) return false;
        // no entry reaches it (a router nothing mounts, a legacy controller nothing imports), or a mock API only the
        // end-to-end tests start, or browser code of a front-end package
        // (also a module only the test files reach: an event handler only the integration tests construct)
        if (index.dead(path) || index.testServer(path) || index.testOnly(path) || index.testNamed(path) || frontEndPackage(path)) return false;
        String low = path.toLowerCase(Locale.ROOT);
        if (low.endsWith(".tsx") || low.endsWith(".jsx") || staticAsset(path)) return false;
        // a Node helper script in a Java service's repository is not the server
        if (SCRIPT.matcher(path).matches()) return scriptAppRoots.contains(packageDir(path));
        return appRoots.contains(packageDir(path));
    }

    /**
     * Browser scripts the server hands out as files: under the {@code public/} or {@code static/} folder at a package's
     * root (Express's {@code express.static('public')} convention: {@code public/js/editor.js}), not server code.
     */
    public boolean staticAsset(String path) {
        String root = packageDir(path);
        String rel = root.isEmpty() ? path : path.substring(root.length() + 1);
        return rel.startsWith("public/") || rel.startsWith("static/");
    }

    /** True for a k6 load-test script (it imports k6 or a k6/ module): the k6 runtime runs it against the API, never Node. */
    public boolean k6Script(String path) {
        dev.backcheck.lang.facts.FileFacts f = project.files().get(path);
        if (f == null) return false;
        for (dev.backcheck.lang.facts.Import i : f.imports().values()) {
            if (i.module().equals("k6") || i.module().startsWith("k6/")) return true;
        }
        return false;
    }

    /**
     * File-level liveness for code rules, the one answer they ask before reporting code of a file: true when the file's
     * code never runs in a server process. Test code; a file no process runs ({@link ImportIndex#notRun}: no entry reaches
     * it, a mock API only the tests or a mock script start, test-only, unable to load); tooling (scripts/, seeds,
     * migrations) and modules only tooling imports; modules only command-line tools load; files only development scripts
     * launch; browser code; a k6 script; and a Node script in a repository whose applications are all JVM ones (a token
     * generator beside a Spring API). Not stand-alone scripts as such ({@link #standaloneScript}): a worker the server
     * starts or an operator's script whose token the API accepts look the same. Only in a project with an application
     * (a library's or a snippet's code is what others run).
     */
    public boolean outsideServer(String path) {
        // a library or a snippet with no application: its code is what others run
        if (path == null || project.applications().isEmpty()) return false;
        if (project.isTestPath(path) || index.notRun(path)) return true;
        // a file that registers routes of an application, or a serverless function the platform runs (Vercel's api/
        // migrate.js), is server code whatever its name says (api/v1/admin/seed.ts, a route plugin, is no seed script)
        if (routeFiles().contains(path) || VercelFunctions.of(project).serves(path)) return false;
        // (a script under a package's public/ or static/ folder is handed to browsers as a file: apps/web/public/playground.js)
        if (project.isTestPath(path) || index.notRun(path) || toolOnly.contains(path) || browserCode(path) || staticAsset(path) || k6Script(path)) return true;
        // (a tooling name the server's own code imports is server code: config/cache.config.ts that app.module.ts loads)
        // (nor one the server starts by its path, as a worker or child process: services/script/worker/scriptWorker.ts)
        if (tooling(path) && importers.getOrDefault(path, Set.of()).stream().allMatch(i -> project.isTestPath(i) || tooling(i))
                && !index.namedByServerCode(path)) return true;
        if (cliOnly().contains(path) || devScriptOnly(path)) return true;
        return SCRIPT.matcher(path).matches() && scriptAppRoots.isEmpty()
                && project.applications().stream().allMatch(a -> "spring".equals(a.framework()));
    }

    private Set<String> routeFiles;

    /** The files where the applications' routes are registered. */
    private synchronized Set<String> routeFiles() {
        if (routeFiles != null) return routeFiles;
        Set<String> out = new HashSet<>();
        for (dev.backcheck.model.Application a : project.applications()) {
            for (dev.backcheck.model.Route r : a.routes()) if (r.location() != null && r.location().path() != null) out.add(r.location().path());
        }
        return routeFiles = out;
    }

    /**
     * True when {@code path} is run by hand beside the server, never by its start: tooling (scripts/, seeds, migrations),
     * a module only tooling imports, or a stand-alone script (see {@link #standaloneScript}).
     */
    public boolean runByHand(String path) {
        return tooling(path) || toolOnly.contains(path) || standaloneScript(path);
    }

    /**
     * True when nothing runs {@code fn}: a named function of its module that no call of the project reaches, that is
     * handed to no call, whose name appears once in its file (its declaration), and that no project file imports (a
     * second {@code syncDatabase()} left in a module the server imports other names from).
     */
    public boolean neverCalled(dev.backcheck.lang.facts.Fn fn, dev.backcheck.lang.facts.FileFacts file) {
        if (fn == null || file == null || fn == file.main()) return false;
        // the liveness concept's answer first (only tests or files that never run call it)
        if (index.neverRuns(file, fn)) return true;
        if (fn.name() == null || !fn.name().matches("[A-Za-z_$][\\w$]*")) return false;
        if (!dev.backcheck.model.Analysis.topLevelFunctions(file).contains(fn)) return false;
        dev.backcheck.flow.CallIndex calls = dev.backcheck.flow.CallIndex.of(project);
        if (!calls.callers(fn).isEmpty() || calls.callback(fn) != null) return false;
        String text = SourceLines.text(project, file.path(), 1_000_000);
        if (text == null) return false;
        java.util.regex.Matcher m = Pattern.compile("(?<![\\w$.])" + Pattern.quote(fn.name()) + "(?![\\w$])").matcher(text);
        int n = 0;
        while (m.find()) n++;
        if (n != 1) return false;
        // exported: no file imports it (by name, as the default, or the whole module)
        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, Val> e : file.exports().entrySet()) {
            if (e.getValue() instanceof Val.FnVal fv && fv.fn() == fn) names.add(e.getKey());
        }
        if (names.isEmpty()) return true;
        names.add("default");
        names.add("*");
        return !index.imported(file.path(), names);
    }

    /**
     * Each package root that creates an app (test code excluded), with the package roots it uses: itself, the workspace
     * packages its package.json depends on and those its files import, transitively (a shared middleware, logger or
     * config package of a monorepo). Computed once.
     */
    public synchronized Map<String, Set<String>> appScopes() {
        if (appScopes != null) return appScopes;
        Map<String, Set<String>> out = new TreeMap<>();
        if (!appRoots.isEmpty()) {
            Map<String, Set<String>> uses = new HashMap<>();
            // package.json dependencies on workspace packages (folders as dir() gives them: no trailing '/')
            dev.backcheck.workspace.Manifest.workspaceDependencies(PackageJson.of(project.manifests())).forEach((from, to) -> {
                for (String u : to) uses.computeIfAbsent(noSlash(from), k -> new HashSet<>()).add(noSlash(u));
            });
            for (Map.Entry<String, List<String>> e : importsOf.entrySet()) {
                if (project.isTestPath(e.getKey())) continue;
                String from = packageDir(e.getKey());
                for (String t : e.getValue()) {
                    String to = packageDir(t);
                    if (!to.equals(from)) uses.computeIfAbsent(from, k -> new HashSet<>()).add(to);
                }
            }
            for (String u : appRoots) {
                Set<String> seen = new TreeSet<>(List.of(u));
                Deque<String> todo = new ArrayDeque<>(seen);
                while (!todo.isEmpty()) for (String v : uses.getOrDefault(todo.pop(), Set.of())) if (seen.add(v)) todo.push(v);
                out.put(u, Collections.unmodifiableSet(seen));
            }
        }
        Set<String> all = new HashSet<>();
        for (Set<String> s : out.values()) all.addAll(s);
        scopeUnits = all;
        appScopes = Collections.unmodifiableMap(out);
        return appScopes;
    }

    private Map<String, Set<String>> appScopes;
    private Set<String> scopeUnits;

    private static String noSlash(String dir) {
        return dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
    }

    /**
     * True when {@code path} belongs to a package that creates an app or to a workspace package one of them uses (see
     * {@link #appScopes()}), test code excluded.
     */
    public boolean inAppScope(String path) {
        if (project.isTestPath(path)) return false;
        appScopes();
        return scopeUnits.contains(packageDir(path));
    }

    /** True when {@code path} belongs to a package that creates an app (test code excluded, tooling included). */
    public boolean inAppPackage(String path) {
        return !project.isTestPath(path) && appRoots.contains(packageDir(path));
    }

    /** Applications that are not test code, in the model's order. */
    public List<Application> apps() {
        List<Application> out = new ArrayList<>();
        for (Application a : project.applications()) {
            if (a.location() != null && !project.isTestPath(a.location().path())) out.add(a);
        }
        return out;
    }

    /**
     * Applications with routes that run as a long-lived process: they listen (app.listen, Hono's serve(),
     * Nest's app.listen), or a Hono app a Bun entry exports. Lambda/Workers/Vercel exports are left out.
     */
    public List<Application> servers() {
        List<Application> out = new ArrayList<>();
        for (Application a : apps()) {
            if (a.routes().isEmpty()) continue;
            if (!a.listens().isEmpty()) out.add(a);
            else if (!a.framework().equals("hono") && (createsServer() || script(a, "bin/www"))) out.add(a);
            else if (a.framework().equals("fastify") && script(a, "fastify start")) out.add(a);
            else if (a.framework().equals("hono") && bunServer(a)) out.add(a);
        }
        // one process per package (a Bun package serves its entry's Hono app): sub-routers the model could not tie to their parent (new Hono() per route file,
        // mounted by a function the entry calls) must not each count as a server; the app with the most routes stands
        // for the package
        Map<String, Application> perPackage = new LinkedHashMap<>();
        for (Application a : out) {
            perPackage.merge(packageDir(a.location().path()), a, (x, y) -> y.routes().size() > x.routes().size() ? y : x);
        }
        List<Application> one = new ArrayList<>();
        for (Application a : out) if (perPackage.get(packageDir(a.location().path())) == a) one.add(a);
        return one;
    }

    private volatile Boolean createsServer;

    /** {@code http.createServer(app).listen(port)} (Express generator's bin/www): the app is served, though it never listens itself. */
    private boolean createsServer() {
        if (createsServer == null) {
            // a file (not test code) that both calls listen and creates an http(s) server: the listen and createServer
            // calls come from CallNames (no walk over every call of the project)
            Set<dev.backcheck.lang.facts.FileFacts> listens = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            Set<dev.backcheck.lang.facts.FileFacts> creates = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (CallNames.At c : CallNames.of(project).named(Set.of("listen", "createServer"))) {
                dev.backcheck.lang.facts.FileFacts f = c.file();
                if (project.isTestPath(f.path())) continue;
                if ("listen".equals(c.cs().methodName())) {
                    listens.add(f);
                    continue;
                }
                String q;
                try {
                    q = project.qname(c.cs().callee(), f);
                } catch (RuntimeException e) {
                    q = null;
                }
                if (q != null && q.matches("(node:)?https?\\.createServer")) creates.add(f);
            }
            boolean found = false;
            for (dev.backcheck.lang.facts.FileFacts f : creates) found |= listens.contains(f);
            createsServer = found;
        }
        return createsServer;
    }

    private boolean bunServer(Application a) {
        return script(a, "bun ") && !script(a, "wrangler");
    }

    /** True when the package.json of the app's package has a script containing {@code command}. */
    private boolean script(Application a, String command) {
        String root = packageDir(a.location().path());
        String pj = project.texts().get(root.isEmpty() ? "package.json" : root + "/package.json");
        return pj != null && Pattern.compile("\"[^\"]*\"\\s*:\\s*\"[^\"]*" + Pattern.quote(command)).matcher(pj).find();
    }

    /**
     * {@link #devOnly(CallSite)}, with a guard that calls a project function answering one comparison of the environment
     * ({@code if (!isProduction())} with {@code function isProduction() { return process.env.NODE_ENV === 'production'; }})
     * read as that comparison.
     */
    public boolean devOnly(CallSite cs, dev.backcheck.lang.facts.FileFacts file) {
        if (devOnly(cs)) return true;
        if (file == null) return false;
        List<CallSite.Guard> asTests = new java.util.ArrayList<>();
        for (CallSite.Guard g : cs.guards()) {
            if (!"truthy".equals(g.op()) || !(g.left() instanceof Val.Call c) || !c.args().isEmpty()) continue;
            dev.backcheck.lang.facts.Fn.Compare cmp = envComparison(c, file);
            if (cmp != null) asTests.add(new CallSite.Guard(cmp.left(), cmp.op(), cmp.right(), g.holds()));
        }
        return !asTests.isEmpty() && devOnly(new CallSite(cs.callee(), cs.args(), cs.isNew(), cs.location(), cs.calleeLocation(),
                cs.argLocations(), cs.awaited(), asTests));
    }

    /**
     * The comparison a project function called with no argument answers: its one return is an equality test
     * ({@code return process.env.NODE_ENV === 'production'}) and the test is the function's only comparison; or null.
     */
    private dev.backcheck.lang.facts.Fn.Compare envComparison(Val.Call call, dev.backcheck.lang.facts.FileFacts file) {
        Project.FnRef t;
        try {
            t = project.function(call.callee(), file);
        } catch (RuntimeException e) {
            return null;
        }
        if (t == null || t.fn().returns().size() != 1 || t.fn().compares().size() != 1) return null;
        if (!(t.fn().returns().get(0) instanceof Val.Unknown u) || !u.kind().matches("binary:(EqEqEq|EqEq|NotEqEq|NotEq)")) return null;
        dev.backcheck.lang.facts.Fn.Compare cmp = t.fn().compares().get(0);
        return "==".equals(cmp.op()) || "!=".equals(cmp.op()) ? cmp : null;
    }

    /**
     * Under a development-only guard: {@code if (process.env.NODE_ENV !== 'production')}, {@code === 'development'}, the
     * {@code else} of {@code === 'production'}, or a debug/verbose switch. Code there does not run in production.
     */
    public static boolean devOnly(CallSite cs) {
        for (CallSite.Guard g : cs.guards()) {
            // if (DEBUG) / if (PortfolioCalculator.ENABLE_LOGGING) / if (this.verbose): a debugging switch
            String flag = g.op().equals("truthy") && g.holds() ? dev.backcheck.lang.facts.Vals.lastName(g.left()) : null;
            if (flag != null && flag.matches("(?i).*(debug|verbose|enable_?logging|log_?enabled|trace_?enabled|dev_?mode).*")) return true;
            String name = g.left() instanceof Val.Global gl && gl.path().size() == 2 && gl.path().get(0).equals("env") ? gl.path().get(1) : null;
            // configService.get('NODE_ENV') / config.get<string>('NODE_ENV'): the same variable read through Nest's ConfigService
            if (name == null && g.left() instanceof Val.Call c && "get".equals(dev.backcheck.lang.facts.Vals.lastName(c.callee()))
                    && c.args().size() == 1 && "NODE_ENV".equals(Val.constString(c.args().get(0)))) name = "NODE_ENV";
            // const NODE_ENV = config.NODE_ENV / process.env.NODE_ENV held in a variable: if (NODE_ENV === 'development')
            if (name == null && (g.left() instanceof Val.Local || g.left() instanceof Val.Member || g.left() instanceof Val.This
                    || g.left() instanceof Val.Ref)) {
                String n = dev.backcheck.lang.facts.Vals.lastName(g.left());
                if (n != null && (n.equals("NODE_ENV") || n.equals("nodeEnv"))) name = "NODE_ENV";
            }
            // config.nodeEnv of { nodeEnv: process.env.NODE_ENV || 'development' }: the variable, or its default
            if (name == null && g.left() instanceof Val.OneOf o && o.options().stream().anyMatch(x -> x instanceof Val.Global gl
                    && gl.path().size() == 2 && gl.path().get(0).equals("env") && gl.path().get(1).equals("NODE_ENV"))) name = "NODE_ENV";
            if (name == null) continue;
            String v = g.right() == null ? null : Val.constString(g.right());
            if (v == null) {
                if (g.op().equals("truthy") && g.holds() && (name.contains("DEBUG") || name.contains("VERBOSE"))) return true;
                continue;
            }
            boolean eq = g.op().equals("==") == g.holds();
            if (name.equals("NODE_ENV") && (eq && (v.equals("development") || v.equals("dev") || v.equals("test") || v.equals("local"))
                    || !eq && v.equals("production"))) return true;
        }
        return false;
    }
}
