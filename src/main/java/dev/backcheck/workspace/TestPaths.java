package dev.backcheck.workspace;

import org.eclipse.jgit.ignore.IgnoreNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which files are test and tooling code (tests, mocks, end-to-end suites, storybook, fixtures, documentation samples)
 * rather than the application. Their facts still serve resolution, but an application created
 * only there is not reported on. Globs are gitignore-like, as {@code exclude:} is, and are matched
 * against paths relative to the scan root, so a scan rooted inside a {@code fixtures/} or
 * {@code test/} folder still analyses that folder as an application (only folders below the root
 * count). {@code .backcheck.yml} {@code tests:} replaces the default list.
 */
public final class TestPaths {
    public static final List<String> DEFAULT = List.of(
            "test/", "tests/", "__tests__/", "__test__/", "e2e/", "spec/", "__mocks__/", "cypress/",
            "*.test.*", "*.spec.*", "*.e2e-spec.*", ".storybook/", "*.stories.*", "fixtures/", "__fixtures__/",
            "test-utils/", "test-helpers/", "*.test-helper.*", "*TestHelper.*", "test-support/", "testsupport/",
            // scripts that drive the running API as a client to test it (test-scripts/rbac-tests.js logging in fixture accounts)
            "test-scripts/", "test_scripts/", "testscripts/",
            // load and stress tests (k6, artillery scripts): a client driving the deployed API, not the server
            "load-tests/", "load-test/", "loadtests/", "loadtest/", "load-testing/", "k6/", "artillery/",
            // the reports test runners write (a Playwright HTML report with its trace viewer's bundled assets, an Istanbul
            // HTML coverage report): generated browser code, not the server
            "playwright-report*/", "blob-report/", "**/coverage/lcov-report/",
            // code samples of a documentation folder (docs/examples/crud-endpoint.ts): illustrations, not the served app
            "**/docs/examples/", "**/docs/example/", "**/docs/snippets/");

    /** Nothing is test code. */
    public static final TestPaths NONE = new TestPaths(List.of());

    private final List<String> globs;
    private final IgnoreNode node;
    private final Map<String, Boolean> cache = new ConcurrentHashMap<>();

    private TestPaths(List<String> globs) {
        this.globs = List.copyOf(globs);
        this.node = new IgnoreNode();
        try {
            node.parse(new ByteArrayInputStream(String.join("\n", globs).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The given globs, or the default list when {@code globs} is null. */
    public static TestPaths of(List<String> globs) {
        return globs == null ? new TestPaths(DEFAULT) : new TestPaths(globs);
    }

    public List<String> globs() {
        return globs;
    }

    /** True when {@code rel} (relative to the scan root, '/' separated) or one of its folders matches. */
    public boolean test(String rel) {
        if (rel == null || globs.isEmpty()) return false;
        // asked per file and per call by the model and many rules at once: a known path is read without
        // computeIfAbsent's bin lock
        Boolean known = cache.get(rel);
        return known != null ? known : cache.computeIfAbsent(rel, this::match);
    }

    private boolean match(String rel) {
        // a JVM source below src/main/java: the folders below are its package (com/acme/test/StatusController.java is
        // production code of the package "test"), so only the folders up to the source root and the file name count
        int pkg = jvmPackageStart(rel);
        if (pkg >= 0) {
            String collapsed = rel.substring(0, pkg) + rel.substring(rel.lastIndexOf('/') + 1);
            if (!collapsed.equals(rel)) return match(collapsed);
        }
        if (node.isIgnored(rel, false) == IgnoreNode.MatchResult.IGNORED) return true;
        // then each folder on the way (none when rel starts with '/'): a folder's answer is shared by its files
        if (rel.indexOf('/') <= 0) return false;
        return folder(rel.substring(0, rel.lastIndexOf('/')));
    }

    private static final java.util.regex.Pattern JVM_MAIN = java.util.regex.Pattern.compile(
            "(?:^|/)src/main/(?:java|kotlin|scala|groovy)/");
    private static final java.util.regex.Pattern JVM_SOURCE = java.util.regex.Pattern.compile("(?i).*\\.(?:java|kt|scala|groovy)$");

    /**
     * Where the package folders of a JVM main source begin ({@code src/main/java/com/acme/web/X.java}: the index after
     * {@code src/main/java/}), or -1 for any other path. Below that point folder names are package names chosen for the
     * code's domain (com.example, an app's "test" or "tools" package), not the layout conventions of tests and tooling.
     */
    public static int jvmPackageStart(String rel) {
        // (every path the pattern takes ends in one of these names, letters in either case: asked once per file of the
        // tree on the parse threads, the greedy pattern backtracked over every path; the other paths stop here)
        if (rel == null || !jvmSuffix(rel) || !JVM_SOURCE.matcher(rel).matches()) return -1;
        java.util.regex.Matcher m = JVM_MAIN.matcher(rel);
        int at = -1;
        while (m.find()) at = m.end();
        return at;
    }

    /**
     * True when {@code rel} ends in {@code .java}, {@code .kt}, {@code .scala} or {@code .groovy}, ASCII letters in either
     * case: what {@link #JVM_SOURCE} needs of a path's end (its {@code (?i)} folds ASCII letters only).
     */
    static boolean jvmSuffix(String rel) {
        int dot = rel.lastIndexOf('.');
        if (dot < 0) return false;
        int n = rel.length() - dot - 1;
        return n == 4 && (rel.regionMatches(true, dot + 1, "java", 0, 4))
                || n == 2 && rel.regionMatches(true, dot + 1, "kt", 0, 2)
                || n == 5 && rel.regionMatches(true, dot + 1, "scala", 0, 5)
                || n == 6 && rel.regionMatches(true, dot + 1, "groovy", 0, 6);
    }

    /** Folders' answers: the files of one folder ask the same folders. */
    private final Map<String, Boolean> folders = new ConcurrentHashMap<>();

    /** True when folder {@code dir} (no leading '/') or a folder above it matches. */
    private boolean folder(String dir) {
        Boolean known = folders.get(dir);
        if (known != null) return known;
        boolean m = node.isIgnored(dir, true) == IgnoreNode.MatchResult.IGNORED;
        if (!m) {
            int slash = dir.lastIndexOf('/');
            m = slash > 0 && folder(dir.substring(0, slash));
        }
        folders.put(dir, m);
        return m;
    }
}
