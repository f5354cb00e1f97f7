package dev.backcheck.rules;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.*;

/**
 * Reads one rule YAML into a {@link RuleMeta} from SnakeYAML's parser events, without Jackson databind (whose YAML
 * mapper and record introspection cost about a third of a second of start-up, on every command).
 *
 * <p>It reads what {@code ObjectMapper(YAMLFactory)} with {@code FAIL_ON_UNKNOWN_PROPERTIES} read into the record
 * before (RuleYamlTest compares the two on every rule file and on edge cases): the same required fields, unknown keys
 * rejected, and the same values, including Jackson's scalar typing in the free-form {@code fix:} and option defaults
 * (SnakeYAML's YAML 1.1 resolver: yes/no/on/off are booleans too; an empty plain scalar is null, an empty quoted one "").
 *
 * <p>One deliberate difference: an alias ({@code *name}) reads as the value anchored {@code &name} before it (a
 * scalar, list or mapping, typed as if written there), where Jackson read it as the string {@code name}. The parser
 * only reports an alias as an event, so each anchored node's events are kept as they are read, and an alias replays
 * them in its place: every reader below sees the anchored value. An alias to no anchor defined before it, or to the
 * node it is inside, is an error. Errors name the file and the line (of the alias, for a value it brought).
 */
final class RuleYaml {
    private static final Set<String> REQUIRED = Set.of("id", "title", "level", "checklist", "precision", "description", "help");
    private static final List<String> KEYS = List.of("id", "title", "level", "checklist", "security-severity", "precision",
            "cwe", "owasp", "tags", "frameworks", "description", "help", "options", "fix", "languages");
    private static final Resolver RESOLVER = new Resolver();
    private static final Object NULL = new Object();
    /** Events aliases may replay in one file (a rule file has a handful; this stops exponential alias nesting). */
    private static final int MAX_REPLAYED = 100_000;

    private final ParserImpl parser;
    private final String name;
    /** The events of each anchored node read so far, by anchor (aliases inside already replaced by their values). */
    private final Map<String, List<Event>> anchors = new HashMap<>();
    /** Anchored collections being read: their events so far, innermost last. */
    private final Deque<Recording> open = new ArrayDeque<>();
    /** Events an alias brought, to be read before the parser's next one. */
    private final Deque<Event> replay = new ArrayDeque<>();
    /** The alias that last brought each replayed event, for error lines. */
    private final Map<Event, AliasEvent> via = new IdentityHashMap<>();
    private int replayed;

    private static final class Recording {
        final String anchor;
        final List<Event> events = new ArrayList<>();
        int depth;

        Recording(String anchor) {
            this.anchor = anchor;
        }
    }

    private RuleYaml(Reader in, String name) {
        LoaderOptions lo = new LoaderOptions();
        this.parser = new ParserImpl(new StreamReader(in), lo);
        this.name = name;
    }

    static RuleMeta read(InputStream in, String name) throws IOException {
        try {
            return new RuleYaml(new InputStreamReader(in, StandardCharsets.UTF_8), name).rule();
        } catch (YAMLException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }

    private RuleMeta rule() throws IOException {
        expect(Event.ID.StreamStart);
        if (check(Event.ID.StreamEnd)) throw error(peek(), "empty rule file");
        expect(Event.ID.DocumentStart);
        Event start = peek();
        if (!start.is(Event.ID.MappingStart)) throw error(start, "a rule file must be a mapping of keys (id, title, ...)");
        next();
        Map<String, Object> v = new HashMap<>();
        while (!check(Event.ID.MappingEnd)) {
            Event k = peek();
            String key = key();
            if (!KEYS.contains(key)) throw error(k, "unknown key \"" + key + "\" (known: " + String.join(", ", KEYS) + ")");
            Object value = switch (key) {
                case "cwe" -> intList(key);
                case "owasp", "tags", "frameworks", "languages" -> stringList(key);
                case "options" -> options();
                case "fix" -> fixMap();
                default -> string(key);
            };
            v.put(key, value == null ? NULL : value);
        }
        next();
        expect(Event.ID.DocumentEnd);
        if (!check(Event.ID.StreamEnd)) throw error(peek(), "more than one YAML document");
        for (String r : KEYS) {
            if (REQUIRED.contains(r) && (!v.containsKey(r) || v.get(r) == NULL)) {
                throw new IOException(name + ": missing required key \"" + r + "\"");
            }
        }
        return new RuleMeta(str(v, "id"), str(v, "title"), str(v, "level"), str(v, "checklist"), str(v, "security-severity"),
                str(v, "precision"), list(v, "cwe"), list(v, "owasp"), list(v, "tags"), list(v, "frameworks"),
                str(v, "description"), str(v, "help"), map(v, "options"), map(v, "fix"), list(v, "languages"));
    }

    private static String str(Map<String, Object> v, String k) {
        Object o = v.get(k);
        return o == NULL ? null : (String) o;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<String, Object> v, String k) {
        Object o = v.get(k);
        return o == NULL ? null : (List<T>) o;
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> map(Map<String, Object> v, String k) {
        Object o = v.get(k);
        return o == NULL ? null : (Map<String, T>) o;
    }

    /** The next event, without reading it; an alias is replaced by the events of its anchored value here. */
    private Event peek() throws IOException {
        if (!replay.isEmpty()) return replay.peekFirst();
        Event e = parser.peekEvent();
        if (!(e instanceof AliasEvent a)) return e;
        parser.getEvent();
        String anchor = a.getAnchor();
        for (Recording r : open) {
            if (r.anchor.equals(anchor)) throw error(a, "alias *" + anchor + " is inside the value it refers to (&" + anchor + ")");
        }
        List<Event> value = anchors.get(anchor);
        if (value == null) throw error(a, "alias *" + anchor + " refers to no anchor &" + anchor + " defined before it");
        replayed += value.size();
        if (replayed > MAX_REPLAYED) throw error(a, "aliases expand to more than " + MAX_REPLAYED + " values");
        for (Event x : value) via.put(x, a);
        replay.addAll(value);
        return replay.peekFirst();
    }

    private boolean check(Event.ID id) throws IOException {
        return peek().is(id);
    }

    /** Reads the next event (an alias's anchored value, event by event), keeping the events of anchored nodes. */
    private Event next() throws IOException {
        peek();
        boolean replaying = !replay.isEmpty();
        Event e = replaying ? replay.pollFirst() : parser.getEvent();
        for (Recording r : open) {
            r.events.add(e);
            if (e instanceof CollectionStartEvent) r.depth++;
            else if (e instanceof CollectionEndEvent) r.depth--;
        }
        if (!open.isEmpty() && open.peekLast().depth == 0) {
            Recording done = open.pollLast();
            anchors.put(done.anchor, List.copyOf(done.events));
        }
        // a replayed value's anchors were defined where it was written, not again here
        if (!replaying && e instanceof NodeEvent n && n.getAnchor() != null) {
            if (e instanceof ScalarEvent) {
                anchors.put(n.getAnchor(), List.of(e));
            } else if (e instanceof CollectionStartEvent) {
                Recording r = new Recording(n.getAnchor());
                r.events.add(e);
                r.depth = 1;
                open.addLast(r);
            }
        }
        return e;
    }

    private void expect(Event.ID id) throws IOException {
        Event e = next();
        if (!e.is(id)) throw error(e, "unexpected " + e.getEventId());
    }

    /** A mapping key: a scalar's text (an alias: its anchored scalar's text). */
    private String key() throws IOException {
        Event e = next();
        if (e instanceof ScalarEvent s) return s.getValue();
        throw error(e, "a key must be a plain value");
    }

    /** A String field: a scalar's text as written (numbers and booleans too), null for a null scalar. */
    private String string(String key) throws IOException {
        Event e = next();
        if (e instanceof ScalarEvent s) {
            Object o = scalar(s);
            return o == null ? null : s.getValue();
        }
        throw error(e, "\"" + key + "\" must be a single value, not a " + (e.is(Event.ID.MappingStart) ? "mapping" : "list"));
    }

    private List<String> stringList(String key) throws IOException {
        Event e = next();
        if (e instanceof ScalarEvent s && absent(s)) return null;
        if (!e.is(Event.ID.SequenceStart)) throw error(e, "\"" + key + "\" must be a list");
        List<String> out = new ArrayList<>();
        while (!check(Event.ID.SequenceEnd)) {
            Event x = peek();
            String item = string(key);
            if (item == null) throw error(x, "\"" + key + "\" must not hold an empty (null) item");
            out.add(item);
        }
        next();
        return out;
    }

    private List<Integer> intList(String key) throws IOException {
        Event e = next();
        if (e instanceof ScalarEvent s && absent(s)) return null;
        if (!e.is(Event.ID.SequenceStart)) throw error(e, "\"" + key + "\" must be a list of numbers");
        List<Integer> out = new ArrayList<>();
        while (!check(Event.ID.SequenceEnd)) {
            Event x = next();
            Object o = x instanceof ScalarEvent s ? scalar(s) : null;
            if (o instanceof Integer i) out.add(i);
            else if (x instanceof ScalarEvent s && s.getValue().strip().matches("[-+]?[0-9]{1,9}")) out.add(Integer.parseInt(s.getValue().strip()));
            else throw error(x, "\"" + key + "\" must be a list of numbers");
        }
        next();
        return out;
    }

    private Map<String, RuleMeta.Option> options() throws IOException {
        Event e = next();
        if (e instanceof ScalarEvent s && absent(s)) return null;
        if (!e.is(Event.ID.MappingStart)) throw error(e, "\"options\" must be a mapping of option names");
        Map<String, RuleMeta.Option> out = new LinkedHashMap<>();
        while (!check(Event.ID.MappingEnd)) {
            String opt = key();
            Event o = next();
            if (o instanceof ScalarEvent s && absent(s)) {
                out.put(opt, null);
                continue;
            }
            if (!o.is(Event.ID.MappingStart)) throw error(o, "option \"" + opt + "\" must be a mapping (default, description)");
            Object def = null;
            String description = null;
            while (!check(Event.ID.MappingEnd)) {
                Event k = peek();
                String f = key();
                switch (f) {
                    case "default" -> def = value();
                    case "description" -> description = string("description");
                    default -> throw error(k, "unknown key \"" + f + "\" in option \"" + opt + "\" (known: default, description)");
                }
            }
            next();
            out.put(opt, new RuleMeta.Option(def, description));
        }
        next();
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fixMap() throws IOException {
        Event e = peek();
        Object o = value();
        if (o == null || "".equals(o)) return null;
        if (!(o instanceof Map)) throw error(e, "\"fix\" must be a mapping");
        return (Map<String, Object>) o;
    }

    /** Any value, typed as Jackson's untyped reading typed it: maps, lists, strings, numbers, booleans, null. */
    private Object value() throws IOException {
        Event e = next();
        if (e instanceof ScalarEvent s) return scalar(s);
        if (e.is(Event.ID.SequenceStart)) {
            List<Object> out = new ArrayList<>();
            while (!check(Event.ID.SequenceEnd)) out.add(value());
            next();
            return out;
        }
        if (e.is(Event.ID.MappingStart)) {
            Map<String, Object> out = new LinkedHashMap<>();
            while (!check(Event.ID.MappingEnd)) {
                String k = key();
                out.put(k, value());
            }
            next();
            return out;
        }
        throw error(e, "unexpected " + e.getEventId());
    }

    /** A null or empty scalar where a list or mapping belongs: Jackson read both as absent. */
    private boolean absent(ScalarEvent s) throws IOException {
        return s.getValue().isEmpty() || scalar(s) == null;
    }

    /** A scalar typed as jackson-dataformat-yaml's parser types it (YAMLParser._decodeScalar). */
    private Object scalar(ScalarEvent s) throws IOException {
        String value = s.getValue(); // empty: null when plain (EMPTY_STRING_AS_NULL), "" when quoted
        String tag = s.getTag();
        if (tag == null || tag.equals("!")) {
            Tag t = RESOLVER.resolve(NodeId.scalar, value, s.getImplicit().canOmitTagInPlainScalar());
            if (t == Tag.STR) return value;
            if (t == Tag.INT) return integer(s, value);
            if (t == Tag.FLOAT) return floating(s, value);
            if (t == Tag.BOOL) {
                Boolean b = bool(value);
                return b == null ? value : b;
            }
            if (t == Tag.NULL) return null;
            return value;
        }
        if (tag.startsWith("tag:yaml.org,2002:")) {
            String type = tag.substring("tag:yaml.org,2002:".length());
            switch (type) {
                case "bool" -> {
                    Boolean b = bool(value);
                    if (b != null) return b;
                }
                case "int" -> {
                    return integer(s, value);
                }
                case "float" -> {
                    return floating(s, value);
                }
                case "null" -> {
                    return null;
                }
                default -> { }
            }
        }
        return value;
    }

    /** YAMLParser._matchYAMLBoolean: the YAML 1.1 words in any case (and y/n under an explicit !!bool). */
    private static Boolean bool(String v) {
        String l = v.toLowerCase(Locale.ROOT);
        return switch (l) {
            case "true", "yes", "on", "y" -> Boolean.TRUE;
            case "false", "no", "off", "n" -> Boolean.FALSE;
            default -> null;
        };
    }

    private Object integer(ScalarEvent s, String value) throws IOException {
        String v = value.replace("_", "");
        boolean neg = v.startsWith("-");
        if (v.startsWith("-") || v.startsWith("+")) v = v.substring(1);
        int radix = 10;
        if (v.startsWith("0x")) {
            radix = 16;
            v = v.substring(2);
        } else if (v.startsWith("0o")) {
            radix = 8;
            v = v.substring(2);
        } else if (v.startsWith("0b")) {
            radix = 2;
            v = v.substring(2);
        } else if (v.length() > 1 && v.startsWith("0")) {
            radix = 8;
            v = v.substring(1);
        }
        try {
            BigInteger b = new BigInteger(v, radix);
            if (neg) b = b.negate();
            if (b.bitLength() < 32) return b.intValue();
            if (b.bitLength() < 64) return b.longValue();
            return b;
        } catch (NumberFormatException e) {
            return value; // sexagesimal (1:30) and the like: kept as written
        }
    }

    private Object floating(ScalarEvent s, String value) throws IOException {
        String v = value.replace("_", "");
        try {
            if (v.contains("inf") || v.contains("Inf") || v.contains("INF") || v.contains("nan") || v.contains("NaN") || v.contains("NAN")) {
                throw new NumberFormatException(); // Jackson rejected .inf and .nan
            }
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw error(s, "bad number \"" + value + "\"");
        }
    }

    private IOException error(Event at, String message) {
        AliasEvent a = via.get(at);
        if (a != null) {
            // a value an alias brought: the alias's line, and where the value was written
            Mark w = at.getStartMark();
            return new IOException(line(a) + ": " + message + " (the value of *" + a.getAnchor()
                    + (w == null ? "" : ", written at line " + (w.getLine() + 1)) + ")");
        }
        return new IOException(line(at) + ": " + message);
    }

    private String line(Event at) {
        Mark m = at.getStartMark();
        return name + (m == null ? "" : ":" + (m.getLine() + 1));
    }
}
