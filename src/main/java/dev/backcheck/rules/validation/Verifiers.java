package dev.backcheck.rules.validation;

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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Calls that check a request value against something the server holds and keep nothing of it: a password compared
 * with its stored hash (bcrypt.compare, argon2.verify), an OAuth authorization code exchanged at the provider's token
 * endpoint (google-auth-library's {@code OAuth2Client.getToken(code)} posts it form-encoded to the token URL, and the
 * provider rejects an unknown code), and log lines. A value that only goes there, in the handler or in the project
 * functions it is handed to (a service's {@code changePassword(userId, currentPassword, next)}), leaves nothing for a
 * schema to constrain.
 */
final class Verifiers {
    private static final Set<String> LOG_METHODS = Set.of("log", "info", "warn", "error", "debug", "trace", "dir");
    private static final int MAX_DEPTH = 3;

    private Verifiers() { }

    /**
     * An OAuth code exchange ({@link dev.backcheck.concepts.OAuthCodeExchanges}): a method named for it
     * (spotifyClient.authorizationCodeGrant(code), google.validateAuthorizationCode(code, verifier), a project
     * exchangeCode(code, verifier)), getToken({ code, ... }), or getToken(code) on an OAuth2 client (a receiver named so,
     * or constructed from an OAuth2 class).
     */
    static boolean codeExchange(Analysis analysis, FileFacts file, CallSite cs) {
        if (cs.args().isEmpty()) return false;
        if (dev.backcheck.concepts.OAuthCodeExchanges.exchangeMethod(cs.methodName())) return true;
        if (!"getToken".equals(cs.methodName())) return false;
        if (dev.backcheck.concepts.OAuthCodeExchanges.codeObjectArgument(cs)) return true;
        Val recv = Analysis.receiver(cs.callee());
        if (recv == null) return false;
        String rn = Vals.lastName(recv);
        if (rn != null && rn.toLowerCase(Locale.ROOT).contains("oauth")) return true;
        try {
            Val v = analysis.project().resolve(recv, file).val();
            if (v instanceof Val.New n) {
                String q = analysis.project().qname(n.callee(), file);
                String name = q != null ? q : Vals.lastName(n.callee());
                return name != null && name.contains("OAuth2");
            }
        } catch (RuntimeException e) {
            return false;
        }
        return false;
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
