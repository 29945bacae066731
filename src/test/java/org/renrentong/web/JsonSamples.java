package org.renrentong.web;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies made from the OpenAPI schemas: a plausible one, and the same with every top-level field replaced by
 * a bad value of one kind (wrong type, huge or negative number, null), or one field by a 1 MB string.
 */
final class JsonSamples {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ONE_MB = "a".repeat(1024 * 1024);
    /** Stands for a string that the sender replaces by invalid UTF-8 bytes. */
    static final String BAD_UTF8_MARK = "@@bad-utf8@@";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode schemas;

    JsonSamples(JsonNode document) {
        this.schemas = document.path("components").path("schemas");
    }

    /** A value that fits the schema (first enum value, 1, true, a short Chinese text ...). */
    JsonNode plausible(JsonNode schema) {
        return plausible(schema, 0);
    }

    private JsonNode plausible(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return s.path("enum").get(0);
        }
        return switch (type(s)) {
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> depth > 3 ? NODES.arrayNode() : NODES.arrayNode().add(plausible(s.path("items"), depth + 1));
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth <= 3) {
                    for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
                        object.set(p.getKey(), plausible(p.getValue(), depth + 1));
                    }
                }
                yield object;
            }
            default -> NODES.stringNode(switch (s.path("format").asString("")) {
                case "date-time" -> "2026-01-01T00:00:00Z";
                case "date" -> "2026-01-01";
                case "uuid" -> "00000000-0000-0000-0000-000000000001";
                default -> "测试";
            });
        };
    }

    /** The plausible body with each top-level property replaced by what {@code bad} makes of its schema. */
    JsonNode withEveryField(JsonNode schema, BiFunction<String, JsonNode, JsonNode> bad) {
        JsonNode body = plausible(schema);
        if (body instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> p : resolve(schema).path("properties").properties()) {
                JsonNode replaced = bad.apply(type(resolve(p.getValue())), resolve(p.getValue()));
                if (replaced != null) {
                    object.set(p.getKey(), replaced);
                }
            }
        }
        return body;
    }

    /** The plausible body with one 1 MB string per string property (one at a time: the container swallows 2 MB). */
    List<JsonNode> withOneMegabyteEach(JsonNode schema) {
        List<JsonNode> bodies = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : resolve(schema).path("properties").properties()) {
            if ("string".equals(type(resolve(p.getValue())))
                    && plausible(schema) instanceof ObjectNode body) {
                body.put(p.getKey(), ONE_MB);
                bodies.add(body);
            }
        }
        return bodies;
    }

    static JsonNode wrongType(String type, JsonNode schema) {
        return switch (type) {
            case "integer", "number" -> NODES.stringNode("not-a-number");
            case "boolean" -> NODES.stringNode("perhaps");
            case "array" -> NODES.stringNode("not-a-list");
            case "object" -> NODES.numberNode(42);
            default -> NODES.objectNode().put("not", "a string");
        };
    }

    static JsonNode huge(String type, JsonNode schema) {
        return switch (type) {
            case "integer" -> NODES.numberNode(new BigInteger("99999999999999999999999"));
            case "number" -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            default -> null;
        };
    }

    static JsonNode negative(String type, JsonNode schema) {
        return switch (type) {
            case "integer" -> NODES.numberNode(-1);
            case "number" -> NODES.numberNode(-1.5);
            default -> null;
        };
    }

    static JsonNode nulls(String type, JsonNode schema) {
        return NODES.nullNode();
    }

    static JsonNode badUtf8(String type, JsonNode schema) {
        return "string".equals(type) && !schema.has("enum") ? NODES.stringNode(BAD_UTF8_MARK) : null;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 5 && s.has("$ref"); i++) {
            String ref = s.path("$ref").asString();
            s = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s;
    }

    private static String type(JsonNode s) {
        String type = s.path("type").asString("");
        if (type.isEmpty() && s.path("types").isArray() && !s.path("types").isEmpty()) {
            type = s.path("types").get(0).asString();
        }
        return type.isEmpty() && s.has("properties") ? "object" : type;
    }
}
