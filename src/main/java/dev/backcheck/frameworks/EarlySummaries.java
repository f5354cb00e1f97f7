package dev.backcheck.frameworks;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The handler summaries the framework models ask ({@link Analysis#summary}: a route's middleware classified, a handler's
 * own validation and limiter), computed on a second thread while the models are built on the main one (issue 14: the
 * summaries were about half of the model's single-threaded stretch, 0.3 s of 0.6 s on the 100k-line bench tree, 0.43 of
 * 0.57 s on s19 nexa). The main thread then finds most of them in the memo.
 *
 * <p>The findings cannot change: a summary is a function of the function alone, whatever the order of asks and the
 * thread (the memo keeps a summary that met a recursion or depth guard only for asks from the top:
 * {@code SummaryOrderTest}, {@code AnalysisOrderTest}); this thread asks on {@link Project#computeEarly} with
 * {@link Project#ANY_DERIVED}, so a summary that reads what the models are still building (the applications, the
 * notes, the Hono context registry) or a value computed from no applications is dropped ({@link Project.NotYet}) and
 * asked again by the model or a rule, which compute it as before; what is kept read only the facts, the resolution and
 * values that read no model. The thread is stopped and joined before the applications are added, so nothing it keeps
 * was computed after.
 *
 * <p>What it asks: the functions handed to route and middleware registrations ({@code app.get(path, mw, handler)},
 * {@code router.use(fn)}, Hono's and Fastify's alike) in file and source order, named or written inline, and for an argument
 * that is a call ({@code asyncHandler(controller.list)}, {@code validateBody(schema)}) the functions among its arguments and
 * the function the called factory returns. Asking one the model never asks costs time only.
 */
public final class EarlySummaries {
    private static final Set<String> REGISTRATIONS = Set.of("use", "get", "post", "put", "patch", "delete", "del", "all", "options",
            "head", "route", "on", "addHook", "register", "handle");

    private final Thread thread;
    private volatile boolean stop;

    private EarlySummaries(Project project) {
        Analysis analysis = ModelSupport.analysis(project); // derived here first: the thread finds it kept
        thread = new Thread(null, () -> project.computeEarly(Project.ANY_DERIVED, List.of(() -> run(project, analysis))),
                "backcheck-summaries");
        thread.setDaemon(true);
    }

    /** Starts the thread; null when the scan runs on one thread (--jobs 1). */
    static EarlySummaries start(Project project, int jobs) {
        if (jobs <= 1) return null;
        EarlySummaries e = new EarlySummaries(project);
        e.thread.start();
        return e;
    }

    /** Stops after the summary in progress and waits for the thread. */
    void stop() {
        stop = true;
        Project.joinAll(java.util.Collections.singletonList(thread));
    }

    private void run(Project project, Analysis analysis) {
        for (FileFacts f : project.files().values()) {
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    String m = cs.methodName();
                    if (m == null || !REGISTRATIONS.contains(m) || cs.args().isEmpty()) continue;
                    for (Val a : cs.args()) {
                        if (stop) return;
                        for (Project.FnRef target : targets(project, a, f)) {
                            if (stop) return;
                            if (target == null || target.fn() == null || target.file() == null) continue;
                            try {
                                analysis.summary(target.fn(), target.file());
                            } catch (Project.NotYet | RuntimeException | StackOverflowError e) {
                                // dropped: the model or a rule asks it again and computes it, meeting any failure itself
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The functions a registration's argument hands the model: the function itself (inline or named), or, for a call
     * ({@code asyncHandler(controller.list)}, {@code validateBody(schema)}), the functions among the call's own arguments
     * (the wrapped handler the model classifies) and the function the called factory returns.
     */
    private static List<Project.FnRef> targets(Project project, Val a, FileFacts f) {
        if (a instanceof Val.FnVal fv) return List.of(new Project.FnRef(fv.fn(), f));
        if (!(a instanceof Val.Call c)) {
            Project.FnRef t = target(project, a, f);
            return t == null ? List.of() : List.of(t);
        }
        List<Project.FnRef> out = new ArrayList<>();
        try {
            for (Val arg : c.args()) {
                if (arg instanceof Val.FnVal fv) out.add(new Project.FnRef(fv.fn(), f));
                else if (!(arg instanceof Val.Call)) out.add(target(project, arg, f));
            }
            Project.FnRef factory = project.function(c.callee(), f);
            if (factory != null && factory.fn() != null && factory.file() != null) {
                for (Val ret : factory.fn().returns()) {
                    Project.Resolved r = project.resolve(ret, factory.file());
                    if (r.val() instanceof Val.FnVal fv && r.file() != null) {
                        out.add(new Project.FnRef(fv.fn(), r.file()));
                        break;
                    }
                }
            }
        } catch (Project.NotYet | RuntimeException | StackOverflowError e) {
            // what was found stands; the model asks the rest itself
        }
        return out;
    }

    private static Project.FnRef target(Project project, Val a, FileFacts f) {
        if (a instanceof Val.Call) return null; // a factory's middleware (validate(schema)): the model follows it itself
        try {
            return project.function(a, f);
        } catch (Project.NotYet | RuntimeException | StackOverflowError e) {
            return null;
        }
    }
}
