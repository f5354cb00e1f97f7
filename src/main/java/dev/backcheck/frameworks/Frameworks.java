package dev.backcheck.frameworks;

import dev.backcheck.model.Application;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.Comparator;
import java.util.List;

/**
 * All framework models, run in a fixed order; applications sorted by creation site. Applications
 * created in test and tooling code ({@link Project#isTestPath}) are dropped here, once for every
 * framework: a test's {@code express()} or {@code new Hono()} is not the application, though the
 * production routers it mounts keep their routes in the production application that mounts them.
 * Frameworks backcheck does not model yet are reported as not modelled ({@link UnmodelledFrameworks}).
 */
public final class Frameworks {
    private Frameworks() { }

    public static List<FrameworkModel> all() {
        return List.of(new dev.backcheck.frameworks.express.ExpressModel(), new dev.backcheck.frameworks.fastify.FastifyModel(),
                new dev.backcheck.frameworks.nest.NestModel(), new dev.backcheck.frameworks.hono.HonoModel(),
                new dev.backcheck.frameworks.spring.SpringModel());
    }

    public static List<Application> build(Project project) {
        List<Throwable> failures = new ArrayList<>();
        List<Application> apps = build(project, failures);
        if (!failures.isEmpty()) throw (RuntimeException) failures.get(0);
        return apps;
    }

    /**
     * An app created in a file no entry reaches (a router module nothing imports or mounts, a side server beside the
     * package's entry), in a mock API only the end-to-end tests start, or in a helper only test files load (an app built
     * for the tests): no process serves it.
     */
    private static final java.util.regex.Pattern EXAMPLES = java.util.regex.Pattern.compile("(^|/)examples?/");

    private static boolean notRun(Project project, String path) {
        return dev.backcheck.concepts.ImportIndex.of(project).notRun(path);
    }

    /** Every model's applications; a model that fails adds to {@code failures} and the others still count. */
    public static List<Application> build(Project project, List<Throwable> failures) {
        // the handler summaries the models ask, computed beside them on the second thread (findings unchanged: see there)
        EarlySummaries early = EarlySummaries.start(project, project.jobs());
        try {
            return build0(project, failures);
        } finally {
            if (early != null) early.stop();
        }
    }

    private static List<Application> build0(Project project, List<Throwable> failures) {
        List<Application> apps = new ArrayList<>();
        List<Application> dropped = new ArrayList<>();
        for (FrameworkModel m : all()) {
            List<Application> built;
            try {
                built = m.build(project);
            } catch (RuntimeException | StackOverflowError e) {
                // one framework model failing must not take the others' applications with it
                project.notModelled(m.id() + " applications (the " + m.id() + " model failed: " + e + ")", "", 0, 0, false);
                failures.add(new IllegalStateException(m.id() + " model failed: " + e, e));
                continue;
            }
            for (Application a : built) {
                if (a.location() != null && project.isTestPath(a.location().path())) continue;
                if (a.location() != null && notRun(project, a.location().path())) {
                    dropped.add(a);
                    continue;
                }
                // an app a function only the tests call builds (createTestApp beside createApp): no process serves it
                if (a.location() != null && dev.backcheck.concepts.ImportIndex.of(project).createdOnlyByTests(a.location())) {
                    dropped.add(a);
                    continue;
                }
                apps.add(a);
            }
        }
        // a global authentication hook whose skip list (or a route option it reads) lets a route through: not on that route
        try {
            apps = new ArrayList<>(dev.backcheck.concepts.Authentication.apply(project, apps));
        } catch (RuntimeException | StackOverflowError e) {
            project.notModelled("authentication skip lists (failed: " + e + ")", "", 0, 0, false);
            failures.add(new IllegalStateException("auth skip lists failed: " + e, e));
        }
        // an archived package (a DEPRECATED.md in its folder) beside a live application: the live one is what runs
        dev.backcheck.concepts.ImportIndex index = dev.backcheck.concepts.ImportIndex.of(project);
        boolean live = apps.stream().anyMatch(a -> a.location() == null || !index.deprecated(a.location().path()));
        if (live) {
            for (Application a : apps) if (a.location() != null && index.deprecated(a.location().path())) dropped.add(a);
            apps.removeIf(a -> a.location() != null && index.deprecated(a.location().path()));
        }
        // an app a script builds (src/scripts/test-endpoints.ts mounting the real routers to try them by hand, a seed or
        // benchmark server) beside an app of the same package in its own code: the package serves the latter
        Set<String> livePackages = new HashSet<>();
        for (Application a : apps) {
            if (a.location() != null && !dev.backcheck.concepts.ServerCode.tooling(a.location().path())) {
                livePackages.add(index.packageDir(a.location().path()));
            }
        }
        for (Iterator<Application> it = apps.iterator(); it.hasNext(); ) {
            Application a = it.next();
            // (JavaScript and TypeScript files only: a Java package path such as com/example/ names no folder of scripts)
            if (a.location() != null && "ts".equals(dev.backcheck.lang.FrontEnds.languageOf(a.location().path()))
                    && dev.backcheck.concepts.ServerCode.tooling(a.location().path())
                    && livePackages.contains(index.packageDir(a.location().path()))) {
                dropped.add(a);
                it.remove();
            }
        }
        // an example app of an SDK or library (examples/minimal-server/server.ts, packages/sdk/examples/server.ts) beside an
        // application of the project's own: a demonstration nothing deploys (s31 x402vechain: apps/api is the server); and
        // an app a tooling file of another package builds (scripts/utilities/ai-webhook-receiver.js, a local helper started
        // by hand beside backend/'s server: s32 blackrent) that no deployment config, package.json script or string of server
        // code names to run (ImportIndex#startedByDeployOrServer: a tools/ server the Dockerfile starts stays; a setup shell
        // script that starts it in the background does not count)
        boolean own = apps.stream().anyMatch(a -> a.location() != null && !dev.backcheck.concepts.ServerCode.tooling(a.location().path()));
        for (Iterator<Application> it = apps.iterator(); own && it.hasNext(); ) {
            Application a = it.next();
            if (a.location() != null && "ts".equals(dev.backcheck.lang.FrontEnds.languageOf(a.location().path()))
                    && (EXAMPLES.matcher(a.location().path()).find() || dev.backcheck.concepts.ServerCode.tooling(a.location().path())
                    && !index.startedByDeployOrServer(a.location().path()))) {
                dropped.add(a);
                it.remove();
            }
        }
        forgetNotesOf(project, dropped, apps);
        try {
            apps = new ArrayList<>(dev.backcheck.frameworks.graphql.GraphqlModel.attach(project, apps));
        } catch (RuntimeException | StackOverflowError e) {
            project.notModelled("GraphQL operations (the graphql model failed: " + e + ")", "", 0, 0, false);
            failures.add(new IllegalStateException("graphql model failed: " + e, e));
        }
        try {
            // tRPC procedures, behind the controls their host application mounts before the adapter
            for (Application a : new dev.backcheck.frameworks.trpc.TrpcModel().build(project, List.copyOf(apps))) {
                if (a.location() != null && !project.isTestPath(a.location().path())) apps.add(a);
            }
        } catch (RuntimeException | StackOverflowError e) {
            project.notModelled("trpc applications (the trpc model failed: " + e + ")", "", 0, 0, false);
            failures.add(new IllegalStateException("trpc model failed: " + e, e));
        }
        UnmodelledFrameworks.report(project);
        apps.sort(Comparator.comparing((Application a) -> a.location().path()).thenComparingInt(a -> a.location().line())
                .thenComparing(Application::framework));
        return apps;
    }

    /**
     * What the models noted while building applications that were then left out (an entry no process runs or that cannot
     * load, an archived package's app) is no part of the inventory: the notes in their files (the app's own, its routes')
     * go, unless a kept application has its entry or a route in the same file.
     */
    private static void forgetNotesOf(Project project, List<Application> dropped, List<Application> kept) {
        if (dropped.isEmpty()) return;
        java.util.Set<String> theirs = new java.util.HashSet<>();
        for (Application a : dropped) {
            if (a.location() != null) theirs.add(a.location().path());
            for (dev.backcheck.model.Route r : a.routes()) if (r.location() != null) theirs.add(r.location().path());
        }
        for (Application a : kept) {
            if (a.location() != null) theirs.remove(a.location().path());
            for (dev.backcheck.model.Route r : a.routes()) if (r.location() != null) theirs.remove(r.location().path());
        }
        theirs.remove("");
        if (!theirs.isEmpty()) project.forgetNotes(n -> theirs.contains(n.path()));
    }
}
