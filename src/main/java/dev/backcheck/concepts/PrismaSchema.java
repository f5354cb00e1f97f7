package dev.backcheck.concepts;

import dev.backcheck.model.Project;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the committed Prisma schema files ({@code *.prisma}) say about each model: its fields' types, the enums, and
 * its unique keys ({@code @id}, {@code @unique}, {@code @@id([..])}, {@code @@unique([..])}). Read from the text, once
 * per project.
 */
public final class PrismaSchema {
    /**
     * A model: field name to type name (without {@code ?}/{@code []}), its unique keys (each a list of field names), and
     * its foreign keys: a scalar field named in a relation's {@code fields: [..]} to the model it points at
     * ({@code service ServiceDefinition @relation(fields: [serviceKey], references: [key])}: serviceKey to ServiceDefinition).
     */
    public record Model(String name, Map<String, String> types, List<List<String>> keys, Map<String, String> refs) { }

    private final Map<String, Model> models = new TreeMap<>();
    private final Map<String, Integer> enums = new TreeMap<>();

    public static PrismaSchema of(Project p) {
        return p.derived(PrismaSchema.class, PrismaSchema::new);
    }

    private static final Pattern BLOCK = Pattern.compile("(?m)^\\s*(model|enum)\\s+(\\w+)\\s*\\{");
    private static final Pattern FIELD = Pattern.compile("^\\s*(\\w+)\\s+(\\w+)(\\[\\])?(\\?)?(.*)$");
    private static final Pattern BLOCK_KEY = Pattern.compile("@@(?:unique|id)\\s*\\(\\s*(?:fields\\s*:\\s*)?\\[([^\\]]*)\\]");
    private static final Pattern FIELD_KEY = Pattern.compile("@(?:unique|id)\\b(?!\\w)");
    private static final Pattern RELATION_FIELDS = Pattern.compile("@relation\\s*\\([^)]*?\\bfields\\s*:\\s*\\[([^\\]]*)\\]");

    private PrismaSchema(Project project) {
        for (Map.Entry<String, String> t : project.texts().entrySet()) {
            if (!t.getKey().endsWith(".prisma") || project.isTestPath(t.getKey())) continue;
            String text = t.getValue();
            Matcher m = BLOCK.matcher(text);
            while (m.find()) {
                int end = text.indexOf('}', m.end());
                if (end < 0) break;
                String[] lines = text.substring(m.end(), end).split("\n", -1);
                if (m.group(1).equals("enum")) {
                    int n = 0;
                    for (String l : lines) {
                        String s = l.replaceAll("//.*$", "").strip();
                        if (!s.isEmpty() && !s.startsWith("@@") && s.matches("\\w+\\b.*")) n++;
                    }
                    enums.putIfAbsent(m.group(2), n);
                    continue;
                }
                Map<String, String> types = new LinkedHashMap<>();
                List<List<String>> keys = new ArrayList<>();
                Map<String, String> refs = new LinkedHashMap<>();
                for (String l : lines) {
                    String s = l.replaceAll("//.*$", "");
                    Matcher k = BLOCK_KEY.matcher(s);
                    if (s.strip().startsWith("@@")) {
                        if (k.find()) {
                            List<String> key = new ArrayList<>();
                            // a field may carry options: [userId, createdAt(sort: Desc)]
                            for (String part : k.group(1).split(",")) {
                                String f = part.strip().replaceAll("\\(.*$", "").strip();
                                if (!f.isEmpty()) key.add(f);
                            }
                            if (!key.isEmpty()) keys.add(List.copyOf(key));
                        }
                        continue;
                    }
                    Matcher f = FIELD.matcher(s);
                    if (!f.matches()) continue;
                    types.put(f.group(1), f.group(2));
                    Matcher rel = RELATION_FIELDS.matcher(f.group(5));
                    if (f.group(3) == null && rel.find()) {
                        for (String part : rel.group(1).split(",")) if (!part.isBlank()) refs.putIfAbsent(part.strip(), f.group(2));
                    }
                    if (f.group(3) == null && FIELD_KEY.matcher(f.group(5)).find()) keys.add(List.of(f.group(1)));
                }
                models.putIfAbsent(m.group(2).toLowerCase(Locale.ROOT), new Model(m.group(2), Map.copyOf(types), List.copyOf(keys), Map.copyOf(refs)));
            }
        }
    }

    /** The model a Prisma delegate names ({@code prisma.notificationPreference}), or null. */
    public Model model(String delegate) {
        return delegate == null ? null : models.get(delegate.toLowerCase(Locale.ROOT));
    }

    /** The number of values of an enum the schema declares, or -1 when the type is no enum of the schema. */
    public int enumSize(String type) {
        return enums.getOrDefault(type, -1);
    }

    /**
     * A unique key of the model each of whose fields is pinned by {@code pinned} or has a small closed set of values
     * (a schema enum of at most {@code maxEnum} values, a Boolean): the rows matching are at most the product of those
     * sets' sizes. The key, or null.
     */
    public List<String> boundedKey(Model model, Set<String> pinned, int maxEnum) {
        return boundedKey(model, pinned, maxEnum, f -> false);
    }

    /**
     * As {@link #boundedKey(Model, Set, int)}, a field for which {@code closed} holds (a set of values the code fixes:
     * constants, the rows of a reference table) also counting as bounded.
     */
    public List<String> boundedKey(Model model, Set<String> pinned, int maxEnum, java.util.function.Predicate<String> closed) {
        if (model == null) return null;
        for (List<String> key : model.keys()) {
            long rows = 1;
            boolean ok = true;
            for (String f : key) {
                if (pinned.contains(f)) continue;
                if (closed.test(f)) continue;
                String type = model.types().get(f);
                int size = "Boolean".equals(type) ? 2 : enumSize(type);
                if (size < 1 || size > maxEnum) {
                    ok = false;
                    break;
                }
                rows *= size;
            }
            if (ok && rows <= maxEnum) return key;
        }
        return null;
    }
}
