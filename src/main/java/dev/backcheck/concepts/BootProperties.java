package dev.backcheck.concepts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.backcheck.findings.Location;
import dev.backcheck.model.Project;

import java.io.IOException;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring Boot configuration properties, the concept: every key of the project's
 * {@code application.properties} / {@code application.yml} / {@code application-<profile>.*} files with its
 * value, its profile and where it is written. Keys are compared the way Spring's relaxed binding does
 * ({@code server.error.include-stacktrace}, {@code server.error.includeStacktrace} and
 * {@code server.error.include_stacktrace} are one key). Multi-document files ({@code ---} in YAML,
 * {@code #---} in properties) and {@code spring.config.activate.on-profile} / {@code spring.profiles} give a
 * document its profile. Test resources are not the application's configuration and are left out.
 * Bad input is skipped, never fatal.
 */
public final class BootProperties {
    private static final Pattern FILE = Pattern.compile("(?:^|/)application(?:-([A-Za-z0-9_.-]+))?\\.(properties|ya?ml)$");
    /** Profiles that do not run in production: a setting there is a developer's convenience. */
    private static final Set<String> DEV_PROFILES = Set.of("dev", "development", "local", "test", "tests", "testing", "it", "debug", "h2", "docker-dev");

    /**
     * One property.
     *
     * @param key      the key as written (YAML keys joined with dots, list items as {@code key[0]})
     * @param value    the value as written (a YAML list of scalars joined with commas); "" for none
     * @param profile  the profile the document applies to, or null for the default one
     * @param location where the key is written (its line)
     */
    public record Prop(String key, String value, String profile, Location location) {
        /** True when the property applies in a profile made for development or tests only. */
        public boolean devOnly() {
            if (profile == null) return false;
            for (String p : profile.split("[,&|!() ]+")) {
                if (!p.isBlank() && !DEV_PROFILES.contains(p.strip().toLowerCase(Locale.ROOT))) return false;
            }
            return true;
        }
    }

    private final List<Prop> all = new ArrayList<>();
    private final Map<String, List<Prop>> byKey = new TreeMap<>();

    private BootProperties(Project project) {
        for (Map.Entry<String, String> e : project.texts().entrySet()) {
            String path = e.getKey();
            Matcher m = FILE.matcher(path);
            if (!m.find() || project.isTestPath(path) || path.contains("src/test/")) continue;
            String fileProfile = m.group(1);
            List<Prop> props = new ArrayList<>();
            try {
                if (m.group(2).equals("properties")) properties(path, e.getValue(), fileProfile, props);
                else yaml(path, e.getValue(), fileProfile, props);
            } catch (IOException | RuntimeException ex) {
                continue; // not readable as configuration: skip the file
            }
            all.addAll(props);
        }
        all.sort(Comparator.comparing(Prop::location, Location.ORDER));
        for (Prop p : all) byKey.computeIfAbsent(canonical(p.key()), k -> new ArrayList<>()).add(p);
    }

    public static BootProperties of(Project project) {
        return project.derived(BootProperties.class, BootProperties::new);
    }

    /** Every property of every configuration file, by file and line. */
    public List<Prop> all() {
        return Collections.unmodifiableList(all);
    }

    /** Where {@code key} is set (relaxed binding), by file and line; empty when nowhere. */
    public List<Prop> get(String key) {
        return byKey.getOrDefault(canonical(key), List.of());
    }

    /**
     * The value of {@code key} in the default profile (the last setting of the default documents wins, as a
     * later document overrides an earlier one), or null when no default document sets it.
     */
    public String value(String key) {
        Prop last = null;
        for (Prop p : get(key)) if (p.profile() == null) last = p;
        return last == null ? null : last.value();
    }

    /** True when the project has any Spring Boot configuration file. */
    public boolean present() {
        return !all.isEmpty();
    }

    /** Spring's canonical form of a key for relaxed binding: lower case, no dashes or underscores. */
    public static String canonical(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            if (c == '-' || c == '_') continue;
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static void properties(String path, String text, String fileProfile, List<Prop> out) {
        String[] lines = text.split("\r?\n", -1);
        List<Prop> doc = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String t = line.strip();
            if (t.equals("#---") || t.equals("!---")) {
                flush(doc, fileProfile, out);
                continue;
            }
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) continue;
            int start = i + 1;
            StringBuilder logical = new StringBuilder(t);
            while (endsWithContinuation(logical) && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(lines[++i].strip());
            }
            String s = logical.toString();
            int sep = -1;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '\\') {
                    k++;
                    continue;
                }
                if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                    sep = k;
                    break;
                }
            }
            String key = unescape(sep < 0 ? s : s.substring(0, sep)).strip();
            String value = "";
            if (sep >= 0) {
                String rest = s.substring(sep).stripLeading();
                if (!rest.isEmpty() && (rest.charAt(0) == '=' || rest.charAt(0) == ':')) rest = rest.substring(1).stripLeading();
                value = unescape(rest).strip();
            }
            if (key.isEmpty()) continue;
            int col = line.indexOf(key.isEmpty() ? t : key.substring(0, 1)) + 1;
            doc.add(new Prop(key, value, null, Location.at(path, start, Math.max(1, col))));
        }
        flush(doc, fileProfile, out);
    }

    private static boolean endsWithContinuation(StringBuilder s) {
        int n = 0;
        for (int k = s.length() - 1; k >= 0 && s.charAt(k) == '\\'; k--) n++;
        return n % 2 == 1;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\' && k + 1 < s.length()) {
                char n = s.charAt(++k);
                sb.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Ends one document: its profile is the file's, or the one the document activates itself on. */
    private static void flush(List<Prop> doc, String fileProfile, List<Prop> out) {
        String profile = fileProfile;
        for (Prop p : doc) {
            String k = canonical(p.key());
            if (k.equals("spring.config.activate.onprofile") || k.equals("spring.profiles")) {
                profile = p.value().isBlank() ? profile : p.value();
            }
        }
        for (Prop p : doc) out.add(new Prop(p.key(), p.value(), profile, p.location()));
        doc.clear();
    }

    private static final YAMLFactory YAML = new YAMLFactory();

    private static void yaml(String path, String text, String fileProfile, List<Prop> out) throws IOException {
        try (JsonParser p = YAML.createParser(text)) {
            List<Prop> doc = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT) {
                    walk(p, path, "", doc);
                } else if (t.isScalarValue() || t == JsonToken.START_ARRAY) {
                    p.skipChildren();
                }
                flush(doc, fileProfile, out);
            }
        }
    }

    /** Reads the mapping the parser is at (after START_OBJECT) into dotted keys. */
    private static void walk(JsonParser p, String path, String prefix, List<Prop> out) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            String key = prefix.isEmpty() ? name : prefix + "." + name;
            Location loc = Location.at(path, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_OBJECT) {
                walk(p, path, key, out);
            } else if (v == JsonToken.START_ARRAY) {
                List<String> scalars = new ArrayList<>();
                int i = 0;
                JsonToken it;
                while ((it = p.nextToken()) != JsonToken.END_ARRAY && it != null) {
                    if (it == JsonToken.START_OBJECT) {
                        walk(p, path, key + "[" + i + "]", out);
                    } else if (it == JsonToken.START_ARRAY) {
                        p.skipChildren();
                    } else {
                        scalars.add(p.getValueAsString(""));
                    }
                    i++;
                }
                if (!scalars.isEmpty()) out.add(new Prop(key, String.join(",", scalars), null, loc));
            } else if (v != null) {
                out.add(new Prop(key, v == JsonToken.VALUE_NULL ? "" : p.getValueAsString(""), null, loc));
            }
        }
        if (t != JsonToken.END_OBJECT) throw new IOException("unexpected " + t);
    }
}
