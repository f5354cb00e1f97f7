package dev.backcheck.rules.spring;

import dev.backcheck.concepts.SpringConfig;
import dev.backcheck.findings.Level;
import dev.backcheck.frameworks.spring.SecurityChain.Access;
import dev.backcheck.frameworks.spring.SpringControls;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.*;

/**
 * {@code management.endpoints.web.exposure.include} set to {@code *} or listing sensitive Actuator endpoints, in a
 * profile that is not for development, when nothing requires authentication for them: Spring Security is not on
 * the classpath, or the first authorization rule matching the endpoint permits everyone (or no rule matches and
 * the chain lets unmatched requests through). Endpoints on a separate {@code management.server.port} are not
 * reported.
 */
@RuleId("spring/actuator-exposed")
public final class ActuatorExposedRule implements Rule {
    /** Endpoints that hand out secrets or let a caller change the running service. */
    static final Set<String> CRITICAL = Set.of("env", "configprops", "heapdump", "threaddump", "loggers", "shutdown", "httptrace",
            "httpexchanges", "jolokia", "logfile", "sessions", "restart", "refresh", "gateway");
    /** Endpoints that reveal the application's structure. */
    static final Set<String> REVEALING = Set.of("beans", "mappings", "conditions", "caches", "scheduledtasks", "flyway", "liquibase",
            "startup", "auditevents", "integrationgraph", "quartz", "metrics");

    /** Some JVM build of the tree serves HTTP (a root config may configure any of them). */
    private static boolean anyWebModule(Project project) {
        for (dev.backcheck.workspace.Manifest m : project.manifests()) {
            if (m.ecosystem().equals("npm")) continue;
            String dir = m.path().contains("/") ? m.path().substring(0, m.path().lastIndexOf('/') + 1) : "";
            if (dev.backcheck.concepts.HealthChecks.webServer(project, dir)) return true;
        }
        return false;
    }

    @Override
    public void check(Project project, RuleContext ctx) {
        SpringConfig props = SpringConfig.of(project);
        String mgmtPort = SpringProfiles.value(props, "management.server.port");
        String port = SpringProfiles.value(props, "server.port");
        if (mgmtPort != null && !mgmtPort.isBlank() && !mgmtPort.equals(port) && !mgmtPort.equals("-1")) return;
        SpringControls controls = SpringControls.of(project);
        for (SpringConfig.Entry p : SpringProfiles.entries(props, "management.endpoints.web.exposure.include")) {
            if (SpringProfiles.devOnly(p.profile())) continue;
            // (a module with no web server in its build serves its endpoints over JMX only)
            if (!p.module().isEmpty() && !dev.backcheck.concepts.HealthChecks.webServer(project, p.module())
                    || p.module().isEmpty() && !dev.backcheck.concepts.HealthChecks.webServer(project, "") && !anyWebModule(project)) continue;
            Set<String> excluded = new TreeSet<>();
            for (SpringConfig.Entry x : SpringProfiles.entries(props, "management.endpoints.web.exposure.exclude")) {
                if (Objects.equals(x.profile(), p.profile()) || x.profile() == null) for (String e : x.value().split(",")) excluded.add(e.strip().toLowerCase(Locale.ROOT));
            }
            List<String> listed = new ArrayList<>();
            boolean all = false;
            for (String e : p.value().split(",")) {
                String n = e.strip().toLowerCase(Locale.ROOT);
                if (n.equals("*") || n.equals("\"*\"") || n.equals("'*'")) all = true;
                else if ((CRITICAL.contains(n) || REVEALING.contains(n)) && !excluded.contains(n)) listed.add(n);
            }
            List<String> candidates = new ArrayList<>();
            if (all) {
                for (String e : List.of("env", "heapdump", "configprops", "threaddump", "loggers", "beans", "mappings")) {
                    if (!excluded.contains(e)) candidates.add(e);
                }
            } else {
                candidates.addAll(listed);
            }
            if (candidates.isEmpty()) continue;
            String base = controls.actuatorBase();
            List<String> open = new ArrayList<>();
            String why = null;
            for (String e : candidates) {
                SpringControls.Decision d = controls.decideServlet("GET", base + "/" + e);
                boolean isOpen = d == null || d.access() == Access.PERMIT_ALL || d.access() == Access.ANONYMOUS;
                if (!isOpen) continue;
                open.add(e);
                if (why == null) {
                    why = d == null ? "Spring Security is not on the classpath"
                            : d.rule() != null ? "the first rule matching " + base + "/" + e + " is " + d.rule().expr() + " (line " + d.rule().at().line() + ")"
                            : "no authorization rule matches " + base + "/" + e + " and the chain lets unmatched requests through";
                }
            }
            if (open.isEmpty()) continue;
            boolean critical = all || open.stream().anyMatch(CRITICAL::contains);
            String profile = p.profile() == null ? "" : " (profile " + p.profile() + ")";
            ctx.report(p.location(), p.key() + "=" + p.value() + profile + " exposes " + (all ? "every Actuator endpoint, including " : "")
                            + String.join(", ", open) + " over HTTP, and nothing requires authentication for them: " + why
                            + (critical ? ". A heap dump or the env endpoint hands out credentials and tokens; loggers and shutdown change the running service."
                            : ". They map the application's internals for an attacker."))
                    .level(critical ? Level.ERROR : Level.WARNING)
                    .fix(ctx.meta().fixText("spring"))
                    .property("framework", "spring")
                    .add();
        }
    }
}
