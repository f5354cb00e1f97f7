package dev.backcheck.workspace;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A build.gradle or build.gradle.kts, scanned as text (Gradle is never run; scripts are never evaluated): the
 * dependency lines written with a {@code group:artifact[:version]} string in a configuration call
 * ({@code implementation 'g:a:v'}, {@code implementation("g:a")}, {@code testImplementation}..., test and
 * annotation-processor configurations counting as dev), the Spring Boot version from the
 * {@code org.springframework.boot} plugin or a {@code spring-boot-dependencies} platform, and the Java release
 * ({@code sourceCompatibility}, {@code JavaVersion.VERSION_17}, {@code JavaLanguageVersion.of(17)}).
 * {@code ext} variables ({@code "g:a:$ver"}) are filled from simple {@code ext}/{@code def}/{@code val} assignments.
 */
public record GradleBuild(String path, String name, Map<String, Dep> dependencies, String javaVersion,
                          Map<String, String> versions) implements Manifest {

    @Override
    public String ecosystem() {
        return "gradle";
    }

    @Override
    public String runtime() {
        return "java";
    }

    @Override
    public String runtimeVersion() {
        return javaVersion;
    }

    private static final Pattern DEP = Pattern.compile(
            "\\b(implementation|api|compile|compileOnly|runtimeOnly|runtime|developmentOnly|testImplementation|testCompile|testRuntimeOnly|testCompileOnly|annotationProcessor|kapt|ksp)\\b\\s*\\(?\\s*(?:platform\\s*\\(\\s*|enforcedPlatform\\s*\\(\\s*)?[\"']([A-Za-z0-9_.\\-]+):([A-Za-z0-9_.\\-]+)(?::([^\"'@]+))?[\"']");
    private static final Pattern BOOT_PLUGIN = Pattern.compile("id\\s*\\(?\\s*[\"']org\\.springframework\\.boot[\"']\\s*\\)?\\s*version\\s*\\(?\\s*[\"']([^\"']+)[\"']");
    private static final Pattern BOOT_LEGACY = Pattern.compile("spring-boot-gradle-plugin:([^\"')\\s]+)");
    private static final Pattern VAR = Pattern.compile("(?:ext\\.|def\\s+|val\\s+|set\\(\\s*[\"'])?([A-Za-z_][A-Za-z0-9_]*)[\"']?\\s*(?:=|,)\\s*[\"']([^\"'$]+)[\"']");
    private static final Pattern JAVA = Pattern.compile("(?:sourceCompatibility\\s*=\\s*(?:JavaVersion\\.VERSION_|[\"']?)([0-9_.]+)|JavaLanguageVersion\\.of\\(\\s*(\\d+)\\s*\\))");

    /** Scans the build script text; never throws on odd content (unknown lines are skipped). */
    public static GradleBuild parse(String path, String text) {
        Map<String, String> vars = new HashMap<>();
        Matcher vm = VAR.matcher(text);
        while (vm.find()) vars.putIfAbsent(vm.group(1), vm.group(2));
        Map<String, Dep> deps = new TreeMap<>();
        Map<String, String> versions = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String t = line.strip();
            if (t.startsWith("//") || t.startsWith("*")) continue;
            Matcher m = DEP.matcher(line);
            while (m.find()) {
                String conf = m.group(1);
                String name = m.group(2) + ":" + m.group(3);
                String v = m.group(4) == null ? null : fill(m.group(4), vars);
                boolean dev = conf.startsWith("test") || conf.equals("annotationProcessor") || conf.equals("kapt") || conf.equals("ksp")
                        || conf.equals("developmentOnly");
                deps.putIfAbsent(name, new Dep(name, v, dev, i + 1));
                if (m.group(3).equals("spring-boot-dependencies") && v != null) versions.putIfAbsent("spring-boot", v);
            }
        }
        Matcher b = BOOT_PLUGIN.matcher(text);
        if (b.find()) versions.put("spring-boot", fill(b.group(1), vars));
        else {
            Matcher l = BOOT_LEGACY.matcher(text);
            if (l.find()) versions.putIfAbsent("spring-boot", fill(l.group(1), vars));
        }
        String java = null;
        Matcher j = JAVA.matcher(text);
        if (j.find()) java = (j.group(1) != null ? j.group(1) : j.group(2)).replace('_', '.');
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? null : path.substring(path.lastIndexOf('/', slash - 1) + 1, slash);
        return new GradleBuild(path, dir, Collections.unmodifiableMap(deps), java, Collections.unmodifiableMap(versions));
    }

    /** {@code $name} / {@code ${name}} filled from the script's simple variables; unknown ones kept. */
    private static String fill(String v, Map<String, String> vars) {
        Matcher m = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_.]*)}?").matcher(v);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String r = vars.get(key.contains(".") ? key.substring(key.lastIndexOf('.') + 1) : key);
            m.appendReplacement(sb, Matcher.quoteReplacement(r == null ? m.group() : r));
        }
        m.appendTail(sb);
        return sb.toString().trim();
    }
}
