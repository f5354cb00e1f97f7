package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.model.Project;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Security response headers written by hand: what helmet (or Hono's secureHeaders, Fastify's helmet) sets, set by
 * project code instead. A middleware counts as a hand-written helmet when it sets two or more of {@link #NAMES} on
 * the response, itself or through the project functions it calls (three calls deep):
 * <ul>
 *   <li>one header at a time: {@code res.setHeader(name, v)}, {@code res.set(name, v)} / {@code res.header(..)},
 *   Hono's {@code c.header(name, v)}, {@code c.res.headers.set(name, v)}, Fastify's {@code reply.header(..)};</li>
 *   <li>an object of them: {@code res.set({ 'X-Frame-Options': 'DENY', .. })};</li>
 *   <li>a table walked entry by entry: {@code for (const [k, v] of Object.entries(table)) headers.set(k, v)}, the
 *   table an object literal, a constant holding one, or a project function returning one
 *   ({@code applySecurityHeaders(c.res.headers)} whose {@code getSecurityHeaders()} returns the table).</li>
 * </ul>
 * Only the header names count, not where the call is made: two of these names set on a map are no accident.
 */
public final class SecurityHeaders {
    private SecurityHeaders() { }

    /** Response headers that make up what helmet sets: a middleware setting several of them is a hand-written one. */
    public static final Set<String> NAMES = Set.of("content-security-policy", "x-frame-options", "x-content-type-options",
            "strict-transport-security", "referrer-policy", "cross-origin-opener-policy", "cross-origin-resource-policy");

    private static final Set<String> SETTERS = Set.of("setHeader", "set", "header", "headers", "append");
    private static final int MAX_DEPTH = 3;

    /** The security headers (lower case) {@code fn} sets, with the callbacks in it and the project functions it calls. */
    public static Set<String> set(Project project, Fn fn, FileFacts file) {
        Set<String> out = new TreeSet<>();
        walk(project, fn, file, 0, out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out;
    }

    private static void walk(Project project, Fn fn, FileFacts file, int depth, Set<String> out, Set<Fn> seen) {
        if (fn == null || !seen.add(fn)) return;
        for (Fn f : RequestPaths.handlerFunctions(fn)) {
            for (CallSite cs : f.calls()) {
                String m = cs.methodName();
                if (m != null && SETTERS.contains(m) && !cs.args().isEmpty()) {
                    String h = cs.args().size() >= 2 ? Val.constString(cs.arg(0)) : null;
                    if (h != null) add(h, out);
                    else if (cs.args().size() == 1 && cs.arg(0) instanceof Val.Obj o) o.props().keySet().forEach(k -> add(k, out));
                    else if (cs.args().size() >= 2 && project != null && file != null) {
                        Val table = entryKeyOf(cs.arg(0));
                        if (table != null) for (String k : tableKeys(project, table, file)) add(k, out);
                    }
                }
                if (project == null || file == null || depth >= MAX_DEPTH) continue;
                Project.FnRef target = project.function(cs.callee(), file);
                if (target != null && target.fn() != fn) walk(project, target.fn(), target.file(), depth + 1, out, seen);
            }
        }
    }

    private static void add(String name, Set<String> out) {
        String low = name.toLowerCase(Locale.ROOT);
        if (NAMES.contains(low)) out.add(low);
    }

    /** {@code Object.entries(T)[*][0]}, the key of an entry of a walked table: T; else null. */
    private static Val entryKeyOf(Val v) {
        if (!(v instanceof Val.Member k && "0".equals(k.prop()) && k.object() instanceof Val.Member each && "*".equals(each.prop())
                && each.object() instanceof Val.Call entries && entries.args().size() == 1
                && entries.callee() instanceof Val.Global g && g.name().equals("Object") && g.path().equals(java.util.List.of("entries")))) return null;
        return entries.args().get(0);
    }

    /** The keys of a header table: an object literal, a constant holding one, or what a project function returns. */
    private static Set<String> tableKeys(Project project, Val table, FileFacts file) {
        Project.Resolved r = project.resolve(table, file);
        Val v = r.val();
        FileFacts vf = r.file() != null ? r.file() : file;
        if (v instanceof Val.Obj o) return o.props().keySet();
        if (v instanceof Val.Call c) {
            Project.FnRef maker = project.function(c.callee(), vf);
            if (maker == null) return Set.of();
            Set<String> keys = new TreeSet<>();
            for (Val ret : maker.fn().returns()) {
                Val rv = project.resolve(ret, maker.file()).val();
                if (rv instanceof Val.Obj o) keys.addAll(o.props().keySet());
            }
            return keys;
        }
        return Set.of();
    }
}
