package dev.backcheck.rules.injection;

import dev.backcheck.flow.TaintEngine;
import dev.backcheck.flow.TaintEngine.Flow;
import dev.backcheck.flow.TaintEngine.SinkSite;
import dev.backcheck.concepts.PrivateHostChecks;
import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

import java.util.List;

/**
 * Request data choosing where the server sends a request: the whole URL, or its scheme, host or port
 * ({@code fetch(req.query.url)}, {@code axios.get(`https://${req.query.host}/x`)}, {@code http.request({ host })}).
 * Input after a complete origin ({@code https://api.example.com/users/${id}}, {@code `${BASE}/users/${id}`}) only
 * chooses a path on a host the code chose, and is not reported (see {@link Heads}); so {@code encodeURIComponent}
 * matters only there and changes nothing in the host. Not reported either: a URL checked against an allow-list of
 * hosts or origins before the call ({@code ALLOWED.includes(new URL(u).hostname)}, {@code new URL(u).origin === X},
 * {@code u.startsWith('https://api.example.com/')}).
 */
@RuleId("injection/ssrf")
public final class SsrfRule extends TaintRule {

    @Override
    protected String kind() {
        return "ssrf";
    }

    @Override
    protected String risk(SinkSite s) {
        return "A client can make the server send requests to any host it can reach, internal services and cloud metadata "
                + "endpoints included (server-side request forgery).";
    }

    @Override
    protected Flow trace(TaintEngine engine, SinkSite s, Project project) {
        return Heads.trace(engine, project, Heads.Mode.URL, kind(), OpenRedirectRule.unwrapUri(s.value()), s.fn(), s.file(), s.cs());
    }

    @Override
    protected Flow confirm(SinkSite s, Flow f, Project project) {
        if (FlowGuards.dead(s.cs()) || FlowGuards.checkedByEnclosing(project, s, f)) return null;
        List<CallSite> calls = FlowGuards.callsOnFlow(project, s, f);
        if (FlowGuards.any(calls, g -> OpenRedirectRule.originChecked(g, f, s.value()))) return null;
        if (FlowGuards.replacedUnlessChecked(s)) return null;
        if (hostJudged(project, calls, f, s)) return null;
        if (FlowGuards.lookedUp(calls, f, s.value())) return null;
        if (FlowGuards.throughHelper(project, dev.backcheck.flow.CallIndex.of(project), s.value(), s.fn(), s.file(), FlowGuards::checksRelativeOrListed)) return null;
        return f;
    }

    /**
     * The value passed a project check that refuses loopback, private and metadata hosts ({@link PrivateHostChecks}) before
     * the call: a guard of a call on the flow tests what the check answered ({@code const err = validateUrl(u); if (err)
     * return 400}, {@code if (!isPublicUrl(u)) throw ...}), or the sink's function called a throwing check with it first.
     */
    private static boolean hostJudged(Project project, List<CallSite> calls, Flow f, SinkSite s) {
        PrivateHostChecks checks = PrivateHostChecks.of(project);
        for (CallSite cs : calls) {
            FileFacts file = cs == s.cs() ? s.file() : cs.location() == null ? null : project.files().get(cs.location().path());
            if (file == null) continue;
            for (CallSite.Guard g : cs.guards()) {
                Val left = g.left();
                while (left instanceof Member m) left = m.object(); // const { ok } = check(u); if (!ok) ...
                if (!(left instanceof Call c) || c.args().stream().noneMatch(a -> FlowGuards.mentions(a, f, s.value()))) continue;
                Project.FnRef t = target(project, c.callee(), file, cs == s.cs() ? s.fn() : null);
                if (t != null && checks.judgesHost(t.fn(), t.file() == null ? file : t.file())) return true;
            }
        }
        for (CallSite cs : s.fn().calls()) {
            if (cs == s.cs() || cs.location() == null || s.cs().location() == null
                    || Location.ORDER.compare(cs.location(), s.cs().location()) >= 0) continue;
            if (cs.args().stream().noneMatch(a -> FlowGuards.mentions(a, f, s.value()))) continue;
            Project.FnRef t = target(project, cs.callee(), s.file(), s.fn());
            if (t != null && !t.fn().throwsTypes().isEmpty() && checks.judgesHost(t.fn(), t.file() == null ? s.file() : t.file())) return true;
        }
        return false;
    }

    private static Project.FnRef target(Project project, Val callee, FileFacts file, Fn caller) {
        try {
            Project.FnRef t = project.function(callee, file);
            if (t == null && caller != null) t = dev.backcheck.flow.CallIndex.of(project).analysis().resolveCallee(callee, file, caller);
            return t;
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    protected String fixKey(SinkSite s) {
        return "default";
    }
}
