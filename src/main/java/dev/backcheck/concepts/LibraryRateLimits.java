package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Control;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;

import java.util.*;

/**
 * Rate limits an authentication library applies to the routes it serves itself, the concept.
 * better-auth (read from its source, context/create-context and api/rate-limiter): every request its
 * {@code handler} answers goes through its limiter, enabled when {@code options.rateLimit.enabled} is not
 * given and NODE_ENV is production (100 requests per 10 s, sign-in/sign-up 3 per 10 s, password reset 3 per
 * 60 s); {@code rateLimit: { enabled: false }} turns it off. A route served by such an instance
 * ({@code (c) => auth.handler(c.req.raw)}, {@code toNodeHandler(auth)}) is limited.
 */
public final class LibraryRateLimits {

    /** One better-auth instance: where {@code betterAuth({...})} is called, and whether its limiter only runs in production. */
    public record Instance(Location location, boolean productionOnly) { }

    private final Project project;
    private final IdentityHashMap<Val, Optional<Instance>> instances = new IdentityHashMap<>();

    private LibraryRateLimits(Project p) {
        this.project = p;
    }

    public static LibraryRateLimits of(Project p) {
        return p.derived(LibraryRateLimits.class, LibraryRateLimits::new);
    }

    /** The limited library instance serving {@code r}, or null. */
    public synchronized Instance serving(Route r) {
        Fn h = r.handler();
        if (h != null && h.file() != null) {
            FileFacts f = project.file(h.file());
            if (f != null) {
                List<Fn> all = new ArrayList<>();
                all.add(h);
                all.addAll(h.nested());
                for (Fn fn : all) {
                    for (CallSite cs : fn.calls()) {
                        String m = cs.methodName();
                        Val target = "handler".equals(m) ? Analysis.receiver(cs.callee())
                                : "toNodeHandler".equals(m) && !cs.args().isEmpty() ? cs.arg(0) : null;
                        Instance in = target == null ? null : instance(target, f);
                        if (in != null) return in;
                    }
                }
            }
        }
        return null;
    }

    /** The better-auth instance {@code v} is, when its limiter is not turned off; else null. */
    private Instance instance(Val v, FileFacts f) {
        Project.Resolved r = project.resolve(v, f);
        if (!(r.val() instanceof Call c) || r.file() == null) return null;
        return instances.computeIfAbsent(c, k -> {
            String qn = project.qname(c, r.file());
            if (!"better-auth.betterAuth()".equals(qn)) return Optional.empty();
            Boolean enabled = null;
            if (!c.args().isEmpty() && project.resolve(c.args().get(0), r.file()).val() instanceof Obj o) {
                Val rl = o.props().get("rateLimit");
                if (rl != null && project.resolve(rl, r.file()).val() instanceof Obj ro && ro.props().get("enabled") != null) {
                    Val e = project.resolve(ro.props().get("enabled"), r.file()).val();
                    if (e instanceof Lit l && l.value() instanceof Boolean b) enabled = b;
                    else enabled = true; // an expression (isProd, env flag): on where it holds
                }
            }
            if (Boolean.FALSE.equals(enabled)) return Optional.empty();
            return Optional.of(new Instance(c.site(), enabled == null));
        }).orElse(null);
    }
}
