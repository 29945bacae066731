package org.renrentong.classroom.quiz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An attempt's responses and the teacher's comments as stored (jsonb objects keyed by position: the response's parts,
 * the comment), read into Java.
 */
final class Responses {

    private static final TypeReference<Map<String, List<String>>> SHAPE = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> COMMENTS = new TypeReference<>() {
    };

    private Responses() {
    }

    /** The responses by position; empty for no JSON. */
    static Map<Integer, List<String>> parse(String json) {
        if (json == null) {
            return Map.of();
        }
        Map<String, List<String>> read = JsonMapper.shared().readValue(json, SHAPE);
        Map<Integer, List<String>> byPosition = new HashMap<>(read.size() * 2);
        read.forEach((position, parts) -> byPosition.put(Integer.valueOf(position), parts == null ? List.of() : parts));
        return byPosition;
    }

    /** The comments by position (as the key is stored). */
    static Map<String, String> comments(String json) {
        return json == null ? Map.of() : JsonMapper.shared().readValue(json, COMMENTS);
    }
}
