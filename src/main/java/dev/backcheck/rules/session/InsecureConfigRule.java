package dev.backcheck.rules.session;

import dev.backcheck.concepts.ConfigValues;
import dev.backcheck.concepts.Sessions;
import dev.backcheck.findings.Level;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A session set up unsafely ({@link Sessions}): a signing or encryption secret written in the code, or an
 * environment variable with a literal fallback (reported where the literal is written); the in-memory store in
 * production (express-session's MemoryStore, @fastify/session's default store, hono-sessions' MemoryStore);
 * {@code saveUninitialized: true}; and a session that never expires (no maxAge / expires where nothing else ends
 * it: cookie-session, hono-sessions, or a memory store). Sessions configured only outside production are skipped.
 */
@RuleId("session/insecure-config")
public final class InsecureConfigRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (Sessions.Session s : Sessions.of(project).all()) {
            if (s.devOnly()) continue;
            for (Sessions.Secret sec : s.secrets()) {
                ConfigValues.Value v = sec.value();
                if (!v.inCode()) continue;
                String what = v.kind() == ConfigValues.Kind.LITERAL
                        ? "is " + v.describe() + ", written in the code"
                        : "is " + v.describe() + ": wherever " + (v.name() == null ? "the variable" : v.name()) + " is unset, the app runs with that literal";
                ctx.report(sec.at(), s.library() + "'s " + sec.option() + " " + what + ". Anyone who can read the repository can sign "
                                + (s.stateless() ? "or decrypt session cookies and forge any user's session." : "session cookies for any session id."))
                        .level(Level.ERROR)
                        .related(s.at(), s.library() + " is configured here")
                        .fix(CookieFlagsRule.fill(ctx.meta().fixText(s.framework(), "secret"), Map.of("option", sec.option())))
                        .property("framework", s.framework())
                        .add();
            }
            if (!s.known()) continue;
            List<String> problems = new ArrayList<>();
            List<String> fixes = new ArrayList<>();
            if (s.memoryStore()) {
                problems.add((s.library().equals("hono-sessions") ? "a MemoryStore, which" : "no store, so the in-memory default ("
                        + (s.library().equals("express-session") ? "MemoryStore" : "a Map") + ")")
                        + " keeps every session in the process: it grows without bound"
                        + (s.library().equals("express-session") ? " (express-session itself warns that it is not for production)" : "")
                        + ", is lost on restart and is not shared between instances");
                fixes.add(ctx.meta().fixText(s.framework(), "store"));
            }
            if (Boolean.TRUE.equals(s.saveUninitialized())) {
                problems.add("saveUninitialized: true, which stores a session and sets a cookie for every visitor before anyone signs in"
                        + " (store growth from anonymous traffic, and cookies set without consent)");
                fixes.add("set saveUninitialized: false");
            }
            boolean neverEnds = !s.cookie().lifetime() && (s.stateless() || s.memoryStore() || s.library().equals("hono-sessions"));
            if (neverEnds) {
                String none = s.library().equals("hono-sessions") ? "no expireAfterSeconds" : "no maxAge or expires";
                problems.add(s.stateless()
                        ? none + ", so the signed session cookie never expires: a copied cookie stays valid for good"
                        : none + ", so a session never expires on the server");
                fixes.add(CookieFlagsRule.fill(ctx.meta().fixText(s.framework(), "maxage"), Map.of()));
            }
            if (problems.isEmpty()) continue;
            ctx.report(s.at(), s.library() + " is configured with " + String.join("; and ", problems) + "."
                            + (s.remark() == null || !neverEnds ? "" : " Note: " + s.remark() + "."))
                    .level(Level.WARNING)
                    .fix(String.join("; ", fixes))
                    .property("framework", s.framework())
                    .add();
        }
    }
}
