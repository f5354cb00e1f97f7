package dev.backcheck.rules.authn;

import dev.backcheck.concepts.RandomSources;
import dev.backcheck.concepts.RandomSources.Purpose;
import dev.backcheck.concepts.RandomSources.Source;
import dev.backcheck.findings.Level;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

/**
 * {@code Math.random()} making a value that must not be guessable: a token, secret, one-time or reset code, salt,
 * password, session id, nonce (error) or an id (warning), as {@link RandomSources} reads the use from the names
 * around the call. Jitter, sampling, display, test data and values of unknown use are not reported.
 */
@RuleId("authn/insecure-random")
public final class InsecureRandomRule implements Rule {

    @Override
    public void check(Project project, RuleContext ctx) {
        // one finding per value: two Math.random() calls in one statement (a + b) make one password
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Source s : RandomSources.of(project).sources()) {
            boolean java = RandomSources.INSECURE_JAVA.contains(s.api()) || s.api().equals("Math.random") && s.file().endsWith(".java");
            if (s.secure() || !s.api().equals("Math.random") && !java || !s.purpose().needsSecrecy()) continue;
            // a file whose code never runs in the server (a router nothing mounts, a one-off script): liveness's answer
            if (dev.backcheck.concepts.ServerCode.of(project).outsideServer(s.file())) continue;
            // (or a function nothing that runs calls: a helper no caller reaches, ImportIndex.neverRuns)
            if (dev.backcheck.concepts.ImportIndex.of(project).neverRunsAt(s.location())) continue;
            if (s.becauseAt() != null && !seen.add(s.file() + "|" + s.becauseAt())) continue;
            // password += upper[..Math.random()..]; password += digits[..Math.random()..]: one value built in steps in one
            // function, one finding (at its first draw)
            if (s.fnAt() != null && s.because() != null && !seen.add(s.file() + "|" + s.fnAt() + "|" + s.purpose() + "|" + s.because())) continue;
            String fw = TaintRule.frameworkOf(project, s.file());
            String key = switch (s.purpose()) {
                case OTP, RESET_CODE -> "code";
                case ID -> "id";
                default -> "token";
            };
            if (java) {
                String what = switch (s.api()) {
                    case "RandomStringUtils" -> "RandomStringUtils (commons-lang before 3.15 draws from ThreadLocalRandom)";
                    case "ThreadLocalRandom" -> "ThreadLocalRandom";
                    case "Math.random" -> "Math.random()";
                    default -> "java.util.Random";
                };
                ctx.report(s.location(), what + " makes " + s.purpose().label() + " (" + s.because() + "): it is a 48-bit linear"
                        + " congruential generator whose state a few outputs reveal, so the next values can be predicted. Use SecureRandom.")
                        .level(s.purpose() == Purpose.ID ? Level.WARNING : Level.ERROR)
                        .related(s.becauseAt(), "used as " + s.purpose().label())
                        .fix(ctx.meta().fixText("spring", key)).add();
                continue;
            }
            String msg = "Math.random() makes " + s.purpose().label() + " (" + s.because() + "): its output is predictable (V8's"
                    + " generator state can be recovered from a few values), so the value can be guessed. Use the crypto module.";
            ctx.report(s.location(), msg).level(s.purpose() == Purpose.ID ? Level.WARNING : Level.ERROR)
                    .related(s.becauseAt(), "used as " + s.purpose().label())
                    .fix(ctx.meta().fixText(fw, key)).add();
        }
    }
}
