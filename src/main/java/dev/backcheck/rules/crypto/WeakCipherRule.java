package dev.backcheck.rules.crypto;

import dev.backcheck.concepts.CryptoUses;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

/**
 * A cipher or digest used in a way that does not protect: {@code createCipher} (no IV), ECB, DES/3DES/RC4/
 * Blowfish, a static, zero-filled, configured, derived or module-constant IV, crypto-js AES with a string
 * passphrase, MD5/SHA-1 digests that sign or verify with a secret. The judgement is {@link CryptoUses}'s;
 * test code is not reported, nor digests for ETags, cache keys or ids, nor password hashing (its own rule).
 */
@RuleId("crypto/weak-cipher")
public final class WeakCipherRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (CryptoUses.Use u : CryptoUses.of(project).weak()) {
            String what = u.kind() == CryptoUses.Kind.HASH ? "digest" : "cipher";
            String alg = u.algorithm() == null ? "" : " '" + u.algorithm() + "'";
            String fixKey = u.kind() == CryptoUses.Kind.HASH ? "digest" : u.iv() != CryptoUses.Iv.UNKNOWN && u.iv() != CryptoUses.Iv.NONE
                    && u.iv() != CryptoUses.Iv.RANDOM ? "iv" : "cipher";
            ctx.report(u.weakAt(), "weak " + what + ": " + u.api() + alg + ": " + u.weakness())
                    .related(u.at(), "the " + what + " is created here")
                    .fix(ctx.meta().fixText(TaintRule.frameworkOf(project, u.at().path()), fixKey))
                    .property("algorithm", u.algorithm())
                    .add();
        }
    }
}
