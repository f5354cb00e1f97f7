package dev.backcheck.rules.testonly;

import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.engine.Scanner;
import dev.backcheck.rules.RuleCatalog;
import dev.backcheck.rules.RuleMeta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A small catalogue for engine and report tests that must not depend on which product rules exist:
 * testonly/query-call (error, security), testonly/marker (warning, no security severity) and the
 * real meta/unused-suppression.
 */
public final class TestCatalog {
    public static final String QUERY = "testonly/query-call";
    public static final String MARKER = "testonly/marker";
    public static final String UNUSED = "meta/unused-suppression";

    private TestCatalog() { }

    public static RuleCatalog get() {
        RuleMeta query = new RuleMeta(QUERY, "Query called", "error", "parameterized-queries", "8.8", "high", List.of(89),
                List.of(), List.of(), List.of("express"), "Reports every call of a method named query, for tests only.",
                "### Express\nBad\n```ts\n```\nGood\n```ts\n```", Map.of("max", new RuleMeta.Option(5, "a number option"),
                "mode", new RuleMeta.Option("strict", "a string option"), "words", new RuleMeta.Option(List.of("query"), "method names to report")));
        RuleMeta marker = new RuleMeta(MARKER, "Marker in a text file", "warning", "report-claims", null, "high", List.of(),
                List.of(), List.of(), List.of("express"), "Reports FIXME-CLAIM markers in text files, for tests only.",
                "### Express\nBad\n```ts\n```\nGood\n```ts\n```", Map.of());
        RuleMeta unused = RuleCatalog.builtin().get(UNUSED);
        if (unused == null) throw new IllegalStateException("meta/unused-suppression missing from rules/");
        return RuleCatalog.of(List.of(query, marker, unused));
    }

    public static ScanResult scan(Path root) {
        return scan(ScanOptions.defaults(root).withJobs(2));
    }

    public static ScanResult scan(ScanOptions o) {
        try {
            return new Scanner(get()).scan(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} to {@code root/rel}, creating directories. */
    public static Path write(Path root, String rel, String text) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
