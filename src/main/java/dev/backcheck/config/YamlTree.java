package dev.backcheck.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into a small tree that remembers where every key and value is, so that
 * configuration errors can point at a line and column. Duplicate keys are errors.
 */
final class YamlTree {
    private YamlTree() { }

    sealed interface Node permits MapNode, ListNode, Scalar {
        int line();

        int column();

        /** "a mapping", "a list", "a string", ... for error messages. */
        String kind();
    }

    /** One key of a mapping with its position and value. */
    record Entry(String key, int line, int column, Node value) { }

    record MapNode(Map<String, Entry> entries, int line, int column) implements Node {
        public String kind() {
            return "a mapping";
        }
    }

    record ListNode(List<Node> items, int line, int column) implements Node {
        public String kind() {
            return "a list";
        }
    }

    /**
     * A scalar: {@code value} is a String, Long, Double, Boolean or null as YAML resolves it (YAML 1.1:
     * {@code off}/{@code no} are false); {@code text} is the text as written.
     */
    record Scalar(Object value, String text, int line, int column) implements Node {
        public String kind() {
            if (value == null) return "null";
            if (value instanceof String) return "a string";
            if (value instanceof Boolean) return "a boolean";
            return "a number";
        }
    }

    private static final YAMLFactory FACTORY = new YAMLFactory();

    /** Parses {@code text}; returns null for an empty document. */
    static Node parse(String text, String file) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) return null;
            Node n = read(p, t, file, 0);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new ConfigException(file, l.getLineNr(), l.getColumnNr(), "only one YAML document is allowed");
            }
            return n;
        } catch (ConfigException e) {
            throw e;
        } catch (IOException e) {
            JsonLocation l = e instanceof com.fasterxml.jackson.core.JsonProcessingException jp ? jp.getLocation() : null;
            String msg = e instanceof com.fasterxml.jackson.core.JsonProcessingException jp ? jp.getOriginalMessage() : e.getMessage();
            msg = msg == null ? "unreadable YAML" : msg.lines().findFirst().orElse(msg).strip();
            throw new ConfigException(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "not valid YAML: " + msg);
        }
    }

    private static Node read(JsonParser p, JsonToken t, String file, int depth) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr(), col = at.getColumnNr();
        if (depth > 32) throw new ConfigException(file, line, col, "nesting too deep");
        switch (t) {
            case START_OBJECT -> {
                Map<String, Entry> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    if (k != JsonToken.FIELD_NAME) throw new ConfigException(file, line, col, "unexpected " + k);
                    JsonLocation kl = p.currentTokenLocation();
                    String key = p.currentName();
                    Node v = read(p, p.nextToken(), file, depth + 1);
                    if (m.containsKey(key)) {
                        throw new ConfigException(file, kl.getLineNr(), kl.getColumnNr(), "duplicate key '" + key
                                + "' (first at line " + m.get(key).line() + ")");
                    }
                    m.put(key, new Entry(key, kl.getLineNr(), kl.getColumnNr(), v));
                }
                return new MapNode(m, line, col);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    items.add(read(p, k, file, depth + 1));
                }
                return new ListNode(items, line, col);
            }
            case VALUE_STRING -> {
                return new Scalar(p.getText(), p.getText(), line, col);
            }
            case VALUE_NUMBER_INT -> {
                return new Scalar(p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? (Object) p.getText() : p.getLongValue(),
                        p.getText(), line, col);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Scalar(p.getDoubleValue(), p.getText(), line, col);
            }
            case VALUE_TRUE -> {
                return new Scalar(Boolean.TRUE, p.getText(), line, col);
            }
            case VALUE_FALSE -> {
                return new Scalar(Boolean.FALSE, p.getText(), line, col);
            }
            case VALUE_NULL -> {
                return new Scalar(null, p.getText(), line, col);
            }
            default -> throw new ConfigException(file, line, col, "unsupported YAML content (" + t + ")");
        }
    }
}
