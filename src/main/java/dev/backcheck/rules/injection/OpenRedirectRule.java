package dev.backcheck.rules.injection;

import dev.backcheck.flow.TaintEngine;
import dev.backcheck.flow.TaintEngine.Flow;
import dev.backcheck.flow.TaintEngine.SinkSite;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Project;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Request data a browser sends with a link (query, path, form body) choosing where a redirect goes:
 * {@code res.redirect}, {@code reply.redirect}, Hono {@code c.redirect}, {@code res.location}, a {@code Location}
 * header. Not reported: a target whose origin is fixed before the input ({@code '/app/' + x},
 * {@code `${APP_URL}/done?next=${x}`}, see {@link Heads}); one checked to be a relative path
 * ({@code x.startsWith('/') && !x.startsWith('//')}), against an allow-list, or by its origin
 * ({@code new URL(x).origin === APP_ORIGIN}); headers and cookies, which a link cannot set.
 */
@RuleId("injection/open-redirect")
public final class OpenRedirectRule extends TaintRule {
    private static final Set<String> URL_PARTS = Set.of("origin", "host", "hostname", "href", "protocol");
    private static final Set<String> MEMBERSHIP = Set.of("includes", "has", "some", "find", "indexOf");

    @Override
    protected String kind() {
        return "redirect";
    }

    @Override
    protected String risk(SinkSite s) {
        return "A client can craft a link to this site that sends the user on to any other site (open redirect), "
                + "for phishing or to carry off a login code or token.";
    }

    @Override
    public void check(Project project, dev.backcheck.rules.RuleContext ctx) {
        super.check(project, ctx);
        nestRedirects(project, ctx);
        springRedirects(project, ctx);
    }

    /**
     * Spring MVC view names: a handler returning {@code "redirect:" + x} (or a {@code new ModelAndView("redirect:" + x)})
     * sends the browser to {@code x}; the part after the prefix is judged like any redirect target.
     */
    private void springRedirects(Project project, dev.backcheck.rules.RuleContext ctx) {
        TaintEngine engine = TaintEngine.of(project);
        for (dev.backcheck.lang.facts.FileFacts file : project.files().values()) {
            if (!"java".equals(file.language()) || project.isTestPath(file.path())) continue;
            for (dev.backcheck.lang.facts.Fn fn : dev.backcheck.model.Analysis.functions(file)) {
                java.util.List<Val> targets = new java.util.ArrayList<>();
                java.util.List<dev.backcheck.findings.Location> where = new java.util.ArrayList<>();
                for (Val r : fn.returns()) {
                    Val t = redirectView(r);
                    if (t != null) {
                        targets.add(t);
                        where.add(redirectLiteral(file, fn.location()));
                    }
                }
                for (CallSite cs : fn.calls()) {
                    if (!cs.isNew() || !"ModelAndView".equals(Vals.lastName(cs.callee())) || cs.args().isEmpty()) continue;
                    Val t = redirectView(cs.arg(0));
                    if (t != null) {
                        targets.add(t);
                        where.add(cs.location());
                    }
                }
                for (int i = 0; i < targets.size(); i++) {
                    Flow f = Heads.trace(engine, project, Heads.Mode.URL, kind(), targets.get(i), fn, file, null);
                    if (f == null) continue;
                    dev.backcheck.findings.Location at = where.get(i);
                    dev.backcheck.findings.Location src = f.sourceAt();
                    ctx.report(at, f.origin() + " follows \"redirect:\" in the view name this handler returns. " + risk(null))
                            .related(src, f.what() + " is read here")
                            .flow(f.to(at, "returned as a redirect: view name").steps())
                            .fix(ctx.meta().fixText("spring", "default"))
                            .property("source", f.what().replace("`", ""))
                            .property("sink", "redirect: view")
                            .add();
                    break;
                }
            }
        }
    }

    /** The {@code "redirect:..."} string literal inside {@code span} (where the view name is written), else the span. */
    private static dev.backcheck.findings.Location redirectLiteral(dev.backcheck.lang.facts.FileFacts file, dev.backcheck.findings.Location span) {
        for (dev.backcheck.lang.facts.FileFacts.Str str : file.strings()) {
            dev.backcheck.findings.Location l = str.location();
            if (str.value().startsWith("redirect:") && l.line() >= span.line() && l.line() <= span.endLine()) return l;
        }
        return span;
    }

    /** The target of a {@code "redirect:" + x} view name (the parts after the prefix), or null. */
    static Val redirectView(Val v) {
        String head = v instanceof Concat cc && !cc.parts().isEmpty() ? Val.constString(cc.parts().get(0)) : null;
        if (v instanceof Concat c && head != null && head.startsWith("redirect:") && c.parts().size() > 1) {
            java.util.List<Val> rest = new java.util.ArrayList<>();
            String after = head.substring("redirect:".length());
            if (!after.isEmpty()) rest.add(new Lit(after));
            rest.addAll(c.parts().subList(1, c.parts().size()));
            return new Concat(java.util.List.copyOf(rest));
        }
        if (v instanceof Tpl t && !t.quasis().isEmpty() && t.quasis().get(0).startsWith("redirect:")) {
            java.util.List<String> q = new java.util.ArrayList<>(t.quasis());
            q.set(0, q.get(0).substring("redirect:".length()));
            return new Tpl(java.util.List.copyOf(q), t.holes());
        }
        return null;
    }

    /** NestJS {@code @Redirect()} handlers: the {@code url} of the object they return is where the user is sent. */
    private void nestRedirects(Project project, dev.backcheck.rules.RuleContext ctx) {
        TaintEngine engine = TaintEngine.of(project);
        for (dev.backcheck.lang.facts.FileFacts file : project.files().values()) {
            if (project.isTestPath(file.path())) continue;
            for (dev.backcheck.lang.facts.Fn fn : dev.backcheck.model.Analysis.functions(file)) {
                if (fn.decorators().stream().noneMatch(d -> d.name().equals("Redirect"))) continue;
                for (Val r : fn.returns()) {
                    if (!(r instanceof Obj o) || !o.props().containsKey("url")) continue;
                    Val url = o.props().get("url");
                    Flow f = Heads.trace(engine, project, Heads.Mode.URL, kind(), url, fn, file, null);
                    if (f == null) continue;
                    dev.backcheck.findings.Location at = fn.location();
                    for (dev.backcheck.lang.facts.Decorator d : fn.decorators()) if (d.name().equals("Redirect")) at = d.location();
                    dev.backcheck.findings.Location src = f.sourceAt();
                    ctx.report(at, f.origin() + " is the url this @Redirect() handler returns. "
                                    + risk(null))
                            .related(src, f.what() + " is read here")
                            .flow(f.to(at, "returned as the redirect url").steps())
                            .fix(ctx.meta().fixText("nestjs", "default"))
                            .property("source", f.what().replace("`", ""))
                            .property("sink", "@Redirect")
                            .add();
                    break;
                }
            }
        }
    }

    @Override
    protected boolean accept(SinkSite s, Project project) {
        if ("location-header".equals(s.model().when())) {
            String name = Val.constString(s.cs().arg(0));
            return name != null && name.toLowerCase(Locale.ROOT).equals("location");
        }
        return true;
    }

    @Override
    protected Flow trace(TaintEngine engine, SinkSite s, Project project) {
        return Heads.trace(engine, project, Heads.Mode.URL, kind(), unwrapUri(s.value()), s.fn(), s.file(), s.cs());
    }

    @Override
    protected Flow confirm(SinkSite s, Flow f, Project project) {
        if (FlowGuards.dead(s.cs()) || FlowGuards.checkedByEnclosing(project, s, f)) return null;
        List<CallSite> calls = FlowGuards.callsOnFlow(project, s, f);
        if (FlowGuards.any(calls, g -> originChecked(g, f, s.value()))) return null;
        // x.startsWith('/') && !x.startsWith('//'): a path on this site
        boolean slash = FlowGuards.any(calls, g -> g.holds() && "startsWith".equals(FlowGuards.method(g))
                && "/".equals(Val.constString(FlowGuards.arg0(g))) && FlowGuards.mentions(FlowGuards.receiver(g), f, s.value()));
        boolean notTwo = FlowGuards.any(calls, g -> !g.holds() && "startsWith".equals(FlowGuards.method(g))
                && Set.of("//", "/\\").contains(Val.constString(FlowGuards.arg0(g))) && FlowGuards.mentions(FlowGuards.receiver(g), f, s.value()));
        if (slash && notTwo) return null;
        if (FlowGuards.replacedUnlessChecked(s)) return null;
        if (FlowGuards.lookedUp(calls, f, s.value())) return null;
        if (FlowGuards.throughHelper(project, dev.backcheck.flow.CallIndex.of(project), s.value(), s.fn(), s.file(), FlowGuards::checksRelativeOrListed)) return null;
        return f;
    }

    /**
     * A guard that holds only for a target on a known origin: {@code new URL(x).origin === X} (or host/hostname),
     * {@code ALLOWED.includes(new URL(x).hostname)}, {@code x.startsWith('https://app.example.com/')} or
     * {@code x.startsWith(APP_URL)}, {@code isAllowedRedirect(x)}.
     */
    static boolean originChecked(CallSite.Guard g, Flow f, Val sinkArg) {
        if (g.op().equals("==") && g.holds() || g.op().equals("!=") && !g.holds()) {
            return urlPart(g.left()) && FlowGuards.mentions(g.left(), f, sinkArg) && !FlowGuards.mentions(g.right(), f, sinkArg)
                    || urlPart(g.right()) && FlowGuards.mentions(g.right(), f, sinkArg) && !FlowGuards.mentions(g.left(), f, sinkArg);
        }
        // if (checkURL(url) == null) return;  a checking helper that answers null for a rejected target
        if ((g.op().equals("==") && !g.holds() || g.op().equals("!=") && g.holds())
                && (g.right() instanceof Lit rl && rl.value() == null && g.left() instanceof Call lc && checker(lc, f, sinkArg)
                || g.left() instanceof Lit ll && ll.value() == null && g.right() instanceof Call rc && checker(rc, f, sinkArg))) return true;
        String m = FlowGuards.method(g);
        if (m == null || !g.holds() || !(g.left() instanceof Call c)) return false;
        if (m.equals("startsWith")) {
            Val prefix = FlowGuards.arg0(g);
            if (!FlowGuards.mentions(FlowGuards.receiver(g), f, sinkArg) || prefix == null || FlowGuards.mentions(prefix, f, sinkArg)) return false;
            String text = Val.constString(prefix);
            // a constant must name a whole origin; a configured base URL (APP_URL) is taken to be one
            return text == null ? !(prefix instanceof Lit) : Heads.originFixed(text) && !text.startsWith("/");
        }
        boolean argMentions = c.args().stream().anyMatch(a -> FlowGuards.mentions(a, f, sinkArg));
        if (m.equals("test") && argMentions && FlowGuards.receiver(g) instanceof Regex r && pinsHost(r.pattern())) return true;
        if (MEMBERSHIP.contains(m) && argMentions) return true;
        String l = m.toLowerCase(Locale.ROOT);
        return argMentions && (l.contains("allowed") || l.contains("safe") || l.contains("trusted") || l.contains("whitelist")
                || l.contains("allowlist") || l.contains("valid") && l.contains("redirect") || l.contains("sameorigin"));
    }

    /** A call named like a URL check ({@code checkURL}, {@code validateRedirect}, {@code isAllowed}) on the flow's value. */
    private static boolean checker(Call c, Flow f, Val sinkArg) {
        String l = String.valueOf(Vals.lastName(c.callee())).toLowerCase(Locale.ROOT);
        return c.args().stream().anyMatch(a -> FlowGuards.mentions(a, f, sinkArg)) && (l.contains("check") || l.contains("allow")
                || l.contains("safe") || l.contains("trust") || l.contains("white") || l.contains("valid"));
    }

    /** Java: {@code URI.create(x)} / {@code new URI(x)} around a target: the text inside is the target. */
    static Val unwrapUri(Val v) {
        for (int i = 0; i < 3; i++) {
            if (v instanceof Call c && c.args().size() == 1 && "create".equals(Vals.lastName(c.callee())) && "URI".equals(typeName(c.callee()))) v = c.args().get(0);
            else if (v instanceof New n && n.args().size() == 1 && "URI".equals(Vals.lastName(n.callee()))) v = n.args().get(0);
            else break;
        }
        return v;
    }

    private static String typeName(Val callee) {
        return callee instanceof Ref r ? r.export() : null;
    }

    /** A pattern anchored at the start that spells out the host: {@code ^https:\/\/hooks\.slack\.com\/}. */
    static boolean pinsHost(String pattern) {
        if (!pattern.startsWith("^")) return false;
        int i = pattern.indexOf(":\\/\\/");
        if (i < 0) return false;
        String rest = pattern.substring(i + 5);
        int n = 0;
        for (int k = 0; k < rest.length(); k++) {
            char ch = rest.charAt(k);
            if (Character.isLetterOrDigit(ch) || ch == '-') { n++; continue; }
            if (ch == '\\' && k + 1 < rest.length() && rest.charAt(k + 1) == '.') { k++; continue; }
            // the host ends at a path, a port or the end
            return n > 0 && (ch == '\\' && k + 1 < rest.length() && rest.charAt(k + 1) == '/' || ch == ':' || ch == '$');
        }
        return false;
    }

    /** {@code new URL(x).origin}, {@code url.hostname}, {@code parsed.host}. */
    private static boolean urlPart(Val v) {
        if (v instanceof Member m) return URL_PARTS.contains(m.prop());
        String n = Vals.lastName(v);
        return (v instanceof Local || v instanceof Param || v instanceof Req) && n != null && URL_PARTS.contains(n);
    }

    @Override
    protected String fixKey(SinkSite s) {
        return "default";
    }
}
