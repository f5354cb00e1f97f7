package dev.backcheck.frameworks.spring;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;

import java.util.*;

/**
 * Spring functional endpoints (WebFlux {@code org.springframework.web.reactive.function.server} and WebMvc.fn
 * {@code org.springframework.web.servlet.function}), read from the value a method returns:
 * <ul>
 *   <li>the builder: {@code RouterFunctions.route().GET("/x", h::get).POST("/x", pred, h::add)
 *       .path("/api", b -> b.DELETE(...)).nest(path("/v2"), b -> ...).add(other).build()};</li>
 *   <li>the static forms: {@code route(GET("/x").and(accept(JSON)), h::get).andRoute(POST("/x"), h::add)},
 *       {@code .and(otherRouter)}, {@code nest(path("/api"), router)}, {@code .andNest(path("/p"), router)};</li>
 *   <li>predicates {@code GET/POST/PUT/PATCH/DELETE/HEAD/OPTIONS(pattern)}, {@code path(p)}, {@code method(HttpMethod.X)},
 *       combined with {@code and} / {@code or}; {@code accept}, {@code contentType}, {@code headers}, {@code queryParam}
 *       do not change the route.</li>
 * </ul>
 * A handler is a method reference to a bean ({@code handler::list}, the bean a parameter or field of the
 * configuration class), a lambda, or a method of the same class. A router built in a helper method of the
 * same class ({@code .add(adminRoutes())}) is followed.
 */
final class FunctionalRoutes {
    private static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    private static final Set<String> NEUTRAL = Set.of("accept", "contentType", "headers", "queryParam", "param", "all",
            "pathExtension", "negate");

    /** One functional route: method, path below the base path, handler, where it is declared. */
    record FnRoute(String method, String path, Fn handler, Location at) { }

    private final Project project;
    private final FileFacts file;
    private final ClassInfo owner;
    private final Fn bean;
    private final List<FnRoute> out = new ArrayList<>();
    private boolean unknown;
    /** A router combined through a local typed {@code RouterFunction} (its value is named by the type only). */
    private boolean typedLocal;
    private int depth;
    /** Router methods followed from another one (their routes belong to that one). */
    private Set<Fn> helpers = new HashSet<>();

    private FunctionalRoutes(Project project, FileFacts file, ClassInfo owner, Fn bean) {
        this.project = project;
        this.file = file;
        this.owner = owner;
        this.bean = bean;
    }

    /**
     * True when a method builds a router function: it calls {@code RouterFunctions.route/nest}, qualified or
     * statically imported (one by one or with {@code RouterFunctions.*}).
     */
    static boolean buildsRouter(Fn m, FileFacts f) {
        boolean wildcard = f.imports().values().stream().anyMatch(i -> i.module() != null
                && (i.module().endsWith("function.server.RouterFunctions") || i.module().endsWith("servlet.function.RouterFunctions")));
        for (CallSite cs : m.calls()) {
            if (cs.callee() instanceof Ref r && "RouterFunctions".equals(r.export()) && r.path() != null && !r.path().isEmpty()
                    && (r.path().get(0).equals("route") || r.path().get(0).equals("nest"))) return true;
            if (wildcard && cs.callee() instanceof This t && t.path().size() == 1
                    && (t.path().get(0).equals("route") || t.path().get(0).equals("nest"))) return true;
        }
        return false;
    }

    /**
     * The routes a router-building method declares; {@code complete[0]} is set false when some part could not
     * be read (an unknown predicate or a router from elsewhere).
     */
    static List<FnRoute> of(Project project, FileFacts file, ClassInfo owner, Fn m, boolean[] complete, Set<Fn> helpers) {
        FunctionalRoutes r = new FunctionalRoutes(project, file, owner, m);
        r.helpers = helpers;
        for (Val v : m.returns()) r.router(v, "");
        if (r.typedLocal) {
            // a router kept in a local typed RouterFunction (html.and(json)): its value is not in the returned one;
            // read every router the method builds (builder chains ending in build(), static route(..) calls)
            r.unknown = false;
            for (CallSite cs : m.calls()) {
                String n = name(cs.callee());
                boolean builder = "build".equals(n);
                boolean route = ("route".equals(n) || "nest".equals(n)) && cs.args().size() == 2 && isStatic(cs.callee());
                if (builder || route) r.router(new Call(cs.callee(), cs.args(), cs.location()), "");
            }
        }
        // the same declaration read twice (through a local and through the method's calls) is one route
        Set<String> seen = new HashSet<>();
        r.out.removeIf(x -> !seen.add(x.method() + " " + x.path() + " " + x.at()));
        complete[0] = !r.unknown && !r.out.isEmpty();
        return r.out;
    }

    /** The name a call's callee ends in, and its receiver (null for a static or unqualified call). */
    private static String name(Val callee) {
        if (callee instanceof Member m) return m.prop();
        if (callee instanceof Ref r && r.path() != null && !r.path().isEmpty()) return r.path().get(r.path().size() - 1);
        if (callee instanceof This t && !t.path().isEmpty()) return t.path().get(t.path().size() - 1);
        if (callee instanceof Param p && !p.path().isEmpty()) return p.path().get(p.path().size() - 1);
        return null;
    }

    private static Val receiver(Val callee) {
        if (callee instanceof Member m) return m.object();
        if (callee instanceof Param p && !p.path().isEmpty()) return new Param(p.index(), p.name(), p.path().subList(0, p.path().size() - 1));
        return null;
    }

    /** True for a static call of RouterFunctions / RequestPredicates (qualified or statically imported). */
    private static boolean isStatic(Val callee) {
        return callee instanceof Ref || callee instanceof This t && t.path().size() == 1;
    }

    /** Reads a router function value. */
    private void router(Val v, String prefix) {
        if (depth > 12) return;
        if (!(v instanceof Call c)) {
            if (v instanceof Param p && p.path().isEmpty()) return; // a builder lambda's parameter: the chain's start
            unknown = true;
            return;
        }
        String n = name(c.callee());
        Val recv = receiver(c.callee());
        List<Val> a = c.args();
        if (n == null) {
            unknown = true;
            return;
        }
        if (c.callee() instanceof Ref r && "RouterFunction".equals(r.export())) typedLocal = true;
        depth++;
        try {
            if (recv != null && !(recv instanceof Param p0 && p0.path().isEmpty())) router(recv, prefix);
            switch (n) {
                case "build", "filter", "before", "after", "onError", "withAttribute", "withAttributes" -> { }
                case "route" -> {
                    if (a.size() == 2) predicateRoute(a.get(0), a.get(1), prefix, locate(c, n));
                    // route() with no arguments: the builder's start
                }
                case "andRoute" -> {
                    if (a.size() == 2) predicateRoute(a.get(0), a.get(1), prefix, locate(c, n));
                }
                case "and", "add", "andOther" -> {
                    if (a.size() == 1) router(a.get(0), prefix);
                }
                case "nest", "andNest" -> {
                    if (a.size() != 2) break;
                    List<String[]> preds = predicate(a.get(0));
                    if (preds == null) {
                        unknown = true;
                        break;
                    }
                    for (String[] p : preds) nested(a.get(1), SpringModel.join(prefix, p[1]));
                }
                case "path" -> {
                    // builder.path("/api", b -> ...) / builder.path("/api", () -> router)
                    if (a.size() != 2 || recv == null) {
                        unknown = true;
                        break;
                    }
                    String s = SpringModel.string(project, a.get(0), file, 0);
                    if (s == null) {
                        unknown = true;
                        break;
                    }
                    nested(a.get(1), SpringModel.join(prefix, s));
                }
                case "resources" -> { } // static files
                default -> {
                    if (VERBS.contains(n) && recv != null) {
                        verb(n, a, prefix, c);
                    } else if (recv == null && c.callee() instanceof This t && t.path().size() == 1) {
                        helper(t.path().get(0), prefix);
                    } else {
                        unknown = true;
                    }
                }
            }
        } finally {
            depth--;
        }
    }

    /** {@code builder.GET("/x", handler)}, {@code GET("/x", predicate, handler)}, {@code GET(handler)}, {@code GET(predicate, handler)}. */
    private void verb(String verb, List<Val> a, String prefix, Call c) {
        if (a.isEmpty()) return;
        Val handler = a.get(a.size() - 1);
        String path = "";
        if (a.size() >= 2) {
            String s = SpringModel.string(project, a.get(0), file, 0);
            if (s != null) path = s;
            else {
                List<String[]> preds = predicate(a.get(0));
                if (preds == null) {
                    unknown = true;
                    return;
                }
                for (String[] p : preds) if (p[1] != null && !p[1].isEmpty()) path = p[1];
            }
        }
        add(verb, SpringModel.join(prefix, path), handler, locate(c, verb));
    }

    private void predicateRoute(Val pred, Val handler, String prefix, Location at) {
        List<String[]> preds = predicate(pred);
        if (preds == null) {
            unknown = true;
            return;
        }
        for (String[] p : preds) add(p[0] == null ? "ALL" : p[0], SpringModel.join(prefix, p[1] == null ? "" : p[1]), handler, at);
    }

    /** A nested router: a builder lambda ({@code b -> b.GET(..)}), a supplier ({@code () -> router}) or a router. */
    private void nested(Val v, String prefix) {
        if (v instanceof FnVal fv) {
            Fn fn = fv.fn();
            if (!fn.returns().isEmpty()) {
                for (Val r : fn.returns()) router(r, prefix);
                return;
            }
            // a block lambda: each outermost call on the builder parameter
            Set<Call> inner = new HashSet<>();
            for (CallSite cs : fn.calls()) {
                Val r = receiver(cs.callee());
                while (r instanceof Call rc) {
                    inner.add(new Call(rc.callee(), rc.args(), rc.site()));
                    r = receiver(rc.callee());
                }
            }
            for (CallSite cs : fn.calls()) {
                Call c = new Call(cs.callee(), cs.args(), cs.location());
                if (inner.contains(c) || !rootedAtParam(cs.callee())) continue;
                router(c, prefix);
            }
            return;
        }
        router(v, prefix);
    }

    private static boolean rootedAtParam(Val callee) {
        Val r = receiver(callee);
        while (r instanceof Call c) r = receiver(c.callee());
        return r instanceof Param p && p.path().isEmpty();
    }

    /** A router built by another method of the configuration class. */
    private void helper(String name, String prefix) {
        if (owner == null) {
            unknown = true;
            return;
        }
        for (Fn m : owner.methods()) {
            if (m.name().equals(name) && m != bean && m.params().isEmpty()) {
                helpers.add(m);
                for (Val r : m.returns()) router(r, prefix);
                return;
            }
        }
        unknown = true;
    }

    /** The (method, path) pairs a request predicate matches; method or path null when it does not restrict them. */
    private List<String[]> predicate(Val v) {
        if (!(v instanceof Call c)) return null;
        String n = name(c.callee());
        if (n == null) return null;
        Val recv = receiver(c.callee());
        if (recv == null || isStatic(c.callee()) && !(c.callee() instanceof Member)) {
            if (VERBS.contains(n)) {
                if (c.args().isEmpty()) return List.<String[]>of(new String[] {n, null});
                String s = SpringModel.string(project, c.args().get(0), file, 0);
                return s == null ? null : List.<String[]>of(new String[] {n, s});
            }
            if (n.equals("path")) {
                String s = c.args().isEmpty() ? null : SpringModel.string(project, c.args().get(0), file, 0);
                return s == null ? null : List.<String[]>of(new String[] {null, s});
            }
            if (n.equals("method") && !c.args().isEmpty()) {
                String t = SpringSecurity.text(c.args().get(0));
                String m = t.substring(t.lastIndexOf('.') + 1);
                return VERBS.contains(m) ? List.<String[]>of(new String[] {m, null}) : null;
            }
            if (NEUTRAL.contains(n)) return List.<String[]>of(new String[] {null, null});
            return null;
        }
        List<String[]> left = predicate(recv);
        if (left == null) return null;
        if (NEUTRAL.contains(n)) return left;
        if (c.args().size() != 1) return null;
        List<String[]> right = predicate(c.args().get(0));
        if (right == null) return null;
        if (n.equals("or")) {
            List<String[]> outp = new ArrayList<>(left);
            outp.addAll(right);
            return outp;
        }
        if (!n.equals("and")) return null;
        List<String[]> outp = new ArrayList<>();
        for (String[] l : left) {
            for (String[] r : right) {
                outp.add(new String[] {l[0] != null ? l[0] : r[0], l[1] != null ? l[1] : r[1]});
            }
        }
        return outp;
    }

    /** Where the builder call {@code verb} with these arguments is written: its method name, else the chain's start. */
    private Location locate(Call c, String verb) {
        for (Fn fn : all(bean)) {
            for (CallSite cs : fn.calls()) {
                if (!verb.equals(name(cs.callee())) || !cs.args().equals(c.args())) continue;
                Location cl = cs.calleeLocation();
                if (cl != null && cl.endLine() > 0) return Location.at(cl.path(), cl.endLine(), Math.max(1, cl.endColumn() - verb.length()));
            }
        }
        return c.site();
    }

    private static List<Fn> all(Fn fn) {
        List<Fn> out = new ArrayList<>();
        Deque<Fn> todo = new ArrayDeque<>(List.of(fn));
        while (!todo.isEmpty() && out.size() < 200) {
            Fn f = todo.poll();
            out.add(f);
            todo.addAll(f.nested());
        }
        return out;
    }

    private void add(String method, String path, Val handler, Location at) {
        out.add(new FnRoute(method, path, handlerFn(handler), at));
    }

    /** The method a handler value runs: a lambda, {@code bean::method} on a parameter or field's class, {@code this::m}. */
    private Fn handlerFn(Val h) {
        if (h instanceof FnVal fv) return fv.fn();
        String method = null;
        String beanName = null;
        if (h instanceof Ref r && r.path() != null && r.path().size() == 1) {
            beanName = r.export();
            method = r.path().get(0);
        } else if (h instanceof Param p && p.path().size() == 1) {
            beanName = p.name();
            method = p.path().get(0);
        } else if (h instanceof This t && t.path().size() == 2) {
            beanName = t.path().get(0);
            method = t.path().get(1);
        } else if (h instanceof This t && t.path().size() == 1) {
            return owner == null ? null : owner.method(t.path().get(0));
        } else if (h instanceof Member m && m.object() instanceof Ref r && (r.path() == null || r.path().isEmpty())) {
            beanName = null;
            method = m.prop();
            ClassHit hit = classNamed(r.export());
            return hit == null ? null : hit.info().method(method);
        }
        if (beanName == null) return null;
        String type = null;
        for (Fn.Param p : bean.params()) if (p.name().equals(beanName)) type = p.type();
        if (type == null && owner != null) {
            for (ClassInfo.Prop p : owner.props()) if (p.name().equals(beanName)) type = p.type();
            for (Fn.Param p : owner.ctorParams()) if (type == null && p.name().equals(beanName)) type = p.type();
        }
        if (type == null) {
            // Type::method on a class of the project
            ClassHit hit = classNamed(beanName);
            return hit == null ? null : hit.info().method(method);
        }
        ClassHit hit = classNamed(SpringSecurity.simple(type));
        if (hit == null) return null;
        Project.ClassHit impl = project.implementation(new Project.ClassHit(hit.info(), hit.file()), method);
        Fn fn = impl == null ? null : impl.info().method(method);
        return fn != null ? fn : hit.info().method(method);
    }

    private record ClassHit(ClassInfo info, FileFacts file) { }

    private ClassHit classNamed(String name) {
        try {
            Project.ClassHit h = project.classNamed(name, file);
            return h == null ? null : new ClassHit(h.info(), h.file());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
