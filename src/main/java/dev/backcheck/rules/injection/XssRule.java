package dev.backcheck.rules.injection;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.flow.TaintEngine;
import dev.backcheck.flow.TaintEngine.Flow;
import dev.backcheck.flow.TaintEngine.SinkSite;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.Decorator;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;
import dev.backcheck.workspace.Workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Request data written into an HTML response unescaped (reflected cross-site scripting):
 * <ul>
 *   <li>{@code res.send} of a string in Express (a string body is {@code text/html} unless a type was set),
 *       {@code res.write/end} when an HTML type was set or the string carries markup, Fastify
 *       {@code reply.send} only after {@code reply.type('text/html')}, Hono {@code c.html} (its {@code html}
 *       tagged template escapes holes, {@code raw()} does not);</li>
 *   <li>NestJS handlers that return a string (Nest answers it with {@code res.send}, so {@code text/html}
 *       on the Express platform; with {@code @Header('Content-Type', 'text/html')} on any platform);</li>
 *   <li>server templates: {@code res.render(view, locals)} / {@code reply.view} / Nest {@code @Render}: the
 *       template file is read, and each unescaped output ({@code <%- %>}, Pug {@code !=}/{@code !{}},
 *       {@code {{{ }}}}, {@code | safe}) whose local carries request data is reported at the render call,
 *       with the template line as a related location and the last flow step.</li>
 * </ul>
 */
@RuleId("injection/xss")
public final class XssRule extends TaintRule {
    private static final String KIND = "xss";

    private enum Type { HTML, OTHER, NONE }

    @Override
    protected String kind() {
        return KIND;
    }

    @Override
    protected String risk(SinkSite s) {
        return RISK;
    }

    private static final String RISK = "A client can put script in the page, which runs in the browser of whoever opens the link "
            + "(reflected cross-site scripting): it can read the page, act as the user and steal tokens.";

    @Override
    protected String fixKey(SinkSite s) {
        return "html".equals(s.model().when()) ? "html" : "send";
    }

    @Override
    public void check(Project project, RuleContext ctx) {
        TaintEngine engine = TaintEngine.of(project);
        Set<String> done = new HashSet<>();
        defaultType = null;
        cleanedParts = null;
        escapedFields = null;
        methods = null;
        direct(project, ctx, engine, done);
        nestReturns(project, ctx, engine, done);
        templates(project, ctx, engine, done);
    }

    // ------------------------------------------------------------------ res.send / write / end, c.html

    private void direct(Project project, RuleContext ctx, TaintEngine engine, Set<String> done) {
        for (SinkSite s : engine.sinks(KIND)) {
            if (project.isTestPath(s.file().path())) continue;
            if (notNavigable(s.fn(), project)) continue;
            Val v = strip(s.value(), project, s.file());
            if (v == null || behindSecret(s.cs()) || downloaded(s, engine.index()) || !accept(s, v, project, engine.index())) continue;
            Flow f = engine.trace(v, s.fn(), s.file(), KIND, s.cs());
            if (f == null || escapedOnTheWay(f) || cleanedBefore(f.source(), project, engine.index())) continue;
            // a whole request object (req.body) handed on as is: res.send answers an object with JSON
            if (f.source().path().isEmpty() && !f.source().part().startsWith("meta:") && !stringShaped(v, project, s.file(), s.fn(), 0)) continue;
            Location at = s.cs().location();
            if (!done.add(at.path() + ":" + at.line() + ":" + at.column())) continue;
            String label = label(s);
            ctx.report(at, describeFlow(f, label, " in an HTML response") + " " + RISK)
                    .related(f.sourceAt(), f.what() + " is read here")
                    .flow(f.to(s.argLocation(), "reaches " + label).steps())
                    .fix(fix(ctx, frameworkOf(project, s.file().path()), fixKey(s)))
                    .property("source", f.what().replace("`", ""))
                    .property("sink", label)
                    .add();
        }
    }

    /**
     * The call runs only when a request value equals a value the server keeps ({@code token === VERIFY_TOKEN}):
     * a webhook handshake echoing {@code hub.challenge}; whoever sends the link must know the secret.
     */
    private static boolean behindSecret(CallSite cs) {
        return cs != null && behindSecret(cs.guards(), null);
    }

    /**
     * One of {@code guards} holds only when a request value equals a value the server keeps; {@code fn}, when given, is the
     * handler whose parameters bound to request parts count as request values ({@code @Query('hub.verify_token') token}).
     */
    private static boolean behindSecret(List<CallSite.Guard> guards, Fn fn) {
        for (CallSite.Guard g : guards) {
            if (!g.holds() || !g.op().equals("==")) continue;
            if (requestValue(g.left(), fn) && secret(g.right()) || requestValue(g.right(), fn) && secret(g.left())) return true;
        }
        return false;
    }

    private static boolean requestValue(Val v, Fn fn) {
        if (v instanceof Req) return true;
        if (fn == null || !(v instanceof Param p)) return false;
        Fn.Param d = fn.param(p.index());
        return d != null && d.name().equals(p.name()) && d.decorators().stream().anyMatch(x -> x.inputPart() != null);
    }

    /**
     * The response is sent as a download: before the sink the function sets {@code Content-Disposition: attachment}
     * ({@code res.setHeader('Content-Disposition', `attachment; filename=..`)}, {@code res.attachment(name)}). The browser
     * saves the body to a file instead of rendering it in the site's origin.
     */
    private static boolean downloaded(SinkSite s, CallIndex index) {
        Location sink = s.cs().location();
        for (CallSite c : s.fn().calls()) {
            if (Location.ORDER.compare(c.location(), sink) >= 0) break;
            String m = c.methodName();
            if (m == null || !index.keys(c, s.fn(), s.file()).contains("<response>." + m)) continue;
            if (m.equals("attachment")) return true;
            if (!Set.of("set", "header", "setHeader", "append").contains(m) || c.args().size() < 2) continue;
            if (!"content-disposition".equalsIgnoreCase(String.valueOf(Val.constString(c.arg(0))))) continue;
            Val d = c.arg(1);
            String head = d instanceof Tpl t && !t.quasis().isEmpty() ? t.quasis().get(0) : Val.constString(d);
            if (head != null && head.trim().toLowerCase(java.util.Locale.ROOT).startsWith("attachment")) return true;
        }
        return false;
    }

    private static boolean secret(Val v) {
        if (v instanceof OneOf o) return o.options().stream().anyMatch(XssRule::secret);
        return v instanceof Global || v instanceof Ref || v instanceof Local || v instanceof This || v instanceof Member;
    }

    private java.util.IdentityHashMap<Fn, Set<String>> methods;

    /**
     * True when {@code fn} handles only PUT, PATCH or DELETE routes: a browser never navigates to such a
     * request (links and forms send GET and POST; a cross-origin fetch does not render the answer), so
     * reflecting data there is no reflected XSS.
     */
    private boolean notNavigable(Fn fn, Project project) {
        if (methods == null) {
            methods = new java.util.IdentityHashMap<>();
            for (Application app : project.applications()) {
                for (Route r : app.routes()) if (r.handler() != null) methods.computeIfAbsent(r.handler(), x -> new HashSet<>()).add(r.method());
            }
        }
        Set<String> m = methods.get(fn);
        if (m == null || m.isEmpty()) return false;
        for (String x : m) if (!x.equals("PUT") && !x.equals("PATCH") && !x.equals("DELETE")) return false;
        return true;
    }

    /** The fix for the framework, else the default one for that sink. */
    private static String fix(RuleContext ctx, String framework, String key) {
        String f = ctx.meta().fixText(framework, key);
        return f != null ? f : ctx.meta().fixText("default", key);
    }

    /** res.send / reply.send / c.html as written: the receiver's name and the method. */
    private static String label(SinkSite s) {
        if ("servlet-writer".equals(s.model().when())) return "response.getWriter()." + s.cs().methodName();
        Val recv = Analysis.receiver(s.cs().callee());
        Param root = rootParam(recv);
        String m = s.cs().methodName();
        return (root != null && root.name() != null && root.name().matches("[A-Za-z_$][\\w$]*") ? root.name() : "res") + "." + m;
    }

    private static Param rootParam(Val v) {
        for (int i = 0; i < 8 && v != null; i++) {
            if (v instanceof Param p) return p;
            if (v instanceof Call c) v = Analysis.receiver(c.callee());
            else if (v instanceof Member m) v = m.object();
            else return null;
        }
        return null;
    }

    private boolean accept(SinkSite s, Val v, Project project, CallIndex index) {
        String when = s.model().when();
        if ("servlet-writer".equals(when)) return servletHtml(s);
        Type t = explicitType(s, index);
        if ("html".equals(when)) return t != Type.OTHER;
        if (t == Type.HTML) return true;
        if (t == Type.OTHER) return false;
        if ("write".equals(when)) return markup(v);
        // send without a type: Express (and Nest on it) answer a string as text/html, Fastify as text/plain
        if (fastify(s, project)) return false;
        if (defaultTypeSet(index)) return false;
        return maybeString(v, project, s.file(), s.fn());
    }

    /**
     * A servlet response's writer ({@code response.getWriter().print(x)}, or a {@code PrintWriter} in a function that takes
     * the response): the answer is HTML unless the function sets another content type ({@code setContentType("application/json")}).
     */
    private static boolean servletHtml(SinkSite s) {
        boolean response = false;
        for (Fn.Param p : s.fn().params()) {
            if (p.type() != null && (p.type().equals("HttpServletResponse") || p.type().equals("ServletResponse"))) response = true;
        }
        if (!response) return false;
        for (CallSite c : s.fn().calls()) {
            String m = c.methodName();
            String type = null;
            if ("setContentType".equals(m)) type = Val.constString(c.arg(0));
            else if (("setHeader".equals(m) || "addHeader".equals(m)) && "content-type".equalsIgnoreCase(String.valueOf(Val.constString(c.arg(0))))) {
                type = Val.constString(c.arg(1));
            }
            if (type == null) {
                // MediaType.APPLICATION_JSON_VALUE and friends
                Val a = "setContentType".equals(m) ? c.arg(0) : null;
                String n = a == null ? null : Vals.lastName(a);
                if (n != null && n.startsWith("APPLICATION_") || n != null && n.startsWith("TEXT_PLAIN")) return false;
                continue;
            }
            if (!type.toLowerCase(java.util.Locale.ROOT).contains("html")) return false;
        }
        return true;
    }

    private Boolean defaultType;

    /**
     * A middleware ({@code (req, res, next)}) sets a non-HTML content type for the responses after it
     * ({@code res.setHeader('Content-Type', 'application/json')}): a string body is not answered as HTML.
     */
    private boolean defaultTypeSet(CallIndex index) {
        if (defaultType != null) return defaultType;
        boolean found = false;
        for (String m : List.of("setHeader", "set", "header", "type", "contentType")) {
            for (CallIndex.Site site : index.sites("<response>." + m)) {
                if (site.fn().params().size() == 3 && callsNext(site.fn()) && typeSet(m, site.cs().args()) == Type.OTHER
                        && Val.constString(site.cs().arg(m.equals("type") || m.equals("contentType") ? 0 : 1)) != null) found = true;
            }
        }
        defaultType = found;
        return found;
    }

    private static boolean callsNext(Fn fn) {
        for (CallSite c : fn.calls()) if (c.callee() instanceof Param p && p.index() == 2 && p.path().isEmpty()) return true;
        return false;
    }

    private static boolean fastify(SinkSite s, Project project) {
        Param root = rootParam(Analysis.receiver(s.cs().callee()));
        if (root != null) {
            Fn.Param decl = s.fn().param(root.index());
            String type = decl == null ? null : decl.type();
            if (type != null && type.contains("Fastify")) return true;
            if (type != null && (type.endsWith("Response") || type.equals("Context"))) return false;
            if ("reply".equals(root.name())) return true;
        }
        return "fastify".equals(frameworkOf(project, s.file().path()));
    }

    /** The content type the handler set before the sink (in the call chain, or by an earlier call on the response). */
    private static Type explicitType(SinkSite s, CallIndex index) {
        Val r = Analysis.receiver(s.cs().callee());
        for (int i = 0; i < 8 && r instanceof Call c; i++) {
            Type t = typeSet(Vals.lastName(c.callee()), c.args());
            if (t != null) return t;
            r = Analysis.receiver(c.callee());
        }
        Type found = Type.NONE;
        Location sink = s.cs().location();
        for (CallSite c : s.fn().calls()) {
            if (Location.ORDER.compare(c.location(), sink) >= 0) break;
            String m = c.methodName();
            if (m == null || !index.keys(c, s.fn(), s.file()).contains("<response>." + m)) continue;
            Type t = typeSet(m, c.args());
            if (t != null) found = t;
            // res.type('html').set(...): the chain's own calls
            Val cr = Analysis.receiver(c.callee());
            for (int i = 0; i < 8 && cr instanceof Call cc; i++) {
                Type tt = typeSet(Vals.lastName(cc.callee()), cc.args());
                if (tt != null && t == null) found = tt;
                cr = Analysis.receiver(cc.callee());
            }
        }
        return found;
    }

    /** The type a response call sets: res.type('html'), res.set('Content-Type', ...), reply.header(...), writeHead(200, {...}); null when it sets none. */
    private static Type typeSet(String m, List<Val> args) {
        if (m == null) return null;
        switch (m) {
            case "type", "contentType" -> {
                return args.isEmpty() ? null : classify(args.get(0));
            }
            case "set", "header", "setHeader", "append" -> {
                if (args.isEmpty()) return null;
                String name = Val.constString(args.get(0));
                if (name != null && name.equalsIgnoreCase("content-type")) return args.size() > 1 ? classify(args.get(1)) : null;
                if (args.get(0) instanceof Obj o) return headerIn(o);
                return null;
            }
            case "writeHead" -> {
                for (Val a : args) if (a instanceof Obj o) return headerIn(o);
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static Type headerIn(Obj o) {
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            if (e.getKey().equalsIgnoreCase("content-type")) return classify(e.getValue());
        }
        return null;
    }

    /** text/html, 'html', application/xhtml+xml, image/svg+xml are HTML; any other (or a type chosen at run time) is not judged. */
    private static Type classify(Val v) {
        String t = Val.constString(v);
        if (t == null) return Type.OTHER;
        String l = t.toLowerCase(Locale.ROOT);
        return l.contains("html") || l.contains("svg") || l.equals(".htm") ? Type.HTML : Type.OTHER;
    }

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z!]");

    /** True when the written string has markup around its holes ({@code `<p>${x}</p>`}), so a browser sniffs HTML. */
    private static boolean markup(Val v) {
        if (v instanceof Tpl t) return t.quasis().stream().anyMatch(q -> MARKUP.matcher(q).find());
        if (v instanceof Concat c) return c.parts().stream().anyMatch(p -> p instanceof Lit l && l.value() instanceof String s && MARKUP.matcher(s).find() || markup(p));
        if (v instanceof OneOf o) return o.options().stream().anyMatch(XssRule::markup);
        return false;
    }

    /** False when the body is surely not a string (an object or array literal, a whole request object): Express sends those as JSON. */
    private boolean maybeString(Val v, Project project, FileFacts file, Fn fn) {
        if (v instanceof Obj || v instanceof Arr) return false;
        if (v instanceof Req q) return !q.path().isEmpty() || q.part().startsWith("meta:");
        if (v instanceof OneOf o) return o.options().stream().anyMatch(x -> maybeString(x, project, file, fn));
        if (v instanceof Call c) {
            Project.FnRef target = target(c.callee(), project, file, fn);
            if (target != null) {
                // return null / an object: never a string body
                boolean any = false;
                for (Val r : target.fn().returns()) {
                    if (r instanceof Lit l && l.value() == null) continue;
                    any = true;
                    if (maybeString(r, project, target.file(), target.fn())) return true;
                }
                return !any;
            }
        }
        return true;
    }

    /** True when the value is surely a string: text built with holes, a request field, a string method's result. */
    private boolean stringShaped(Val v, Project project, FileFacts file, Fn fn, int depth) {
        if (depth > 4) return false;
        if (v instanceof Tpl || v instanceof Concat) return true;
        if (v instanceof Lit l) return l.value() instanceof String;
        if (v instanceof Req q) return !q.path().isEmpty() || q.part().startsWith("meta:");
        if (v instanceof OneOf o) return o.options().stream().anyMatch(x -> stringShaped(x, project, file, fn, depth + 1));
        if (v instanceof Call c) {
            String m = Vals.lastName(c.callee());
            if (m != null && STRINGY.contains(m)) return true;
            Project.FnRef target = target(c.callee(), project, file, fn);
            if (target != null) {
                for (Val r : target.fn().returns()) if (stringShaped(r, project, target.file(), target.fn(), depth + 1)) return true;
            }
        }
        return false;
    }

    private static final Set<String> STRINGY = Set.of("String", "stringify", "toString", "join", "replace", "replaceAll", "trim",
            "toUpperCase", "toLowerCase", "concat", "slice", "substring", "padStart", "padEnd", "format", "raw", "html");

    private static Project.FnRef target(Val callee, Project project, FileFacts file, Fn fn) {
        try {
            Project.FnRef t = project.function(callee, file);
            if (t == null && fn != null) t = CallIndex.of(project).analysis().resolveCallee(callee, file, fn);
            return t != null && t.fn() != fn ? t : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The value as the browser gets it: Hono's {@code html`...`} escapes every hole but those wrapped in
     * {@code raw()}, so only those stay; a {@code .replace(/[<>&]/g, ...)} escaping chain is text no more.
     */
    private Val strip(Val v, Project project, FileFacts file) {
        if (v == null) return null;
        if (v instanceof Call c) {
            if (honoHtml(c, project, file)) {
                List<Val> raws = new ArrayList<>();
                collectRaw(c, project, file, raws, 0);
                return raws.isEmpty() ? null : raws.size() == 1 ? raws.get(0) : new Arr(raws);
            }
            if (escapingReplace(c)) return null;
        }
        if (v instanceof Tpl t) {
            List<Val> holes = new ArrayList<>();
            for (Val h : t.holes()) {
                Val x = strip(h, project, file);
                holes.add(x == null ? new Lit("") : x);
            }
            return new Tpl(t.quasis(), holes);
        }
        if (v instanceof Concat c) {
            List<Val> parts = new ArrayList<>();
            for (Val p : c.parts()) {
                Val x = strip(p, project, file);
                parts.add(x == null ? new Lit("") : x);
            }
            return new Concat(parts);
        }
        return v;
    }

    private static boolean honoHtml(Call c, Project project, FileFacts file) {
        if (c.args().size() != 2 || !(c.args().get(0) instanceof Unknown u) || !"tagged-template".equals(u.kind())) return false;
        String q = qname(c.callee(), project, file);
        return q != null && (q.equals("hono/html.html") || q.equals("hono/html"));
    }

    private static void collectRaw(Val v, Project project, FileFacts file, List<Val> out, int depth) {
        if (v == null || depth > 20) return;
        if (v instanceof Call c) {
            String q = qname(c.callee(), project, file);
            if (q != null && (q.equals("hono/html.raw") || q.equals("hono/utils/html.raw"))) {
                if (!c.args().isEmpty()) out.add(c.args().get(0));
                return;
            }
            for (Val a : c.args()) collectRaw(a, project, file, out, depth + 1);
        } else if (v instanceof Tpl t) {
            for (Val h : t.holes()) collectRaw(h, project, file, out, depth + 1);
        } else if (v instanceof Arr a) {
            for (Val h : a.items()) collectRaw(h, project, file, out, depth + 1);
        } else if (v instanceof OneOf o) {
            for (Val h : o.options()) collectRaw(h, project, file, out, depth + 1);
        }
    }

    private static String qname(Val callee, Project project, FileFacts file) {
        try {
            return project.qname(callee, file);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code s.replace(/</g, '&lt;')}, {@code s.replace(/[&<>"']/g, c => map[c])}: an escaping replace (or a chain of them). */
    private static boolean escapingReplace(Call c) {
        String m = Vals.lastName(c.callee());
        if (!"replace".equals(m) && !"replaceAll".equals(m) || c.args().size() < 2) return false;
        Val pat = c.args().get(0);
        String p = pat instanceof Regex r ? r.pattern() : Val.constString(pat);
        if (p == null || !p.contains("<")) return false;
        Val with = c.args().get(1);
        String w = Val.constString(with);
        return with instanceof FnVal || w != null && w.contains("&");
    }

    private Set<String> cleanedParts;
    private Set<String> escapedFields;

    /**
     * Request data the app HTML-escapes before any handler sees it: xss-clean (body, query, params) or
     * express-xss-sanitizer (body, query, params, headers) mounted as middleware, and express-validator chains
     * with {@code .escape()} ({@code body('bio').escape()}), which rewrite the named field in place.
     */
    private boolean cleanedBefore(Req source, Project project, CallIndex index) {
        if (cleanedParts == null) {
            cleanedParts = new HashSet<>();
            escapedFields = new HashSet<>();
            if (!index.sites("xss-clean").isEmpty()) cleanedParts.addAll(List.of("body", "query", "params"));
            if (!index.sites("express-xss-sanitizer.xss").isEmpty()) cleanedParts.addAll(List.of("body", "query", "params", "headers"));
            for (CallIndex.Site site : index.sites("*.escape")) {
                String root = project.rootModule(site.cs().callee(), site.file());
                if (root == null || !root.equals("express-validator")) continue;
                Val r = Analysis.receiver(site.cs().callee());
                Call first = null;
                for (int i = 0; i < 30 && r instanceof Call c; i++) {
                    first = c;
                    r = Analysis.receiver(c.callee());
                }
                if (first == null || first.args().isEmpty()) continue;
                Val names = first.args().get(0);
                for (Val n : names instanceof Arr a ? a.items() : List.of(names)) {
                    String name = Val.constString(n);
                    if (name != null) escapedFields.add(name.contains(".") ? name.substring(0, name.indexOf('.')) : name);
                }
            }
        }
        if (cleanedParts.contains(source.part())) return true;
        return !source.path().isEmpty() && escapedFields.contains(source.path().get(0));
    }

    /** A flow that went through a project function named like an escaper (escapeHtml(), sanitize()) was escaped there. */
    private static boolean escapedOnTheWay(Flow f) {
        for (Location l : f.steps()) {
            String m = l.message();
            if (m != null && ESCAPER_STEP.matcher(m).find()) return true;
        }
        return false;
    }

    private static final Pattern ESCAPER_STEP = Pattern.compile("(?i)(returned by|passed to) \\w*(escape|sanitiz|encode|purify|xss)\\w*\\(\\)");

    private static String describeFlow(Flow f, String sink, String suffix) {
        return f.origin() + " reaches " + sink + suffix + f.through() + ".";
    }

    // ------------------------------------------------------------------ NestJS handlers that return a string

    private void nestReturns(Project project, RuleContext ctx, TaintEngine engine, Set<String> done) {
        boolean fastifyPlatform = project.dependsOn("@nestjs/platform-fastify") && !project.dependsOn("@nestjs/platform-express");
        for (Application app : project.applications()) {
            if (!"nestjs".equals(app.framework())) continue;
            for (Route r : app.routes()) {
                Fn fn = r.handler();
                if (fn == null || fn.file() == null || project.isTestPath(fn.file())) continue;
                // a @nestjs/graphql resolver's answer is a field of the JSON GraphQL response, never a page
                if (!r.isHttp()) continue;
                if (notNavigable(fn, project)) continue;
                FileFacts file = project.file(fn.file());
                if (file == null) continue;
                if (has(fn, "Render") || has(fn, "Redirect") || fn.params().stream().anyMatch(p -> p.decorators().stream()
                        .anyMatch(d -> d.name().equals("Res") || d.name().equals("Response")))) continue;
                Type t = null;
                for (Decorator d : fn.decorators()) {
                    if (!d.name().equals("Header")) continue;
                    String n = Val.constString(d.arg(0));
                    if (n != null && n.equalsIgnoreCase("content-type")) t = classify(d.arg(1));
                }
                if (t == Type.OTHER || t == null && fastifyPlatform) continue;
                // the handler's signature line (its first parameter), else where its declaration starts
                Location at = fn.params().isEmpty() || fn.params().get(0).location() == null ? fn.location() : fn.params().get(0).location();
                String key = at.path() + ":" + at.line() + ":" + at.column();
                if (done.contains(key)) continue;
                for (int ri = 0; ri < fn.returns().size(); ri++) {
                    // a webhook handshake: hub.challenge answered only when hub.verify_token equals the server's secret
                    if (behindSecret(fn.returnGuards(ri), fn)) continue;
                    Val v = strip(fn.returns().get(ri), project, file);
                    if (v == null || !stringShaped(v, project, file, fn, 0)) continue;
                    Flow f = engine.trace(v, fn, file, KIND, null);
                    if (f == null || escapedOnTheWay(f) || cleanedBefore(f.source(), project, engine.index())) continue;
                    done.add(key);
                    String name = fn.name().isEmpty() ? "the handler" : fn.name() + "()";
                    String type = t == Type.HTML ? "with @Header('Content-Type', 'text/html')" : "as text/html (Nest answers a string with res.send)";
                    ctx.report(at, describeFlow(f, "the return value of " + name + ", sent " + type, "") + " " + RISK)
                            .related(f.sourceAt(), f.what() + " is read here")
                            .flow(f.to(at, "returned by " + name + " as the response body").steps())
                            .fix(fix(ctx, "nestjs", "send"))
                            .property("source", f.what().replace("`", ""))
                            .property("sink", name + " return")
                            .add();
                    break;
                }
            }
        }
    }

    private static boolean has(Fn fn, String decorator) {
        return fn.decorators().stream().anyMatch(d -> d.name().equals(decorator));
    }

    // ------------------------------------------------------------------ server templates

    private void templates(Project project, RuleContext ctx, TaintEngine engine, Set<String> done) {
        List<String> files = new ArrayList<>();
        for (String p : project.texts().keySet()) if (Workspace.template(p)) files.add(p);
        if (files.isEmpty()) return;
        Views views = views(project, engine.index());
        scanned.clear();
        List<CallIndex.Site> sites = new ArrayList<>(engine.index().sites("<response>.render"));
        sites.addAll(engine.index().sites("<response>.view"));
        for (CallIndex.Site s : sites) {
            if (project.isTestPath(s.file().path())) continue;
            String view = Val.constString(s.cs().arg(0));
            Val locals = s.cs().arg(1);
            if (view == null || locals == null || locals instanceof FnVal || notNavigable(s.fn(), project)) continue;
            String tpl = views.resolve(view, s.file().path(), files);
            if (tpl == null) continue;
            render(project, ctx, engine, done, s.fn(), s.file(), s.cs(), s.cs().location(), List.of(locals), tpl,
                    frameworkOf(project, s.file().path()));
        }
        // NestJS @Render('view'): the handler's return value is the locals object
        for (Application app : project.applications()) {
            if (!"nestjs".equals(app.framework())) continue;
            for (Route r : app.routes()) {
                Fn fn = r.handler();
                if (fn == null || fn.file() == null || project.isTestPath(fn.file())) continue;
                FileFacts file = project.file(fn.file());
                for (Decorator d : fn.decorators()) {
                    if (!d.name().equals("Render") || file == null) continue;
                    String view = Val.constString(d.arg(0));
                    String tpl = view == null ? null : views.resolve(view, file.path(), files);
                    if (tpl == null) continue;
                    render(project, ctx, engine, done, fn, file, null, d.location(), fn.returns(), tpl, "nestjs");
                }
            }
        }
    }

    /** Each template's unescaped outputs, scanned once per check. */
    private final Map<String, List<TemplateOutputs.Output>> scanned = new java.util.HashMap<>();

    private void render(Project project, RuleContext ctx, TaintEngine engine, Set<String> done, Fn fn, FileFacts file,
                        CallSite cs, Location at, List<Val> localsOptions, String tpl, String framework) {
        String key = at.path() + ":" + at.line() + ":" + at.column();
        if (done.contains(key)) return;
        List<TemplateOutputs.Output> outs = scanned.computeIfAbsent(tpl, p -> TemplateOutputs.scan(p, project.texts().get(p)));
        for (TemplateOutputs.Output o : outs) {
            for (List<String> path : o.paths()) {
                for (Val locals : localsOptions) {
                    Val v = field(locals, path, project, file, fn);
                    if (v == null) continue;
                    v = strip(v, project, file);
                    if (v == null) continue;
                    Flow f = engine.trace(v, fn, file, KIND, cs);
                    if (f == null || escapedOnTheWay(f) || cleanedBefore(f.source(), project, engine.index())) continue;
                    done.add(key);
                    String local = String.join(".", path);
                    Location out = Location.at(tpl, o.line(), o.column());
                    String how = o.shown();
                    ctx.report(at, f.origin()
                                    + " is rendered as `" + local + "` and printed unescaped by " + how + " in " + tpl + ":" + o.line()
                                    + ". " + RISK)
                            .related(f.sourceAt(), f.what() + " is read here")
                            .related(out, "`" + local + "` is printed without HTML escaping here")
                            .flow(f.to(at, "passed to the view as " + local).to(out, "printed unescaped by " + how).steps())
                            .fix(fix(ctx, framework, "template"))
                            .property("source", f.what().replace("`", ""))
                            .property("sink", tpl + ":" + o.line())
                            .add();
                    return;
                }
            }
        }
    }

    /** The locals field a template path reads ({@code user.bio} of {@code { user: ... }}), or null when the locals do not have it. */
    static Val field(Val locals, List<String> path, Project project, FileFacts file, Fn fn) {
        Val v = locals;
        for (String seg : path) {
            if (v instanceof Call c) v = returned(c, project, file, fn);
            if (v instanceof Obj o) {
                if (o.props().containsKey(seg)) {
                    v = o.props().get(seg);
                    continue;
                }
                List<Val> spreads = new ArrayList<>();
                for (Map.Entry<String, Val> e : o.props().entrySet()) if (e.getKey().startsWith("...")) spreads.add(Val.member(e.getValue(), seg));
                if (spreads.isEmpty()) return null;
                v = spreads.size() == 1 ? spreads.get(0) : new OneOf(spreads);
                continue;
            }
            if (v == null || v instanceof Lit || v instanceof Arr || v instanceof FnVal) return null;
            v = Val.member(v, seg);
        }
        return v;
    }

    /**
     * {@code res.render('v', localsFor(req.body))}: the object the project function returns, its parameters
     * replaced by the call's arguments, so a field of it is followed alone (not the first field with data).
     */
    private static Val returned(Call c, Project project, FileFacts file, Fn fn) {
        Project.FnRef t = target(c.callee(), project, file, fn);
        if (t == null || t.fn().returns().size() != 1 || !(t.fn().returns().get(0) instanceof Obj o)) return c;
        return bind(o, c.args(), 0);
    }

    private static Val bind(Val v, List<Val> args, int depth) {
        if (depth > 8) return v;
        if (v instanceof Param p) {
            Val a = p.index() < args.size() ? args.get(p.index()) : new Lit(null);
            for (String seg : p.path()) a = Val.member(a, seg);
            return a;
        }
        if (v instanceof Obj o) {
            Map<String, Val> m = new java.util.LinkedHashMap<>();
            o.props().forEach((k, x) -> m.put(k, bind(x, args, depth + 1)));
            return Val.obj(m);
        }
        if (v instanceof Tpl t) return new Tpl(t.quasis(), t.holes().stream().map(x -> bind(x, args, depth + 1)).toList());
        if (v instanceof Concat c) return new Concat(c.parts().stream().map(x -> bind(x, args, depth + 1)).toList());
        if (v instanceof OneOf o) return new OneOf(o.options().stream().map(x -> bind(x, args, depth + 1)).toList());
        if (v instanceof Member m) return Val.member(bind(m.object(), args, depth + 1), m.prop());
        return v;
    }

    /** Where views live and which extension they have: app.set('views', ...), app.set('view engine', ...), nunjucks.configure(dir). */
    private record Views(Set<String> dirs, Set<String> exts) {
        String resolve(String view, String from, List<String> files) {
            String v = view.replace('\\', '/');
            while (v.startsWith("./") || v.startsWith("/")) v = v.startsWith("/") ? v.substring(1) : v.substring(2);
            if (v.isEmpty()) return null;
            List<String> names = new ArrayList<>();
            if (TemplateOutputs.engine(v) != null) names.add(v);
            else {
                for (String e : exts.isEmpty() ? List.of("ejs", "pug", "jade", "hbs", "handlebars", "njk", "html") : exts) names.add(v + "." + e);
            }
            List<String> hits = new ArrayList<>();
            for (String f : files) {
                for (String d : dirs) for (String n : names) if (("/" + f).endsWith("/" + d + "/" + n)) hits.add(f);
            }
            if (hits.isEmpty()) {
                // a root set where we could not read it (@fastify/view root option, a computed path): the one file with that name
                for (String f : files) for (String n : names) if (("/" + f).endsWith("/" + n)) hits.add(f);
                if (new LinkedHashSet<>(hits).size() != 1) return null;
            }
            String best = null;
            int bestLen = -1;
            for (String h : hits) {
                int l = common(h, from);
                if (l > bestLen) {
                    best = h;
                    bestLen = l;
                }
            }
            return best;
        }

        private static int common(String a, String b) {
            int i = 0;
            while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
            return i;
        }
    }

    private static Views views(Project project, CallIndex index) {
        Set<String> dirs = new LinkedHashSet<>();
        Set<String> exts = new LinkedHashSet<>();
        for (CallIndex.Site s : index.sites("*.set")) {
            String name = Val.constString(s.cs().arg(0));
            if ("views".equals(name) && s.cs().arg(1) != null) constants(s.cs().arg(1), dirs, 0);
            if ("view engine".equals(name)) {
                String e = Val.constString(s.cs().arg(1));
                if (e != null) exts.add(e.startsWith(".") ? e.substring(1) : e);
            }
        }
        for (CallIndex.Site s : index.sites("nunjucks.configure")) if (s.cs().arg(0) != null) constants(s.cs().arg(0), dirs, 0);
        Set<String> clean = new LinkedHashSet<>();
        for (String d : dirs) {
            String x = d.replace('\\', '/');
            while (x.startsWith("./") || x.startsWith("../") || x.startsWith("/")) x = x.substring(x.indexOf('/') + 1);
            while (x.endsWith("/")) x = x.substring(0, x.length() - 1);
            if (!x.isEmpty() && !x.equals(".") && !x.equals("..")) clean.add(x);
        }
        clean.add("views");
        if (exts.contains("handlebars") || exts.contains("hbs")) {
            exts.add("hbs");
            exts.add("handlebars");
        }
        if (exts.contains("nunjucks") || exts.contains("njk")) {
            exts.add("njk");
            exts.add("html");
        }
        return new Views(clean, exts);
    }

    /** The constant strings in a views setting: 'views', path.join(__dirname, '..', 'views'), [a, b]. */
    private static void constants(Val v, Set<String> out, int depth) {
        if (v == null || depth > 6) return;
        String s = Val.constString(v);
        if (s != null) {
            out.add(s);
            return;
        }
        if (v instanceof Call c) {
            // path.join(__dirname, '..', 'views'): the segments after the last non-constant one
            StringBuilder sb = new StringBuilder();
            for (Val a : c.args()) {
                String x = Val.constString(a);
                if (x == null) sb.setLength(0);
                else if (!x.equals("..") && !x.equals(".")) sb.append(sb.length() == 0 ? "" : "/").append(x);
            }
            if (sb.length() > 0) out.add(sb.toString());
        } else if (v instanceof Arr a) {
            for (Val x : a.items()) constants(x, out, depth + 1);
        } else if (v instanceof Concat c && !c.parts().isEmpty()) {
            String last = Val.constString(c.parts().get(c.parts().size() - 1));
            if (last != null) out.add(last);
        } else if (v instanceof Tpl t && !t.quasis().isEmpty()) {
            out.add(t.quasis().get(t.quasis().size() - 1));
        }
    }
}
