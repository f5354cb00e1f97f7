package dev.backcheck.frameworks.spring;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.*;

/**
 * CORS as a Spring app configures it, the concept: {@code CorsRegistry.addMapping(..).allowedOrigins(..)}
 * in {@code addCorsMappings}, a {@code CorsConfiguration} built for a {@code CorsConfigurationSource} bean
 * ({@code setAllowedOrigins}, {@code addAllowedOrigin}, the pattern variants, {@code applyPermitDefaultValues}),
 * and {@code @CrossOrigin} on controllers and handler methods. Each configuration with where its origins
 * are set, whether they allow any origin, and whether credentials are allowed. Origins read from
 * configuration ({@code @Value}, properties) are not judged.
 */
public final class SpringCors {
    /**
     * One CORS configuration.
     *
     * @param at          where its origins are set (the call or the annotation)
     * @param what        how it is written, for messages ({@code allowedOriginPatterns("*")}, {@code @CrossOrigin})
     * @param anyOrigin   it allows every origin
     * @param pattern     the wildcard is an origin pattern, which Spring answers by reflecting the request origin
     * @param credentials credentials are allowed
     */
    public record Config(Location at, String what, boolean anyOrigin, boolean pattern, boolean credentials) { }

    private static final Set<String> ORIGINS = Set.of("allowedOrigins", "setAllowedOrigins", "addAllowedOrigin");
    private static final Set<String> PATTERNS = Set.of("allowedOriginPatterns", "setAllowedOriginPatterns", "addAllowedOriginPattern");

    private final List<Config> configs = new ArrayList<>();

    private SpringCors(Project project) {
        List<Config> annotations = new ArrayList<>();
        List<Config> mvc = new ArrayList<>();
        boolean securityCors = false, restrictiveSourceForAll = false;
        for (FileFacts f : project.files().values()) {
            if (!"java".equals(f.language()) || project.isTestPath(f.path())) continue;
            for (Fn fn : Analysis.functions(f)) {
                int before = configs.size();
                calls(project, f, fn);
                boolean anyHere = configs.subList(before, configs.size()).stream().anyMatch(Config::anyOrigin);
                // registry.addMapping("/api/**").allowedOriginPatterns("*") of a WebMvcConfigurer: Spring MVC's own CORS
                // handling, kept aside like the annotations (below)
                if (fn.calls().stream().anyMatch(cs -> "addMapping".equals(cs.methodName()))) {
                    List<Config> here = new ArrayList<>(configs.subList(before, configs.size()));
                    configs.subList(before, configs.size()).clear();
                    mvc.addAll(here);
                }
                for (CallSite cs : fn.calls()) {
                    String m = cs.methodName();
                    // http.cors(c -> c.configurationSource(source)) / .cors(withDefaults()): Spring Security's CorsFilter
                    if ("cors".equals(m) && !corsDisabled(cs)) securityCors = true;
                    // source.registerCorsConfiguration("/**", config) with no wildcard written where it is built (listed
                    // origins, or origins from configuration): every path's policy
                    if ("registerCorsConfiguration".equals(m) && !cs.args().isEmpty() && "/**".equals(Val.constString(cs.arg(0)))
                            && !anyHere) restrictiveSourceForAll = true;
                }
            }
            for (ClassInfo c : f.classes().values()) {
                Config classLevel = crossOrigin(project, f, c.decorators());
                if (classLevel != null) annotations.add(classLevel);
                for (Fn m : c.methods()) {
                    Config ml = crossOrigin(project, f, m.decorators());
                    if (ml != null) annotations.add(ml);
                }
            }
        }
        // Spring Security's CorsFilter runs first with a source that lists origins for every path: it refuses other
        // origins (403) and answers listed ones itself, and Spring MVC then skips @CrossOrigin (the response already has
        // Access-Control-Allow-Origin; DefaultCorsProcessor), so an annotation's wildcard takes no effect
        // (the same for a WebMvcConfigurer's addCorsMappings: its mappings are Spring MVC's, which the filter has answered
        // or refused before them)
        if (!(securityCors && restrictiveSourceForAll)) {
            configs.addAll(annotations);
            configs.addAll(mvc);
        }
        Map<Location, Config> once = new LinkedHashMap<>();
        for (Config c : configs) once.putIfAbsent(c.at(), c); // a lambda's calls may be listed in its enclosing function too
        configs.clear();
        configs.addAll(once.values());
        configs.sort(Comparator.comparing(Config::at, Location.ORDER));
    }

    public static SpringCors of(Project project) {
        return project.derived(SpringCors.class, SpringCors::new);
    }

    public List<Config> configs() {
        return Collections.unmodifiableList(configs);
    }

    /** True when the app configures CORS anywhere (a mapping, a configuration source, an annotation). */
    public boolean present() {
        return !configs.isEmpty();
    }

    private void calls(Project project, FileFacts f, Fn fn) {
        boolean credentials = false;
        for (CallSite cs : fn.calls()) {
            String m = cs.methodName();
            if (("allowCredentials".equals(m) || "setAllowCredentials".equals(m)) && !cs.args().isEmpty()
                    && cs.arg(0) instanceof Lit l && Boolean.TRUE.equals(l.value())) credentials = true;
        }
        for (CallSite cs : fn.calls()) {
            String m = cs.methodName();
            if (m == null) continue;
            if ("applyPermitDefaultValues".equals(m)) {
                configs.add(new Config(nameAt(cs), "CorsConfiguration.applyPermitDefaultValues()", true, false, credentials));
                continue;
            }
            boolean origins = ORIGINS.contains(m), patterns = PATTERNS.contains(m);
            if (!origins && !patterns) continue;
            List<String> values = new ArrayList<>();
            boolean known = true;
            for (Val a : cs.args()) known &= strings(project, f, a, values);
            boolean any = values.contains("*");
            if (!any && !known) continue; // origins from configuration: not judged
            configs.add(new Config(nameAt(cs), m + "(" + String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList()) + ")",
                    any, patterns, credentials));
        }
    }

    /** {@code .cors(c -> c.disable())} / {@code .cors(AbstractHttpConfigurer::disable)}: the filter is off. */
    private static boolean corsDisabled(CallSite cs) {
        for (Val a : cs.args()) {
            if (a instanceof FnVal fv && fv.fn().calls().stream().anyMatch(x -> "disable".equals(x.methodName()))) return true;
            if ("disable".equals(Vals.lastName(a))) return true;
        }
        return false;
    }

    /** Where the method name of a call is (a chained call starts where its chain starts). */
    static Location nameAt(CallSite cs) {
        Location cl = cs.calleeLocation();
        String m = cs.methodName();
        if (cl == null || m == null || cl.endLine() <= 0) return cs.location();
        return Location.at(cl.path(), cl.endLine(), Math.max(1, cl.endColumn() - m.length()));
    }

    private Config crossOrigin(Project project, FileFacts f, List<Decorator> ds) {
        for (Decorator d : ds) {
            if (!d.name().equals("CrossOrigin")) continue;
            List<String> origins = new ArrayList<>();
            List<String> patterns = new ArrayList<>();
            boolean credentials = false;
            boolean known = true;
            for (Val a : d.args()) {
                if (a instanceof Obj o) {
                    for (Map.Entry<String, Val> e : o.props().entrySet()) {
                        switch (e.getKey()) {
                            case "origins", "value" -> known &= strings(project, f, e.getValue(), origins);
                            case "originPatterns" -> known &= strings(project, f, e.getValue(), patterns);
                            case "allowCredentials" -> {
                                List<String> c = new ArrayList<>();
                                strings(project, f, e.getValue(), c);
                                credentials = c.contains("true");
                            }
                            default -> { }
                        }
                    }
                } else {
                    known &= strings(project, f, a, origins);
                }
            }
            if (!known) return null;
            // no origins at all: @CrossOrigin allows every origin
            boolean any = origins.contains("*") || patterns.contains("*") || origins.isEmpty() && patterns.isEmpty();
            if (!any) return null;
            return new Config(d.location(), "@CrossOrigin" + (origins.isEmpty() && patterns.isEmpty() ? "" : "(\"*\")"), true,
                    patterns.contains("*"), credentials);
        }
        return null;
    }

    private static String lastName(Val callee) {
        String t = SpringSecurity.text(callee);
        return t.substring(t.lastIndexOf('.') + 1);
    }

    /** Adds the string values of {@code v} (a literal, an array, List.of / Arrays.asList); false when one is not a literal. */
    private static boolean strings(Project project, FileFacts f, Val v, List<String> out) {
        Val r = v;
        if (!(r instanceof Lit) && !(r instanceof Arr) && !(r instanceof Call)) {
            Project.Resolved res = project.resolve(v, f);
            if (res != null && res.val() != null) r = res.val();
        }
        if (r instanceof Lit l) {
            if (l.value() == null) return false;
            out.add(String.valueOf(l.value()));
            return true;
        }
        if (r instanceof Arr a) {
            boolean ok = true;
            for (Val x : a.items()) ok &= strings(project, f, x, out);
            return ok;
        }
        if (r instanceof Call c && Set.of("of", "asList", "singletonList", "List").contains(lastName(c.callee()))) {
            boolean ok = true;
            for (Val x : c.args()) ok &= strings(project, f, x, out);
            return ok;
        }
        return false;
    }
}
