package dev.backcheck.frameworks.hono;

import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;

import java.util.*;

/**
 * chanfana (Cloudflare's OpenAPI layer over Hono), as its own source (3.x, src/adapters/hono.ts, src/route.ts) behaves:
 * <ul>
 *   <li>{@code fromHono(app, options?)} answers a proxy over {@code app}: {@code get/post/.../on/route} on it register on
 *       {@code app} itself, so the proxy and the app are one instance (and {@code openapi.route(path, fromHono(sub))}
 *       mounts {@code sub});</li>
 *   <li>a route's handler may be an endpoint class ({@code class X extends OpenAPIRoute}, static {@code isRoute}): per
 *       request chanfana makes an instance and runs its {@code handle(c)} with the Hono context;</li>
 *   <li>the class's {@code schema.request} ({@code params, query, body, headers}) is validated only when {@code handle}
 *       asks {@code this.getValidatedData()} (a Zod error then answers 400); {@code getUnvalidatedData()} and
 *       {@code c.req.*} read the request as it came.</li>
 * </ul>
 */
public final class Chanfana {
    private Chanfana() { }

    /** Endpoint base classes chanfana exports (the D1 auto endpoints bring their own handle()). */
    private static final Set<String> BASES = Set.of("OpenAPIRoute", "CreateEndpoint", "ReadEndpoint", "UpdateEndpoint",
            "DeleteEndpoint", "ListEndpoint", "D1CreateEndpoint", "D1ReadEndpoint", "D1UpdateEndpoint", "D1DeleteEndpoint",
            "D1ListEndpoint");

    /** True for {@code fromHono(x, ...)} imported from chanfana. */
    static boolean fromHono(Project project, Call c, FileFacts f) {
        if (c.args().isEmpty()) return false;
        String q = project.qname(c.callee(), f);
        return "chanfana.fromHono".equals(q);
    }

    /**
     * An endpoint class registered as a route's handler: its {@code handle} method (null when the class inherits
     * chanfana's own) and the request parts its schema declares when {@code handle} validates them.
     */
    record Endpoint(Fn handle, FileFacts file, Set<String> validated) { }

    static Endpoint endpoint(Project project, Val v, FileFacts f) {
        Project.ClassHit hit;
        try {
            hit = project.classOf(v, f);
        } catch (RuntimeException e) {
            return null;
        }
        if (hit == null) return null;
        // the class itself and its project ancestors, up to chanfana's base
        List<Project.ClassHit> chain = new ArrayList<>();
        String base = null;
        for (Project.ClassHit at = hit; at != null && chain.size() < 8; ) {
            chain.add(at);
            Val sup = at.info().superClass();
            if (sup == null) break;
            String q = project.qname(sup, at.file());
            if (q != null && q.startsWith("chanfana.") && BASES.contains(q.substring("chanfana.".length()))) {
                base = q.substring("chanfana.".length());
                break;
            }
            Project.ClassHit up;
            try {
                up = project.classOf(sup, at.file());
            } catch (RuntimeException e) {
                up = null;
            }
            if (up == null) break;
            boolean seen = false;
            for (Project.ClassHit c : chain) seen |= c.info() == up.info();
            if (seen) break;
            at = up;
        }
        if (base == null) return null;
        Fn handle = null;
        FileFacts handleFile = null;
        Val schema = null;
        FileFacts schemaFile = null;
        for (Project.ClassHit c : chain) {
            if (handle == null && c.info().method("handle") != null) {
                handle = c.info().method("handle");
                handleFile = c.file();
            }
            if (schema == null) {
                for (ClassInfo.Prop p : c.info().props()) {
                    if (p.name().equals("schema") && p.value() != null) {
                        schema = p.value();
                        schemaFile = c.file();
                    }
                }
            }
        }
        Set<String> parts = new TreeSet<>();
        if (handle != null && schema != null && asksValidated(handle)) {
            Project.Resolved s = project.resolve(schema, schemaFile);
            if (s.val() instanceof Obj so && so.props().get("request") != null) {
                Project.Resolved rq = project.resolve(so.props().get("request"), s.file());
                if (rq.val() instanceof Obj ro) {
                    for (String k : ro.props().keySet()) {
                        if (k.equals("params") || k.equals("query") || k.equals("body") || k.equals("headers")) parts.add(k);
                    }
                }
            }
        }
        // no handle() of the project's: the auto endpoint's own handle() reads the request only through getValidatedData()
        // (create/update: body and path parameters; read/delete: path parameters; list: the query)
        if (handle == null) {
            if (base.endsWith("CreateEndpoint") || base.endsWith("UpdateEndpoint")) parts.addAll(List.of("body", "params"));
            else if (base.endsWith("ReadEndpoint") || base.endsWith("DeleteEndpoint")) parts.add("params");
            else if (base.endsWith("ListEndpoint")) parts.add("query");
        }
        return new Endpoint(handle, handleFile == null ? hit.file() : handleFile, parts);
    }

    /**
     * True for {@code this.getValidatedData()} / {@code this.getUnvalidatedData()} in a project that uses chanfana: an
     * endpoint class reading its request (nothing outside the handler changes).
     */
    public static boolean requestRead(Project project, CallSite cs) {
        String m = cs.methodName();
        return cs.callee() instanceof This t && t.path().size() == 1 && ("getValidatedData".equals(m) || "getUnvalidatedData".equals(m))
                && project.dependsOn("chanfana");
    }

    /** True when the method calls {@code this.getValidatedData()}, which validates the schema's request parts. */
    private static boolean asksValidated(Fn handle) {
        for (CallSite cs : handle.calls()) {
            if ("getValidatedData".equals(cs.methodName()) && cs.callee() instanceof This) return true;
        }
        for (Fn n : handle.nested()) if (asksValidated(n)) return true;
        return false;
    }
}
