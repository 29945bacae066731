package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.util.function.Function;
import org.springframework.http.MediaType;

/** Resumable uploads: everyone signed in uploads; an upload is its owner's alone, and hidden from everyone else. */
final class StorageEndpoints extends Declarations {

    StorageEndpoints(MatrixWorld w) {
        super(w);
        Function<Call, Object> teachers = c -> c.fresh(() -> w.freshUpload(TEACHER), w.upload);
        on("POST /api/v1/uploads").json(c -> "{\"name\":\"a" + c.n() + ".pdf\",\"size\":10}").allow(SIGNED_IN);
        on("GET /api/v1/uploads/{id}").at("own upload", c -> w.freshUpload(c.caller())).allow(SIGNED_IN);
        on("GET /api/v1/uploads/{id}").at("the teacher's upload", teachers).allow(only(TEACHER))
                .hiddenAs404();
        for (String chunk : new String[] {"PATCH /api/v1/uploads/{id}", "PUT /api/v1/uploads/{id}"}) {
            on(chunk).at("the teacher's upload", teachers).param("offset", 0)
                    .body(MediaType.APPLICATION_OCTET_STREAM, new byte[10]).allow(only(TEACHER)).hiddenAs404();
        }
        // ten zero bytes are no allowed file type: the owner is told so (a business refusal)
        on("POST /api/v1/uploads/{id}/finish").at("the teacher's upload", teachers)
                .allow(only(TEACHER)).accepting(400, 409, 415, 422).hiddenAs404();
        on("DELETE /api/v1/uploads/{id}").at("the teacher's upload", teachers)
                .allow(only(TEACHER)).hiddenAs404();
    }
}
