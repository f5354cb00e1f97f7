package dev.backcheck.rules.injection;

import dev.backcheck.flow.TaintEngine.SinkSite;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.concepts.XmlParsers;

/**
 * Request XML parsed by libxml2 (libxmljs, libxmljs2) with entity substitution on ({@code noent: true}, or
 * libxmljs 1's {@code replaceEntities: true}): a {@code <!ENTITY x SYSTEM "file:///etc/passwd">} in the
 * document is read from the server's disk or network into the parsed result (XXE). Without those options
 * libxml2 leaves external entities alone; xml2js, fast-xml-parser and @xmldom/xmldom never load them.
 */
@RuleId("injection/xxe")
public final class XxeRule extends TaintRule {

    /**
     * The taint flows above (libxmljs), then Java parsers from {@link XmlParsers}: a factory or reader created without
     * external-entity hardening in a function that parses something other than a constant file or resource with it.
     */
    @Override
    public void check(Project project, RuleContext ctx) {
        super.check(project, ctx);
        for (XmlParsers.Parser p : XmlParsers.of(project).all()) {
            if (!p.exposed()) continue;
            String what = switch (p.input()) {
                case "request" -> "the request body";
                case "parameter" -> "a value handed to " + (p.fn().name().isEmpty() ? "the function" : p.fn().name() + "()");
                default -> "a document";
            };
            ctx.report(p.at(), p.api() + " is created without disabling DOCTYPEs or external entities and parses " + what
                    + ": a <!ENTITY x SYSTEM \"file:///etc/passwd\"> in it is read from the server's disk or network into the result (XXE),"
                    + " and nested entities exhaust memory.")
                    .level(p.input().equals("request") ? dev.backcheck.findings.Level.ERROR : dev.backcheck.findings.Level.WARNING)
                    .related(p.parseAt(), "parsed here")
                    .fix(ctx.meta().fixText("spring", p.api()))
                    .property("framework", "spring").add();
        }
    }

    @Override
    protected String kind() {
        return "xxe";
    }

    @Override
    protected String risk(SinkSite s) {
        return "With entity substitution on, a client's <!ENTITY x SYSTEM \"file:///etc/passwd\"> reads server files or internal URLs into the document (XXE).";
    }

    @Override
    protected boolean accept(SinkSite s, Project project) {
        if (s.arg() != 0 || s.cs().args().size() < 2) return false;
        Val opts = project.resolve(s.cs().args().get(1), s.file()).val();
        if (!(opts instanceof Obj o)) return false;
        return on(o.props().get("noent"), project, s) || on(o.props().get("replaceEntities"), project, s);
    }

    private static boolean on(Val v, Project project, SinkSite s) {
        if (v == null) return false;
        Val r = project.resolve(v, s.file()).val();
        return r instanceof Lit l && (Boolean.TRUE.equals(l.value()) || l.value() instanceof Double d && d != 0
                || l.value() instanceof String str && !str.isEmpty());
    }

    @Override
    protected String fixKey(SinkSite s) {
        return "libxmljs";
    }
}
