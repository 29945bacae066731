package org.renrentong.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.renrentong.web.OpenApiOperations.Operation;
import org.renrentong.web.OpenApiOperations.Param;
import tools.jackson.databind.JsonNode;

/** The bad requests made for one operation: wrong content type, malformed JSON, bad fields, paths and queries. */
final class BadInputs {

    /** One request to send; {@code body} is null for none. */
    record BadRequest(String label, String method, String uri, String contentType, byte[] body, String accept) {
    }

    private static final byte[] INVALID_UTF8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE};
    private static final List<String> BAD_VALUES = List.of("abc", "-1", "99999999999999999999999", "%FF%FE", "1.5");

    private final JsonSamples samples;
    /** A valid value for a path variable, from the operation's path and the variable's name. */
    private final BiFunction<String, String, String> pathValue;

    BadInputs(JsonSamples samples, BiFunction<String, String, String> pathValue) {
        this.samples = samples;
        this.pathValue = pathValue;
    }

    List<BadRequest> of(Operation op) {
        List<BadRequest> requests = new ArrayList<>();
        String uri = uri(op, Map.of());
        byte[] plausible = op.jsonBody() ? json(samples.plausible(op.bodySchema())) : null;
        String type = op.bodyType();
        requests.add(new BadRequest("Accept: text/html", op.method(), uri, type, plausible, "text/html"));
        if (op.bodyType() != null) {
            requests.add(new BadRequest("wrong content type", op.method(), uri, "text/plain", bytes("{}"), null));
            requests.add(new BadRequest("malformed JSON", op.method(), uri, "application/json", bytes("{\"a\":"),
                    null));
            requests.add(new BadRequest("empty body", op.method(), uri, type, new byte[0], null));
        }
        if (op.jsonBody()) {
            requests.add(body(op, "missing fields", bytes("{}")));
            requests.add(body(op, "a list for an object", bytes("[]")));
            requests.add(body(op, "unknown fields", unknownField(plausible)));
            requests.add(body(op, "wrong types", json(samples.withEveryField(op.bodySchema(), JsonSamples::wrongType))));
            samples.withOneMegabyteEach(op.bodySchema()).forEach(b -> requests.add(body(op, "a 1 MB string", json(b))));
            requests.add(body(op, "huge numbers", json(samples.withEveryField(op.bodySchema(), JsonSamples::huge))));
            requests.add(body(op, "negative numbers", json(samples.withEveryField(op.bodySchema(),
                    JsonSamples::negative))));
            requests.add(body(op, "nulls", json(samples.withEveryField(op.bodySchema(), JsonSamples::nulls))));
            requests.add(body(op, "invalid UTF-8", invalidUtf8(json(samples.withEveryField(op.bodySchema(),
                    JsonSamples::badUtf8)))));
        } else if (op.bodyType() != null) {
            requests.add(new BadRequest("garbage body", op.method(), uri, type, INVALID_UTF8, null));
        }
        for (Param p : op.pathParams()) {
            for (String bad : BAD_VALUES) {
                requests.add(new BadRequest("path " + p.name() + "=" + bad, op.method(),
                        uri(op, Map.of(p.name(), bad)), type, plausible, null));
            }
        }
        for (Param p : op.queryParams()) {
            for (String bad : BAD_VALUES) {
                requests.add(new BadRequest("query " + p.name() + "=" + bad, op.method(),
                        withQuery(uri, p.name() + "=" + bad), type, plausible, null));
            }
            requests.add(new BadRequest("query " + p.name() + " 4 KB", op.method(),
                    withQuery(uri, p.name() + "=" + "%E9%95%BF".repeat(450)), type, plausible, null));
        }
        return requests;
    }

    private BadRequest body(Operation op, String label, byte[] body) {
        return new BadRequest(label, op.method(), uri(op, Map.of()), "application/json", body, null);
    }

    /** The operation's path with plausible values, except those given (sent as they are, already encoded). */
    private String uri(Operation op, Map<String, String> bad) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Param p : op.pathParams()) {
            values.put(p.name(), bad.containsKey(p.name()) ? bad.get(p.name())
                    : URLEncoder.encode(pathValue.apply(op.path(), p.name()), StandardCharsets.UTF_8));
        }
        String uri = op.path();
        for (Map.Entry<String, String> v : values.entrySet()) {
            uri = uri.replace("{" + v.getKey() + "}", v.getValue());
        }
        String query = op.queryParams().stream().filter(Param::required)
                .map(p -> p.name() + "=1").reduce((a, b) -> a + "&" + b).orElse("");
        return query.isEmpty() ? uri : uri + "?" + query;
    }

    private static String withQuery(String uri, String param) {
        return uri + (uri.contains("?") ? "&" : "?") + param;
    }

    private static byte[] unknownField(byte[] plausible) {
        String text = new String(plausible, StandardCharsets.UTF_8);
        return bytes(text.startsWith("{") && text.length() > 2
                ? "{\"zzUnknown\":1," + text.substring(1) : "{\"zzUnknown\":1}");
    }

    private static byte[] invalidUtf8(byte[] json) {
        byte[] mark = JsonSamples.BAD_UTF8_MARK.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < json.length; i++) {
            if (startsAt(json, i, mark)) {
                out.writeBytes(INVALID_UTF8);
                i += mark.length - 1;
            } else {
                out.write(json[i]);
            }
        }
        return out.toByteArray();
    }

    private static boolean startsAt(byte[] data, int at, byte[] part) {
        if (at + part.length > data.length) {
            return false;
        }
        for (int i = 0; i < part.length; i++) {
            if (data[at + i] != part[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] json(JsonNode node) {
        return JsonSamples.JSON.writeValueAsBytes(node);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
