package org.renrentong.federation.node;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calls a joining child makes to its future parent: fetch its descriptor, then present the token. A parent that
 * cannot be reached, answers something that is no node, or refuses, becomes a refusal in this node's own words: the
 * parent's reasons come as message keys this node knows (its detail text, in whatever language, only otherwise).
 */
@Component
class ParentClient {

    /** The refusals a parent gives for a join, which this node shows in its user's language. */
    static final Set<String> REASONS = Set.of("node.join.token.unknown", "node.join.token.revoked",
            "node.join.token.used", "node.join.token.expired", "node.join.token.level", "node.join.token.region",
            "node.join.code.taken", "node.join.descriptor.invalid", "node.code.invalid", "node.name.required",
            "node.baseUrl.invalid");
    private static final int MAX_ANSWER = 64 * 1024;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json;

    ParentClient(JsonMapper json) {
        this.json = json;
    }

    Descriptor descriptor(String baseUrl) {
        Answer answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/federation/node")).GET(),
                baseUrl);
        if (answer.statusCode() != 200) {
            throw DomainException.invalid("node.join.notANode", baseUrl);
        }
        return read(answer.body(), baseUrl);
    }

    Descriptor join(String baseUrl, JoinRequest request) {
        Answer answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/federation/join"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request))), baseUrl);
        if (answer.statusCode() / 100 == 2) {
            return read(answer.body(), baseUrl);
        }
        throw refusal(answer.body(), baseUrl, request.child().code());
    }

    /** The answer's status and body; a body longer than any descriptor or problem is no node's. */
    private record Answer(int statusCode, String body) {
    }

    private Answer send(HttpRequest.Builder request, String baseUrl) {
        try {
            HttpResponse<InputStream> answer = http.send(request.timeout(Duration.ofSeconds(20))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = answer.body()) {
                byte[] bytes = body.readNBytes(MAX_ANSWER + 1);
                if (bytes.length > MAX_ANSWER) {
                    throw DomainException.invalid("node.join.notANode", baseUrl);
                }
                return new Answer(answer.statusCode(), new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw DomainException.invalid("node.join.unreachable", baseUrl);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DomainException.invalid("node.join.unreachable", baseUrl);
        }
    }

    private Descriptor read(String body, String baseUrl) {
        try {
            Descriptor d = json.readValue(body, Descriptor.class);
            if (d.code() == null || d.level() == null || d.publicKey() == null || NodeKeys.publicKey(d.publicKey()) == null) {
                throw DomainException.invalid("node.join.notANode", baseUrl);
            }
            return d;
        } catch (JacksonException e) {
            throw DomainException.invalid("node.join.notANode", baseUrl);
        }
    }

    /** The parent's reason when it is one this node knows; else its words as they came. */
    private DomainException refusal(String body, String baseUrl, String ownCode) {
        try {
            JsonNode problem = json.readTree(body);
            String code = problem.path("code").asString("");
            if (REASONS.contains(code)) {
                // the one reason with an argument names this node's code
                return DomainException.invalid(code, ownCode);
            }
            String detail = problem.path("detail").asString("");
            if (!detail.isBlank()) {
                return DomainException.invalid("node.join.refused", detail.length() > 300 ? detail.substring(0, 300)
                        : detail);
            }
        } catch (JacksonException notJson) {
            // no node answered
        }
        return DomainException.invalid("node.join.notANode", baseUrl);
    }
}
