package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockMultipartFile;

/** The textbook tree: national reference data that everyone browses; only platform administrators edit it. */
final class TaxonomyEndpoints extends Declarations {

    TaxonomyEndpoints(MatrixWorld w) {
        super(w);
        long lesson = w.lesson.id();
        on("GET /textbook-tree").allow(EVERYONE);
        on("GET /textbook-tree/branch/{id}").at("a lesson", lesson).allow(EVERYONE);
        on("GET /api/v1/textbook-tree/children").allow(EVERYONE);
        on("GET /api/v1/textbook-tree/nodes/{id}").at("a lesson", lesson).allow(EVERYONE);
        on("GET /api/v1/textbook-tree/editions").allow(EVERYONE);
        on("GET /api/v1/textbook-tree/codes").allow(EVERYONE);
        on("GET /api/v1/textbook-tree/export").param("node", lesson).allow(EVERYONE);
        on("GET /api/v1/textbook-tree/export.xlsx").param("node", lesson).allow(EVERYONE);

        // a tree file without nodes is refused as such (422) to the one who may import
        on("POST /api/v1/textbook-tree/import").at("a tree file without nodes")
                .json(c -> "{\"format\":\"renrentong-textbook-tree\",\"version\":1,\"nodes\":[]}")
                .allow(only(PLATFORM)).accepting(422);
        // an empty file is refused as such (400) to the one who may import
        on("POST /api/v1/textbook-tree/import").at("an empty upload").file(c -> empty())
                .allow(only(PLATFORM)).accepting(400);
        on("POST /api/v1/textbook-tree/nodes").at("a lesson under a new chapter", c -> new Object[0])
                .json(c -> "{\"parentId\":" + w.node.id() + ",\"level\":\"LESSON\",\"code\":\"m" + c.n()
                        + "\",\"name\":\"矩阵课\"}").allow(only(PLATFORM));
        on("PATCH /api/v1/textbook-tree/nodes/{id}").at("a new chapter", c -> c.fresh(w::freshNode, w.node).id())
                .json(c -> "{\"name\":\"改名章" + c.n() + "\"}").allow(only(PLATFORM));
        on("POST /api/v1/textbook-tree/nodes/{id}/move").at("a new chapter", c -> c.fresh(w::freshNode, w.node).id())
                .json(c -> "{\"parentId\":" + c.fresh(w::freshGrade, w.grade).id() + "}").allow(only(PLATFORM));
        on("POST /api/v1/textbook-tree/nodes/{id}/reorder").at("a new chapter", c -> c.fresh(w::freshNode, w.node).id())
                .json(c -> "{\"up\":true}").allow(only(PLATFORM));
        on("POST /api/v1/textbook-tree/nodes/{id}/retire").at("a new chapter", c -> c.fresh(w::freshNode, w.node).id())
                .allow(only(PLATFORM));

        on("GET /admin/textbook-tree").allow(only(PLATFORM));
        on("POST /admin/textbook-tree/add").param("parent", w.node.id()).param("level", "LESSON")
                .param("code", c -> "m" + c.n()).param("name", "矩阵课").allow(only(PLATFORM));
        on("POST /admin/textbook-tree/{id}/rename").at("a new chapter", c -> c.fresh(w::freshNode, w.node).id())
                .param("name", c -> "改名章" + c.n()).allow(only(PLATFORM));
        on("POST /admin/textbook-tree/{id}/reorder").at("a new chapter", c -> c.fresh(w::freshNode, w.node).id())
                .param("up", true).allow(only(PLATFORM));
        on("POST /admin/textbook-tree/{id}/move").at("a new chapter", c -> c.fresh(w::freshNode, w.node).id())
                .param("target", c -> w.codePath(c.fresh(w::freshGrade, w.grade))).allow(only(PLATFORM));
        on("POST /admin/textbook-tree/{id}/retire").at("a new chapter", c -> c.fresh(w::freshNode, w.node).id())
                .allow(only(PLATFORM));
        on("POST /admin/textbook-tree/import").at("an empty upload").file(c -> empty())
                .allow(only(PLATFORM));
        on("POST /admin/textbook-tree/import/check").at("an empty upload").file(c -> empty())
                .allow(only(PLATFORM));
    }

    private static MockMultipartFile empty() {
        return new MockMultipartFile("file", "tree.json", "application/json", "".getBytes(StandardCharsets.UTF_8));
    }
}
