package dev.backcheck.rules.authn;

import dev.backcheck.concepts.RandomSources;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An authentication middleware or guard that lets a request through for a fixed credential written in its code: the
 * token, API key or password the request carries compared with a string literal, and where they are equal the request
 * goes on (next(), return true) or is given an identity ({@code c.set('user', { role: 'ADMIN' })}, {@code req.user = ..})
 * without the verification the function runs for every other credential. Anyone who reads the code (or the client
 * bundle that sends the value) is let in.
 *
 * <p>Only in a function that otherwise authenticates (it verifies a token or turns a caller without one away), outside
 * tests, UI code and tooling, and not where the pass runs only under a switch of the deployment (an environment
 * variable or config value that must be set: {@code if (process.env.NODE_ENV === 'test' && token === 'test')}): such a
 * switch is the deployment's decision, which the scan cannot see.
 */
@RuleId("authn/hardcoded-bypass")
public final class HardcodedBypassRule implements Rule {

    /** A request value that carries a credential, by its name (a header, cookie, query or body field). */
    private static final Pattern CREDENTIAL = Pattern.compile("(?i).*(authori[sz]ation|token|api[-_]?key|secret|passw|passcode|session|auth|x-[a-z-]*key|bearer).*");
    /** Literals that are no credential: a scheme, a placeholder for a missing value. */
    private static final Set<String> NOT_SECRETS = Set.of("bearer", "basic", "null", "undefined", "true", "false", "none", "options", "token",
            "bearer undefined", "bearer null", "[object object]", "nan");
    private static final Set<String> NEXT = Set.of("next", "done");
    private static final Set<String> IDENTITY_KEYS = Set.of("user", "session", "auth", "currentUser", "jwtPayload", "actor", "principal", "account");

    @Override
    public void check(Project project, RuleContext ctx) {
        Analysis analysis = dev.backcheck.frameworks.ModelSupport.analysis(project);
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path()) || RandomSources.isUiPath(f.path()) || RandomSources.isToolingPath(f.path())
                    || dev.backcheck.concepts.ServerCode.of(project).outsideServer(f.path())) continue;
            for (Fn fn : Analysis.functions(f)) {
                Bypass b = bypass(fn);
                if (b == null) continue;
                // a function that otherwise authenticates: the literal is a way around its check, not the check itself
                Analysis.Summary s = analysis.summary(fn, f);
                if (!s.verifiesToken() && !s.rejectsUnauthenticated()) continue;
                if (dev.backcheck.concepts.ImportIndex.of(project).neverRuns(f, fn)) continue;
                String fw = TaintRule.frameworkOf(project, f.path());
                String as = b.role() == null || b.role().isEmpty() ? "" : " as `" + b.role() + "`";
                ctx.report(b.at(), "The " + shown(b.credential()) + " equal to the fixed value '" + b.literal()
                                + "' lets the request through" + as + " without the verification this function runs for any other"
                                + " credential: anyone who learns the value (from the code, the client that sends it, a log) is let in.")
                        .fix(ctx.meta().fixText(fw, "default")).add();
            }
        }
    }

    /** The pass a fixed credential opens: the credential, the literal, where they are compared, the role granted. */
    private record Bypass(Val credential, String literal, dev.backcheck.findings.Location at, String role) { }

    private static Bypass bypass(Fn fn) {
        // (cheap first: a comparison with a literal of a request value named as a credential)
        boolean any = false;
        for (Fn.Compare c : fn.compares()) {
            if (c.caseTest()) continue;
            if (fixed(c.left(), c.right()) != null || fixed(c.right(), c.left()) != null) {
                any = true;
                break;
            }
        }
        if (!any) return null;
        for (CallSite cs : fn.calls()) {
            boolean pass = passes(cs);
            String role = identityRole(cs);
            if (!pass && role == null && !setsIdentity(cs)) continue;
            Bypass b = under(fn, cs.guards(), role);
            if (b != null) return b;
        }
        // request.user = { role: 'admin' }; return; (a Fastify hook goes on by returning)
        for (Fn.Write w : fn.writes()) {
            if (!identityTarget(w.target())) continue;
            Bypass b = under(fn, w.guards(), roleOf(w.value(), null));
            if (b != null) return b;
        }
        for (int i = 0; i < fn.returns().size(); i++) {
            if (!(fn.returns().get(i) instanceof Lit l && Boolean.TRUE.equals(l.value()))) continue;
            Bypass b = under(fn, fn.returnGuards(i), null);
            if (b != null) return b;
        }
        return null;
    }

    /** The bypass whose test is one of {@code guards} (a credential equal to a literal, no deployment switch), or null. */
    private static Bypass under(Fn fn, List<CallSite.Guard> guards, String role) {
        for (CallSite.Guard g : guards) {
            if (!("==".equals(g.op()) && g.holds() || "!=".equals(g.op()) && !g.holds())) continue;
            String lit = fixed(g.left(), g.right());
            Val cred = g.left();
            if (lit == null) {
                lit = fixed(g.right(), g.left());
                cred = g.right();
            }
            if (lit == null || switched(guards)) continue;
            if (role == null) role = grantedRole(fn, g);
            return new Bypass(cred, lit, compareAt(fn, lit), role);
        }
        return null;
    }

    /** Where the function compares a value with {@code lit}: its first such comparison, else the function. */
    private static dev.backcheck.findings.Location compareAt(Fn fn, String lit) {
        for (Fn.Compare c : fn.compares()) {
            if (lit.equals(Val.constString(c.left())) || lit.equals(Val.constString(c.right()))) return c.location();
        }
        return fn.location();
    }

    /** req.user, request.session, req.auth: where a middleware leaves who the caller is. */
    private static boolean identityTarget(Val t) {
        if (t instanceof Req q) return q.part().equals("raw") && q.path().size() == 1 && IDENTITY_KEYS.contains(q.path().get(0))
                || Set.of("user", "session").contains(q.part()) && q.path().isEmpty();
        return t instanceof Param p && p.path().size() == 1 && IDENTITY_KEYS.contains(p.path().get(0))
                && Set.of("req", "request").contains(p.name());
    }

    /** The literal {@code lit} is compared with when {@code v} is a request value carrying a credential, else null. */
    private static String fixed(Val v, Val lit) {
        if (!(lit instanceof Lit l) || !(l.value() instanceof String s)) return null;
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.length() < 4 || NOT_SECRETS.contains(t) || t.startsWith("bearer ") && t.length() < 12) return null;
        return credential(v) ? s : null;
    }

    /**
     * The credential as the request sent it, or cut out of it by string methods ({@code header.replace('Bearer ', '')},
     * {@code split(' ')[1]}, {@code slice(7)}): not a value computed from it (the claims a verification answers).
     */
    private static boolean credential(Val v) {
        return credential(v, 0);
    }

    private static boolean credential(Val v, int depth) {
        if (v == null || depth > 6) return false;
        if (v instanceof Req q) {
            if (q.path().isEmpty() || !Set.of("headers", "cookies", "signedCookies", "query", "body").contains(q.part())
                    || !CREDENTIAL.matcher(q.path().get(0)).matches()) return false;
            for (int i = 1; i < q.path().size(); i++) if (!STRING_STEPS.contains(q.path().get(i)) && !q.path().get(i).matches("\\d+")) return false;
            return true;
        }
        if (v instanceof Call c) return c.callee() instanceof Req || c.callee() instanceof Member ? credential(c.callee(), depth + 1) : false;
        if (v instanceof Member m) return (STRING_STEPS.contains(m.prop()) || m.prop().matches("\\d+")) && credential(m.object(), depth + 1);
        if (v instanceof OneOf o && o.test() == null && !o.options().isEmpty()) {
            boolean any = false;
            for (Val x : o.options()) {
                if (credential(x, depth + 1)) any = true;
                else if (!(x instanceof Lit)) return false;
            }
            return any;
        }
        return false;
    }

    /** String methods that cut a credential out of what was sent. */
    private static final Set<String> STRING_STEPS = Set.of("replace", "replaceAll", "slice", "substring", "substr", "split", "trim",
            "toLowerCase", "toUpperCase", "toString", "at");

    /** The request value a credential comes from: "header `Authorization`", "query parameter `token`". */
    private static String shown(Val v) {
        Req[] found = new Req[1];
        Vals.anyPartDeep(v, x -> {
            if (x instanceof Req q && !q.path().isEmpty() && found[0] == null) found[0] = q;
            return found[0] != null;
        }, 64);
        if (found[0] == null) return "credential";
        String kind = switch (found[0].part()) {
            case "headers" -> "header";
            case "cookies", "signedCookies" -> "cookie";
            case "query" -> "query parameter";
            default -> "body field";
        };
        return kind + " `" + found[0].path().get(0) + "`" + (v instanceof Req ? "" : " (as the function reads it)");
    }

    /** next() / done(): the request goes on. */
    private static boolean passes(CallSite cs) {
        return cs.args().isEmpty() && cs.callee() instanceof Param p && p.path().isEmpty() && NEXT.contains(p.name());
    }

    /** c.set('user', { .. }) of a Hono/Koa context: the request is given an identity; its role when the object names one. */
    private static String identityRole(CallSite cs) {
        if (!"set".equals(cs.methodName()) || cs.args().size() < 2 || !IDENTITY_KEYS.contains(String.valueOf(Val.constString(cs.arg(0))))) return null;
        return roleOf(cs.arg(1), "");
    }

    private static boolean setsIdentity(CallSite cs) {
        return "set".equals(cs.methodName()) && cs.args().size() >= 2 && IDENTITY_KEYS.contains(String.valueOf(Val.constString(cs.arg(0))));
    }

    /** The role an identity written under the test {@code g} carries (req.user = { role: 'admin' }), or null. */
    private static String grantedRole(Fn fn, CallSite.Guard g) {
        for (Fn.Write w : fn.writes()) {
            if (!w.guards().contains(g)) continue;
            String r = roleOf(w.value(), null);
            if (r != null) return r;
        }
        return null;
    }

    private static String roleOf(Val v, String none) {
        if (v instanceof Obj o) {
            for (String k : List.of("role", "roles", "user_type", "type", "scope")) {
                String s = Val.constString(o.props().get(k));
                if (s != null) return s;
            }
        }
        return none;
    }

    /**
     * Whether the guards make the pass depend on a switch of the deployment: an environment or config value that must be
     * set, equal a value, or differ from production ({@code process.env.ALLOW_TEST_TOKEN}, {@code NODE_ENV === 'test'},
     * {@code NODE_ENV !== 'production'}). A switch that must be off ({@code SKIP_AUTH !== 'true'}, the path every
     * deployment takes) is none.
     */
    private static boolean switched(List<CallSite.Guard> guards) {
        for (CallSite.Guard g : guards) {
            boolean envLeft = environment(g.left()), envRight = environment(g.right());
            if (!envLeft && !envRight) continue;
            if ("truthy".equals(g.op()) && g.holds() && envLeft) return true;
            if ("==".equals(g.op()) && g.holds()) return true;
            if ("!=".equals(g.op()) && g.holds()) {
                String other = Val.constString(envLeft ? g.right() : g.left());
                if (other != null && other.toLowerCase(Locale.ROOT).startsWith("prod")) return true;
            }
        }
        return false;
    }

    private static boolean environment(Val v) {
        if (v == null) return false;
        return Vals.anyPartDeep(v, x -> x instanceof Global gl && gl.name().equals("process") && !gl.path().isEmpty() && gl.path().get(0).equals("env")
                || x instanceof Param p && p.path().size() >= 2 && p.path().get(0).equals("env")
                || x instanceof Call c && c.callee() != null && Set.of("get", "getOrThrow").contains(String.valueOf(Vals.lastName(c.callee())))
                && Vals.lastName(Vals.receiver(c.callee())) != null && Vals.lastName(Vals.receiver(c.callee())).toLowerCase(Locale.ROOT).contains("config"), 32);
    }
}
