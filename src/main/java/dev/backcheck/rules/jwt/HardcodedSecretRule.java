package dev.backcheck.rules.jwt;

import dev.backcheck.concepts.ConfigValues;
import dev.backcheck.concepts.Tokens;
import dev.backcheck.findings.Location;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A JWT signing or verification secret written in code: a literal, or the literal fallback of an
 * environment/config read ({@code process.env.JWT_SECRET || 'secret'}). Public keys are not secrets; test
 * code is not the application. When the literal is also guessable (jwt/weak-secret's test), the finding says so: one
 * finding with both reasons, and jwt/weak-secret stays silent on it.
 */
@RuleId("jwt/hardcoded-secret")
public final class HardcodedSecretRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        Tokens t = Tokens.of(project);
        Set<Location> seen = new HashSet<>();
        for (Tokens.Issuer i : t.issuers()) report(project, ctx, i.key(), i.algorithm(), i.library(), i.test(), "signs", seen);
        for (Tokens.Verifier v : t.verifiers()) {
            String alg = v.algorithms() != null && v.algorithms().size() == 1 ? v.algorithms().get(0) : null;
            report(project, ctx, v.key(), alg, v.library(), v.test(), "verifies", seen);
        }
    }

    /**
     * True when the server's own code signs or verifies with the variable {@code name}, and every such key reads it with
     * no fallback (the server's secret is the environment's, never a literal).
     */
    static boolean serverRequires(Project project, String name) {
        if (name == null) return false;
        dev.backcheck.concepts.ServerCode sc = dev.backcheck.concepts.ServerCode.of(project);
        Tokens t = Tokens.of(project);
        List<Tokens.Key> keys = new ArrayList<>();
        for (Tokens.Issuer i : t.issuers()) if (!i.test() && i.file() != null && sc.server(i.file())) keys.add(i.key());
        for (Tokens.Verifier v : t.verifiers()) if (!v.test() && v.file() != null && sc.server(v.file())) keys.add(v.key());
        boolean reads = false;
        for (Tokens.Key k : keys) {
            if (k == null || k.value() == null || !name.equals(k.value().name())) continue;
            if (k.value().kind() != ConfigValues.Kind.ENV) return false;
            reads = true;
        }
        return reads;
    }

    private void report(Project project, RuleContext ctx, Tokens.Key key, String alg, String library, boolean test, String does,
                        Set<Location> seen) {
        if (test || key == null || !key.hardcoded() || key.at() == null) return;
        if (project.isTestPath(key.at().path()) || !seen.add(key.at())) return;
        ConfigValues.Value v = key.value();
        // the fallback of a variable the app refuses to start without is never used
        if (v.kind() == ConfigValues.Kind.ENV_DEFAULT && dev.backcheck.concepts.EnvValidation.of(project).failsFastWithout(v.name(), key.at().path())) return;
        // a script run beside the server (not its code) whose fallback the server never uses: the server reads the same
        // variable with no fallback, so a token signed with the literal is refused and one the server signs needs the real secret
        if (v.kind() == ConfigValues.Kind.ENV_DEFAULT && serverRequires(project, v.name()) && !dev.backcheck.concepts.ServerCode.of(project).server(key.at().path())) return;
        String msg;
        if (v.kind() == ConfigValues.Kind.ENV_DEFAULT) {
            msg = "The JWT secret falls back to the literal '" + JwtFindings.mask(v.text()) + "' when " + (v.name() != null ? v.name() : "the configured value")
                    + " is not set: a deployment that forgets it " + does + " tokens (" + library + ") with a secret anyone who reads the code knows,"
                    + " and can then forge any user's token.";
        } else if (v.name() != null && v.literal() != null && !v.literal().path().endsWith(".java")) {
            msg = "The JWT secret is committed in " + v.literal().path().substring(v.literal().path().lastIndexOf('/') + 1) + " (" + v.name() + " = '"
                    + JwtFindings.mask(v.text()) + "', " + library + " " + does + " tokens with it): anyone who reads the repository can forge a token for any user;"
                    + " the deployed app runs with it unless every environment overrides it.";
        } else {
            msg = "The JWT secret is the literal '" + JwtFindings.mask(v.text()) + "' written in code (" + library + " " + does
                    + " tokens with it): anyone who reads the repository can forge a token for any user.";
        }
        // the same literal is guessable too: one finding with both reasons (jwt/weak-secret leaves it to this rule)
        String weak = WeakSecretRule.weakness(key, alg);
        if (weak != null) msg += " It is also weak (" + weak + "): someone who never reads the code can still guess it offline from one captured token.";
        String fw = JwtFindings.framework(project, library);
        RuleContext.Builder b = ctx.report(key.at(), msg).fix(ctx.meta().fixText(fw)).property("framework", fw);
        if (weak != null) b.property("weak", weak);
        b.add();
    }
}
