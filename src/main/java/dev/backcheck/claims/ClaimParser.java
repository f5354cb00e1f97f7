package dev.backcheck.claims;

import dev.backcheck.findings.Location;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads agent implementation reports (markdown): headings decide which sections are reports and
 * which declare absence (next steps, TODO, known limitations); checkbox lists, ✅ bullets, tables
 * and prose lines become {@link Claim}s; endpoint tables become endpoint claims.
 */
public final class ClaimParser {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");
    private static final Pattern TABLE_SEP = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern METHOD = Pattern.compile("(?i)\\b(GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD|ALL)\\b");
    private static final Pattern STACK_HEADER = Pattern.compile("component|componente|komponente|구성|bileşen|layer|camada|capa|category|categoria|categoría");
    private static final Pattern PATH = Pattern.compile("(/[\\w\\-.:{}*/\\[\\]]*)");

    private final Vocabulary vocab = Vocabulary.get();

    /** True when the markdown has a heading shaped like an implementation report. */
    public boolean isReport(String text) {
        for (String line : text.split("\n", -1)) {
            Matcher h = HEADING.matcher(line);
            if (h.matches() && Vocabulary.containsPhrase(clean(h.group(2)), vocab.reportHeadings)) return true;
        }
        return false;
    }

    /** Claims of a report; {@code whole} treats the whole file as report (for --claims FILE). */
    public List<Claim> parse(String path, String text, boolean whole) {
        List<Claim> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean fence = false;
        // heading stack: level -> (isReport, isAbsence)
        TreeMap<Integer, boolean[]> stack = new TreeMap<>();
        List<String> header = null;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (raw.trim().startsWith("```") || raw.trim().startsWith("~~~")) {
                fence = !fence;
                continue;
            }
            if (fence) continue;
            Matcher h = HEADING.matcher(raw);
            if (h.matches()) {
                int level = h.group(1).length();
                stack.tailMap(level, true).clear();
                String title = clean(h.group(2));
                stack.put(level, new boolean[]{Vocabulary.containsPhrase(title, vocab.reportHeadings),
                        Vocabulary.containsPhrase(title, vocab.absenceHeadings) || title.contains("TODO") || title.contains("⏳")});
                header = null;
                continue;
            }
            boolean inReport = whole || stack.values().stream().anyMatch(b -> b[0]);
            boolean inAbsence = stack.values().stream().anyMatch(b -> b[1]);
            if (!inReport && !inAbsence) {
                header = null;
                continue;
            }
            String line = COMMENT.matcher(raw).replaceAll("").strip();
            if (line.isEmpty()) {
                header = null;
                continue;
            }
            Location loc = new Location(path, i + 1, 1, i + 1, raw.length() + 1, null);
            if (line.startsWith("|")) {
                List<String> cells = cells(line);
                if (header == null) {
                    if (i + 1 < lines.length && TABLE_SEP.matcher(lines[i + 1]).matches()) {
                        header = cells;
                        i++;
                    }
                    continue;
                }
                if (!header.isEmpty() && STACK_HEADER.matcher(Vocabulary.norm(header.get(0))).find()) continue; // a stack table, not claims
                Claim c = tableRow(header, cells, line, loc, inAbsence);
                if (c != null) out.add(c);
                continue;
            }
            header = null;
            if (!inReport || (!inAbsence && !whole && !inReport)) continue;
            Matcher b = BULLET.matcher(line);
            String body = b.matches() ? b.group(1) : line;
            if (line.startsWith(">")) body = line.substring(1).strip();
            Claim c = claim(body, loc, inAbsence);
            if (c != null) out.add(c);
        }
        return out;
    }

    private Claim claim(String body, Location loc, boolean inAbsence) {
        String text = body.strip();
        boolean absent = inAbsence || marksAbsence(text);
        String plain = text.replaceAll("^\\[[ xX]\\]\\s*", "").replaceAll("[✅✔☑✓⏳❌🚧⚠️]", "").replace("**", "").strip();
        if (plain.length() < 3) return null;
        Set<String> keys = vocab.keys(plain);
        List<String> libs = vocab.libraries(plain);
        boolean figure = Vocabulary.containsPhrase(plain, vocab.figures) && plain.matches("(?s).*\\d.*");
        // endpoint mentioned in prose or a bullet: "POST /api/auth/login - rate limited"
        Matcher m = METHOD.matcher(plain);
        Claim.Endpoint ep = null;
        if (m.find() && m.start() < 12) {
            Matcher p = PATH.matcher(plain.substring(m.end()));
            if (p.find() && p.start() < 4) ep = new Claim.Endpoint(m.group(1).toUpperCase(Locale.ROOT), p.group(1), null);
        }
        if (keys.isEmpty() && !figure && ep == null) return null;
        return new Claim(plain, loc, keys, libs, !absent, figure, ep);
    }

    /** A claim that starts by negating (No rate limiting..., Sem helmet...). */
    private static final Pattern LEADING_NEGATION = Pattern.compile(
            "(?iu)^[\\W_]*(no|not|none|without|sem|nenhum|nenhuma|sin|ningún|ninguna|kein|keine|ohne|없음|yok)(?![\\p{L}\\p{N}])");
    /** Negating phrases anywhere (Helmet is not used, CORS is disabled, handled by the gateway). */
    private static final Pattern NEGATING_PHRASE = Pattern.compile(
            "(?iu)\\b(is|are|was|were)\\s+not\\b|\\bnot\\s+(used|enabled|configured|set up|installed|applied|mounted|needed|required)\\b"
                    + "|\\b(disabled|do not use|don't use|does not use|doesn't use|we don't|we do not|handled by|delegated to|out of scope)\\b"
                    + "|não\\s+(é|são|está|foi|usa|utiliza)|desativad|no\\s+(se\\s+)?(usa|utiliza|está|es)\\b|deshabilitad"
                    + "|nicht\\s+(verwendet|aktiviert|genutzt|konfiguriert)|wird\\s+nicht|deaktiviert"
                    + "|kullanılmıyor|kullanılmaz|devre dışı|사용하지\\s*않|비활성");
    /** Negated risks are positive claims: "No SQL injection", "No secrets in code", "No stack traces leak". */
    private static final Pattern NEGATED_RISK = Pattern.compile(
            "(?iu)inject|injeç|inyecc|stack|secret|segredo|secreto|leak|vaz|plain ?text|hard-?coded|exposed|exposto|vulnerab|xss|n\\+1");

    private boolean marksAbsence(String text) {
        if (text.startsWith("[ ]") || text.contains("TODO")) return true;
        String plain = text.replaceAll("^\\[[ xX]\\]\\s*", "").replace("**", "").strip();
        if ((LEADING_NEGATION.matcher(plain).find() || NEGATING_PHRASE.matcher(plain).find()) && !NEGATED_RISK.matcher(plain).find()) {
            return true;
        }
        for (String m : vocab.absenceMarkers) {
            if (m.equals("[ ]") || m.equals("TODO")) continue;
            if (m.codePointAt(0) > 0x2000 && !Character.isLetter(m.codePointAt(0))) {
                if (text.contains(m)) return true;
            } else if (Vocabulary.phrase(m).matcher(Vocabulary.norm(text)).find()) return true;
        }
        return false;
    }

    private Claim tableRow(List<String> header, List<String> cells, String line, Location loc, boolean inAbsence) {
        int method = column(header, "method"), path = column(header, "path"), auth = column(header, "auth");
        String joined = String.join(" | ", cells);
        boolean absent = inAbsence || marksAbsence(joined);
        if (path >= 0 && path < cells.size()) {
            String p = cells.get(path).replace("`", "").strip();
            String mth = method >= 0 && method < cells.size() ? cells.get(method).replace("`", "").strip().toUpperCase(Locale.ROOT) : null;
            if ((mth == null || mth.isEmpty()) && METHOD.matcher(p).lookingAt()) {
                Matcher mm = METHOD.matcher(p);
                mm.lookingAt();
                mth = mm.group(1).toUpperCase(Locale.ROOT);
                p = p.substring(mm.end()).strip();
            }
            if (p.startsWith("/") && mth != null && METHOD.matcher(mth).matches()) {
                String a = auth >= 0 && auth < cells.size() ? cells.get(auth).replace("`", "").strip() : null;
                return new Claim(joined, loc, Set.of("authn-authz"), List.of(), !absent, false, new Claim.Endpoint(mth, p, a));
            }
        }
        return claim(joined, loc, inAbsence);
    }

    private int column(List<String> header, String kind) {
        List<String> names = vocab.endpointColumns.getOrDefault(kind, List.of());
        for (int i = 0; i < header.size(); i++) {
            String h = Vocabulary.norm(header.get(i).replace("*", "").strip());
            for (String n : names) if (h.equals(n) || h.startsWith(n + " ") || h.startsWith(n + "(")) return i;
        }
        return -1;
    }

    private static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|")) s = s.substring(0, s.length() - 1);
        List<String> out = new ArrayList<>();
        for (String c : s.split("(?<!\\\\)\\|", -1)) out.add(c.strip());
        return out;
    }

    private static String clean(String s) {
        return s.replaceAll("[#*_`]", "").strip();
    }
}
