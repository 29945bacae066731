package org.renrentong.scope;

import java.util.ArrayList;
import java.util.List;

/** The expectations of one module's endpoints, one line each: {@code on("GET /x/{id}").at(...).allow(...)}. */
abstract class Declarations {

    protected final MatrixWorld w;
    private final List<Endpoint> endpoints = new ArrayList<>();

    Declarations(MatrixWorld w) {
        this.w = w;
    }

    protected Endpoint on(String methodAndPattern) {
        Endpoint e = new Endpoint(methodAndPattern);
        endpoints.add(e);
        return e;
    }

    List<Endpoint> endpoints() {
        return endpoints;
    }

    protected static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
