package dev.backcheck.rules.authn;

import dev.backcheck.concepts.PasswordHashers;
import dev.backcheck.concepts.PasswordHashers.Kind;
import dev.backcheck.concepts.PasswordHashers.Setting;
import dev.backcheck.concepts.PasswordHashers.Use;
import dev.backcheck.findings.Level;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords hashed with a fast digest (md5, sha1, sha256...), stored or compared as given, or with a slow function
 * whose cost is below OWASP's minimums: bcrypt cost under 10, pbkdf2 under 1.3M (sha1) / 600k (sha256) / 210k
 * (sha512) iterations, scrypt under N=2^17, r=8, p=1 (or an equivalent N·r·p), argon2 under m=19 MiB, t=2 (or an
 * equivalent m·t). Costs come from the {@link PasswordHashers} concept; an unknown cost is not judged.
 */
@RuleId("authn/weak-password-hash")
public final class WeakPasswordHashRule implements Rule {

    /** The judgement of one site: a message and the fix key, or null when it meets the minimums. */
    public record Verdict(String message, String fixKey, Level level) { }

    @Override
    public void check(Project project, RuleContext ctx) {
        PasswordHashers ph = PasswordHashers.of(project);
        for (Use u : ph.uses()) {
            // a constant of the code, or a value it draws itself (a random token, the clock): no user's password
            if (ph.constantInput(u) || ph.overToken(u)) continue;
            // an older scrypt/pbkdf2 format only checked at login beside a bcrypt/argon2 hash of new passwords
            if (ph.legacyVerification(u)) continue;
            Verdict v = judge(u);
            if (v == null) continue;
            // an exported helper nothing calls (or only code that never runs calls): no password is hashed with it
            if (dev.backcheck.concepts.ImportIndex.of(project).neverRunsAt(u.location())) continue;
            // a seed or maintenance script run by hand (prisma/seed.js hashing the demo user's password), a test helper:
            // no user's password is stored by it
            if (dev.backcheck.concepts.ServerCode.of(project).outsideServer(u.location().path())) continue;
            String fw = TaintRule.frameworkOf(project, u.file());
            ctx.report(u.location(), v.message()).level(v.level()).fix(ctx.meta().fixText(fw, v.fixKey()))
                    .property("hasher", u.describe()).add();
        }
    }

    /** " (SALT_ROUNDS, else 8)" when the value is not written as the plain number. */
    private static String src(Setting s) {
        String plain = s.value() == null ? null : Long.toString(s.value());
        return s.source() == null || s.source().equals(plain) || s.source().equals("written") ? "" : " (" + s.source() + ")";
    }

    /** OWASP's judgement of one hashing site (null for verifications, met minimums, unknown costs, hashed tokens). */
    public static Verdict judge(Use u) {
        if (!u.hashes() && u.kind() != Kind.PLAIN_COMPARE && u.kind() != Kind.DIGEST_COMPARE) return null;
        // a slow hash over a random token or key needs no password-grade cost (a helper named for a token or key:
        // createAccessToken({ password, salt }) hashes a random value, not a password)
        if (u.hashesToken()) return null;
        List<String> ctxWords = PasswordHashers.words(u.context());
        boolean passwordContext = ctxWords.contains("password") || ctxWords.contains("passwd") || ctxWords.contains("pwd");
        // scrypt and pbkdf2 also derive encryption keys: judged where they hash a password
        if ((u.kind() == Kind.SCRYPT || u.kind() == Kind.PBKDF2) && !passwordContext && !PasswordHashers.isPasswordName(u.input())) return null;
        switch (u.kind()) {
            case FAST_HASH -> {
                // NoOpPasswordEncoder stores the password as given: no digest at all, a leaked table is read, not cracked
                if (u.describe().startsWith("NoOpPasswordEncoder")) {
                    return new Verdict("Password `" + u.input() + "` goes through NoOpPasswordEncoder, which stores and compares it as"
                            + " plain text: a leaked table gives every password away without cracking. Use a slow, salted password hash"
                            + " (argon2id, bcrypt, scrypt).", "fast", Level.ERROR);
                }
                return new Verdict("Password `" + u.input() + "` is hashed with " + u.describe()
                        + ", a fast digest: a leaked table is cracked at billions of guesses per second on a GPU. Use a slow, salted"
                        + " password hash (argon2id, bcrypt, scrypt).", "fast", Level.ERROR);
            }
            case PLAIN_STORE -> {
                return new Verdict("Password `" + u.input() + "` is stored as given, and nothing in the project hashes passwords with a"
                        + " slow function (bcrypt, argon2, scrypt, pbkdf2): anyone who reads the table (a backup, an injection) has every"
                        + " user's password.", "plain", Level.ERROR);
            }
            case PLAIN_COMPARE -> {
                return new Verdict("Password `" + u.input() + "` is compared with the stored one as given, and nothing in the project"
                        + " hashes passwords with a slow function (bcrypt, argon2, scrypt, pbkdf2): passwords are kept in plain text.",
                        "plain", Level.ERROR);
            }
            case DIGEST_COMPARE -> {
                String alg = u.setting("algorithm") == null ? "a fast digest" : u.setting("algorithm").shown();
                return new Verdict("The stored password is put through " + alg + " at login and compared with the password sent (`"
                        + u.input() + "`): the table holds passwords that are not hashed with a slow function, and the " + alg
                        + " of a stored value is accepted in place of the password (whoever reads the table can sign in).", "plain", Level.ERROR);
            }
            case BCRYPT -> {
                Setting r = u.setting("rounds");
                int min = PasswordHashers.BCRYPT_MIN_COST;
                if (r == null || r.value() == null || r.value() >= min) return null;
                return new Verdict(u.library() + " cost " + r.value() + src(r) + " is below " + min + ": each guess costs "
                        + (1L << (min - r.value())) + "x less than at cost " + min + ". Use 12 (OWASP's minimum is " + min + ").", "bcrypt", Level.WARNING);
            }
            case PBKDF2 -> {
                Setting it = u.setting("iterations");
                if (it == null || it.value() == null) return null;
                String d = u.digest();
                long min = PasswordHashers.pbkdf2MinIterations(d);
                if (it.value() >= min) return null;
                String need = min == Long.MAX_VALUE ? "md5 is not acceptable for pbkdf2" : "OWASP asks for " + String.format(Locale.ROOT, "%,d", min)
                        + " with " + d;
                return new Verdict("pbkdf2 with " + String.format(Locale.ROOT, "%,d", it.value()) + " iterations" + src(it) + " of " + d
                        + " is too fast for passwords: " + need + ".", "pbkdf2", Level.WARNING);
            }
            case SCRYPT -> {
                Setting n = u.setting("N"), r = u.setting("r"), p = u.setting("p");
                if (n == null || r == null || p == null || n.value() == null || r.value() == null || p.value() == null) return null;
                if (n.value() * r.value() * p.value() >= 655_360L && r.value() >= 8) return null;
                return new Verdict("scrypt with N=" + n.value() + (n.defaulted() ? " (Node's default)" : "") + ", r=" + r.value() + ", p="
                        + p.value() + " is below OWASP's minimum (N=2^17, r=8, p=1, or N=2^16 with p=2).", "scrypt", Level.WARNING);
            }
            case ARGON2 -> {
                Setting m = u.setting("memoryCost"), t = u.setting("timeCost");
                if (m == null || t == null || m.value() == null || t.value() == null) return null;
                long mv = m.value(), tv = t.value();
                boolean ok = mv >= 47_104 || mv >= 19_456 && tv >= 2 || mv >= 12_288 && tv >= 3 || mv >= 9_216 && tv >= 4
                        || mv >= 7_168 && tv >= 5;
                if (ok) return null;
                return new Verdict(u.describe() + " is below OWASP's minimum for argon2id (m=19456 KiB with t=2, or m=47104 with t=1,"
                        + " m=12288 with t=3).", "argon2", Level.WARNING);
            }
            default -> {
                return null;
            }
        }
    }
}
