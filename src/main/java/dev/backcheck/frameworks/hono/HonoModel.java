package dev.backcheck.frameworks.hono;

import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.FrameworkModel;
import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.frameworks.ModelSupport.CallContext;
import dev.backcheck.frameworks.ModelSupport.CallContext.Located;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.*;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hono 4: {@code new Hono()} / {@code new OpenAPIHono()} instances in any file, {@code basePath},
 * {@code route(prefix, subApp)} across files, {@code use(path?, ...mw)} in registration order,
 * {@code get/post/.../all(path, ...handlers)}, {@code on(methods, paths, ...)}, validators on the
 * route ({@code zValidator}, {@code validator}) as framework-validated parts, OpenAPIHono
 * {@code openapi(createRoute({...}), handler)} with request schemas, {@code onError}.
 * Hono semantics: middleware registered before a route on a matching path runs for it; later
 * middleware does not (the handler answers first).
 */
public final class HonoModel implements FrameworkModel {
    private static final Set<String> HTTP = Set.of("get", "post", "put", "patch", "delete", "all", "options", "head");
    private static final Set<String> REG = Set.of("get", "post", "put", "patch", "delete", "all", "options", "head",
            "use", "on", "route", "onError", "notFound", "openapi", "doc", "doc31", "basePath");

    @Override
    public String id() {
        return "hono";
    }

    /** One registration: its method, call, file, and the basePath prefix of the instance it was made on. */
    private record Reg(String method, CallSite cs, FileFacts file, String prefix, Fn fn, List<Val> args) {
        Val arg(int i) {
            return i < args.size() ? args.get(i) : null;
        }
    }

    /** What one {@code route(path, sub)} call mounts: the sub-app and the path it is mounted at (unnormalized text). */
    private record Mounted(InstRef sub, String path) { }

    /** An instance reference: the base {@code new Hono()} value (shared router) and a basePath prefix. */
    /**
     * An instance reference: the base value (a {@code new Hono()}, or a call of a project factory that
     * returns one), a basePath prefix, and for a factory call the instance the factory builds inside
     * ({@code inner}: registrations made in the factory before it returns belong to every call).
     */
    private record InstRef(Val base, FileFacts file, String prefix, InstRef inner) {
        InstRef(Val base, FileFacts file, String prefix) {
            this(base, file, prefix, null);
        }
    }

    private static final class Inst {
        final Val val;
        final FileFacts file;
        final Location created;
        final List<Reg> regs = new ArrayList<>();
        /** For a factory call: the instance the factory registers on before returning it. */
        InstRef inner;
        /** For an instance held in a field of a project class ({@code this.app}): that class. */
        Project.ClassHit heldBy;

        Inst(Val val, FileFacts file, Location created) {
            this.val = val;
            this.file = file;
            this.created = created;
        }
    }

    @Override
    public List<Application> build(Project project) {
        if (!project.dependsOn("hono") && project.files().values().stream()
                .noneMatch(f -> f.imports().values().stream().anyMatch(i -> i.module().equals("hono") || i.module().startsWith("hono/")))) {
            return List.of();
        }
        Analysis analysis = ModelSupport.analysis(project);
        Classifier classifier = new Classifier(analysis);
        IdentityHashMap<Val, Inst> insts = new IdentityHashMap<>();
        // methods: also ({ app }) => { app.route(...) } called as prepareRoutes({ app, db })
        ModelSupport.ParamBindings bindings = new ModelSupport.ParamBindings(project, analysis, true);
        ModelSupport.Classes classes = new ModelSupport.Classes(project);
        ModelSupport.Callbacks callbacks = new ModelSupport.Callbacks(project, bindings, classes);
        List<Location> serves = new ArrayList<>();
        for (FileFacts f : project.files().values()) {
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    String m = cs.methodName();
                    if (m == null) continue;
                    if (m.equals("serve")) {
                        String q = project.qname(cs.callee(), f);
                        if (q != null && q.startsWith("@hono/node-server")) serves.add(cs.location());
                        continue;
                    }
                    if (!REG.contains(m) || m.equals("basePath")) continue;
                    Val recv0 = Analysis.receiver(cs.callee());
                    if (recv0 == null) continue;
                    // this.controller.openapi(...) in a method: the field's instance; routes.forEach(r => app.route('/api',
                    // r.controller)): once per element the model can list
                    for (Map<Integer, Project.Resolved> env : callbacks.envs(fn)) {
                    Val recv = substitute(project, classes, recv0, env, fn, 0);
                    List<Val> args = new ArrayList<>();
                    for (Val a : cs.args()) args.add(ModelSupport.substitute(project, classes, a, env, fn));
                    Fn recvOwner = recv instanceof Param rp ? classes.paramOwner(fn, rp) : fn;
                    // this.app filled by a setter (setApp(app) { this.app = app }): the setter's callers bind it
                    Fn setter = recv0 instanceof This t && recv instanceof Param ? classes.setter(t, fn) : null;
                    if (setter != null) recvOwner = setter;
                    for (ModelSupport.Bound b : bindings.bind(recv, f, recvOwner)) {
                        InstRef ref = instance(project, b.val(), b.file(), 0);
                        if (ref == null) continue;
                        // test code that registers on the real app (a fake auth, a debug route) does not change it
                        Location made = ref.base instanceof New n ? n.site() : ref.base instanceof Call c ? c.site() : null;
                        if (project.isTestPath(f.path()) && made != null && !project.isTestPath(made.path())) continue;
                        Inst in = insts.computeIfAbsent(ref.base, k -> new Inst(k, ref.file,
                                k instanceof New n ? n.site() : k instanceof Call c ? c.site() : null));
                        if (ref.inner != null) in.inner = ref.inner;
                        // this.controller = new OpenAPIHono(): an instance each object of the class holds
                        Project.ClassHit holder = recv0 instanceof This && recv != recv0 && setter == null ? classes.ownerOf(fn) : null;
                        if (holder != null) in.heldBy = holder;
                        in.regs.add(new Reg(m, cs, f, ref.prefix, fn, List.copyOf(args)));
                    }
                    }
                }
            }
        }
        // what is mounted with route() is not an application of its own
        Set<Val> mounted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Inst in : insts.values()) {
            if (in.created != null && project.isTestPath(in.created.path())) continue; // a test app mounting the real one
            for (Reg r : in.regs) {
                if (!r.method.equals("route") || r.args.size() < 2) continue;
                for (Mounted mt : mountedBy(project, r)) {
                    // a factory call, and the factory calls it makes down to the instance: all part of the mount
                    for (InstRef sub = mt.sub; sub != null; sub = sub.inner) if (sub.base != in.val) mounted.add(sub.base);
                }
            }
        }
        // what a factory builds is part of each instance its calls make, not an application of its own
        for (Inst in : insts.values()) {
            if (in.created != null && project.isTestPath(in.created.path())) continue; // a test calling the real app's factory
            for (InstRef inner = in.inner; inner != null; inner = inner.inner) if (inner.base != in.val) mounted.add(inner.base);
        }
        List<Application> apps = new ArrayList<>();
        List<Application.Signal> signals = ModelSupport.signals(project);
        Set<Val> used = Collections.newSetFromMap(new IdentityHashMap<>());
        dev.backcheck.concepts.ImportIndex importIndex = dev.backcheck.concepts.ImportIndex.of(project);
        for (Inst in : insts.values()) {
            if (mounted.contains(in.val)) continue;
            // a field of a class nothing in the project constructs: no instance of it serves requests
            if (in.heldBy != null && !constructed(project, in.heldBy)) continue;
            if (documentOnly(project, in)) continue;
            if (insts.size() > 1 && (exportedButNeverImported(project, in, importIndex) || unusedDefaultExport(project, in, importIndex))) continue;
            Location where = in.created != null ? in.created : in.regs.isEmpty() ? null : in.regs.get(0).cs.location();
            if (where == null) continue;
            Builder b = new Builder(project, classifier, insts, used, classes, bindings);
            b.strict = strict(project, in);
            b.expand(in, "", new ArrayList<>(), new ArrayList<>(), null);
            apps.add(new Application("hono", where, b.routes, b.mounts, List.of(), b.errorHandlers, serves, signals));
        }
        if (apps.isEmpty()) return apps;
        List<Control> unmounted = ModelSupport.unmountedControls(project, classifier, used);
        List<Application> out = new ArrayList<>();
        for (Application a : apps) {
            out.add(new Application(a.framework(), a.location(), a.routes(), a.mounts(), unmounted, a.errorHandlers(),
                    a.listens(), a.signals()));
        }
        return out;
    }

    /** False for {@code new Hono({ strict: false })}: a trailing slash of the request path is dropped before routing. */
    private static boolean strict(Project project, Inst in) {
        if (!(in.val instanceof New n) || n.args().isEmpty()) return true;
        Project.Resolved o = project.resolve(n.args().get(0), in.file);
        if (!(o.val() instanceof Obj obj) || !obj.props().containsKey("strict")) return true;
        Val v = project.resolve(obj.props().get("strict"), o.file()).val();
        return !(v instanceof Lit l && Boolean.FALSE.equals(l.value()));
    }

    /**
     * A router a module exports under a name that no project file imports or re-exports ({@code export const metricsRouter =
     * createRouter()} beside the route definitions other files do import): nothing mounts or serves it, so it is no
     * application. Not a default export (an entry a platform loads: a Worker, a Vercel function).
     */
    private static boolean exportedButNeverImported(Project project, Inst in, dev.backcheck.concepts.ImportIndex index) {
        if (in.file == null) return false;
        FileFacts home = in.file;
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, Val> e : home.exports().entrySet()) {
            if (project.resolve(e.getValue(), home).val() == in.val) names.add(e.getKey());
        }
        if (names.isEmpty() || names.contains("default")) return false;
        // served or handed on in its own file (serve({ fetch: app.fetch }), export default { fetch: app.fetch }): an entry
        for (Fn fn : Analysis.functions(home)) {
            for (CallSite cs : fn.calls()) {
                if (in.regs.stream().anyMatch(r -> r.cs == cs)) continue;
                for (Val a : cs.args()) {
                    if (Vals.anyPartDeep(a, x -> x.equals(in.val) || mentionsInstance(project, home, x, in.val), 200)) return false;
                }
            }
        }
        return !index.imported(home.path(), names);
    }

    /**
     * A sub-app a module exports as its default ({@code export default userController}) that no project file imports, in a
     * module no platform loads as an entry: not named like one (index, server, app, main, worker, entry, handler) and not
     * under a folder of file-based routes or functions (api/, functions/, pages/, routes/ of a file router). Its routes
     * are never mounted: a leftover controller beside the ones the app does mount, no application of its own.
     */
    private static boolean unusedDefaultExport(Project project, Inst in, dev.backcheck.concepts.ImportIndex index) {
        if (in.file == null) return false;
        FileFacts home = in.file;
        Val dflt = home.exports().get("default");
        if (dflt == null || project.resolve(dflt, home).val() != in.val) return false;
        String path = home.path().replace('\\', '/');
        String base = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "").toLowerCase(Locale.ROOT);
        if (ENTRY_NAMES.matcher(base).matches()) return false;
        for (String seg : path.toLowerCase(Locale.ROOT).split("/")) if (FILE_ROUTED_DIRS.contains(seg)) return false;
        // served or handed on in its own file: an entry
        for (Fn fn : Analysis.functions(home)) {
            for (CallSite cs : fn.calls()) {
                if (in.regs.stream().anyMatch(r -> r.cs == cs)) continue;
                for (Val a : cs.args()) {
                    if (Vals.anyPartDeep(a, x -> x.equals(in.val) || mentionsInstance(project, home, x, in.val), 200)) return false;
                }
            }
        }
        return !index.imported(home.path(), Set.of("default", "*"));
    }

    private static final java.util.regex.Pattern ENTRY_NAMES = java.util.regex.Pattern.compile(
            "(index|server|app|main|worker|_worker|entry|handler|api|function|lambda|\\[.*\\])");
    private static final Set<String> FILE_ROUTED_DIRS = Set.of("api", "functions", "pages", "routes", "app", "netlify", "edge");

    /** {@code app} or {@code app.fetch} (a name with a path) where the name is the instance. */
    private static boolean mentionsInstance(Project project, FileFacts home, Val x, Val instance) {
        Val base = x instanceof Local l ? new Local(l.name(), List.of()) : x instanceof Ref r ? new Ref(r.module(), r.export(), List.of()) : null;
        return base != null && instance.equals(project.resolve(base, home).val());
    }

    /**
     * An {@code OpenAPIHono} a function makes only to write an OpenAPI document ({@code const docApp = new OpenAPIHono();
     * docApp.openapi(route, noop); return docApp.getOpenAPI31Document(...)}): every registration is in that function, which
     * asks the instance for its document and neither returns it nor hands it to a call. It serves nothing.
     */
    private static boolean documentOnly(Project project, Inst in) {
        if (!(in.val instanceof New) || in.regs.isEmpty()) return false;
        Fn home = in.regs.get(0).fn;
        FileFacts file = in.regs.get(0).file;
        if (home == null || file == null) return false;
        for (Reg r : in.regs) if (r.fn != home || r.file != file) return false;
        boolean document = false;
        for (CallSite cs : home.calls()) {
            String m = cs.methodName();
            Val recv = Analysis.receiver(cs.callee());
            boolean mine = recv != null && project.resolve(recv, file).val() == in.val;
            if (mine && ("getOpenAPIDocument".equals(m) || "getOpenAPI31Document".equals(m))) document = true;
            for (Val a : cs.args()) if (project.resolve(a, file).val() == in.val) return false;
        }
        if (!document) return false;
        for (Val r : home.returns()) if (Vals.anyPart(r, v -> project.resolve(v, file).val() == in.val)) return false;
        return true;
    }

    /**
     * Whether the project (outside test code) may construct class {@code c}: a {@code new C(...)}, or the class handed
     * to a call by its name (a container that builds it: {@code container.resolve(C)}). A class without a name counts.
     */
    private static boolean constructed(Project project, Project.ClassHit c) {
        String name = c.info().name();
        if (name == null || name.isEmpty() || name.equals("default") || name.equals("?")) return true;
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if (cs.isNew() && name.equals(Vals.lastName(cs.callee()))) {
                        Project.ClassHit hit = project.classOf(cs.callee(), f);
                        if (hit == null || hit.info() == c.info()) return true;
                    }
                    for (Val a : cs.args()) if (!(a instanceof FnVal) && name.equals(Vals.lastName(a))) return true;
                }
            }
        }
        return false;
    }

    /**
     * The sub-apps one {@code route(path, sub)} call mounts. Usually one; a router loaded by a dynamic import over a
     * directory ({@code import(`./routes/${file}`).then(m => app.route(`/${stem(file)}`, m.default))}) mounts the
     * default export of every module in that directory, each at the path with the file's stem for the loop variable.
     */
    private static List<Mounted> mountedBy(Project project, Reg r) {
        Val arg = r.arg(1);
        InstRef direct = instance(project, arg, r.file, 0);
        if (direct != null) return List.of(new Mounted(direct, pathText(project, r.arg(0), r.file, null, null)));
        List<Mounted> out = new ArrayList<>();
        Val x = project.resolve(arg, r.file).val();
        List<Mounted> plugins = loadedModules(project, r, x);
        if (plugins != null) return plugins;
        if (x instanceof Member m && m.object() instanceof Call c && c.callee() instanceof Global g && g.name().equals("import")) {
            return directoryImport(project, r, c, m.prop()); // const mod = await import(`./routes/${file}`); app.route(.., mod.default)
        }
        Param p = x instanceof Param q ? q : x instanceof Member m && m.object() instanceof Param q2 && q2.path().isEmpty()
                ? new Param(q2.index(), q2.name(), List.of(m.prop())) : null;
        if (p == null || r.fn == null || p.index() != 0 || p.path().size() > 1) return out;
        String export = p.path().isEmpty() ? "*" : p.path().get(0);
        Call imp = null;
        // await import(spec) bound to a name, or import(spec).then(module => ...)
        for (Fn outer : Analysis.functions(r.file)) {
            for (CallSite cs : outer.calls()) {
                if (!"then".equals(cs.methodName()) || cs.args().isEmpty() || !(cs.arg(0) instanceof FnVal fv) || fv.fn() != r.fn) continue;
                if (Analysis.receiver(cs.callee()) instanceof Call c && c.callee() instanceof Global g && g.name().equals("import")) imp = c;
            }
        }
        return imp == null ? out : directoryImport(project, r, imp, export.equals("*") ? "default" : export);
    }

    /**
     * A plugin loader's mount: {@code app.route(plugin.routes.basePath, plugin.routes.router)} where {@code plugin} is
     * what a load by a computed path that ends in a written file name answers ({@code const mod = await
     * import(join(pluginPath, 'plugin.ts')); const plugin = mod.default || mod.plugin}). Each file that load may load
     * ({@link dev.backcheck.concepts.ImportIndex#computedTargets}) mounts the router its export holds at that member path,
     * at the path the same export holds (the first of the exports tried that the file has). Null when the router is no
     * member of such a load.
     */
    private static List<Mounted> loadedModules(Project project, Reg r, Val x) {
        List<String> subPath = new ArrayList<>();
        Val base = memberBase(x, subPath);
        List<Call> loads = new ArrayList<>();
        List<String> exports = new ArrayList<>();
        if (isComputedImport(base)) {
            if (subPath.isEmpty()) return null;
            loads.add((Call) base);
            exports.add(subPath.remove(0));
        } else if (base instanceof OneOf o) {
            for (Val opt : o.options()) {
                if (!(opt instanceof Member m) || !isComputedImport(m.object())) return null;
                loads.add((Call) m.object());
                exports.add(m.prop());
            }
        } else return null;
        if (subPath.isEmpty()) return null;
        Val pathArg = project.resolve(r.arg(0), r.file).val();
        List<String> pathPath = new ArrayList<>();
        boolean pathFromModule = memberBase(pathArg, pathPath).equals(base);
        if (pathFromModule && isComputedImport(base)) {
            // mod.default.routes.basePath: the export is the chain's first name, as for the router
            if (pathPath.isEmpty() || !pathPath.get(0).equals(exports.get(0))) pathFromModule = false;
            else pathPath.remove(0);
        }
        dev.backcheck.concepts.ImportIndex index = dev.backcheck.concepts.ImportIndex.of(project);
        Set<String> files = new TreeSet<>();
        for (Call c : loads) {
            List<String> t = index.computedTargets(r.file, c.args().get(0));
            if (t == null) return null;
            files.addAll(t);
        }
        List<Mounted> out = new ArrayList<>();
        for (String t : files) {
            FileFacts tf = project.files().get(t);
            if (tf == null) continue;
            for (String export : exports) {
                Val ev = tf.exports().get(export);
                if (ev == null) continue;
                Project.Resolved router = memberOf(project, new Project.Resolved(ev, tf), subPath);
                InstRef sub = router == null ? null : instance(project, router.val(), router.file(), 0);
                if (sub != null) {
                    String path = null;
                    if (pathFromModule) {
                        Project.Resolved p = memberOf(project, new Project.Resolved(ev, tf), pathPath);
                        path = p == null ? null : ModelSupport.pathOf(project, p.val(), p.file());
                        if (path == null) path = "{unknown}";
                    } else path = pathText(project, r.arg(0), r.file, null, null);
                    out.add(new Mounted(sub, path));
                }
                break; // mod.default || mod.plugin: the first export the module has
            }
        }
        return out;
    }

    /** The value a member chain starts from, its member names added to {@code path} (outermost last). */
    private static Val memberBase(Val v, List<String> path) {
        Val x = v;
        for (int i = 0; i < 16 && x instanceof Member m; i++) {
            path.add(0, m.prop());
            x = m.object();
        }
        return x;
    }

    /** {@code import(x)} or {@code require(x)} of a path that is not written whole. */
    private static boolean isComputedImport(Val v) {
        return v instanceof Call c && c.callee() instanceof Global g && g.path().isEmpty()
                && (g.name().equals("import") || g.name().equals("require")) && c.args().size() == 1 && Val.constString(c.args().get(0)) == null;
    }

    /** The value at {@code path} in the object literal {@code start} holds (each step resolved), or null. */
    private static Project.Resolved memberOf(Project project, Project.Resolved start, List<String> path) {
        Project.Resolved cur = project.resolve(start.val(), start.file());
        for (String seg : path) {
            if (!(cur.val() instanceof Obj o) || !o.props().containsKey(seg)) return null;
            cur = project.resolve(o.props().get(seg), cur.file());
        }
        return cur;
    }

    private static List<Mounted> directoryImport(Project project, Reg r, Call imp, String export) {
        List<Mounted> out = new ArrayList<>();
        if (imp.args().isEmpty() || !(imp.args().get(0) instanceof Tpl t) || t.holes().size() != 1
                || !t.quasis().get(1).isEmpty()) return out;
        String dirSpec = t.quasis().get(0);
        if (!dirSpec.startsWith(".") || !dirSpec.endsWith("/")) return out;
        String loopVar = rootName(t.holes().get(0));
        java.nio.file.Path dir = java.nio.file.Path.of(r.file.path()).getParent();
        java.nio.file.Path target = (dir == null ? java.nio.file.Path.of(dirSpec) : dir.resolve(dirSpec)).normalize();
        String prefix = target.toString().replace('\\', '/') + "/";
        if (prefix.equals("./")) prefix = "";
        for (String path : project.files().keySet()) {
            if (!path.startsWith(prefix) || path.substring(prefix.length()).contains("/") || path.endsWith(".d.ts")
                    || project.isTestPath(path)) continue;
            String name = path.substring(prefix.length());
            int dot = name.indexOf('.');
            String stem = dot < 0 ? name : name.substring(0, dot);
            InstRef sub = instance(project, new Ref(dirSpec + stem, export, List.of()), r.file, 0);
            if (sub == null) continue;
            out.add(new Mounted(sub, pathText(project, r.arg(0), r.file, loopVar, stem)));
        }
        return out;
    }

    /** A mount path's text: constant parts kept, a hole naming {@code loopVar} read as {@code stem}, others {unknown}. */
    private static String pathText(Project project, Val v, FileFacts f, String loopVar, String stem) {
        String s = ModelSupport.pathOf(project, v, f);
        if (s != null) return s;
        if (v instanceof Tpl t && loopVar != null) {
            StringBuilder sb = new StringBuilder(t.quasis().get(0));
            for (int i = 0; i < t.holes().size(); i++) {
                Val h = t.holes().get(i);
                String c = ModelSupport.pathOf(project, h, f);
                sb.append(c != null ? c : loopVar.equals(rootName(h)) ? stem : "{unknown}");
                sb.append(t.quasis().get(i + 1));
            }
            return sb.toString();
        }
        return ModelSupport.templatePath(v);
    }

    /** The variable a value is computed from: {@code file} for {@code file.split('.')[0]} or {@code file.replace(...)}. */
    private static String rootName(Val v) {
        for (int i = 0; i < 8 && v != null; i++) {
            if (v instanceof Param p) return p.path().isEmpty() ? p.name() : null;
            if (v instanceof Local l) return l.path().isEmpty() ? l.name() : null;
            if (v instanceof Global g) return g.path().isEmpty() ? g.name() : null;
            if (v instanceof Member m) v = m.object();
            else if (v instanceof Call c) v = Analysis.receiver(c.callee());
            else return null;
        }
        return null;
    }

    /**
     * A registration's receiver with callback parameters and class fields replaced by their values
     * ({@link ModelSupport#substitute}), also under a chain of registrations or basePath() on them
     * ({@code this.app.basePath('/api')}: the field's instance, then basePath).
     */
    private static Val substitute(Project project, ModelSupport.Classes classes, Val v, Map<Integer, Project.Resolved> env, Fn fn, int depth) {
        if (depth < 8 && v instanceof Call c && c.site() != null && REG.contains(String.valueOf(Vals.lastName(c.callee())))) {
            Val recv = Analysis.receiver(c.callee());
            Val s = recv == null ? null : substitute(project, classes, recv, env, fn, depth + 1);
            if (s != null && s != recv) return new Call(new Member(s, Vals.lastName(c.callee())), c.args(), c.site());
            return v;
        }
        return ModelSupport.substitute(project, classes, v, env, fn);
    }

    /** The file a construction is written in (its own imports name the class), when the value came from another file. */
    private static FileFacts siteFile(Project project, Val v, FileFacts f) {
        Location site = v instanceof New n ? n.site() : null;
        if (site == null || f != null && site.path().equals(f.path())) return f;
        FileFacts own = project.files().get(site.path());
        return own != null ? own : f;
    }

    private static boolean isCreation(Project project, Val v, FileFacts f) {
        if (!(v instanceof New)) return false;
        String q = project.qname(v, f);
        if (q == null) return false;
        return q.equals("new hono.Hono()") || q.equals("new hono/tiny.Hono()") || q.equals("new hono/quick.Hono()")
                || q.equals("new @hono/zod-openapi.OpenAPIHono()") || q.equals("new hono.default()");
    }

    /** The instance a value denotes, walking back over chained registrations and basePath(). */
    private static InstRef instance(Project project, Val v, FileFacts f, int depth) {
        if (v == null || depth > 64) return null; // long fluent chains: app.get(...).route(...) x 30
        Project.Resolved r = project.resolve(v, f);
        Val x = r.val();
        FileFacts xf = siteFile(project, x, r.file());
        if (isCreation(project, x, xf)) return new InstRef(x, xf, "");
        // chanfana's fromHono(app): a proxy that registers on app itself
        if (x instanceof Call c && Chanfana.fromHono(project, c, r.file())) return instance(project, c.args().get(0), r.file(), depth + 1);
        if (x instanceof Call c) {
            // const users = honoApp(): a project factory that returns a new app makes one instance per call
            Project.FnRef factory = project.function(c.callee(), r.file());
            if (factory != null && c.site() != null) {
                for (Val ret : factory.fn().returns()) {
                    Project.Resolved rr = project.resolve(ret, factory.file());
                    if (isCreation(project, rr.val(), rr.file())) return new InstRef(x, r.file(), "", new InstRef(rr.val(), rr.file(), ""));
                    InstRef built = instance(project, ret, factory.file(), depth + 1);
                    if (built != null) return new InstRef(x, r.file(), "", built);
                }
            }
            // a fluent chain (new Hono().basePath('/api').use(..).route(..) x 100): its links are walked back in a loop, so
            // a long chain costs no recursion depth; basePath() links are collected outermost first
            List<String> basePaths = new ArrayList<>();
            Call link = c;
            for (int hop = 0; hop < 4096; hop++) {
                String m = Vals.lastName(link.callee());
                Val recv = Analysis.receiver(link.callee());
                if (m == null || recv == null || !REG.contains(m)) return null;
                if (m.equals("basePath")) {
                    String p = link.args().isEmpty() ? null : ModelSupport.pathOf(project.resolve(link.args().get(0), r.file()).val());
                    basePaths.add(p == null ? "{unknown}" : p);
                }
                if (recv instanceof Call next && REG.contains(String.valueOf(Vals.lastName(next.callee())))
                        && Analysis.receiver(next.callee()) != null) {
                    link = next;
                    continue;
                }
                InstRef base = instance(project, recv, r.file(), depth + 1);
                if (base == null || basePaths.isEmpty()) return base;
                String prefix = base.prefix;
                for (int i = basePaths.size() - 1; i >= 0; i--) prefix = ModelSupport.join(prefix, basePaths.get(i));
                return new InstRef(base.base, base.file, prefix);
            }
            return null;
        }
        return null;
    }

    /** A middleware active from its registration on, for routes whose path its pattern matches. */
    private record Scoped(Control control, String pattern, String method, PathPattern compiled) {
        Scoped(Control control, String pattern, String method) {
            this(control, pattern, method, Builder.compiled(pattern));
        }

        Scoped(Control control, String pattern) {
            this(control, pattern, null);
        }

        boolean appliesTo(String m, String path) {
            return (method == null || method.equals(m)) && (compiled == null || compiled.matches(path));
        }
    }

    /** A value a middleware sets on the context for the routes its pattern matches. */
    private record CtxVar(String key, Project.Resolved value, String pattern) { }

    private static final class Builder {
        final Project project;
        final Classifier classifier;
        final IdentityHashMap<Val, Inst> insts;
        final Set<Val> used;
        final ModelSupport.Classes classes;
        final ModelSupport.ParamBindings bindings;
        /** A factory call with no registrations of its own, mounted as a router: its instance, made once. */
        final IdentityHashMap<Val, Inst> calls = new IdentityHashMap<>();
        /** The factory calls the registration being read is made under ({@link CallContext}); null outside factories. */
        CallContext ctx;
        /** The registration's path or method is one its factory was given: the route is declared where the factory is called. */
        boolean fromArgs;
        final List<Route> routes = new ArrayList<>();
        private final Set<String> listed = new HashSet<>();
        final List<Application.Mount> mounts = new ArrayList<>();
        final List<Location> errorHandlers = new ArrayList<>();
        /** Values middleware put on the context ({@code c.set(key, value)}), in registration order, with the path pattern they run on. */
        final List<CtxVar> ctxVars = new ArrayList<>();
        int order;
        /**
         * Hono's strict routing (the default; {@code new Hono({ strict: false })} turns it off): a request path keeps its
         * trailing slash, so {@code app.post('/x/')} and {@code app.post('/x')} are two routes.
         */
        boolean strict = true;

        Builder(Project project, Classifier classifier, IdentityHashMap<Val, Inst> insts, Set<Val> used, ModelSupport.Classes classes,
                ModelSupport.ParamBindings bindings) {
            this.project = project;
            this.bindings = bindings;
            this.classes = classes;
            this.classifier = classifier;
            this.insts = insts;
            this.used = used;
        }

        /**
         * Expands an instance's registrations in order. {@code outer}: the factory calls the instance's own
         * registrations are read under. A factory call's instance first gets what the factory registered before
         * returning it, read with the call's arguments; a factory that returns another factory's call
         * ({@code createPublicRoute} returning {@code createCRUDRoute({...rest})}) adds that call's arguments too.
         */
        void expand(Inst in, String prefix, List<Scoped> active, List<Inst> stack, CallContext outer) {
            if (stack.contains(in) || stack.size() > 12) return;
            stack.add(in);
            CallContext inside = CallContext.push(project, outer, in.val, in.file);
            for (InstRef ref = in.inner; ref != null; ref = ref.inner) {
                Inst built = insts.get(ref.base);
                if (built != null && built != in) {
                    expand(built, ModelSupport.join(prefix, ref.prefix), active, stack, inside);
                    break;
                }
                inside = CallContext.push(project, inside, ref.base, ref.file);
            }
            List<Reg> regs = new ArrayList<>(in.regs);
            regs.sort(order(in.file));
            for (Reg r0 : regs) {
                ctx = regContext(r0, in, outer);
                if (ctx != null && !CallContext.reachable(project, r0.cs.guards(), r0.file, ctx)) continue;
                Reg r = bound(r0);
                fromArgs = r != r0;
                String base = ModelSupport.join(prefix, r.prefix);
                switch (r.method) {
                    case "use" -> use(r, base, active);
                    case "route" -> {
                        if (r.args.size() < 2) continue;
                        List<Mounted> subs = mountedBy(project, r);
                        boolean any = false;
                        CallContext here = ctx;
                        for (Mounted mt : subs) {
                            InstRef sub = mt.sub;
                            Inst si = insts.get(sub.base);
                            if (si == null && builds(sub.inner)) {
                                // a factory call with no registrations of its own: what its factories register
                                si = calls.computeIfAbsent(sub.base, k -> {
                                    Inst t = new Inst(k, sub.file, null);
                                    t.inner = sub.inner;
                                    return t;
                                });
                            }
                            if (si == null) continue;
                            any = true;
                            if (si == in) continue;
                            // the sub-app's routes carry their own basePath prefixes; a basePath() on the argument adds none
                            expand(si, ModelSupport.join(base, normalize(mt.path)), active, stack, here);
                        }
                        if (!any) {
                            String what = Classifier.displayName(r.arg(1));
                            Location l = r.cs.location();
                            project.notModelled("route(" + pathArg(r.arg(0), r.file) + ", " + (what == null ? "..." : what)
                                    + ") mounts a router the model could not resolve; its routes are missing", l.path(), l.line(), l.column(), true);
                        }
                    }
                    case "on" -> on(r, base, active);
                    case "openapi" -> openapi(r, base, active);
                    case "doc", "doc31" -> {
                        if (r.args.isEmpty()) continue;
                        add(List.of("GET"), ModelSupport.join(base, pathArg(r.arg(0), r.file)), r, List.of(), null, active);
                    }
                    case "onError" -> errorHandlers.add(r.cs.location());
                    case "notFound" -> { }
                    default -> {
                        if (!HTTP.contains(r.method)) continue;
                        List<Val> args = r.args;
                        if (args.isEmpty()) continue;
                        Val first = project.resolve(args.get(0), r.file).val();
                        boolean isHandler = first instanceof FnVal || project.function(args.get(0), r.file) != null
                                || first instanceof Call || first instanceof Ref;
                        boolean hasPath = Val.constString(first) != null || args.get(0) instanceof Tpl || args.get(0) instanceof Concat
                                || !isHandler && args.size() >= 2;
                        String path = hasPath ? pathArg(args.get(0), r.file) : chainedPath(r);
                        List<Val> handlers = args.subList(hasPath ? 1 : 0, args.size());
                        if (handlers.isEmpty()) continue;
                        String full = ModelSupport.join(base, path);
                        // strict routing: the trailing slash written on the route is part of its path (mergePath keeps it)
                        if (strict && path != null && path.length() > 1 && path.endsWith("/") && !path.endsWith("//") && !full.endsWith("/")) full += "/";
                        if (passesOn(handlers.get(handlers.size() - 1), r.file)) {
                            // app.post('/users', adminOnly): every handler calls next(), so this is middleware
                            // for that method and path, not an endpoint
                            methodMiddleware(r, r.method.toUpperCase(Locale.ROOT), full, handlers, active);
                            continue;
                        }
                        add(List.of(r.method.toUpperCase(Locale.ROOT)), full, r, handlers, null, active);
                    }
                }
            }
            stack.remove(stack.size() - 1);
            ctx = null;
        }

        /** True when some instance down a factory chain has registrations. */
        private boolean builds(InstRef ref) {
            for (InstRef r = ref; r != null; r = r.inner) if (insts.containsKey(r.base)) return true;
            return false;
        }

        /**
         * The context a registration is read under: the factory calls {@code outer}, and when it is made in a helper
         * the factory calls with the instance ({@code applyRouteMiddlewares(app, options.options, options.path)}
         * registering on its parameter {@code app}), that call too.
         */
        private CallContext regContext(Reg r, Inst in, CallContext outer) {
            if (outer == null || r.fn == null || outer.has(r.fn)) return outer;
            if (!(Analysis.receiver(r.cs.callee()) instanceof Param p) || !p.path().isEmpty()) return outer;
            for (Object[] call : bindings.callersOf(r.fn)) {
                CallSite cs = (CallSite) call[0];
                FileFacts cf = (FileFacts) call[1];
                if (call.length < 3 || !(call[2] instanceof Fn caller) || !outer.has(caller) || cs.arg(p.index()) == null) continue;
                if (project.resolve(cs.arg(p.index()), cf).val() != in.val) continue;
                return CallContext.push(outer, r.fn, r.file, cs.args(), cf, null);
            }
            return outer;
        }

        /** The registration with its arguments that are constants under the factory calls ({@code options.path}) replaced by them. */
        private Reg bound(Reg r) {
            if (ctx == null) return r;
            List<Val> args = new ArrayList<>(r.args);
            boolean changed = false;
            for (int i = 0; i < args.size(); i++) {
                Val a = args.get(i);
                if (a instanceof Lit || a instanceof FnVal) continue;
                Val e = CallContext.eval(project, a, r.file, ctx).val();
                if (e != a && Val.constString(e) != null) {
                    args.set(i, e);
                    changed = true;
                }
            }
            return changed ? new Reg(r.method, r.cs, r.file, r.prefix, r.fn, List.copyOf(args)) : r;
        }

        /** {@code v} read under the factory calls {@code c} when there are some, else resolved as written. */
        private Located ev(Val v, FileFacts f, CallContext c) {
            if (c != null) return CallContext.eval(project, v, f, c);
            Project.Resolved r = project.resolve(v, f);
            return new Located(r.val(), r.file(), null);
        }

        /**
         * The order registrations take effect: {@link ModelSupport#registrationOrder}, except that a registration made in
         * a method of a class that its constructor runs ({@code constructor() { this.middlewares(); this.routes(); }})
         * takes the place of that constructor call, methods reached in the order the constructor calls them.
         */
        private Comparator<Reg> order(FileFacts home) {
            return ModelSupport.registrationOrder(project, home, (Reg r) -> r.file, (Reg r) -> r.cs, (Reg r) -> r.fn, r -> {
                int[] c = callOrder(r);
                Location l = r.cs.location();
                return new int[] {c[0], c[1], c[2], l.line(), l.column()};
            });
        }

        /** {line, column, rank} of the constructor call that runs the registration's method, else of the registration itself. */
        private int[] callOrder(Reg r) {
            Location own = r.cs.location();
            int[] mine = {own.line(), own.column(), 0};
            if (r.fn == null) return mine;
            Project.ClassHit c = classes.ownerOf(r.fn);
            if (c == null) return mine;
            Map<Fn, int[]> byFn = ctorOrder.computeIfAbsent(c.info(), k -> constructorOrder(k));
            int[] k = byFn.get(r.fn);
            return k != null ? k : mine;
        }

        private final Map<ClassInfo, Map<Fn, int[]>> ctorOrder = new IdentityHashMap<>();

        /** Each method the constructor runs through {@code this.m()} (transitively), and the functions nested in it: its key. */
        private static Map<Fn, int[]> constructorOrder(ClassInfo c) {
            Map<Fn, int[]> out = new IdentityHashMap<>();
            Fn ctor = c.method("constructor");
            if (ctor == null) return out;
            int[] rank = {0};
            for (CallSite cs : sortedCalls(ctor)) {
                Location l = cs.location();
                reach(c, cs, l.line(), l.column(), rank, out, 0);
            }
            return out;
        }

        private static void reach(ClassInfo c, CallSite cs, int line, int col, int[] rank, Map<Fn, int[]> out, int depth) {
            if (depth > 6 || !(cs.callee() instanceof This t) || t.path().size() != 1) return;
            Fn m = c.method(t.path().get(0));
            if (m == null || out.containsKey(m) || m.name().equals("constructor")) return;
            int[] key = {line, col, ++rank[0]};
            mark(m, key, out, 0);
            for (CallSite inner : sortedCalls(m)) reach(c, inner, line, col, rank, out, depth + 1);
        }

        private static void mark(Fn fn, int[] key, Map<Fn, int[]> out, int depth) {
            out.putIfAbsent(fn, key);
            if (depth < 8) for (Fn n : fn.nested()) mark(n, key, out, depth + 1);
        }

        private static List<CallSite> sortedCalls(Fn fn) {
            List<CallSite> calls = new ArrayList<>(fn.calls());
            calls.sort(Comparator.comparingInt((CallSite cs) -> cs.location().line()).thenComparingInt(cs -> cs.location().column()));
            return calls;
        }

        /**
         * True when a route's last handler is middleware: {@code createMiddleware(...)}, or a function
         * {@code (c, next)} that calls {@code next()}. Hono then runs the next matching handler.
         */
        private boolean passesOn(Val h, FileFacts f) {
            return passesOn(h, f, 0);
        }

        private boolean passesOn(Val h, FileFacts f, int depth) {
            if (depth > 3) return false;
            Project.Resolved r = project.resolve(h, f);
            if (dev.backcheck.concepts.MiddlewareDelegation.honoCreate(project, r.val(), r.file())) return true;
            if (r.val() instanceof Call c) { // applyRateLimit(config): a project factory returning middleware
                Project.FnRef factory = project.function(c.callee(), r.file());
                if (factory == null) return false;
                for (Val ret : factory.fn().returns()) if (passesOn(ret, factory.file(), depth + 1)) return true;
                return false;
            }
            Project.FnRef fn = project.function(h, f);
            if (fn == null || fn.fn().params().size() < 2) return false;
            List<Fn> all = new ArrayList<>();
            all.add(fn.fn());
            all.addAll(fn.fn().nested());
            for (Fn x : all) {
                for (CallSite cs : x.calls()) {
                    if (cs.callee() instanceof Param p && p.index() == 1 && p.path().isEmpty()) return true;
                }
            }
            return false;
        }

        private void methodMiddleware(Reg r, String method, String pattern, List<Val> handlers, List<Scoped> active) {
            for (Project.Resolved ar : flat(handlers, r.file)) {
                Control c = middleware(ar.val(), ar.file(), r.cs.location(), "global");
                if (c == null) continue;
                Scoped sc = new Scoped(c, pattern, method);
                active.add(sc);
                mounts.add(new Application.Mount(c, pattern, new MatchingBefore(routes, x -> sc.appliesTo(x.method(), x.path()))));
            }
        }

        /** {@code app.get('/x', h).post(h2)}: a path-less chained registration uses the path of the call it is chained on. */
        private String chainedPath(Reg r) {
            Val cur = r.cs.callee() instanceof Member m ? m.object() : null;
            for (int i = 0; i < 8 && cur instanceof Call c; i++) {
                if (!c.args().isEmpty() && HTTP.contains(String.valueOf(Vals.lastName(c.callee())))) {
                    String p = ModelSupport.pathOf(project.resolve(c.args().get(0), r.file).val());
                    if (p != null) return normalize(p);
                }
                cur = c.callee() instanceof Member m2 ? m2.object() : null;
            }
            return "{unknown}";
        }

        private String pathArg(Val v, FileFacts f) {
            String s = ModelSupport.pathOf(v);
            if (s == null) s = ModelSupport.pathOf(project.resolve(v, f).val());
            return normalize(s != null ? s : ModelSupport.templatePath(v));
        }

        /**
         * Hono path syntax to the inventory's: {@code :id{[0-9]+}} → {@code :id}, OpenAPI {@code {id}} → {@code :id}. A
         * constraint that can match a slash ({@code :key{.+}}, {@code :path{.*}}, {@code :rest{[^?]+}}) makes the parameter
         * span segments ({@code /r2/icons/a.png}): shown as path-to-regexp writes such a parameter, {@code :key+} (one or
         * more segments) or {@code :path*} (zero or more), so the path does not read as one segment (braces in an inventory
         * path mean a prefix the model could not resolve).
         */
        static String normalize(String p) {
            Matcher m = Pattern.compile(":([A-Za-z0-9_]+)\\{([^}]*)}").matcher(p);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String shown = ":" + m.group(1) + (!spansSegments(m.group(2)) ? "" : m.group(2).endsWith("*") ? "*" : "+");
                m.appendReplacement(sb, Matcher.quoteReplacement(shown));
            }
            m.appendTail(sb);
            String s = sb.toString();
            s = s.replaceAll("\\{(?!unknown})([A-Za-z0-9_]+)}", ":$1");
            return s;
        }

        /** A parameter's regular expression that can match a '/': an unescaped dot, a slash, a negated class without '/', \\S, \\W, \\D. */
        static boolean spansSegments(String re) {
            String plain = re.replaceAll("\\\\.", "");
            if (plain.contains(".") || plain.contains("/") && !re.contains("[^/")) return true;
            if (re.matches(".*\\[\\^(?![^\\]]*/)[^\\]]*].*")) return true;
            return re.contains("\\S") || re.contains("\\W") || re.contains("\\D");
        }

        private void use(Reg r, String base, List<Scoped> active) {
            List<Val> args = r.args;
            String path = "*";
            int first = 0;
            if (!args.isEmpty()) {
                String p = ModelSupport.pathOf(args.get(0));
                if (p != null) {
                    path = p;
                    first = 1;
                } else if (args.get(0) instanceof Tpl || args.get(0) instanceof Concat) {
                    path = ModelSupport.templatePath(args.get(0));
                    first = 1;
                }
            }
            String pattern = ModelSupport.join(base, path);
            List<Val> given = args.subList(Math.min(first, args.size()), args.size());
            for (Project.Resolved ar : ctx == null ? flat(given, r.file) : located(given, r.file)) {
                contextSets(ar, pattern);
                Control c = middleware(ar.val(), ar.file(), r.cs.location(), "global");
                if (c == null) continue;
                active.add(new Scoped(c, pattern));
                PathPattern compiled = compiled(pattern);
                mounts.add(new Application.Mount(c, pattern, new MatchingBefore(routes, x -> compiled == null || compiled.matches(x.path()))));
            }
        }

        /** {@code app.use('*', async (c, next) => { c.set('h', newHandler(uc)); await next(); })}: the values it sets on the context. */
        private void contextSets(Project.Resolved mw, String pattern) {
            Project.FnRef fn = project.function(mw.val(), mw.file());
            if (fn == null || fn.fn().params().size() < 2) return;
            String ctx = fn.fn().params().get(0).name();
            List<Fn> all = new ArrayList<>();
            all.add(fn.fn());
            all.addAll(fn.fn().nested());
            for (Fn x : all) {
                for (CallSite cs : x.calls()) {
                    if (!"set".equals(cs.methodName()) || cs.args().size() != 2) continue;
                    if (!(Analysis.receiver(cs.callee()) instanceof Param p) || !p.path().isEmpty() || p.index() != 0 || !p.name().equals(ctx)) continue;
                    String key = Val.constString(cs.arg(0));
                    if (key != null) ctxVars.add(new CtxVar(key, new Project.Resolved(cs.arg(1), fn.file()), pattern));
                }
            }
        }

        /**
         * Classifies a middleware; {@code createMiddleware(fn)} from hono/factory is judged by its
         * function, also when a project factory returns it ({@code requireAuth = createRequireAuth(deps)}).
         */
        private Control middleware(Val v, FileFacts f, Location where, String scope) {
            Project.Resolved r = project.resolve(v, f);
            // wrap(securityHeaders) where const wrap = (m) => m as AppMiddleware: the middleware handed in
            Project.Resolved inner = identityArg(r);
            if (inner != null) {
                v = inner.val();
                f = inner.file();
                r = project.resolve(v, f);
            }
            Val x = r.val();
            if (x instanceof Lit || x instanceof Tpl) return null;
            used.add(x);
            String name = Classifier.displayName(v);
            if (name != null && name.contains(".")) name = null;
            Control made = created(x, r.file(), name, where, scope, 0);
            if (made != null) return made;
            Control c = classifier.classify(v, f, where, scope);
            if (c != null && c.kind() != ControlKind.OTHER) return c;
            Control d = delegated(x, r.file(), where, scope);
            return d != null ? d : c;
        }

        /**
         * The argument of a call of a project function that returns its only parameter unchanged (a type cast such as
         * {@code (m) => m as AppMiddleware}), else null.
         */
        private Project.Resolved identityArg(Project.Resolved r) {
            if (!(r.val() instanceof Call c) || c.args().size() != 1) return null;
            Project.FnRef fn = project.function(c.callee(), r.file());
            if (fn == null || fn.fn().params().size() != 1 || fn.fn().returns().size() != 1) return null;
            if (!(fn.fn().returns().get(0) instanceof Param p) || p.index() != 0 || !p.path().isEmpty()) return null;
            return new Project.Resolved(c.args().get(0), r.file());
        }

        /**
         * An inline middleware that hands the request to a middleware made elsewhere
         * ({@code async (c, next) => cond ? docsHeaders(c, next) : apiHeaders(c, next)}): the control
         * it delegates to.
         */
        private Control delegated(Val x, FileFacts f, Location where, String scope) {
            if (!(x instanceof FnVal fv)) return null;
            return delegated(fv.fn(), f, where, scope, 0);
        }

        /**
         * {@code async (c, next) => verify(c, next)}: the middleware a function hands its context and {@code next} to
         * ({@link dev.backcheck.concepts.MiddlewareDelegation#handOns}), classified as written (also through
         * {@code createMiddleware} wrappers of such a function, a few levels deep).
         */
        private Control delegated(Fn fn, FileFacts f, Location where, String scope, int depth) {
            if (depth > 3) return null;
            for (CallSite cs : dev.backcheck.concepts.MiddlewareDelegation.handOns(fn)) {
                Project.Resolved target = factoryMember(cs.callee(), f, 0);
                Control k = created(target.val(), target.file(), Classifier.displayName(cs.callee()), where, scope, depth + 1);
                if (k == null) k = classifier.classify(target.val(), target.file(), where, scope);
                if (k != null && k.kind() != ControlKind.OTHER) return k;
            }
            return null;
        }

        /** {@code makeHeaders(cfg).api}: the property of the object a project factory returns, in the factory's file. */
        private Project.Resolved factoryMember(Val v, FileFacts f, int depth) {
            Project.Resolved r = project.resolve(v, f);
            if (depth > 3 || !(r.val() instanceof Member m) || !(m.object() instanceof Call c)) return r;
            Project.FnRef factory = project.function(c.callee(), r.file());
            if (factory == null) return r;
            for (Val ret : factory.fn().returns()) {
                Project.Resolved rr = project.resolve(ret, factory.file());
                if (rr.val() instanceof Obj o && o.props().containsKey(m.prop())) {
                    return factoryMember(o.props().get(m.prop()), rr.file(), depth + 1);
                }
            }
            return r;
        }

        private Control created(Val x, FileFacts f, String name, Location where, String scope, int depth) {
            if (!(x instanceof Call c) || depth > 3) return null;
            if (dev.backcheck.concepts.MiddlewareDelegation.honoCreate(project, c, f)) {
                Project.FnRef inner = dev.backcheck.concepts.MiddlewareDelegation.honoWrapped(project, c, f);
                if (inner == null) return null;
                Control k = classifier.classifyFunction(inner.fn(), inner.file(), name, where, scope, false);
                if (k != null && k.kind() != ControlKind.OTHER) return k;
                // createMiddleware(async (c, next) => strictAuth(c, next)): the middleware it hands the request to
                Control d = delegated(inner.fn(), inner.file(), where, scope, depth + 1);
                if (d != null && name != null) d = new Control(d.kind(), name, d.location(), d.parts(), d.scope(), d.options());
                return d != null ? d : k;
            }
            Project.FnRef factory = project.function(c.callee(), f);
            if (factory == null) return madeValidator(c, f, name, where, scope);
            String n = name != null ? name : factory.fn().name().isEmpty() ? null : factory.fn().name();
            for (Val ret : factory.fn().returns()) {
                Project.Resolved rr = project.resolve(ret, factory.file());
                Control k = created(rr.val(), rr.file(), n, where, scope, depth + 1);
                if (k != null && k.kind() != ControlKind.OTHER) return k;
            }
            return null;
        }

        /** Validators made by {@link #madeValidator}: Hono validator middleware, whose parts the handler reads validated. */
        private final Set<Control> honoValidators = Collections.newSetFromMap(new IdentityHashMap<>());

        /**
         * {@code validateParams(schema)} where {@code validateParams = buildValidator({ target: 'param' })} and the project
         * factory answers {@code (schema) => validator(target, (value, c) => ...)} of hono/validator (or another Hono
         * validator package): a validation of the target the factory was told, named as written.
         */
        private Control madeValidator(Call c, FileFacts f, String name, Location where, String scope) {
            Project.Resolved cr = project.resolve(c.callee(), f);
            if (!(cr.val() instanceof Call fc)) return null;
            Project.FnRef maker = project.function(fc.callee(), cr.file());
            if (maker == null) return null;
            for (Val ret : maker.fn().returns()) {
                Project.Resolved rr = project.resolve(ret, maker.file());
                if (!(rr.val() instanceof FnVal made)) continue;
                for (Val inner : made.fn().returns()) {
                    if (!(inner instanceof Call lc) || lc.args().isEmpty()) continue;
                    String root = project.rootModule(lc.callee(), rr.file());
                    if (root == null || !root.startsWith("hono/") && !root.startsWith("@hono/")
                            || Classifier.kindOfPackage(root) != ControlKind.VALIDATION) continue;
                    Val t = lc.args().get(0);
                    String target = Val.constString(t);
                    Fn.Param own = t instanceof Param p ? maker.fn().param(p.index()) : null;
                    Fn.Param shadow = t instanceof Param p ? made.fn().param(p.index()) : null;
                    if (target == null && t instanceof Param p && own != null && own.name().equals(p.name())
                            && (shadow == null || !shadow.name().equals(p.name())) && p.index() < fc.args().size()) {
                        Val given = fc.args().get(p.index());
                        for (String seg : p.path()) given = Val.member(project.resolve(given, cr.file()).val(), seg);
                        target = Val.constString(project.resolve(given, cr.file()).val());
                    }
                    String n = name != null ? name : Classifier.displayName(c.callee());
                    Control k = new Control(ControlKind.VALIDATION, n == null ? root : n, where,
                            Set.of(target == null ? "*" : Classifier.honoTarget(target)), scope);
                    honoValidators.add(k);
                    return k;
                }
            }
            return null;
        }

        private void on(Reg r, String base, List<Scoped> active) {
            List<Val> args = r.args;
            if (args.size() < 3) return;
            List<String> methods = new ArrayList<>();
            for (Val m : ModelSupport.flatten(project, List.of(args.get(0)), r.file)) {
                String s = Val.constString(project.resolve(m, r.file).val());
                methods.add(s == null ? "{unknown}" : s.toUpperCase(Locale.ROOT));
            }
            List<String> paths = new ArrayList<>();
            for (Val p : ModelSupport.flatten(project, List.of(args.get(1)), r.file)) paths.add(pathArg(p, r.file));
            List<Val> handlers = args.subList(2, args.size());
            boolean middleware = passesOn(handlers.get(handlers.size() - 1), r.file);
            for (String p : paths) {
                if (!middleware) {
                    add(methods, ModelSupport.join(base, p), r, handlers, null, active);
                    continue;
                }
                for (String m : methods) methodMiddleware(r, m, ModelSupport.join(base, p), handlers, active);
            }
        }

        /**
         * OpenAPIHono: app.openapi(createRoute({ method, path, request: { params, query, body }, middleware }), handler);
         * the definition may come from another package and be spread into a literal that adds middleware
         * ({@code app.openapi({ ...listRoute, middleware: [auth] }, h)}).
         */
        private void openapi(Reg r, String base, List<Scoped> active) {
            List<Val> args = r.args;
            if (args.size() < 2) return;
            Map<String, Located> def = new LinkedHashMap<>();
            routeDef(args.get(0), r.file, ctx, def, 0);
            String method = "{unknown}";
            String path = "{unknown}";
            List<Project.Resolved> mw = new ArrayList<>();
            Set<String> parts = new TreeSet<>();
            Located mv = def.get("method");
            if (mv != null) {
                String m = Val.constString(ev(mv.val(), mv.file(), mv.ctx()).val());
                if (m != null) method = m.toUpperCase(Locale.ROOT);
            }
            fromArgs |= mv != null && mv.ctx() != null && mv.val() instanceof Param;
            Located pv = def.get("path");
            fromArgs |= pv != null && pv.ctx() != null && pv.val() instanceof Param;
            if (pv != null) path = pathArg(ev(pv.val(), pv.file(), pv.ctx()).val(), pv.file());
            Located mws = def.get("middleware");
            if (mws != null && mws.ctx() == null) mw.addAll(flat(List.of(mws.val()), mws.file()));
            else if (mws != null) for (Located l : CallContext.flatten(project, mws.val(), mws.file(), mws.ctx())) mw.add(l.resolved());
            Located rq = def.get("request");
            if (rq != null) requestParts(ev(rq.val(), rq.file(), rq.ctx()), parts);
            Control schema = parts.isEmpty() ? null
                    : new Control(ControlKind.VALIDATION, "@hono/zod-openapi", r.cs.location(), parts, "route");
            if (method.equals("{unknown}") || path.contains("{unknown}")) {
                String what = Classifier.displayName(args.get(0));
                Location l = r.cs.location();
                project.notModelled("openapi(" + (what == null ? "..." : what) + ", ...): the route definition's "
                        + (method.equals("{unknown}") ? "method" : "path") + " could not be resolved", l.path(), l.line(), l.column(), true);
            }
            // middleware declared with the route definition (possibly in another package): each classified where it is written
            // (they apply to this route only, after the active ones: the chain gets them after those that match)
            List<Control> withMw = new ArrayList<>();
            for (Project.Resolved m : mw) {
                Control c = middleware(m.val(), m.file(), r.cs.location(), "route");
                if (c == null) continue;
                withMw.add(c);
            }
            add(List.of(method), ModelSupport.join(base, path), r, List.of(args.get(1)), schema, active, withMw);
        }

        /**
         * The request parts a route definition's {@code request} declares: the keys of its object, or, when a project
         * function builds it from one object of parts ({@code createRequestOptions({ params: options.requestParams
         * || {}, body: options.requestBody })}), the parts given. Read under factory calls, a part whose value is
         * absent or an empty object is not declared.
         */
        private void requestParts(Located req, Set<String> parts) {
            Located from = req;
            if (req.ctx() != null && req.val() instanceof Call c && c.args().size() == 1 && project.function(c.callee(), req.file()) != null) {
                Located arg = ev(c.args().get(0), req.file(), req.ctx());
                if (arg.val() instanceof Obj) from = arg;
            }
            if (!(from.val() instanceof Obj o)) return;
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                String part = switch (e.getKey()) {
                    case "params", "query", "body", "headers", "cookies" -> e.getKey();
                    default -> null;
                };
                if (part == null) continue;
                if (from.ctx() != null) {
                    Located v = ev(e.getValue(), from.file(), from.ctx());
                    if (v.absent() || v.val() instanceof Obj vo && vo.props().isEmpty()) continue;
                }
                parts.add(part);
            }
        }

        /** The properties of a route definition: createRoute({...}), an object literal, spreads merged (later keys win). */
        private void routeDef(Val v, FileFacts f, CallContext c, Map<String, Located> out, int depth) {
            if (depth > 6 || v == null) return;
            Located rd = ev(v, f, c);
            Val x = rd.val();
            if (x instanceof Call call && "createRoute".equals(Vals.lastName(call.callee())) && !call.args().isEmpty()) {
                routeDef(call.args().get(0), rd.file(), rd.ctx(), out, depth + 1);
                return;
            }
            if (!(x instanceof Obj o)) return;
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                if (e.getKey().startsWith("...")) routeDef(e.getValue(), rd.file(), rd.ctx(), out, depth + 1);
                else out.put(e.getKey(), new Located(e.getValue(), rd.file(), rd.ctx()));
            }
        }

        private void add(List<String> methods, String full, Reg r, List<Val> handlers, Control schema, List<Scoped> active) {
            add(methods, full, r, handlers, schema, active, List.of());
        }

        /** {@code extra}: route middleware after the active ones, for this route whatever its path and method. */
        private void add(List<String> methods, String full, Reg r, List<Val> handlers, Control schema, List<Scoped> active, List<Control> extra) {
            for (String m : methods) {
                List<Control> chain = new ArrayList<>();
                if (active.size() < ActiveIndex.SMALL) {
                    for (Scoped s : active) if (s.appliesTo(m, full)) chain.add(s.control);
                } else activeIndex.computeIfAbsent(active, ActiveIndex::new).matching(m, full, chain);
                chain.addAll(extra);
                addOne(m, full, r, handlers, schema, chain);
            }
        }

        /** The indexes of the lists of active middleware that grew large, by list (each list only grows at its end). */
        private final IdentityHashMap<List<Scoped>, ActiveIndex> activeIndex = new IdentityHashMap<>();

        /**
         * A list of active middleware indexed by pattern: those of a plain path (no '*', no parameter) by that path,
         * with or without a '/*' tail, the others by the text before their first '*' or parameter cut after its last
         * '/' (a path they match begins with it). A route's path then meets only the middleware that may match it:
         * those of its own path, of each of its prefixes ending before or at a '/'; each is still tested
         * ({@link Scoped#appliesTo}), and the matches are taken in list order. Route factories register middleware on
         * each route's own path, so testing every active middleware against every route cost the square of the routes.
         */
        private static final class ActiveIndex {
            static final int SMALL = 32;
            final List<Scoped> list;
            int indexed;
            final Map<String, int[]> exact = new HashMap<>();
            final Map<String, int[]> under = new HashMap<>();
            final Map<String, int[]> dirs = new HashMap<>();
            /** Patterns the regex matches (a surrogate in them): tested for every path. */
            int[] others = {0};
            int[] found = new int[16];

            ActiveIndex(List<Scoped> list) {
                this.list = list;
            }

            /** Appends {@code i} to a list kept as its length in slot 0 and the items after it. */
            private static int[] append(int[] to, int i) {
                int n = to[0] + 1;
                if (n >= to.length) to = Arrays.copyOf(to, to.length * 2);
                to[n] = i;
                to[0] = n;
                return to;
            }

            private void add(Map<String, int[]> map, String key, int i) {
                map.put(key, append(map.getOrDefault(key, new int[]{0, 0}), i));
            }

            private void take(int[] items) {
                if (items == null) return;
                for (int k = 1; k <= items[0]; k++) found = append(found, items[k]);
            }

            void matching(String method, String full, List<Control> chain) {
                for (; indexed < list.size(); indexed++) {
                    PathPattern c = list.get(indexed).compiled();
                    if (c == null) others = append(others, indexed);
                    else if (c.plain() != null) add(c.tail() ? under : exact, c.plain(), indexed);
                    else if (c.dir() != null) add(dirs, c.dir(), indexed);
                    else others = append(others, indexed);
                }
                found[0] = 0;
                take(others);
                take(exact.get(full));
                take(under.get(full));
                take(dirs.get(""));
                for (int i = full.indexOf('/'); i >= 0; i = full.indexOf('/', i + 1)) {
                    take(under.get(full.substring(0, i)));
                    take(dirs.get(full.substring(0, i + 1)));
                }
                Arrays.sort(found, 1, found[0] + 1);
                for (int k = 1; k <= found[0]; k++) {
                    Scoped s = list.get(found[k]);
                    if (s.appliesTo(method, full)) chain.add(s.control());
                }
            }
        }

        /**
         * The routes registered before a middleware that its pattern matches, found when first read: only the rules on
         * late rate limiters and security headers and the implementation report read them, while the model made one
         * such list per middleware (route factories: one per route), a cost in the square of the routes. {@code routes}
         * only grows at its end, so its first {@code size} elements stay as they were at the registration.
         */
        private static final class MatchingBefore extends java.util.AbstractList<Route> implements java.util.RandomAccess {
            private final List<Route> all;
            private final int size;
            private final java.util.function.Predicate<Route> test;
            private volatile List<Route> found;

            MatchingBefore(List<Route> all, java.util.function.Predicate<Route> test) {
                this.all = all;
                this.size = all.size();
                this.test = test;
            }

            private List<Route> found() {
                List<Route> f = found;
                if (f == null) {
                    f = all.subList(0, size).stream().filter(test).toList();
                    found = f;
                }
                return f;
            }

            @Override
            public Route get(int i) {
                return found().get(i);
            }

            @Override
            public int size() {
                return found().size();
            }
        }

        private void addOne(String m, String full, Reg r, List<Val> handlers, Control schema, List<Control> chain) {
            Set<String> validated = new TreeSet<>();
            if (schema != null) {
                chain.add(schema);
                validated.addAll(schema.parts());
            }
            List<Project.Resolved> flat = new ArrayList<>();
            for (Val h : handlers) flat.addAll(flat(List.of(h), r.file));
            Fn handler = null;
            FileFacts handlerFile = r.file;
            for (int i = 0; i < flat.size(); i++) {
                Val h = flat.get(i).val();
                FileFacts hf = flat.get(i).file();
                if (i == flat.size() - 1) {
                    // a chanfana endpoint class: its handle(c) answers, with the schema's parts validated when it asks
                    Chanfana.Endpoint ep = Chanfana.endpoint(project, h, hf);
                    if (ep != null) {
                        handler = ep.handle();
                        handlerFile = ep.file();
                        if (!ep.validated().isEmpty()) {
                            Control v = new Control(ControlKind.VALIDATION, "chanfana", r.cs.location(), ep.validated(), "route");
                            chain.add(v);
                            validated.addAll(ep.validated());
                        }
                        break;
                    }
                    Project.FnRef ref = ModelSupport.handler(project, h, hf);
                    if (ref != null) {
                        handler = ref.fn();
                        handlerFile = ref.file();
                    }
                    // procedure({ policy: { auth: 'required' }, input: { body }, handler }): what the wrapper checks first
                    dev.backcheck.frameworks.WrappedHandlers.Checks wrapped = dev.backcheck.frameworks.WrappedHandlers.of(project, h, hf, r.cs.location());
                    chain.addAll(wrapped.controls());
                    if (wrapped.validation() != null) validated.addAll(wrapped.validation().parts());
                    break;
                }
                Control c = middleware(h, hf, r.cs.location(), "route");
                if (c == null) continue;
                chain.add(c);
                if (c.kind() == ControlKind.VALIDATION && (Classifier.kindOfPackage(project.rootModule(h, hf)) == ControlKind.VALIDATION
                        || honoValidators.contains(c))) {
                    validated.addAll(c.parts());
                }
            }
            if (handler != null && ctx != null) {
                // a factory's wrapper that hands the request to the handler its caller gave (options.handler(ctx, ...)):
                // the route's handler is the caller's function
                Project.FnRef given = givenHandler(handler);
                if (given != null) {
                    handler = given.fn();
                    handlerFile = given.file();
                }
            }
            chain.addAll(ModelSupport.handlerControls(project, handler, handlerFile, r.cs.location()));
            if (handler != null && !ctxVars.isEmpty()) {
                Map<String, Project.Resolved> vars = new TreeMap<>();
                for (CtxVar v : ctxVars) if (matches(v.pattern(), full)) vars.put(v.key(), v.value());
                HonoContext.of(project).record(handler, vars);
            }
            Location origin = ctx == null || !fromArgs ? null : ctx.origin();
            Location at = origin != null ? origin : declared(r);
            // the same declaration reached again at the same method and path (a sub-app mounted twice where both
            // mounts resolve to one path): Hono's first match answers; one endpoint, listed once
            if (!listed.add(ModelSupport.endpointKey(m, full, at))) return;
            if (shadowed(m, full)) {
                project.shadowedHandler(handler);
                // counted and named, never silently lost: its guard may differ from the route that answers it
                project.shadowedRoute(m + " " + full + ": an earlier " + m + " route of the app matches every request it would get and "
                        + "answers first (Hono runs the first handler that returns a response), so it is never reached", at.path(), at.line(), at.column());
                return;
            }
            routes.add(new Route(m, full, at, handler, chain, validated, order++, List.of()));
        }

        /**
         * An earlier route of the app answers every request this one would get: the same method and a path whose every
         * segment is the same text or a plain parameter, with a handler that returns a response and never calls or hands
         * on its next ({@code app.get('/items', list)} twice: Hono's compose stops at the first handler that returns a
         * response, so the later declaration never runs).
         */
        private boolean shadowed(String method, String full) {
            for (; answeringIndexed < routes.size(); answeringIndexed++) {
                Route e = routes.get(answeringIndexed);
                if (e.handler() != null && answers.computeIfAbsent(e.handler(), Builder::answersOnly)) answering.add(e.method(), e.path());
            }
            return answering.covers(method, full);
        }

        /** A handler that returns a value on every path it takes and never calls or hands on its second parameter (next). */
        private static boolean answersOnly(Fn fn) {
            if (fn.params().isEmpty() || fn.params().size() > 2 || fn.returns().isEmpty()) return false;
            for (Fn f : dev.backcheck.concepts.RequestPaths.handlerFunctions(fn)) {
                for (CallSite cs : f.calls()) {
                    if (cs.callee() instanceof Param p && p.index() == 1 && p.path().isEmpty() && f == fn) return false;
                    for (Val arg : cs.args()) if (arg instanceof Param p && p.index() == 1 && p.path().isEmpty() && f == fn) return false;
                }
            }
            for (Val r : fn.returns()) if (r instanceof Lit l && l.value() == null) return false;
            return true;
        }

        private final dev.backcheck.frameworks.express.ShadowIndex answering = new dev.backcheck.frameworks.express.ShadowIndex();
        private int answeringIndexed;
        private final IdentityHashMap<Fn, Boolean> answers = new IdentityHashMap<>();

        /** Arguments read under the factory calls, lists flattened, each with the file it is written in. */
        private List<Project.Resolved> located(List<Val> args, FileFacts file) {
            List<Project.Resolved> out = new ArrayList<>();
            for (Val a : args) for (Located l : CallContext.flatten(project, a, file, ctx)) out.add(l.resolved());
            return out;
        }

        /** The function a factory's wrapper calls through a parameter of the factory ({@code options.handler(...)}), when bound. */
        private Project.FnRef givenHandler(Fn wrapper) {
            List<Fn> all = new ArrayList<>();
            all.add(wrapper);
            all.addAll(wrapper.nested());
            for (Fn x : all) {
                for (CallSite cs : x.calls()) {
                    if (!(cs.callee() instanceof Param p) || p.path().isEmpty()) continue;
                    Located l = CallContext.eval(project, p, null, ctx);
                    if (l.val() == p || l.absent()) continue;
                    Project.FnRef f = l.val() instanceof FnVal fv ? new Project.FnRef(fv.fn(), l.file()) : project.function(l.val(), l.file());
                    if (f != null) return f;
                }
            }
            return null;
        }

        /**
         * Arguments with arrays flattened, each with the file its value belongs to: an array
         * declared in another module ({@code export const chain = [requireAuth]}) is read there.
         */
        private List<Project.Resolved> flat(List<Val> args, FileFacts file) {
            List<Project.Resolved> out = new ArrayList<>();
            for (Val a : args) flat(a, file, out, 0);
            return out;
        }

        private void flat(Val a, FileFacts file, List<Project.Resolved> out, int depth) {
            Project.Resolved r = a instanceof Arr ? new Project.Resolved(a, file) : project.resolve(a, file);
            Project.Resolved listed = depth <= 4 ? ModelSupport.returnedList(project, r) : null;
            if (depth <= 4 && r.val() instanceof Arr arr) {
                for (Val x : arr.items()) flat(x, r.file(), out, depth + 1);
            } else if (listed != null && listed.val() instanceof Arr arr) {
                // ...withAuth('admin') where withAuth(role) returns [authenticate(), authorize(role)]: each item, read in
                // the function's file
                for (Val x : arr.items()) flat(x, listed.file(), out, depth + 1);
            } else out.add(new Project.Resolved(a, file));
        }

        /** Where a route is declared: the method name of a chained call ({@code new Hono()\n  .get(...)}), else the call. */
        private static Location declared(Reg r) {
            Location call = r.cs.location();
            Location callee = r.cs.calleeLocation();
            if (callee == null || callee.endLine() == call.line() || !(r.cs.callee() instanceof Member m) || !(m.object() instanceof Call || m.object() instanceof New)) return call;
            int col = Math.max(1, callee.endColumn() - r.method.length());
            return new Location(call.path(), callee.endLine(), col, call.endLine(), call.endColumn(), null);
        }

        /** Hono path matching for middleware: '*' and '/x/*' match by prefix (the base included), others exactly. */
        static boolean matches(String pattern, String path) {
            PathPattern p = compiled(pattern);
            return p == null || p.matches(path);
        }

        /** The pattern made ready to match, or null for one that matches every path. */
        static PathPattern compiled(String pattern) {
            if (pattern == null || pattern.isEmpty() || pattern.equals("/*") || pattern.equals("*")) return null;
            // asked for every scoped middleware and every route (route factories register one per route): compiled once
            if (PATTERNS.size() > 50_000) PATTERNS.clear(); // a bound for long-lived processes that scan many trees
            return PATTERNS.computeIfAbsent(pattern, PathPattern::compile);
        }

        private static final java.util.concurrent.ConcurrentHashMap<String, PathPattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();
    }
}
