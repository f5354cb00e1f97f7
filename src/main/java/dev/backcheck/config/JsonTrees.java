package dev.backcheck.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * A JSON text read into Jackson's tree model straight from the streaming parser: the tree {@code ObjectMapper.readTree}
 * gives for it with a default mapper over the same factory (the same node types: int, long and big-integer nodes by the
 * number's size, a double node for every fraction; a repeated key's last value in the key's first place; a missing node
 * for a text with no value; what follows the first value unread), and the parser's own exception for a text it cannot
 * read. A scan reads a few JSON files (package.json, tsconfig, the compiled YAML trees) and nothing else needs a mapper:
 * making the first {@code ObjectMapper} (its class set-up builds a date format, with the calendar and locale data behind
 * it) and its tree deserializer cost every command ~0.1 s of main-thread CPU before the walk could go on.
 */
public final class JsonTrees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() { }

    /** {@code text} read with a parser of {@code factory}. */
    public static JsonNode read(JsonFactory factory, String text) throws IOException {
        try (JsonParser p = factory.createParser(text)) {
            return root(p);
        }
    }

    /** {@code bytes} (UTF-8 or as the factory detects) read with a parser of {@code factory}. */
    public static JsonNode read(JsonFactory factory, byte[] bytes) throws IOException {
        try (JsonParser p = factory.createParser(bytes)) {
            return root(p);
        }
    }

    private static JsonNode root(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) return NODES.missingNode();
        return value(p, t);
    }

    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        if (t == null) throw new JsonEOFException(p, null, "Unexpected end-of-input");
        switch (t) {
            case START_OBJECT: {
                // keys by nextFieldName, as the mapper's tree deserializer reads them: the parser then reads the value's
                // start with the name, and reports a bad value with that method's own message
                ObjectNode o = NODES.objectNode();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) o.replace(name, value(p, p.nextToken()));
                if (p.currentToken() != JsonToken.END_OBJECT) throw new JsonEOFException(p, p.currentToken(), "Unexpected end-of-input");
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) a.add(value(p, e));
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                switch (p.getNumberTypeFP()) {
                    case BIG_DECIMAL:
                        return NODES.numberNode(p.getDecimalValue());
                    case FLOAT32:
                        return NODES.numberNode(p.getFloatValue());
                    default:
                        return NODES.numberNode(p.getDoubleValue());
                }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT:
                return NODES.pojoNode(p.getEmbeddedObject());
            default:
                throw new IOException("unexpected token " + t);
        }
    }
}
