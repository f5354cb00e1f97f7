package dev.backcheck.model;

import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.Scanner;
import dev.backcheck.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: {@link RouteBehaviour#devOnly} answers what {@code of(r).shows(DEV_ONLY)} answers, for every route, without
 * reading the handler when no function of the project can answer a dev-gated 404 and no control of the route is a
 * dev-only guard. Every route of the example applications (test-fixtures/apps) and of the rule fixtures of errors/stack-leak,
 * ratelimit/auth-routes and authn/unauthenticated-mutation (route verdicts, dev-only cases among them) is asked both ways, each of a fresh RouteBehaviour.
 */
class DevOnlyShortcutTest {

    private static final RuleCatalog CATALOG = RuleCatalog.builtin();

    private static List<Path> trees() throws Exception {
        List<Path> out = new ArrayList<>();
        try (var s = Files.list(Fixtures.ROOT.resolve("apps"))) {
            s.filter(Files::isDirectory).sorted().forEach(out::add);
        }
        for (String rule : List.of("errors/stack-leak", "ratelimit/auth-routes", "authn/unauthenticated-mutation")) {
            try (var cases = Files.list(Fixtures.ROOT.resolve("rules").resolve(rule))) {
                cases.filter(Files::isDirectory).sorted().forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void devOnlyAnswersAsTheWholeVerdict() throws Exception {
        int routes = 0, devOnlyRoutes = 0, shortcutTrees = 0;
        List<String> differences = new ArrayList<>();
        for (Path tree : trees()) {
            // the built-in catalogue, so that a fixture's .backcheck.yml naming rules is read; no rule runs
            ScanOptions options = ScanOptions.defaults(tree).withJobs(1).withOnlyRules(java.util.Set.of());
            Project project = new Scanner(CATALOG).scan(options).project();
            RouteBehaviour fast = new RouteBehaviour(project, new Analysis(project));
            RouteBehaviour whole = new RouteBehaviour(project, new Analysis(project));
            int here = 0, dev = 0;
            for (Application a : project.applications()) {
                for (Route r : a.routes()) {
                    here++;
                    boolean expected = whole.of(r).shows(RouteBehaviour.Reason.DEV_ONLY);
                    boolean got = fast.devOnly(r);
                    if (expected) dev++;
                    if (expected != got) differences.add(tree + ": " + r.label() + " whole verdict " + expected + ", devOnly " + got);
                }
            }
            routes += here;
            devOnlyRoutes += dev;
            if (here > 0 && dev == 0 && !fast.anyDevGate()) shortcutTrees++;
        }
        assertTrue(differences.isEmpty(), String.join("\n", differences));
        // the test reads both answers: dev-only routes exist among the fixtures, and most trees take the shortcut
        assertTrue(devOnlyRoutes >= 2, devOnlyRoutes + " dev-only routes");
        assertTrue(routes > 300 && shortcutTrees > 60, routes + " routes, " + shortcutTrees + " trees with no possible dev gate");
    }
}
