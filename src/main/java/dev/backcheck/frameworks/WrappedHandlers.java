package dev.backcheck.frameworks;

import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.ModelSupport.CallContext;
import dev.backcheck.frameworks.ModelSupport.CallContext.Located;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Classifier;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A route handler made by a project function from an options object: {@code app.post('/x', procedure({ policy: { auth:
 * 'required' }, input: { body: schema }, handler: async (ctx) => ... }))}, where the function returns the request handler,
 * and that handler runs checks the options decide before it calls the handler the options carry. Read from the wrapper, not
 * from its name: the calls the returned function makes before it calls the options' handler are followed (project
 * functions, four calls deep) with the options bound to the parameters, and the conditions around each call decided under
 * them where they can be ({@code if (policy.auth === 'none') return;}). A rejection with 401 that stays reachable
 * ({@code throw new UnauthorizedError(..)}, {@code c.json(.., 401)}) is an authentication check the route runs; a schema
 * library's parse that stays reachable validates the request parts the options name ({@code input: { query, body }}).
 * Options that turn the check off ({@code auth: 'none'}) leave the rejection unreachable, and the route without it.
 */
public final class WrappedHandlers {
    private WrappedHandlers() { }

    private static final int MAX_DEPTH = 4;
    private static final Pattern UNAUTHORIZED = Pattern.compile("(Unauthorized|Unauthenticated|Authentication|NotAuthenticated)\\w*(Error|Exception)");
    private static final Set<String> ANSWERS = Set.of("json", "text", "body", "status", "newResponse", "sendStatus", "code");
    private static final Set<String> PARSES = Set.of("parse", "safeParse", "parseAsync", "safeParseAsync", "validate", "validateAsync");
    private static final Set<String> PARTS = Set.of("params", "query", "body", "headers", "cookies");

    /** What a wrapped handler checks: an authentication control and a validation control, either null. */
    public record Checks(Control auth, Control validation) {
        public List<Control> controls() {
            List<Control> out = new ArrayList<>();
            if (auth != null) out.add(auth);
            if (validation != null) out.add(validation);
            return out;
        }
    }

    private static final Checks NONE = new Checks(null, null);

    /** The checks the wrapper behind a route's handler value runs before the handler its options carry; none when it is no such wrapper. */
    public static Checks of(Project project, Val handler, FileFacts file, Location where) {
        try {
            return read(project, handler, file, where);
        } catch (RuntimeException e) {
            return NONE;
        }
    }

    private static Checks read(Project project, Val handler, FileFacts file, Location where) {
        Project.Resolved r = project.resolve(handler, file);
        if (!(r.val() instanceof Call c) || c.site() == null || c.args().isEmpty()) return NONE;
        Project.FnRef wrapper = project.function(c.callee(), r.file());
        if (wrapper == null || wrapper.fn().params().isEmpty()) return NONE;
        CallContext ctx = CallContext.push(project, null, c, r.file());
        if (ctx == null) return NONE;
        Fn made = null;
        FileFacts madeFile = wrapper.file();
        for (Val ret : wrapper.fn().returns()) {
            Project.Resolved rr = project.resolve(ret, wrapper.file());
            if (rr.val() instanceof FnVal fv) {
                made = fv.fn();
                madeFile = rr.file();
                break;
            }
        }
        if (made == null) return NONE;
        // where the returned function calls the handler its caller gave in the options (config.handler(ctx))
        Location handed = null;
        for (CallSite cs : made.calls()) {
            if (!(cs.callee() instanceof Param p) || p.path().isEmpty() || !ownParam(wrapper.fn(), p)) continue;
            Located l = CallContext.eval(project, p, madeFile, ctx);
            if (l.val() instanceof FnVal || l.val() != p && project.function(l.val(), l.file()) != null) {
                handed = cs.location();
                break;
            }
        }
        if (handed == null) return NONE;
        Walk w = new Walk(project);
        w.visit(made, madeFile, ctx, 0, handed);
        String name = wrapper.fn().name() == null || wrapper.fn().name().isEmpty() ? Classifier.displayName(c.callee()) : wrapper.fn().name();
        if (name == null) name = "wrapper";
        Control auth = w.rejects == null ? null : new Control(ControlKind.AUTH, name, where, Set.of(), "route");
        Control valid = w.parts.isEmpty() ? null : new Control(ControlKind.VALIDATION, w.lib, where, w.parts, "route");
        return new Checks(auth, valid);
    }

    /** A parameter of the wrapper itself (the returned function reads its options by closure), not one of its own. */
    private static boolean ownParam(Fn wrapper, Param p) {
        Fn.Param declared = wrapper.param(p.index());
        return declared != null && declared.name().equals(p.name());
    }

    private static final class Walk {
        final Project project;
        Location rejects;
        String lib;
        final Set<String> parts = new TreeSet<>();
        final java.util.Set<Fn> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Walk(Project project) {
            this.project = project;
        }

        /** The calls of {@code fn} (and of the functions written in it) that run under {@code ctx}, before {@code before} when given. */
        void visit(Fn fn, FileFacts file, CallContext ctx, int depth, Location before) {
            if (depth > MAX_DEPTH || !seen.add(fn)) return;
            List<Fn> bodies = new ArrayList<>();
            bodies.add(fn);
            // the callbacks it runs; below the top, not a function it returns (createSessionMiddleware(opts) makes the
            // middleware, and what the middleware does is decided where it is called, with values not known here)
            for (Fn n : fn.nested()) if (depth == 0 || !returned(fn, n)) bodies.add(n);
            for (Fn b : bodies) {
                for (CallSite cs : b.calls()) {
                    if (before != null && Location.ORDER.compare(cs.location(), before) >= 0) continue;
                    if (!CallContext.reachable(project, cs.guards(), file, ctx)) continue;
                    if (rejects == null && rejection(cs)) rejects = cs.location();
                    String m = cs.methodName();
                    if (m != null && PARSES.contains(m) && lib == null) {
                        Val recv = dev.backcheck.model.Analysis.receiver(cs.callee());
                        String root = recv == null ? null : project.rootModule(recv, file);
                        if (root != null && dev.backcheck.model.Analysis.SCHEMA_LIBS.contains(root)) {
                            Set<String> named = namedParts(ctx);
                            if (!named.isEmpty()) {
                                lib = root;
                                parts.addAll(named);
                            }
                        }
                    }
                    Project.FnRef target = cs.isNew() ? null : project.function(cs.callee(), file);
                    if (target == null || target.fn() == fn) continue;
                    CallContext inner = CallContext.push(ctx, target.fn(), target.file(), cs.args(), file, cs.location());
                    if (inner == ctx) continue;
                    visit(target.fn(), target.file(), inner, depth + 1, null);
                }
            }
        }

        private static boolean returned(Fn fn, Fn nested) {
            for (Val r : fn.returns()) if (r instanceof FnVal fv && (fv.fn() == nested || fv.fn().nested().contains(nested))) return true;
            for (Val r : fn.returns()) {
                if (r instanceof FnVal fv && fv.fn().location() != null && nested.location() != null
                        && Location.ORDER.compare(fv.fn().location(), nested.location()) <= 0
                        && fv.fn().nested().stream().anyMatch(x -> x == nested)) return true;
            }
            return false;
        }

        /** {@code new UnauthorizedError(..)}, {@code new HTTPException(401, ..)}, {@code c.json(.., 401)}. */
        private static boolean rejection(CallSite cs) {
            String m = cs.methodName();
            if (m == null) return false;
            if (cs.isNew()) {
                if (UNAUTHORIZED.matcher(m).matches()) return true;
                return m.equals("HTTPException") && is401(cs.arg(0));
            }
            if (!ANSWERS.contains(m)) return false;
            for (Val a : cs.args()) if (is401(a)) return true;
            return false;
        }

        private static boolean is401(Val v) {
            return v instanceof Lit l && l.value() instanceof Double d && d == 401;
        }

        /**
         * The request parts the options handed to the frame that parses name: the keys of an object among the frame's
         * arguments that are request parts ({@code validateInput(c, config.input)} with {@code input: { query, body }}).
         */
        private Set<String> namedParts(CallContext ctx) {
            Set<String> out = new TreeSet<>();
            if (ctx == null) return out;
            Fn fn = ctxFn(ctx);
            if (fn == null) return out;
            for (int i = 0; i < fn.params().size(); i++) {
                Fn.Param p = fn.params().get(i);
                Located l = CallContext.eval(project, new Param(i, p.name(), List.of()), null, ctx);
                if (!(l.val() instanceof Obj o)) continue;
                for (String k : o.props().keySet()) {
                    String part = switch (k.toLowerCase(Locale.ROOT)) {
                        case "json", "form", "body" -> "body";
                        case "param", "params" -> "params";
                        case "query", "headers", "cookies" -> k.toLowerCase(Locale.ROOT);
                        case "header" -> "headers";
                        case "cookie" -> "cookies";
                        default -> null;
                    };
                    if (part != null && PARTS.contains(part)) out.add(part);
                }
                if (!out.isEmpty()) return out;
            }
            return out;
        }
    }

    private static Fn ctxFn(CallContext ctx) {
        return ctx.fn;
    }
}
