package dev.backcheck.config;

import dev.backcheck.findings.Level;
import dev.backcheck.model.ProjectConfig;
import dev.backcheck.workspace.TestPaths;

import java.util.*;

/**
 * A parsed {@code .backcheck.yml}: per-rule settings, file selection and what the models need
 * (declared controls, public routes). Data only: nothing in it runs a command, reads outside the
 * scanned tree or writes anywhere.
 *
 * @param source  the file it came from, as shown in messages (null for no file)
 * @param rules   per rule id, in file order
 * @param exclude globs (gitignore syntax) of paths to skip, added to --exclude
 * @param include globs (gitignore syntax): when not empty, only source files matching one are analysed
 * @param tests   globs (gitignore syntax) of test and tooling code, replacing {@link TestPaths#DEFAULT}; null for the default
 * @param project declared controls and public routes, handed to the models via Project.config()
 */
public record Config(String source, Map<String, RuleSetting> rules, List<String> exclude, List<String> include,
                     List<String> tests, ProjectConfig project) {
    public static final Config EMPTY = new Config(null, Map.of(), List.of(), List.of(), null, ProjectConfig.EMPTY);

    /**
     * One rule's setting.
     *
     * @param off     the rule does not run
     * @param level   its level, or null for the rule's default
     * @param options option values by name (validated against the rule's declared options)
     * @param line    where it is set
     */
    public record RuleSetting(boolean off, Level level, Map<String, Object> options, int line) {
        public RuleSetting {
            options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }
    }

    public Config {
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        exclude = List.copyOf(exclude);
        include = List.copyOf(include);
        tests = tests == null ? null : List.copyOf(tests);
        project = project == null ? ProjectConfig.EMPTY : project;
    }

    /** What counts as test and tooling code: {@code tests:} or the default list. */
    public TestPaths testPaths() {
        return TestPaths.of(tests);
    }

    public Set<String> disabled() {
        Set<String> out = new TreeSet<>();
        rules.forEach((id, s) -> {
            if (s.off()) out.add(id);
        });
        return out;
    }

    public Map<String, Level> levels() {
        Map<String, Level> out = new TreeMap<>();
        rules.forEach((id, s) -> {
            if (!s.off() && s.level() != null) out.put(id, s.level());
        });
        return out;
    }

    public Map<String, Map<String, Object>> ruleOptions() {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        rules.forEach((id, s) -> {
            if (!s.options().isEmpty()) out.put(id, s.options());
        });
        return out;
    }
}
