package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;

import java.util.*;

/**
 * A webhook or mini-app signature checked by hand, beside the verifiers known by name (Stripe's constructEvent,
 * verifyWebhookSignature helpers): the function computes an HMAC of the message with a key the server holds and
 * compares it with the signature the sender put beside the message, refusing the request on a mismatch. Two ways of
 * computing it are known: Node's {@code crypto.createHmac(alg, key).update(data).digest(enc)} and WebCrypto's
 * {@code crypto.subtle.sign('HMAC', key, data)} (hex-encoded by hand). Only the sender holding the key can have
 * produced a message that passes, so its content is the sender's, checked as a whole: there is nothing for a schema
 * to add. An HMAC computed but never compared, or compared without a refusal on the mismatch branch (a log line, a
 * flag), checks nothing.
 */
public final class HmacSignatures {
    private HmacSignatures() { }

    /**
     * The request values and parameters of {@code f} whose HMAC {@code f} compares with a signature ({@code ===},
     * {@code !==} or {@code timingSafeEqual}), a call refusing the request (a 4xx status, an Error thrown, next(err))
     * running only on the mismatch: the values written into the signed data, or, when the data is built in ways the
     * facts do not follow ({@code [...params.entries()].map(..).join('\n')}), the value the compared signature is
     * taken from (Telegram's initData carries its own {@code hash}).
     */
    public static List<Val> signedValues(Fn f) {
        List<Val> out = new ArrayList<>();
        for (Fn.Compare c : f.compares()) {
            if (!"==".equals(c.op()) && !"!=".equals(c.op())) continue;
            for (Val[] sides : new Val[][]{{c.left(), c.right()}, {c.right(), c.left()}}) {
                List<Val> data = hmacData(sides[0]);
                if (data == null || hmacData(sides[1]) != null || !refusedOnMismatch(f, sides[0])) continue;
                List<Val> signed = requestValues(data);
                if (signed.isEmpty()) signed = requestValues(List.of(sides[1]));
                out.addAll(signed);
            }
        }
        for (CallSite cs : f.calls()) {
            if (!"timingSafeEqual".equals(cs.methodName()) || cs.args().size() != 2) continue;
            Val call = new Val.Call(cs.callee(), cs.args(), cs.location());
            for (int i = 0; i < 2; i++) {
                List<Val> data = hmacData(cs.args().get(i));
                if (data == null || !refusedOnMismatch(f, call)) continue;
                List<Val> signed = requestValues(data);
                if (signed.isEmpty()) signed = requestValues(List.of(cs.args().get(1 - i)));
                out.addAll(signed);
            }
        }
        return out;
    }

    /**
     * The parameters of {@code f} whose HMAC {@code f} compares in constant time with another value and answers as its
     * result ({@code return crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(createHmac(alg, key).update(body).digest()))}):
     * a signature predicate over them. A caller that goes on only when it answers true (see {@link #gates}) uses a
     * message only its sender, holding the key, can have produced.
     */
    public static Set<Integer> predicateParams(Fn f) {
        Set<Integer> out = new TreeSet<>();
        for (Val r : f.returns()) {
            if (!(r instanceof Val.Call c) || !"timingSafeEqual".equals(Vals.lastName(c.callee())) || c.args().size() != 2) continue;
            for (int i = 0; i < 2; i++) {
                List<Val> data = hmacData(c.args().get(i));
                if (data == null || hmacData(c.args().get(1 - i)) != null) continue;
                for (Val v : requestValues(data)) if (v instanceof Val.Param p && p.path().isEmpty()) out.add(p.index());
            }
        }
        // return computed === sent: the equality itself answered (the compare is timing-unsafe, timing-unsafe-compare's
        // business; the message is still checked). The function answers an equality and compares nothing else with ===:
        // the equality answered is that one
        boolean answersEquality = f.returns().stream().anyMatch(r -> r instanceof Val.Unknown u
                && (u.kind().equals("binary:EqEqEq") || u.kind().equals("binary:EqEq")));
        if (answersEquality) {
            List<Fn.Compare> equalities = f.compares().stream().filter(c -> "==".equals(c.op())).toList();
            if (equalities.size() == 1) {
                Fn.Compare c = equalities.get(0);
                for (Val[] sides : new Val[][]{{c.left(), c.right()}, {c.right(), c.left()}}) {
                    List<Val> data = hmacData(sides[0]);
                    if (data == null || hmacData(sides[1]) != null) continue;
                    for (Val v : requestValues(data)) if (v instanceof Val.Param p && p.path().isEmpty()) out.add(p.index());
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code f} goes on past {@code call} (a signature predicate's call made in {@code f}) only when it answers
     * true: a later call or return runs under the test that it holds ({@code if (!verify(..)) return false;} before the
     * message is used), or a call refusing the request runs on the mismatch. A check made only when the sender sends a
     * signature ({@code if (sig && !verify(..)) return}) gates nothing: an unsigned message goes on.
     */
    public static boolean gates(Fn f, Val call) {
        if (refusedOnMismatch(f, call)) return true;
        java.util.function.Predicate<CallSite.Guard> holds = g -> "truthy".equals(g.op()) && g.holds() && deep(g.left(), x -> x.equals(call));
        for (CallSite cs : f.calls()) if (cs.guards().stream().anyMatch(holds)) return true;
        for (int i = 0; i < f.returns().size(); i++) if (f.returnGuards(i).stream().anyMatch(holds)) return true;
        return false;
    }

    /**
     * The request values and parameters an argument handed to a signature predicate carries ({@code JSON.stringify(event)}
     * carries {@code event}); the raw bytes a body parser kept beside the parsed body ({@code req.rawBody}) are the body.
     */
    public static List<Val> signedData(Val arg) {
        return arg == null ? List.of() : requestValues(List.of(arg));
    }

    /**
     * The data arguments of the HMAC computed in {@code v} ({@code update(data)} calls of a createHmac chain, subtle.sign's
     * data), or null. The outermost HMAC is the one compared: one derived for its key (Telegram's key is itself an HMAC of
     * the bot token) signs no message.
     */
    private static List<Val> hmacData(Val v) {
        return hmacData(v, 0, new int[]{2000});
    }

    private static List<Val> hmacData(Val v, int depth, int[] budget) {
        if (v == null || depth > 30 || --budget[0] < 0) return null;
        if (v instanceof Val.Call c) {
            String m = Vals.lastName(c.callee());
            if ("sign".equals(m) && c.args().size() == 3 && hmacAlgorithm(c.args().get(0)) && subtle(c.callee())) return List.of(c.args().get(2));
            if ("update".equals(m) && c.callee() instanceof Val.Member mm && createHmacChain(mm.object())) {
                List<Val> data = new ArrayList<>(c.args());
                for (Val x = mm.object(); x instanceof Val.Call u && "update".equals(Vals.lastName(u.callee())) && u.callee() instanceof Val.Member um; x = um.object()) {
                    data.addAll(u.args());
                }
                return data;
            }
        }
        List<Val> parts = v instanceof Val.Call c ? concat(c.callee(), c.args())
                : v instanceof Val.New n ? concat(n.callee(), n.args())
                : v instanceof Val.Member m ? List.of(m.object())
                : v instanceof Val.Tpl t ? t.holes()
                : v instanceof Val.Concat c ? c.parts()
                : v instanceof Val.OneOf o ? o.options()
                : v instanceof Val.Arr a ? a.items() : List.of();
        for (Val x : parts) {
            List<Val> d = hmacData(x, depth + 1, budget);
            if (d != null) return d;
        }
        return null;
    }

    /** {@code crypto.createHmac(...)} or an {@code update(..)} on one. */
    private static boolean createHmacChain(Val v) {
        for (int i = 0; i < 8 && v instanceof Val.Call c; i++) {
            String m = Vals.lastName(c.callee());
            if ("createHmac".equals(m)) return true;
            if (!"update".equals(m) || !(c.callee() instanceof Val.Member mm)) return false;
            v = mm.object();
        }
        return false;
    }

    /**
     * WebCrypto's {@code crypto.subtle.verify(algorithm, key, signature, data)}: answers whether the signature sent with the
     * data was made with the key (HMAC, Ed25519, ECDSA, RSA): a sender's signature verified.
     */
    public static boolean webCryptoVerify(CallSite cs) {
        return "verify".equals(cs.methodName()) && cs.args().size() == 4 && subtle(cs.callee());
    }

    private static boolean subtle(Val callee) {
        return callee instanceof Val.Ref r && r.path().contains("subtle") || callee instanceof Val.Global g && g.path().contains("subtle")
                || callee instanceof Val.Member m && "subtle".equals(Vals.lastName(m.object()));
    }

    /** 'HMAC' or { name: 'HMAC', ... }. */
    private static boolean hmacAlgorithm(Val v) {
        String s = Val.constString(v);
        if (s == null && v instanceof Val.Obj o) s = Val.constString(o.props().get("name"));
        return s != null && s.equalsIgnoreCase("HMAC");
    }

    /** A call refusing the request runs under a guard that tests {@code computed} and holds on the mismatch. */
    private static boolean refusedOnMismatch(Fn f, Val computed) {
        for (CallSite cs : f.calls()) {
            if (!refusal(cs)) continue;
            for (CallSite.Guard g : cs.guards()) {
                if (!deep(g.left(), x -> x.equals(computed)) && !deep(g.right(), x -> x.equals(computed))) continue;
                boolean mismatch = "!=".equals(g.op()) ? g.holds() : ("==".equals(g.op()) || "truthy".equals(g.op())) && !g.holds();
                if (mismatch) return true;
            }
        }
        return false;
    }

    /** A 4xx answer ({@code res.status(401)}, {@code c.text(msg, 400)}), an Error built to be thrown, or next(err). */
    private static boolean refusal(CallSite cs) {
        String m = cs.methodName();
        if (m != null && m.endsWith("Error") || m != null && m.endsWith("Exception")) return true;
        if ("next".equals(m) && !cs.args().isEmpty()) return true;
        for (Val a : cs.args()) {
            if (a instanceof Val.Lit l && l.value() instanceof Number n && n.doubleValue() >= 400 && n.doubleValue() < 500) return true;
        }
        return false;
    }

    private static List<Val> requestValues(List<Val> vs) {
        List<Val> out = new ArrayList<>();
        for (Val v : vs) {
            deep(v, x -> {
                // (the context's configuration, c.env.KEY, is the server's own)
                // req.rawBody: the bytes the body parser kept beside the parsed body (a raw-body plugin, a verify callback)
                if (x instanceof Val.Req q && q.part().equals("raw") && !q.path().isEmpty() && q.path().get(0).equals("rawBody")) out.add(new Val.Req("body", List.of()));
                else if (x instanceof Val.Req || x instanceof Val.Param p && !(p.path().size() > 0 && p.path().get(0).equals("env"))) out.add(x);
                return false;
            });
        }
        return out;
    }

    /** Whether some part of {@code v} (through calls' callees and arguments, members, templates, literals) satisfies {@code p}. */
    private static boolean deep(Val v, java.util.function.Predicate<Val> p) {
        return dev.backcheck.lang.facts.Vals.anyPartDeep(v, p, 2000);
    }

    private static List<Val> concat(Val first, List<Val> rest) {
        List<Val> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }
}
