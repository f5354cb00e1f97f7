package dev.backcheck.rules.spring;

import dev.backcheck.concepts.SpringConfig;
import dev.backcheck.findings.Level;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.Locale;

/**
 * Spring Boot's error page told to put the stack trace, the exception class or the exception message in
 * every error response: {@code server.error.include-stacktrace=always} (or {@code on-param} /
 * {@code on-trace-param}, which any caller turns on with {@code ?trace=true}),
 * {@code server.error.include-message=always} / {@code on-param}, {@code server.error.include-exception=true}.
 * Settings of a development or test profile are a developer's convenience and are not reported.
 */
@RuleId("spring/stacktrace-exposed")
public final class StacktraceExposedRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        SpringConfig config = SpringConfig.of(project);
        for (SpringConfig.Entry p : config.entries()) {
            if (SpringProfiles.devOnly(p.profile())) continue;
            String key = SpringProfiles.canonical(p.key());
            String v = p.value().strip().toLowerCase(Locale.ROOT).replace('_', '-');
            // a default the module's production profile sets back (application-prod.yml: include-message: never): it
            // reaches the other profiles only, the ones a developer runs
            if (p.profile() == null && exposes(key, v) && overriddenInProduction(config, p, key)) continue;
            String what;
            String fix;
            Level level = null;
            switch (key) {
                case "server.error.includestacktrace" -> {
                    if (v.equals("always")) what = "puts the Java stack trace in every error response";
                    else if (v.equals("on-param") || v.equals("on-trace-param")) what = "puts the Java stack trace in any error response whose request carries ?trace=true, which any caller can add";
                    else continue;
                    fix = ctx.meta().fixText("spring", "stacktrace");
                    level = Level.ERROR;
                }
                case "server.error.includemessage" -> {
                    if (v.equals("always")) what = "puts the exception message in every error response";
                    else if (v.equals("on-param")) what = "puts the exception message in any error response whose request carries ?message=true, which any caller can add";
                    else continue;
                    fix = ctx.meta().fixText("spring", "message");
                }
                case "server.error.includeexception" -> {
                    if (!v.equals("true")) continue;
                    what = "puts the exception class name in every error response";
                    fix = ctx.meta().fixText("spring", "exception");
                }
                default -> {
                    continue;
                }
            }
            String profile = p.profile() == null ? "" : " (profile " + p.profile() + ")";
            String why = key.equals("server.error.includestacktrace") ? ": file paths, library versions and code structure reach the client."
                    : key.equals("server.error.includemessage") ? ": driver and framework messages (SQL, table, constraint and class names) reach the client."
                    : ": the client learns which libraries failed and how.";
            RuleContext.Builder b = ctx.report(p.location(), p.key() + "=" + p.value() + profile + " " + what + why);
            if (level != null) b.level(level);
            b.fix(fix).property("framework", "spring").add();
        }
    }

    /** True when the value {@code v} of canonical key {@code key} puts something in error responses. */
    private static boolean exposes(String key, String v) {
        return switch (key) {
            case "server.error.includestacktrace" -> v.equals("always") || v.equals("on-param") || v.equals("on-trace-param");
            case "server.error.includemessage" -> v.equals("always") || v.equals("on-param");
            case "server.error.includeexception" -> v.equals("true");
            default -> false;
        };
    }

    /**
     * The module of default entry {@code p} has a production profile ({@code prod}, {@code production}) that sets the key
     * to a value that exposes nothing ({@code never}, {@code false}).
     */
    private static boolean overriddenInProduction(SpringConfig config, SpringConfig.Entry p, String key) {
        for (SpringConfig.Entry e : config.entries()) {
            if (e.profile() == null || !e.module().equals(p.module()) || !SpringProfiles.canonical(e.key()).equals(key)) continue;
            String prof = e.profile().strip().toLowerCase(Locale.ROOT);
            if (!prof.equals("prod") && !prof.equals("production")) continue;
            String v = config.resolve(e.value(), e.module()).strip().toLowerCase(Locale.ROOT).replace('_', '-');
            if (!exposes(key, v)) return true;
        }
        return false;
    }
}
