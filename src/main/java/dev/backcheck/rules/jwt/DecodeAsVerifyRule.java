package dev.backcheck.rules.jwt;

import dev.backcheck.concepts.Tokens;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.List;
import java.util.Set;

/**
 * A token from the request decoded without verification ({@code jwt.decode}, jose {@code decodeJwt},
 * hono/jwt {@code decode}, {@code JwtService.decode}, Fastify {@code request.jwtDecode()}) in a function that
 * decides whether the request goes on: a middleware that calls {@code next()}, a guard's {@code canActivate},
 * or code that answers 401/403, where neither it nor what it calls verifies a signature. Decoding after a
 * verification, or to read the header's {@code kid} before verifying, is not reported.
 */
@RuleId("jwt/decode-as-verify")
public final class DecodeAsVerifyRule implements Rule {
    /** A later call of the function, named verify*, takes the decoded token as its first argument. */
    private static boolean verifiedAfter(Fn fn, Tokens.Decode d) {
        if (d.cs().args().isEmpty() || d.call() == null) return false;
        Val token = d.cs().arg(0);
        for (CallSite c : fn.calls()) {
            String m = c.methodName();
            if (m == null || !m.startsWith("verify") && !m.equals("jwtVerify") || c.args().isEmpty() || c.location() == null) continue;
            if (c.location().line() < d.call().line() || c.location().line() == d.call().line() && c.location().column() <= d.call().column()) continue;
            if (token.equals(c.arg(0))) return true;
        }
        return false;
    }

    @Override
    public void check(Project project, RuleContext ctx) {
        Analysis an = ModelSupport.analysis(project);
        CallIndex index = CallIndex.of(project);
        Tokens tokens = Tokens.of(project);
        Set<Fn> referenced = null;
        for (Tokens.Decode d : tokens.decodes()) {
            if (d.test() || d.fn() == null) continue;
            if ("java".equals(d.file().language())) {
                java(project, ctx, d, tokens, index);
                continue;
            }
            // the claims go nowhere (a statement of its own; jsonwebtoken never calls a callback handed to decode)
            if (tokens.discarded(d)) continue;
            // the presented token must equal a stored copy: verification by lookup
            if (tokens.storedMatch(d) != null) continue;
            Fn fn = d.fn();
            if (an.summary(fn, d.file()).verifiesToken()) continue;
            // decoded first to read a claim before verifying (the expiry as a precheck, the app id that picks the secret),
            // then the same token handed to a verification further on in the function (jwt.verify(token, app.jwtSecret),
            // verifyWithKeyRing(token, ..)): whatever the request is let in with comes from that verification
            if (verifiedAfter(fn, d)) continue;
            Fn parent = index.parentOf(fn);
            if (parent != null && an.summary(parent, d.file()).verifiesToken()) continue;
            boolean fromRequest = d.library().equals("@fastify/jwt") && "jwtDecode".equals(d.cs().methodName())
                    || d.cs().args().stream().anyMatch(a -> fromRequest(a, 0));
            String gate = gate(fn, d, tokens);
            if (gate == null && parent != null) gate = gate(parent, d, tokens);
            if (!fromRequest && d.cs().arg(0) instanceof Param p && p.path().isEmpty()) {
                // a helper decoding the token it is handed: its callers that pass the request's token and let the request on
                for (CallIndex.Site c : index.callers(fn)) {
                    Val a = c.cs().arg(p.index());
                    if (a == null || !fromRequest(a, 0) || an.summary(c.fn(), c.file()).verifiesToken()) continue;
                    fromRequest = true;
                    if (gate == null) gate = gate(c.fn(), d, tokens);
                }
            }
            if (!fromRequest && (readsCredentials(fn) || parent != null && readsCredentials(parent))) fromRequest = true;
            if (!fromRequest || gate == null) continue;
            // a middleware no route, app or other code uses lets nothing through
            Fn mw = servesRoutes(project) ? middlewareOf(fn, parent) : null; // a library's exported middleware is used elsewhere
            if (mw != null) {
                if (referenced == null) referenced = referenced(project, index);
                if (!referenced.contains(mw) && !named(project, mw)) continue;
            }
            String name = switch (d.library()) {
                case "jose" -> "decodeJwt";
                case "hono/jwt" -> "hono/jwt decode";
                case "@nestjs/jwt" -> "JwtService.decode";
                case "@fastify/jwt" -> "jwtDecode";
                default -> "jwt.decode";
            };
            String fw = JwtFindings.framework(project, d.library());
            ctx.report(d.call(), name + " reads the request's token without checking its signature, and " + gate
                    + ": anyone can write a token with any user id or role and be let in.")
                    .fix(ctx.meta().fixText(fw)).property("framework", fw).add();
        }
    }

    /**
     * Java (jjwt {@code parseClaimsJwt}, auth0 {@code JWT.decode}): the request's token decoded in a servlet filter that
     * passes the request on ({@code chain.doFilter}), sets the authentication from it, or answers 401/403, where neither
     * it, its caller, nor what they call verifies a signature.
     */
    private static void java(Project project, RuleContext ctx, Tokens.Decode d, Tokens tokens, CallIndex index) {
        Fn fn = d.fn();
        if (javaVerifies(fn, d.file(), tokens, index, 0)) return;
        boolean fromRequest = d.cs().args().stream().anyMatch(a -> fromRequest(a, 0)) || readsCredentials(fn);
        String gate = javaGate(fn);
        if (!fromRequest && d.cs().arg(0) instanceof Param p && p.path().isEmpty()) {
            for (CallIndex.Site c : index.callers(fn)) {
                Val a = c.cs().arg(p.index());
                if (a == null || !(fromRequest(a, 0) || readsCredentials(c.fn())) || javaVerifies(c.fn(), c.file(), tokens, index, 0)) continue;
                fromRequest = true;
                if (gate == null) gate = javaGate(c.fn());
            }
        }
        if (!fromRequest || gate == null) return;
        String name = d.library().equals("java-jwt") ? "JWT.decode" : d.cs().methodName();
        ctx.report(d.call(), name + " reads the request's token without checking its signature, and " + gate
                + ": anyone can write a token with any user id or role and be let in.")
                .fix(ctx.meta().fixText("spring")).property("framework", "spring").add();
    }

    /** True when {@code fn} or a project method it calls (two levels) verifies a token (a verifier of {@link Tokens} inside it). */
    private static boolean javaVerifies(Fn fn, dev.backcheck.lang.facts.FileFacts file, Tokens tokens, CallIndex index, int depth) {
        if (fn == null || depth > 2) return false;
        for (Tokens.Verifier v : tokens.verifiers()) {
            if (fn.location() != null && fn.location().spans(v.call())) return true;
        }
        for (CallSite cs : fn.calls()) {
            Project.FnRef t;
            try {
                t = index.resolve(cs, file, fn);
            } catch (RuntimeException e) {
                t = null;
            }
            if (t != null && t.fn() != fn && javaVerifies(t.fn(), t.file(), tokens, index, depth + 1)) return true;
        }
        return false;
    }

    /** How a Java function lets a request through on a token's claims, or null. */
    private static String javaGate(Fn fn) {
        if (fn == null) return null;
        if (fn.statuses().contains(401) || fn.statuses().contains(403)) return fn.name() + " answers 401/403 on them";
        boolean chain = fn.params().stream().anyMatch(p -> p.type() != null && p.type().endsWith("FilterChain"));
        List<CallSite> calls = new java.util.ArrayList<>(fn.calls());
        for (Fn n : fn.nested()) calls.addAll(n.calls());
        for (CallSite cs : calls) {
            String m = cs.methodName();
            if ("setAuthentication".equals(m)) return fn.name() + " sets the SecurityContext's authentication from them";
            if (chain && "doFilter".equals(m)) return "filter " + fn.name() + " passes the request on with them";
        }
        return null;
    }

    /** The project defines routes: it is an application, and what it does not mount is mounted nowhere. */
    private static boolean servesRoutes(Project project) {
        return project.applications().stream().anyMatch(a -> !a.routes().isEmpty());
    }

    /** The function with the {@code next} parameter: the decode's own, else its parent. */
    private static Fn middlewareOf(Fn fn, Fn parent) {
        for (Fn f : new Fn[]{fn, parent}) {
            if (f != null && f.params().stream().anyMatch(p -> p.name().equals("next"))) return f;
        }
        return null;
    }

    /**
     * The project functions something uses: called, handed to a call (directly, in an array or an options object, or
     * through a wrapper such as {@code asyncHandler(fn)}), or returned by a function.
     */
    private static Set<Fn> referenced(Project project, CallIndex index) {
        Set<Fn> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (dev.backcheck.lang.facts.FileFacts f : project.files().values()) {
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    Project.FnRef t = index.resolve(cs, f, fn);
                    if (t != null) out.add(t.fn());
                    for (Val a : cs.args()) collect(project, a, f, out, 0);
                }
                for (Val r : fn.returns()) collect(project, r, f, out, 0);
            }
        }
        return out;
    }

    private static void collect(Project project, Val v, dev.backcheck.lang.facts.FileFacts f, Set<Fn> out, int depth) {
        if (v == null || depth > 4) return;
        if (v instanceof FnVal fv) {
            out.add(fv.fn());
            return;
        }
        if (v instanceof Arr a) for (Val x : a.items()) collect(project, x, f, out, depth + 1);
        else if (v instanceof Obj o) for (Val x : o.props().values()) collect(project, x, f, out, depth + 1);
        else if (v instanceof OneOf o) for (Val x : o.options()) collect(project, x, f, out, depth + 1);
        else if (v instanceof Call c) for (Val x : c.args()) collect(project, x, f, out, depth + 1);
        try {
            Project.FnRef t = project.function(v, f);
            if (t != null) out.add(t.fn());
        } catch (RuntimeException e) {
            // not a function the tree binds
        }
    }

    /**
     * True when another source file names the middleware (its declared name): a use the resolver may not follow
     * (a dynamic require, a registry of middlewares). A middleware nothing names elsewhere and nothing references is
     * mounted nowhere.
     */
    private static boolean named(Project project, Fn mw) {
        String name = mw.name();
        if (name == null || name.isEmpty() || mw.location() == null) return true;
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![\\w$])" + java.util.regex.Pattern.quote(name) + "(?![\\w$])");
        dev.backcheck.report.SourceText src = new dev.backcheck.report.SourceText(project.root() == null ? java.nio.file.Path.of(".") : project.root());
        for (String path : project.files().keySet()) {
            if (path.equals(mw.location().path()) || project.isTestPath(path)) continue;
            if (word.matcher(src.text(path)).find()) return true;
        }
        return false;
    }

    /** How a function lets a request through, or null when it does not decide. */
    private static String gate(Fn fn, Tokens.Decode d, Tokens tokens) {
        if (fn == null) return null;
        if ("canActivate".equals(fn.name())) return "the guard's canActivate decides on its claims";
        if (fn.statuses().contains(401) || fn.statuses().contains(403)) return fn.name().isEmpty() ? "the code answers 401/403 on them"
                : fn.name() + " answers 401/403 on them";
        for (Fn.Param p : fn.params()) {
            if (!p.name().equals("next")) continue;
            for (CallSite cs : calls(fn, d, tokens)) {
                if (cs.callee() instanceof Param q && q.path().isEmpty() && q.name().equals("next")) {
                    return (fn.name().isEmpty() ? "the middleware" : "middleware " + fn.name()) + " passes the request on with them";
                }
            }
        }
        return null;
    }

    /** The calls of a function and of the functions written in it, but not of a callback the decode never calls. */
    private static List<CallSite> calls(Fn fn, Tokens.Decode d, Tokens tokens) {
        java.util.List<CallSite> out = new java.util.ArrayList<>(fn.calls());
        for (Fn n : fn.nested()) if (!tokens.deadCallback(d, n)) out.addAll(n.calls());
        return out;
    }

    private static boolean readsCredentials(Fn fn) {
        for (Fn.Read r : fn.reads()) {
            if (r.part().equals("cookies") || r.part().equals("signedCookies")) return true;
            if (r.part().equals("headers") && r.value() != null && String.valueOf(r.value()).toLowerCase(java.util.Locale.ROOT).contains("auth")) return true;
        }
        return false;
    }

    private static final Set<String> THROUGH = Set.of("split", "replace", "slice", "substring", "trim", "toString", "substr", "at", "pop");

    private static boolean fromRequest(Val v, int depth) {
        if (v == null || depth > 12) return false;
        if (v instanceof Req q) return !q.part().equals("user") && !q.part().equals("session") && !q.part().equals("body");
        if (v instanceof Member m) return fromRequest(m.object(), depth + 1);
        if (v instanceof OneOf o) return o.options().stream().anyMatch(x -> fromRequest(x, depth + 1));
        if (v instanceof Call c) {
            String n = Vals.lastName(c.callee());
            if (n != null && THROUGH.contains(n) && c.callee() instanceof Member m) return fromRequest(m.object(), depth + 1);
            if (n != null && (n.equals("header") || n.equals("get") || n.equals("cookie")) && Analysis.receiver(c.callee()) instanceof Req) return true;
            if ("getCookie".equals(n) || "getSignedCookie".equals(n)) return true;
            if (c.callee() instanceof Member m && m.object() instanceof Req) return true;
            // Java: header.substring(7) of a request header keeps the Req path with the method name
            if (c.callee() instanceof Req q && !q.path().isEmpty() && THROUGH.contains(q.path().get(q.path().size() - 1))) return fromRequest(
                    new Req(q.part(), q.path().subList(0, q.path().size() - 1)), depth + 1);
        }
        return false;
    }
}
