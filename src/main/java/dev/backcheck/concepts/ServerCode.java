package dev.backcheck.concepts;

import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.workspace.PackageJson;

import java.util.*;
import java.util.regex.Pattern;

/**
 * Which files are the server: the files of an application's package (the nearest package.json of the
 * file where an app is created), minus test code, tooling (scripts, seeds, migrations, *.config.* files)
 * and front-end components (.tsx/.jsx). Which applications run as long-lived servers (they listen), the
 * ones health checks, shutdown and metrics concern; a serverless export has no process to probe.
 */
public final class ServerCode {
    private static final Pattern TOOLING = Pattern.compile(
            "(^|/)(scripts?|seeds?|seeders?|seeding|migrations?|migrate|fixtures|tools|benchmarks?|examples?|docs?)(/|$)"
                    + "|(^|/)[^/]*\\.config\\.[cm]?[jt]s$|(^|/)(knexfile|gulpfile|gruntfile|ormconfig|data-source|datasource)[^/]*\\.[cm]?[jt]s$"
                    + "|(^|/)[^/]*(seed|migrate|migration)[^/]*\\.[cm]?[jt]s$|(^|/)(jest|vitest|playwright|cypress)[\\w.-]*\\.[cm]?[jt]s$"
                    + "|(^|/)setup-?tests\\.[cm]?[jt]s$", Pattern.CASE_INSENSITIVE);

    private final Project project;
    private final Set<String> appRoots = new TreeSet<>();
    private final SortedSet<String> manifestDirs = new TreeSet<>();

    private ServerCode(Project p) {
        this.project = p;
        for (PackageJson m : dev.backcheck.workspace.PackageJson.of(p.manifests())) manifestDirs.add(dir(m.path()));
        for (Application a : p.applications()) {
            if (a.location() == null || p.isTestPath(a.location().path())) continue;
            appRoots.add(packageDir(a.location().path()));
        }
        // a module only tooling or tests import (a prompt helper of a CLI script) is tooling too
        for (dev.backcheck.lang.facts.FileFacts f : p.files().values()) {
            for (dev.backcheck.lang.facts.Import i : f.imports().values()) {
                String t = p.resolveModule(f.path(), i.module());
                if (t != null && !t.equals(f.path())) {
                    importers.computeIfAbsent(t, k -> new TreeSet<>()).add(f.path());
                    importsOf.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(t);
                }
            }
        }
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
        for (int round = 0; round < 3; round++) {
            boolean changed = false;
            for (Map.Entry<String, Set<String>> e : new TreeMap<>(importers).entrySet()) {
                if (frontEnd.contains(e.getKey())) continue;
                if (e.getValue().stream().allMatch(frontEnd::contains)) changed |= frontEnd.add(e.getKey());
            }
            if (!changed) break;
        }
        for (int round = 0; round < 3; round++) {
            boolean changed = false;
            for (Map.Entry<String, Set<String>> e : new TreeMap<>(importers).entrySet()) {
                if (toolOnly.contains(e.getKey()) || tooling(e.getKey()) || p.isTestPath(e.getKey())) continue;
                // imported by tooling, and otherwise only by tests (tests import server modules too: that alone says nothing)
                boolean byTool = e.getValue().stream().anyMatch(x -> (tooling(x) || toolOnly.contains(x)) && !p.isTestPath(x));
                if (byTool && e.getValue().stream().allMatch(x -> tooling(x) || p.isTestPath(x) || toolOnly.contains(x))) changed |= toolOnly.add(e.getKey());
            }
            if (!changed) break;
        }
    }

    private final Set<String> toolOnly = new TreeSet<>();
    private final Set<String> frontEnd = new TreeSet<>();
    /** Import bindings between project files: who imports a file, and what a file imports. */
    private final Map<String, Set<String>> importers = new HashMap<>();
    private final Map<String, List<String>> importsOf = new HashMap<>();
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
        for (dev.backcheck.lang.facts.FileFacts f : project.files().values()) {
            for (dev.backcheck.lang.facts.Fn fn : dev.backcheck.model.Analysis.functions(f)) {
                for (dev.backcheck.lang.facts.CallSite cs : fn.calls()) {
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
        Set<String> out = new TreeSet<>();
        for (Map.Entry<String, dev.backcheck.lang.facts.FileFacts> e : project.files().entrySet()) {
            String path = e.getKey();
            if (imported.contains(path) || appFiles.contains(path) || mains.contains(path)) continue;
            // a module that exports something is loaded by someone (Fastify autoload, a dynamic loader): not a script
            if (!e.getValue().exports().isEmpty()) continue;
            if (reachesApp(path, imports, appFiles, 0, new HashSet<>())) continue;
            out.add(path);
        }
        standalone = out;
        return out;
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
        return TOOLING.matcher(path).find();
    }

    /** True when {@code path} is application code of a package that creates an app (not tests, tooling, components). */
    public boolean server(String path) {
        if (project.isTestPath(path) || tooling(path) || toolOnly.contains(path) || frontEnd.contains(path)) return false;
        if (standalone().contains(path)) return false;
        String low = path.toLowerCase(Locale.ROOT);
        if (low.endsWith(".tsx") || low.endsWith(".jsx")) return false;
        return appRoots.contains(packageDir(path));
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
            boolean found = false;
            for (dev.backcheck.lang.facts.FileFacts f : project.files().values()) {
                if (project.isTestPath(f.path())) continue;
                boolean create = false, listen = false;
                for (dev.backcheck.lang.facts.Fn fn : dev.backcheck.model.Analysis.functions(f)) {
                    for (dev.backcheck.lang.facts.CallSite cs : fn.calls()) {
                        String m = cs.methodName();
                        if ("listen".equals(m)) listen = true;
                        if ("createServer".equals(m)) {
                            String q;
                            try {
                                q = project.qname(cs.callee(), f);
                            } catch (RuntimeException e) {
                                q = null;
                            }
                            if (q != null && q.matches("(node:)?https?\\.createServer")) create = true;
                        }
                    }
                }
                if (create && listen) {
                    found = true;
                    break;
                }
            }
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
}
