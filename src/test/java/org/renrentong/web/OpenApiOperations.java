package org.renrentong.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The operations of the application's own OpenAPI document: method, path, parameters and request body. */
final class OpenApiOperations {

    /** A path or query parameter with its schema type ("integer", "string", ...). */
    record Param(String name, String type, boolean required) {
    }

    record Operation(String method, String path, List<Param> pathParams, List<Param> queryParams, String bodyType,
                     JsonNode bodySchema) {

        String name() {
            return method + " " + path;
        }

        boolean jsonBody() {
            return bodyType != null && bodyType.contains("json");
        }
    }

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private OpenApiOperations() {
    }

    static List<Operation> read(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (METHODS.contains(entry.getKey())) {
                    operations.add(operation(entry.getKey().toUpperCase(), path.getKey(), entry.getValue()));
                }
            }
        }
        return operations;
    }

    private static Operation operation(String method, String path, JsonNode op) {
        List<Param> pathParams = new ArrayList<>();
        List<Param> queryParams = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            Param param = new Param(p.path("name").asString(), p.path("schema").path("type").asString("string"),
                    p.path("required").asBoolean(false));
            ("path".equals(p.path("in").asString()) ? pathParams : queryParams).add(param);
        }
        String bodyType = null;
        JsonNode bodySchema = null;
        for (Map.Entry<String, JsonNode> content : op.path("requestBody").path("content").properties()) {
            bodyType = content.getKey();
            bodySchema = content.getValue().path("schema");
        }
        return new Operation(method, path, pathParams, queryParams, bodyType, bodySchema);
    }
}
