package dev.backcheck.rules;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.TaintEngine;
import dev.backcheck.flow.TaintEngine.Flow;
import dev.backcheck.flow.TaintEngine.SinkSite;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule that is a spec over the {@link TaintEngine}: the sinks of one kind (from the models), request data
 * reaching their argument, one finding per sink call with the flow (source → calls → sink) attached.
 * Subclasses name the kind and the risk; they may filter sinks ({@link #accept}) and word the message.
 */
public abstract class TaintRule implements Rule {

    /** The sink kind in {@code models/*.yml}. */
    protected abstract String kind();

    /** What a client can do when the flow exists, one sentence ("A client can run any command on the server (command injection)."). */
    protected abstract String risk(SinkSite s);

    /** False to skip a sink call the model matched (an option that makes it safe, a constant program, ...). */
    protected boolean accept(SinkSite s, Project project) {
        return true;
    }

    /** Extra checks after a flow is found (a sanitiser the rule knows of in that function); null to drop the finding. */
    protected Flow confirm(SinkSite s, Flow f, Project project) {
        return f;
    }

    /** The flow into {@code s}'s argument (default: the engine's trace); a rule that judges where input sits in the value overrides it. */
    protected Flow trace(TaintEngine engine, SinkSite s, Project project) {
        return engine.trace(s);
    }

    /** The key under the framework in the rule's {@code fix:} map (default: the sink's label). */
    protected String fixKey(SinkSite s) {
        return s.model().label();
    }

    @Override
    public void check(Project project, RuleContext ctx) {
        TaintEngine engine = TaintEngine.of(project);
        Set<String> done = new HashSet<>();
        for (SinkSite s : engine.sinks(kind())) {
            if (project.isTestPath(s.file().path())) continue;
            if (!accept(s, project)) continue;
            Flow f = trace(engine, s, project);
            if (f == null) continue;
            f = confirm(s, f, project);
            if (f == null) continue;
            Location at = s.cs().location();
            if (!done.add(at.path() + ":" + at.line() + ":" + at.column())) continue;
            report(ctx, project, at, s.argLocation(), s.file().path(), sinkLabel(s), f, message(s, f), fixKey(s));
        }
        checkMore(project, ctx, done);
    }

    /**
     * Sinks that are not calls of a model (an assignment, a call shape the models cannot name): subclasses
     * trace them with the engine and {@link #report} each; {@code done} holds the reported locations.
     */
    protected void checkMore(Project project, RuleContext ctx, Set<String> done) {
    }

    /** One finding at {@code at}: the flow (source → calls → {@code sinkAt}), the source as related location, the fix. */
    protected void report(RuleContext ctx, Project project, Location at, Location sinkAt, String file, String label, Flow f,
                          String message, String fixKey) {
        ctx.report(at, message)
                .related(f.sourceAt(), f.what() + " is read here")
                .flow(f.to(sinkAt, "reaches " + label).steps())
                .fix(ctx.meta().fixText(frameworkOf(project, file), fixKey))
                .property("source", f.what().replace("`", ""))
                .property("sink", label)
                .add();
    }

    /** "`req.query.host` read from the request at a.ts:12 reaches child_process.exec (through ping()). A client can ..." */
    protected String message(SinkSite s, Flow f) {
        return message(sinkLabel(s), f) + risk(s);
    }

    /** The sink's label, {@code {method}} replaced by the called method ({@code Files.{method}} → {@code Files.readAllBytes}). */
    protected static String sinkLabel(SinkSite s) {
        String m = s.cs().methodName();
        return s.model().label().replace("{method}", m == null ? "call" : m);
    }

    /** "`req.query.host` read from the request at a.ts:12 reaches LABEL (through ping()). " */
    protected static String message(String label, Flow f) {
        return f.origin() + " reaches " + label + f.through() + ". ";
    }

    /** The framework whose fix applies to code in {@code path}: the app that routes to it, else the project's only framework. */
    public static String frameworkOf(Project project, String path) {
        Frameworks fw = project.derived(Frameworks.class, Frameworks::new);
        String own = path == null ? null : fw.byPath.get(path);
        return own != null ? own : fw.fallback;
    }

    /** Per project, asked per finding: the first app (in model order) routing to each file, and the fallback. */
    private static final class Frameworks {
        final java.util.Map<String, String> byPath = new java.util.HashMap<>();
        final String fallback;

        Frameworks(Project project) {
            Set<String> all = new java.util.TreeSet<>();
            for (Application app : project.applications()) {
                all.add(app.framework());
                for (Route r : app.routes()) {
                    if (r.location() != null && r.location().path() != null) byPath.putIfAbsent(r.location().path(), app.framework());
                    if (r.handler() != null && r.handler().file() != null) byPath.putIfAbsent(r.handler().file(), app.framework());
                }
            }
            fallback = all.size() == 1 ? all.iterator().next() : "default";
        }
    }
}
