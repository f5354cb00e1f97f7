package dev.backcheck.frameworks.express;

import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.FrameworkModel;
import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.*;

import java.util.*;

/**
 * Express 4 and 5: {@code express()} apps and {@code Router()}s (in any file), {@code use} with
 * optional path prefix, arrays of middleware and mounted routers/sub-apps, {@code METHOD(path,
 * ...handlers)}, {@code route(path).get().post()}, 4-argument error handlers, {@code listen}.
 * Express semantics: middleware mounted before a route (on a matching path) applies to it; later
 * middleware does not.
 */
public final class ExpressModel implements FrameworkModel {
    static final Set<String> HTTP = Set.of("get", "post", "put", "patch", "delete", "all", "options", "head");
    private static final Set<String> REG = Set.of("use", "get", "post", "put", "patch", "delete", "all", "options", "head",
            "listen", "route", "param");

    @Override
    public String id() {
        return "express";
    }

    /** An app or router instance and the registrations made on it. */
    private static final class Inst {
        final Val val;
        final FileFacts file;
        final boolean isApp;
        final Location created;
        final List<Reg> regs = new ArrayList<>();

        Inst(Val val, FileFacts file, boolean isApp, Location created) {
            this.val = val;
            this.file = file;
            this.isApp = isApp;
            this.created = created;
        }
    }

    private record Reg(String method, CallSite cs, FileFacts file, String routePath, List<Val> args) { }

    @Override
    public List<Application> build(Project project) {
        if (!project.dependsOn("express") && project.files().values().stream()
                .noneMatch(f -> f.imports().values().stream().anyMatch(i -> i.module().equals("express")))) {
            return List.of();
        }
        Analysis analysis = ModelSupport.analysis(project);
        Classifier classifier = new Classifier(analysis);
        IdentityHashMap<Val, Inst> insts = new IdentityHashMap<>();
        ModelSupport.ParamBindings bindings = new ModelSupport.ParamBindings(project, analysis);

        for (FileFacts f : project.files().values()) {
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    String m = cs.methodName();
                    if (m == null || !REG.contains(m)) continue;
                    Val recv = Analysis.receiver(cs.callee());
                    if (recv == null) continue;
                    String routePath = null;
                    List<Val> args = cs.args();
                    for (ModelSupport.Bound b : bindings.bind(recv, f, fn)) {
                        Val inst = b.val();
                        FileFacts instFile = b.file();
                        // app.route('/x').get(h).post(h): walk back over the chained method calls
                        for (int hop = 0; hop < 8 && inst instanceof Call cc && HTTP.contains(String.valueOf(Vals.lastName(cc.callee())))
                                && HTTP.contains(m); hop++) {
                            Val back = Analysis.receiver(cc.callee());
                            if (back == null) break;
                            inst = back;
                        }
                        // app.route('/x').get(h).post(h)
                        if (inst instanceof Call c && "route".equals(Vals.lastName(c.callee())) && HTTP.contains(m)) {
                            routePath = c.args().isEmpty() ? null : ModelSupport.pathOf(c.args().get(0));
                            if (routePath == null) routePath = "{unknown}";
                            Val base = Analysis.receiver(c.callee());
                            if (base == null) continue;
                            Project.Resolved rb = project.resolve(base, instFile);
                            inst = rb.val();
                            instFile = rb.file();
                        }
                        Boolean app = kind(project, inst, instFile);
                        if (app == null) continue;
                        if (m.equals("route")) continue;
                        // test code that registers on the real app (a fake auth, a debug route) does not change it
                        if (project.isTestPath(f.path()) && inst instanceof Call ic && ic.site() != null
                                && !project.isTestPath(ic.site().path())) continue;
                        Inst in = insts.computeIfAbsent(inst, k -> new Inst(k, b.file(), app,
                                k instanceof Call c ? c.site() : null));
                        in.regs.add(new Reg(m, cs, f, routePath, args));
                    }
                }
            }
        }
        // what is mounted inside something else is not an application of its own
        Set<Val> mounted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Inst in : insts.values()) {
            if (in.created != null && project.isTestPath(in.created.path())) continue; // a test app mounting the real one
            for (Reg r : in.regs) {
                if (!r.method.equals("use")) continue;
                for (Val a : ModelSupport.flatten(project, r.args, r.file)) {
                    Val v = instance(project, a, r.file, insts);
                    if (v != null && v != in.val) mounted.add(v);
                }
            }
        }
        List<Application> apps = new ArrayList<>();
        List<Application.Signal> signals = ModelSupport.signals(project);
        Set<Val> usedControls = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Inst in : insts.values()) {
            if (!in.isApp || mounted.contains(in.val)) continue;
            Builder b = new Builder(project, classifier, insts, usedControls);
            b.expand(in, "", List.of(), new ArrayList<>());
            Location where = in.created != null ? in.created : in.regs.isEmpty() ? null : in.regs.get(0).cs.location();
            if (where == null) continue;
            apps.add(new Application("express", where, b.routes, b.mounts, List.of(), b.errorHandlers, b.listens, signals));
        }
        if (apps.isEmpty()) return apps;
        List<Control> unmounted = ModelSupport.unmountedControls(project, classifier, usedControls);
        List<Application> out = new ArrayList<>();
        for (Application a : apps) {
            out.add(new Application(a.framework(), a.location(), a.routes(), a.mounts(), unmounted, a.errorHandlers(),
                    a.listens(), a.signals()));
        }
        return out;
    }

    /**
     * The app/router instance a mounted value denotes: the instance itself, or the one a project
     * factory returns ({@code app.use('/x', createXRouter())}). Null when it is not one.
     */
    private static Val instance(Project project, Val a, FileFacts file, IdentityHashMap<Val, Inst> insts) {
        Project.Resolved rv = project.resolve(a, file);
        if (insts.containsKey(rv.val())) return rv.val();
        // export default Router().get('/', h).post('/', h2): the chain returns the router it started from
        Val back = rv.val();
        for (int hop = 0; hop < 16 && back instanceof Call bc && bc.callee() instanceof Member bm
                && REG.contains(bm.prop()); hop++) {
            back = project.resolve(bm.object(), rv.file()).val();
            if (insts.containsKey(back)) return back;
        }
        if (rv.val() instanceof Call c) {
            Project.FnRef factory = project.function(c.callee(), rv.file());
            if (factory != null) {
                for (Val ret : factory.fn().returns()) {
                    Val rr = project.resolve(ret, factory.file()).val();
                    if (insts.containsKey(rr)) return rr;
                }
            }
        }
        return null;
    }

    /** TRUE for an express() app, FALSE for a Router, null for anything else. */
    private static Boolean kind(Project project, Val inst, FileFacts f) {
        if (!(inst instanceof Call) && !(inst instanceof New)) return null;
        String q = project.qname(inst, f);
        if (q == null) return null;
        if (q.equals("express()") || q.equals("express.default()")) return Boolean.TRUE;
        if (q.equals("express.Router()") || q.equals("new express.Router()") || q.equals("express.default.Router()")) return Boolean.FALSE;
        return null;
    }

    private record Scoped(Control control, String path) { }

    private static final class Builder {
        final Project project;
        final Classifier classifier;
        final IdentityHashMap<Val, Inst> insts;
        final Set<Val> usedControls;
        final List<Route> routes = new ArrayList<>();
        final List<Application.Mount> mounts = new ArrayList<>();
        final List<Location> errorHandlers = new ArrayList<>();
        final List<Location> listens = new ArrayList<>();
        int order;

        Builder(Project project, Classifier classifier, IdentityHashMap<Val, Inst> insts, Set<Val> usedControls) {
            this.project = project;
            this.classifier = classifier;
            this.insts = insts;
            this.usedControls = usedControls;
        }

        void expand(Inst in, String prefix, List<Scoped> inherited, List<Inst> stack) {
            if (stack.contains(in) || stack.size() > 12) return;
            stack.add(in);
            List<Scoped> active = new ArrayList<>(inherited);
            List<Reg> regs = new ArrayList<>(in.regs);
            regs.sort(ModelSupport.registrationOrder(in.file, (Reg r) -> r.file, (Reg r) -> r.cs));
            for (Reg r : regs) {
                switch (r.method) {
                    case "use" -> use(in, r, prefix, active, stack);
                    case "listen" -> listens.add(r.cs.location());
                    case "param" -> { }
                    default -> route(r, prefix, active);
                }
            }
            stack.remove(stack.size() - 1);
        }

        private void use(Inst in, Reg r, String prefix, List<Scoped> active, List<Inst> stack) {
            List<Val> args = r.args;
            String path = "";
            int first = 0;
            if (!args.isEmpty()) {
                String p = ModelSupport.pathOf(args.get(0));
                if (p != null) {
                    path = p;
                    first = 1;
                } else if (args.get(0) instanceof Tpl || args.get(0) instanceof Concat) {
                    path = "{unknown}";
                    first = 1;
                }
            }
            String full = ModelSupport.join(prefix, path);
            List<Val> rest = args.subList(Math.min(first, args.size()), args.size());
            for (Val a : ModelSupport.flatten(project, rest, r.file)) {
                Project.Resolved rv = project.resolve(a, r.file);
                Val key = instance(project, a, r.file, insts);
                Inst sub = key == null ? null : insts.get(key);
                if (sub != null && sub != in) {
                    List<Scoped> applicable = new ArrayList<>();
                    for (Scoped s : active) if (ModelSupport.applies(s.path, full)) applicable.add(s);
                    expand(sub, full, applicable, stack);
                    continue;
                }
                Control c = classifier.classify(a, r.file, r.cs.location(), "global");
                if (c == null) continue;
                usedControls.add(rv.val());
                if (c.kind() == ControlKind.ERROR_HANDLER) {
                    errorHandlers.add(r.cs.location());
                    continue;
                }
                active.add(new Scoped(c, full));
                mounts.add(new Application.Mount(c, full, List.copyOf(routes)));
            }
        }

        private void route(Reg r, String prefix, List<Scoped> active) {
            List<Val> args = r.args;
            String path;
            List<Val> handlers;
            if (r.routePath != null) {
                path = r.routePath;
                handlers = args;
            } else {
                if (args.size() < 2) return; // app.get('setting') reads a setting
                path = ModelSupport.pathOf(args.get(0));
                if (path == null) {
                    if (args.get(0) instanceof Tpl || args.get(0) instanceof Concat || args.get(0) instanceof Unknown
                            || args.get(0) instanceof Local || args.get(0) instanceof Param || args.get(0) instanceof OneOf) {
                        path = ModelSupport.templatePath(args.get(0));
                    } else return;
                }
                handlers = args.subList(1, args.size());
            }
            String full = ModelSupport.join(prefix, path);
            List<Control> chain = new ArrayList<>();
            for (Scoped s : active) if (ModelSupport.applies(s.path, full)) chain.add(s.control);
            List<Val> flat = ModelSupport.flatten(project, handlers, r.file);
            Fn handler = null;
            FileFacts handlerFile = r.file;
            for (int i = 0; i < flat.size(); i++) {
                Val h = flat.get(i);
                if (i == flat.size() - 1) {
                    Project.FnRef ref = ModelSupport.handler(project, h, r.file);
                    if (ref != null) {
                        handler = ref.fn();
                        handlerFile = ref.file();
                    }
                    break;
                }
                Control c = classifier.classify(h, r.file, r.cs.location(), "route");
                if (c != null) {
                    chain.add(c);
                    usedControls.add(project.resolve(h, r.file).val());
                }
            }
            chain.addAll(ModelSupport.handlerControls(project, handler, handlerFile, r.cs.location()));
            for (String method : ModelSupport.methods(r.method)) {
                routes.add(new Route(method, full, r.cs.location(), handler, chain, Set.of(), order++, List.of()));
            }
        }
    }
}
