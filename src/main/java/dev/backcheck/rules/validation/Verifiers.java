package dev.backcheck.rules.validation;

import dev.backcheck.concepts.CredentialVerifiers;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import dev.backcheck.findings.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Calls that check a request value against something the server holds and keep nothing of it: a password compared
 * with its stored hash (bcrypt.compare, argon2.verify), an OAuth authorization code exchanged at the provider's token
 * endpoint (google-auth-library's {@code OAuth2Client.getToken(code)} posts it form-encoded to the token URL, and the
 * provider rejects an unknown code), any other credential handed to the party that checks it ({@link CredentialVerifiers}:
 * a hand-built OAuth token request, a captcha token posted to its siteverify endpoint, Supabase Auth's sign-in, a WebAuthn
 * response given to SimpleWebAuthn), and log lines. A value that only goes there, in the handler or in the project
 * functions it is handed to (a service's {@code changePassword(userId, currentPassword, next)}), leaves nothing for a
 * schema to constrain.
 */
final class Verifiers {
    private static final Set<String> LOG_METHODS = Set.of("log", "info", "warn", "error", "debug", "trace", "dir");
    private static final int MAX_DEPTH = 3;

    private Verifiers() { }

    /**
     * An OAuth code exchange ({@link CredentialVerifiers}): a method named for it
     * (spotifyClient.authorizationCodeGrant(code), google.validateAuthorizationCode(code, verifier), a project
     * exchangeCode(code, verifier)), getToken({ code, ... }), or getToken(code) on an OAuth2 client (a receiver named so,
     * or constructed from an OAuth2 class).
     */
    static boolean codeExchange(Analysis analysis, FileFacts file, CallSite cs) {
        if (cs.args().isEmpty()) return false;
        if (CredentialVerifiers.exchangeMethod(cs.methodName())) return true;
        if (!"getToken".equals(cs.methodName())) return false;
        if (CredentialVerifiers.codeObjectArgument(cs)) return true;
        Val recv = Analysis.receiver(cs.callee());
        if (recv == null) return false;
        String rn = Vals.lastName(recv);
        if (rn != null && rn.toLowerCase(Locale.ROOT).contains("oauth")) return true;
        try {
            dev.backcheck.model.Project.Resolved r = analysis.project().resolve(recv, file);
            if (oauthClient(analysis, r.val(), r.file())) return true;
            // const googleClient = getGoogleClient(): a project factory that answers new OAuth2Client(..)
            dev.backcheck.model.Project.FnRef factory = r.val() instanceof Val.Call c ? analysis.project().function(c.callee(), r.file()) : null;
            if (factory != null) {
                for (Val ret : factory.fn().returns()) {
                    dev.backcheck.model.Project.Resolved rr = analysis.project().resolve(ret, factory.file());
                    if (oauthClient(analysis, rr.val(), rr.file())) return true;
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }

    private static boolean oauthClient(Analysis analysis, Val v, FileFacts file) {
        if (!(v instanceof Val.New n) || file == null) return false;
        String q = analysis.project().qname(n.callee(), file);
        String name = q != null ? q : Vals.lastName(n.callee());
        return name != null && name.contains("OAuth2");
    }

    /** Turn a value into text: JSON.stringify, util.inspect, util.format, String. */
    private static final Set<String> LOG_FORMATTERS = Set.of("stringify", "inspect", "format", "String");

    /**
     * The sites of calls in {@code f} that only turn a value into text for a log line or an audit record
     * ({@code console.log('q', JSON.stringify(req.query))}, {@code INSERT INTO audit_logs ... [JSON.stringify(meta)]}).
     */
    static Set<Location> formattedForLog(Fn f) {
        Set<Location> out = new HashSet<>();
        for (CallSite cs : f.calls()) {
            if (!logCall(cs)) continue;
            for (Val a : cs.args()) Vals.anyPart(a, x -> {
                if (x instanceof Val.Call c && c.site() != null && LOG_FORMATTERS.contains(String.valueOf(Vals.lastName(c.callee())))) out.add(c.site());
                return false;
            });
        }
        return out;
    }

    /** What a credential handed to its verifier is replaced with by {@link #withoutCredentials}. */
    private static final Val CREDENTIAL = new Val.Unknown("credential");

    /**
     * The arguments of {@code cs} (written in {@code fn}, or a function nested in {@code outer}) with every part that is a
     * credential handed to its verifier replaced by an unknown value, or null when the call hands none: the slot of a
     * library verifier (Supabase Auth, SimpleWebAuthn's {@code response}), the credential fields of an OAuth token request
     * built by hand, and, in a function that posts to a captcha siteverify URL, the {@code response} field of a form or an
     * object that also carries the {@code secret}. What is left (a client-chosen {@code expectedOrigin}, a name stored
     * beside the check) is an ordinary use.
     */
    static List<Val> withoutCredentials(Analysis analysis, FileFacts file, Fn fn, Fn outer, CallSite cs) {
        if (cs.args().isEmpty()) return null;
        List<Val> out = new ArrayList<>(cs.args());
        boolean changed = false;
        List<CredentialVerifiers.Slot> slots;
        try {
            slots = CredentialVerifiers.librarySlots(analysis.project(), file, cs);
        } catch (RuntimeException e) {
            slots = List.of();
        }
        for (CredentialVerifiers.Slot slot : slots) {
            if (slot.arg() >= out.size()) continue;
            Val a = out.get(slot.arg());
            if (slot.whole()) out.set(slot.arg(), CREDENTIAL);
            else if (a instanceof Val.Obj o) {
                Map<String, Val> props = new LinkedHashMap<>(o.props());
                for (String k : slot.keys()) if (props.containsKey(k)) props.put(k, CREDENTIAL);
                out.set(slot.arg(), new Val.Obj(props));
            }
            changed = true;
        }
        // whether the function posts to a siteverify URL: asked only of a call that could carry a captcha token
        Boolean[] known = {null};
        java.util.function.BooleanSupplier siteverify = () -> {
            if (known[0] == null) known[0] = postsToSiteverify(analysis, file, fn) || outer != null && outer != fn && postsToSiteverify(analysis, file, outer);
            return known[0];
        };
        // form.append('response', token) / params.set('response', token) beside a siteverify request
        String m = cs.methodName();
        if (out.size() == 2 && ("append".equals(m) || "set".equals(m))
                && CredentialVerifiers.SITEVERIFY_FIELD.equals(Val.constString(out.get(0))) && siteverify.getAsBoolean()) {
            out.set(1, CREDENTIAL);
            changed = true;
        }
        // a token request or siteverify body is an object literal written in the call's file: a file that never writes
        // grant_type or secret builds none (most files; the walk below is then skipped)
        if (!mayBuildCredentialBody(analysis.project(), file)) return changed ? out : null;
        // values share parts: the walk is bounded in nodes, as Vals.anyPart is (past it, nothing more is taken for a credential)
        int[] budget = {STRIP_VISITS};
        for (int i = 0; i < out.size(); i++) {
            Val a = out.get(i);
            Val b = stripBodies(a, siteverify, 0, budget);
            if (b != a) {
                out.set(i, b);
                changed = true;
            }
        }
        return changed ? out : null;
    }

    /** {@code v} with the credential fields of OAuth token requests (and of siteverify bodies, when posted there) replaced. */
    private static final int STRIP_VISITS = 4_000;

    /** Per project, by file: whether its text writes {@code grant_type} or {@code secret}. */
    private static final class BodyFiles {
        final java.util.concurrent.ConcurrentHashMap<String, Boolean> byPath = new java.util.concurrent.ConcurrentHashMap<>();
    }

    private static boolean mayBuildCredentialBody(Project project, FileFacts file) {
        if (file == null || file.path() == null) return true;
        BodyFiles memo = project.derived(BodyFiles.class, p -> new BodyFiles());
        return memo.byPath.computeIfAbsent(file.path(), path -> {
            String t = dev.backcheck.concepts.SourceLines.text(project, path, Long.MAX_VALUE);
            return t == null || t.contains("grant_type") || t.contains("secret");
        });
    }

    private static Val stripBodies(Val v, java.util.function.BooleanSupplier siteverify, int depth, int[] budget) {
        if (v == null || depth > 12 || --budget[0] < 0) return v;
        if (v instanceof Val.Obj o) {
            Set<String> fields = CredentialVerifiers.tokenRequestFields(o);
            boolean captcha = o.props().containsKey("secret") && o.props().containsKey(CredentialVerifiers.SITEVERIFY_FIELD)
                    && siteverify.getAsBoolean();
            Map<String, Val> props = null;
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                Val x = e.getValue();
                Val y = fields.contains(e.getKey()) || captcha && e.getKey().equals(CredentialVerifiers.SITEVERIFY_FIELD)
                        ? CREDENTIAL : stripBodies(x, siteverify, depth + 1, budget);
                if (y != x) {
                    if (props == null) props = new LinkedHashMap<>(o.props());
                    props.put(e.getKey(), y);
                }
            }
            return props == null ? v : new Val.Obj(props);
        }
        if (v instanceof Val.Call c) {
            List<Val> args = stripAll(c.args(), siteverify, depth, budget);
            return args == c.args() ? v : new Val.Call(c.callee(), args, c.site());
        }
        if (v instanceof Val.New n) {
            List<Val> args = stripAll(n.args(), siteverify, depth, budget);
            return args == n.args() ? v : new Val.New(n.callee(), args, n.site());
        }
        if (v instanceof Val.Arr a) {
            List<Val> items = stripAll(a.items(), siteverify, depth, budget);
            return items == a.items() ? v : new Val.Arr(items);
        }
        if (v instanceof Val.OneOf o) {
            List<Val> options = stripAll(o.options(), siteverify, depth, budget);
            return options == o.options() ? v : new Val.OneOf(options, o.test());
        }
        return v;
    }

    private static List<Val> stripAll(List<Val> vs, java.util.function.BooleanSupplier siteverify, int depth, int[] budget) {
        List<Val> out = null;
        for (int i = 0; i < vs.size(); i++) {
            Val x = vs.get(i), y = stripBodies(x, siteverify, depth + 1, budget);
            if (y != x) {
                if (out == null) out = new ArrayList<>(vs);
                out.set(i, y);
            }
        }
        return out == null ? vs : out;
    }

    /** {@code fn} sends a request to a captcha issuer's siteverify URL (written in the call, or a constant it names). */
    private static boolean postsToSiteverify(Analysis analysis, FileFacts file, Fn fn) {
        if (fn == null) return false;
        for (CallSite cs : fn.calls()) {
            for (Val a : cs.args()) {
                if (a instanceof Val.Obj || a instanceof Val.FnVal) continue;
                if (CredentialVerifiers.siteverifyUrl(a)) return true;
                try {
                    if (CredentialVerifiers.siteverifyUrl(analysis.project().resolve(a, file).val())) return true;
                } catch (RuntimeException e) {
                    // an unresolvable argument names no URL
                }
            }
        }
        return false;
    }

    /** console.log(...), logger.debug(...), Container.get('logger').info(...), this.getLogger().warn(...). */
    static boolean logCall(CallSite cs) {
        // an audit or activity record (logAdminAction(...), INSERT INTO audit_logs, prisma.auditLog.create) is a log line
        if (dev.backcheck.concepts.AuditRecords.isAuditWrite(cs)) return true;
        String m = cs.methodName();
        if (m == null || !LOG_METHODS.contains(m)) return false;
        Val recv = Analysis.receiver(cs.callee());
        if (recv == null) return false;
        String rn = Vals.lastName(recv);
        if (rn != null && (rn.equals("console") || rn.toLowerCase(Locale.ROOT).contains("log"))) return true;
        // a logger fetched from a container by name: Container.get('logger')
        if (recv instanceof Val.Call c) {
            for (Val a : c.args()) {
                if (a instanceof Val.Lit l && l.value() instanceof String s && s.toLowerCase(Locale.ROOT).contains("log")) return true;
            }
        }
        return false;
    }

    /** Parameter {@code index} of {@code target} only reaches a password compare, an OAuth code exchange or a log line (at least one verifier). */
    static boolean onlyVerified(Analysis analysis, Project.FnRef target, int index) {
        return onlyVerified(analysis, target, index, 0);
    }

    /**
     * A verify call on its first argument that throws on a bad token: jsonwebtoken's jwt.verify, Nest's JwtService
     * verify/verifyAsync, or a project method that only verifies its parameter and throws (or lets the error through)
     * when the check fails. A verify that answers a boolean (speakeasy.totp.verify) is not one.
     */
    private static boolean throwingVerify(Analysis analysis, Project.FnRef target, CallSite cs) {
        String m = cs.methodName();
        if (m == null || !RequestUses.VERIFY.matcher(m).matches() || m.equals("timingSafeEqual")) return false;
        // jwt.verify(token, key, (err, claims) => ...): the error goes to the callback, nothing is thrown
        if (cs.args().stream().anyMatch(a -> a instanceof Val.FnVal)) return false;
        Val recv = Analysis.receiver(cs.callee());
        String rn = recv == null ? null : Vals.lastName(recv);
        if ((m.equals("verify") || m.equals("verifyAsync")) && rn != null && rn.toLowerCase(Locale.ROOT).contains("jwt")) return true;
        String root;
        try {
            root = analysis.project().rootModule(cs.callee(), target.file());
        } catch (RuntimeException e) {
            root = null;
        }
        if (m.equals("verify") && "jsonwebtoken".equals(root)) return true;
        Project.FnRef next;
        try {
            next = analysis.resolveCallee(cs.callee(), target.file(), target.fn());
        } catch (RuntimeException e) {
            return false;
        }
        if (next == null || next.fn() == target.fn() || !onlyVerified(analysis, next, 0, 1)) return false;
        // its failure reaches the caller: no catch, or every catch throws again
        for (Fn.Catch c : next.fn().catches()) if (!c.rethrows() && next.fn().throwsTypes().isEmpty()) return false;
        return true;
    }

    private static boolean before(dev.backcheck.findings.Location a, dev.backcheck.findings.Location b) {
        return a.line() < b.line() || a.line() == b.line() && a.column() < b.column();
    }

    private static boolean inCatch(Fn f, dev.backcheck.findings.Location at) {
        for (Fn.Catch c : f.catches()) if (c.inBody(at)) return true;
        return false;
    }

    private static boolean onlyVerified(Analysis analysis, Project.FnRef target, int index, int depth) {
        if (target == null || depth > MAX_DEPTH || index >= target.fn().params().size()) return false;
        String name = target.fn().params().get(index).name();
        if (name == null || !name.matches("[A-Za-z_$][\\w$]*")) return false;
        Predicate<Val> isIt = v -> Vals.anyPart(v, x -> x instanceof Val.Param p && p.index() == index && name.equals(p.name()));
        List<Fn> fns = new ArrayList<>();
        HandChecks.collect(target.fn(), fns, 0);
        boolean verified = false;
        // logout(token) { await this.jwt.verifyRefreshToken(token); await this.blacklist(token); }: once a verify that throws
        // on a bad token has run unconditionally in the function, what follows it in that function holds a verified token
        dev.backcheck.findings.Location verifiedAt = null;
        for (CallSite cs : target.fn().calls()) {
            if (cs.location() == null || !cs.guards().isEmpty() || cs.args().isEmpty() || !isIt.test(cs.args().get(0))) continue;
            if (throwingVerify(analysis, target, cs)) {
                if (verifiedAt == null || before(cs.location(), verifiedAt)) verifiedAt = cs.location();
            }
        }
        for (Fn f : fns) {
            for (CallSite cs : f.calls()) {
                if (verifiedAt != null && f == target.fn() && cs.location() != null && before(verifiedAt, cs.location())
                        && !inCatch(f, cs.location())) continue;
                if (isIt.test(cs.callee())) return false;
                int at = -1;
                for (int i = 0; i < cs.args().size(); i++) if (isIt.test(cs.args().get(i))) at = i;
                if (at < 0) continue;
                if (logCall(cs)) continue;
                String m = cs.methodName();
                if (m != null && (m.equals("compare") || m.equals("compareSync") || m.equals("verify"))
                        && RequestUses.passwordVerify(analysis, target.file(), cs)) {
                    verified = true;
                    continue;
                }
                if (codeExchange(analysis, target.file(), cs)) {
                    verified = true;
                    continue;
                }
                // handed to a credential's verifier in its credential position only (a token request's code, a siteverify
                // form's response, SimpleWebAuthn's response), nowhere else in the call
                List<Val> rest = withoutCredentials(analysis, target.file(), f, target.fn(), cs);
                if (rest != null && rest.stream().noneMatch(isIt)) {
                    verified = true;
                    continue;
                }
                // jwt.verify(refreshToken, secret), jwtService.verifyAsync(token): a token checked by its signature, as the
                // handler's own verify calls are (RequestUses)
                if (at == 0 && m != null && RequestUses.VERIFY.matcher(m).matches()) {
                    verified = true;
                    continue;
                }
                // handed on as it is to another project function that only verifies it
                Project.FnRef next;
                try {
                    next = analysis.resolveCallee(cs.callee(), target.file(), f);
                } catch (RuntimeException e) {
                    next = null;
                }
                Val arg = cs.args().get(at);
                if (next != null && next.fn() != target.fn() && arg instanceof Val.Param
                        && onlyVerified(analysis, next, at, depth + 1)) {
                    verified = true;
                    continue;
                }
                return false;
            }
            if (f.returns().stream().anyMatch(isIt)) return false;
            for (Fn.Write w : f.writes()) if (isIt.test(w.value()) || isIt.test(w.target()) || w.keys().stream().anyMatch(isIt)) return false;
            for (Fn.Loop l : f.loops()) if (isIt.test(l.over())) return false;
        }
        return verified;
    }
}
