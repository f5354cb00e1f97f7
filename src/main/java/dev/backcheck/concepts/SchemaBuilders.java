package dev.backcheck.concepts;

import java.util.Map;

/**
 * Libraries that build a schema of a validation library from a database model, so that {@code schema.parse(data)} on
 * what they answer validates as that library does:
 * <ul>
 *   <li>drizzle-zod: {@code createInsertSchema(table)}, {@code createSelectSchema(table)}, {@code createUpdateSchema(table)}
 *       answer {@code z.object(...)} with one zod schema per column of the drizzle table (its type, nullability and
 *       optionality; refinements given beside it), so {@code .omit()}, {@code .partial()}, {@code .extend()} and
 *       {@code .parse()} are zod's own; keys that are no column are stripped from what parse answers.</li>
 * </ul>
 * A parse of such a schema checks the fields of the object it is given, not the rest of the request.
 */
public final class SchemaBuilders {
    private SchemaBuilders() { }

    private static final Map<String, String> BUILDERS = Map.of("drizzle-zod", "zod");

    /** The validation library whose schemas package {@code root} builds (drizzle-zod: zod), or null. */
    public static String library(String root) {
        return root == null ? null : BUILDERS.get(root);
    }
}
