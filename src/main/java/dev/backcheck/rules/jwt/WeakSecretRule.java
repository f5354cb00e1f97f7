package dev.backcheck.rules.jwt;

import dev.backcheck.concepts.ConfigValues;
import dev.backcheck.concepts.DotEnv;
import dev.backcheck.concepts.Tokens;
import dev.backcheck.findings.Location;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An HMAC (HS*) JWT secret whose value the tree shows (a literal, a literal fallback, a committed env file)
 * and that can be guessed: under 32 bytes (RFC 7518 asks for at least the hash size, 256 bits for HS256),
 * a placeholder phrase, or too few distinct characters. An offline dictionary attack on one captured token
 * then finds it. A secret written in code (a literal or a literal fallback) is reported once, by
 * jwt/hardcoded-secret, with the weakness as its second reason; this rule reports the weak value the tree shows
 * otherwise (a committed .env file or a schema default behind an environment read).
 */
@RuleId("jwt/weak-secret")
public final class WeakSecretRule implements Rule {
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)(secret|change|your|example|default|sample|replace|password|"
            + "jwt|token|dev|test|demo|key|my|super|please|todo|xxx|123|abc|qwerty|placeholder)");

    @Override
    public void check(Project project, RuleContext ctx) {
        Tokens t = Tokens.of(project);
        Set<Location> seen = new HashSet<>();
        for (Tokens.Issuer i : t.issuers()) report(project, ctx, i.key(), i.algorithm(), i.library(), i.test(), seen);
        for (Tokens.Verifier v : t.verifiers()) {
            String alg = v.algorithms() != null && v.algorithms().size() == 1 ? v.algorithms().get(0) : null;
            report(project, ctx, v.key(), alg, v.library(), v.test(), seen);
        }
    }

    private void report(Project project, RuleContext ctx, Tokens.Key key, String alg, String library, boolean test, Set<Location> seen) {
        if (test || key == null) return;
        // a secret written in code is jwt/hardcoded-secret's finding, which gives this weakness as its second reason
        if (key.hardcoded() && key.at() != null) return;
        String why = weakness(key, alg);
        if (why == null) return;
        ConfigValues.Value v = key.value();
        Location at = key.at() != null ? key.at() : v.literal() != null ? v.literal() : envLine(project, v);
        if (at == null || project.isTestPath(at.path()) || !seen.add(at)) return;
        String where = switch (v.kind()) {
            case LITERAL -> v.name() != null && v.literal() != null && !v.literal().path().endsWith(".java")
                    ? v.name() + " in " + v.literal().path().substring(v.literal().path().lastIndexOf('/') + 1) : "written in code";
            case ENV_DEFAULT -> "the fallback when " + (v.name() != null ? v.name() : "the configured value") + " is not set";
            default -> "set in " + at.path() + ", which git does not ignore, for " + v.describe();
        };
        String msg = "The JWT HMAC secret '" + JwtFindings.mask(v.text()) + "' (" + where + ") is weak: " + why
                + ". One captured token lets an attacker test guesses offline until the signature matches, then forge tokens.";
        String fw = JwtFindings.framework(project, library);
        ctx.report(at, msg).fix(ctx.meta().fixText(fw)).property("framework", fw).add();
    }

    /**
     * Where the {@code .env} file the workspace reads (not git-ignored) sets the variable a secret is read from to the
     * value judged: the line to change. Null for other kinds of value, or when no such line is found.
     */
    private static Location envLine(Project project, ConfigValues.Value v) {
        if (v.kind() != ConfigValues.Kind.ENV || v.name() == null || v.text() == null) return null;
        for (Map.Entry<String, String> e : new TreeMap<>(project.texts()).entrySet()) {
            String path = e.getKey();
            if (!path.substring(path.lastIndexOf('/') + 1).equals(".env")) continue;
            for (DotEnv.Entry en : DotEnv.parse(e.getValue())) {
                if (en.name().equals(v.name()) && en.value().equals(v.text())) {
                    return new Location(path, en.line(), en.valueColumn(), en.line(), en.valueColumn() + en.value().length(), null);
                }
            }
        }
        return null;
    }

    /**
     * Why an HMAC key whose value the tree shows can be guessed, or null (an asymmetric key, a non-HS algorithm, a value
     * read from a file or not known, a strong secret). {@code alg}: the algorithm the key is used with, null for HS256.
     */
    static String weakness(Tokens.Key key, String alg) {
        if (key == null || key.asymmetric() || key.value() == null) return null;
        if (alg != null && !alg.toUpperCase(Locale.ROOT).startsWith("HS")) return null;
        ConfigValues.Value v = key.value();
        if (v.text() == null || v.text().isBlank() || v.kind() == ConfigValues.Kind.UNKNOWN || v.kind() == ConfigValues.Kind.FILE) return null;
        return weakness(v.text(), alg == null ? "HS256" : alg.toUpperCase(Locale.ROOT));
    }

    /** Why a secret is guessable, or null. */
    static String weakness(String s, String alg) {
        int bytes = s.getBytes(StandardCharsets.UTF_8).length;
        int need = alg.endsWith("512") ? 64 : alg.endsWith("384") ? 48 : 32;
        if (bytes < need) return bytes + " bytes, under the " + need + " bytes (" + (need * 8) + " bits) " + alg + " needs";
        long distinct = s.chars().distinct().count();
        if (distinct < 10) return "only " + distinct + " distinct characters";
        double entropy = entropy(s);
        boolean hexOrB64 = s.matches("[0-9a-fA-F]+") || s.matches("[A-Za-z0-9+/=_-]+") && s.chars().anyMatch(Character::isDigit)
                && s.chars().anyMatch(Character::isUpperCase) && s.chars().anyMatch(Character::isLowerCase);
        if (!hexOrB64 && PLACEHOLDER.matcher(s).find() && s.matches("[A-Za-z0-9 _.!-]+")) {
            return "a readable placeholder phrase, not random bytes";
        }
        if (entropy < 3.0) return String.format(Locale.ROOT, "low in entropy (%.1f bits per character)", entropy);
        return null;
    }

    private static double entropy(String s) {
        int[] counts = new int[65536];
        for (char c : s.toCharArray()) counts[c]++;
        double h = 0;
        for (int c : counts) {
            if (c == 0) continue;
            double p = (double) c / s.length();
            h -= p * Math.log(p) / Math.log(2);
        }
        return h;
    }
}
