package dev.backcheck.report;

import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The HTML implementation report in a real headless browser (Debian's chromium): it renders the
 * endpoint table, logs no console errors or CSP violations, and makes no network request (checked
 * in Chromium's own net log). Skips with a message only when Chromium is not installed.
 */
class HtmlReportBrowserTest {
    @TempDir
    Path tmp;

    private static Path chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) return Path.of(c);
        }
        return null;
    }

    @Test
    void staticPageHasNoExternalResources() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("apps/claims-false"), null);
        String html = HtmlReport.render(ImplementationReport.build(r));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("Content-Security-Policy"));
        Matcher m = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?(https?:|//)").matcher(html);
        assertFalse(m.find(), "no external src/href");
        for (String section : List.of("Stack Detected", "API Endpoints", "Middleware Stack", "Security Measures",
                "Database Changes", "Environment Variables", "Claims of the agent")) {
            assertTrue(html.contains(section), "section " + section);
        }
    }

    /** What one headless run of a page showed: rendered DOM, stderr, and the page's own network requests. */
    private record Run(String dom, String stderr, List<String> pageRequests) { }

    private Run open(Path chrome, Path page, String name) throws Exception {
        Path netlog = tmp.resolve(name + "-net.json");
        ProcessBuilder pb = new ProcessBuilder(chrome.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + tmp.resolve(name + "-profile"),
                "--enable-logging=stderr", "--v=0", "--log-net-log=" + netlog, "--virtual-time-budget=3000", "--dump-dom",
                page.toUri().toString());
        pb.redirectError(tmp.resolve(name + "-stderr.txt").toFile());
        pb.redirectOutput(tmp.resolve(name + "-dom.html").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        String dom = Files.readString(tmp.resolve(name + "-dom.html"));
        String err = Files.readString(tmp.resolve(name + "-stderr.txt"));
        Assumptions.assumeFalse(dom.isBlank(), "Chromium cannot run here: " + err.lines().limit(3).toList());
        List<String> requests = new java.util.ArrayList<>();
        if (Files.exists(netlog)) {
            com.fasterxml.jackson.databind.JsonNode log = new com.fasterxml.jackson.databind.ObjectMapper().readTree(netlog.toFile());
            for (com.fasterxml.jackson.databind.JsonNode e : log.path("events")) {
                com.fasterxml.jackson.databind.JsonNode params = e.path("params");
                // requests made on behalf of the page carry its (file://) network isolation key; the browser's own
                // background traffic (update checks, network time) does not
                if (params.has("url") && params.path("network_isolation_key").asText().contains("file://")) {
                    String u = params.path("url").asText();
                    if (!u.startsWith("file:") && !u.startsWith("data:")) requests.add(u);
                }
            }
        }
        return new Run(dom, err, requests);
    }

    @Test
    void rendersInHeadlessChromiumWithoutErrorsOrNetwork() throws Exception {
        Path chrome = chromium();
        Assumptions.assumeTrue(chrome != null, "Chromium is not installed (apt-get install chromium); browser test skipped");
        // the probe can see a request and a console error: a page that makes one must be caught
        Path probe = tmp.resolve("probe.html");
        Files.writeString(probe, "<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:9/x.png\"><script>console.error('boom')</script></body></html>");
        Run bad = open(chrome, probe, "probe");
        assertFalse(bad.pageRequests().isEmpty(), "the net-log check must detect a page request");
        assertTrue(bad.stderr().contains("CONSOLE"), "the console check must see console output");

        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("apps/claims-false"), null);
        Path page = tmp.resolve("report.html");
        Files.writeString(page, HtmlReport.render(ImplementationReport.build(r)));
        Run run = open(chrome, page, "report");
        assertTrue(run.dom().contains("id=\"endpoints-table\""), "endpoint table rendered; stderr: " + run.stderr());
        assertTrue(run.dom().contains("<td>DELETE</td>"), "endpoint rows rendered");
        for (String line : run.stderr().lines().toList()) {
            assertFalse(line.contains("CONSOLE"), "console output from the page: " + line);
            assertFalse(line.contains("Refused to"), "CSP violation: " + line);
        }
        assertEquals(List.of(), run.pageRequests(), "the report page makes no network request");
    }
}
