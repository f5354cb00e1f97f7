package dev.backcheck;

import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.engine.Scanner;
import dev.backcheck.findings.Finding;
import dev.backcheck.rules.RuleCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Shared test support: locating fixtures, reading `expect:` annotations, scanning. */
public final class Fixtures {
    public static final Path ROOT = Path.of("test-fixtures").toAbsolutePath();
    private static final Pattern EXPECT = Pattern.compile("expect:\\s*([a-z0-9-]+/[a-z0-9-]+(?:\\[[a-z]+\\])?(?:\\s*,\\s*[a-z0-9-]+/[a-z0-9-]+(?:\\[[a-z]+\\])?)*)");
    private static final Pattern ONE = Pattern.compile("([a-z0-9-]+/[a-z0-9-]+)(?:\\[([a-z]+)\\])?");

    private Fixtures() { }

    /** One expected finding: file (relative to the case root), line, rule, optional level. */
    public record Expect(String path, int line, String rule, String level) {
        public String key() {
            return path + ":" + line + " " + rule;
        }
    }

    public static List<Expect> expectations(Path root) {
        List<Expect> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.equals("expected-routes.json")) continue;
                List<String> lines;
                try {
                    lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    continue;
                }
                // a .properties file has no trailing comments: there `# expect:` on a line of its own
                // annotates the next property line
                boolean properties = rel.endsWith(".properties");
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = EXPECT.matcher(lines.get(i));
                    int line = i + 1;
                    if (properties && lines.get(i).strip().startsWith("#")) {
                        int j = i + 1;
                        while (j < lines.size() && (lines.get(j).isBlank() || lines.get(j).strip().startsWith("#"))) j++;
                        line = j + 1;
                    }
                    while (m.find()) {
                        Matcher one = ONE.matcher(m.group(1));
                        while (one.find()) out.add(new Expect(rel, line, one.group(1), one.group(2)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static ScanResult scan(Path root, Set<String> onlyRules) {
        try {
            ScanOptions o = ScanOptions.defaults(root).withJobs(2);
            if (onlyRules != null) o = o.withOnlyRules(onlyRules);
            return new Scanner(RuleCatalog.builtin()).scan(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares findings with expectations; returns a readable diff, empty when they match. */
    public static String diff(List<Expect> expected, List<Finding> findings, Set<String> rules) {
        Map<String, Expect> exp = new TreeMap<>();
        for (Expect e : expected) if (rules == null || rules.contains(e.rule())) exp.put(e.key(), e);
        Map<String, Finding> got = new TreeMap<>();
        for (Finding f : findings) {
            if (f.suppressed()) continue;
            got.putIfAbsent(f.location().path() + ":" + f.location().line() + " " + f.ruleId(), f);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Expect> e : exp.entrySet()) {
            Finding f = got.get(e.getKey());
            if (f == null) sb.append("  missing:    ").append(e.getKey()).append('\n');
            else if (e.getValue().level() != null && !e.getValue().level().equals(f.level().id())) {
                sb.append("  wrong level: ").append(e.getKey()).append(" expected ").append(e.getValue().level())
                        .append(" got ").append(f.level().id()).append('\n');
            }
        }
        for (Map.Entry<String, Finding> g : got.entrySet()) {
            if (!exp.containsKey(g.getKey())) {
                sb.append("  unexpected: ").append(g.getKey()).append(" [").append(g.getValue().level().id()).append("] ")
                        .append(g.getValue().message()).append('\n');
            }
        }
        return sb.toString();
    }

    public static List<Path> dirs(Path p) {
        if (!Files.isDirectory(p)) return List.of();
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
