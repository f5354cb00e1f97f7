package dev.backcheck.frameworks;

import dev.backcheck.model.Application;
import dev.backcheck.model.Project;

import java.util.ArrayList;
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
                new dev.backcheck.frameworks.nest.NestModel(), new dev.backcheck.frameworks.hono.HonoModel());
    }

    public static List<Application> build(Project project) {
        List<Application> apps = new ArrayList<>();
        for (FrameworkModel m : all()) {
            for (Application a : m.build(project)) {
                if (a.location() != null && project.isTestPath(a.location().path())) continue;
                apps.add(a);
            }
        }
        UnmodelledFrameworks.report(project);
        apps.sort(Comparator.comparing((Application a) -> a.location().path()).thenComparingInt(a -> a.location().line())
                .thenComparing(Application::framework));
        return apps;
    }
}
