package dev.backcheck.rules.injection;

import dev.backcheck.flow.TaintEngine;
import dev.backcheck.flow.TaintEngine.Flow;
import dev.backcheck.flow.TaintEngine.SinkSite;
import dev.backcheck.lang.facts.CallSite;
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
        if (FlowGuards.lookedUp(calls, f, s.value())) return null;
        if (FlowGuards.throughHelper(project, dev.backcheck.flow.CallIndex.of(project), s.value(), s.fn(), s.file(), FlowGuards::checksRelativeOrListed)) return null;
        return f;
    }

    @Override
    protected String fixKey(SinkSite s) {
        return "default";
    }
}
