package org.renrentong.scope;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The declared expectation of one endpoint against one target: the request (path variables, parameters, body) and
 * the callers who may. Everyone else must be refused: 403, or for a visitor 401 or the way to the sign-in page.
 */
final class Endpoint {

    private interface Edit {
        void apply(Call call, AbstractMockHttpServletRequestBuilder<?> request);
    }

    final HttpMethod method;
    final String pattern;
    private String target = "";
    private Function<Call, ?> vars = c -> new Object[0];
    private final List<Edit> edits = new ArrayList<>();
    private final List<Function<Call, MockMultipartFile>> files = new ArrayList<>();
    private Set<Caller> allowed = Caller.NOBODY;
    final Set<Integer> business = new HashSet<>();
    final Set<Integer> refusals = new HashSet<>(Set.of(403));

    /** {@code "GET /api/v1/people/{id}"}: the method and the pattern exactly as the controller maps it. */
    Endpoint(String methodAndPattern) {
        String[] parts = methodAndPattern.split(" ", 2);
        this.method = HttpMethod.valueOf(parts[0]);
        this.pattern = parts[1];
    }

    String key() {
        return method.name() + " " + pattern;
    }

    String name() {
        return key() + (target.isEmpty() ? "" : " — " + target);
    }

    Set<Caller> allowed() {
        return allowed;
    }

    /** The target, named, with the path variables (one value or an array), made per request when they change it. */
    Endpoint at(String name, Function<Call, ?> pathVariables) {
        this.target = name;
        this.vars = pathVariables;
        return this;
    }

    Endpoint at(String name, Object... pathVariables) {
        return at(name, c -> pathVariables);
    }

    Endpoint param(String name, Function<Call, ?> value) {
        edits.add((c, r) -> r.param(name, String.valueOf(value.apply(c))));
        return this;
    }

    Endpoint param(String name, Object value) {
        return param(name, c -> value);
    }

    Endpoint json(Function<Call, String> body) {
        edits.add((c, r) -> r.contentType(MediaType.APPLICATION_JSON).content(body.apply(c)));
        return this;
    }

    Endpoint header(String name, String value) {
        edits.add((c, r) -> r.header(name, value));
        return this;
    }

    Endpoint body(MediaType type, byte[] bytes) {
        edits.add((c, r) -> r.contentType(type).content(bytes));
        return this;
    }

    /** Sends the request as multipart with this file. */
    Endpoint file(Function<Call, MockMultipartFile> file) {
        files.add(file);
        return this;
    }

    Endpoint allow(Set<Caller> callers) {
        this.allowed = callers;
        return this;
    }

    /** A refusal for a business reason (a duplicate, a state that does not allow it): fine for an allowed caller. */
    Endpoint accepting(Integer... statuses) {
        if (List.of(statuses).contains(401) || List.of(statuses).contains(403)) {
            throw new IllegalArgumentException("a refusal of the caller is never a business reason: " + key());
        }
        business.addAll(List.of(statuses));
        return this;
    }

    /** Where the service hides what the caller may not see, it answers 404 rather than 403. */
    Endpoint hiddenAs404() {
        refusals.add(404);
        return this;
    }

    /**
     * An endpoint for joined nodes only, which prove themselves by a signature: a person, signed in or not, is no
     * joined node and gets 401.
     */
    Endpoint forSignedNodesOnly() {
        refusals.add(401);
        return this;
    }

    AbstractMockHttpServletRequestBuilder<?> request(Call call) {
        Object v = vars.apply(call);
        Object[] values = v instanceof Object[] array ? array : new Object[] {v};
        AbstractMockHttpServletRequestBuilder<?> request;
        if (files.isEmpty()) {
            request = MockMvcRequestBuilders.request(method, pattern, values);
        } else {
            MockMultipartHttpServletRequestBuilder multipart =
                    MockMvcRequestBuilders.multipart(method, pattern, values);
            files.forEach(f -> multipart.file(f.apply(call)));
            request = multipart;
        }
        edits.forEach(e -> e.apply(call, request));
        return request;
    }
}
