package dev.backcheck.concepts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading {@code .env} files the way dotenv does: {@code NAME=value} lines, quotes, {@code export}, comments. */
public final class DotEnv {
    private DotEnv() { }

    /** One assignment: name, value (unquoted, inline comment dropped), 1-based line, column of the value. */
    public record Entry(String name, String value, int line, int valueColumn) { }

    private static final Pattern LINE = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.\\-]*)\\s*=\\s*(.*)$");

    public static List<Entry> parse(String text) {
        List<Entry> out = new ArrayList<>();
        if (text == null) return out;
        String[] ls = text.split("\\r?\\n", -1);
        for (int i = 0; i < ls.length; i++) {
            Matcher m = LINE.matcher(ls[i]);
            if (!m.matches()) continue;
            String raw = m.group(2);
            int col = m.start(2) + 1;
            String v = raw.strip();
            if (!v.isEmpty() && (v.charAt(0) == '"' || v.charAt(0) == '\'' || v.charAt(0) == '`')) {
                char q = v.charAt(0);
                int end = v.indexOf(q, 1);
                v = end > 0 ? v.substring(1, end) : v.substring(1);
            } else {
                int hash = v.indexOf(" #");
                if (hash >= 0) v = v.substring(0, hash);
                if (v.startsWith("#")) v = "";
                v = v.strip();
            }
            out.add(new Entry(m.group(1), v, i + 1, col));
        }
        return out;
    }

    /** {@code .env}, {@code .env.production}, {@code .env.local}, ... (not {@code .envrc}, a direnv shell script). */
    public static boolean isEnvFile(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.equals(".env") || n.startsWith(".env.") || n.endsWith(".env") && !n.contains("/");
    }

    /** Templates that document the variables: {@code .env.example}, {@code .env.sample}, {@code .env.template}, {@code .env.dist}, ... */
    public static boolean isTemplate(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.matches(".*\\b(example|examples|sample|template|tpl|dist|defaults?|schema|skeleton|placeholder)\\b.*");
    }

    /** Files that only tests read: {@code .env.test}, {@code .env.tests}, {@code .env.ci}, {@code .env.e2e}. */
    public static boolean isTestOnly(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.matches(".*\\b(test|tests|testing|ci|e2e|spec|jest|vitest|cypress|playwright)\\b.*");
    }

    /** Files for local development only: {@code .env.development}, {@code .env.dev}, {@code .env.local}. */
    public static boolean isDevOnly(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.matches(".*\\b(development|dev|local|docker|sandbox)\\b.*") || isTestOnly(n);
    }
}
