package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockMultipartFile;

/** Roster imports: for the administrators of the school imported into; job pages of school A's import. */
final class RosterEndpoints extends Declarations {

    RosterEndpoints(MatrixWorld w) {
        super(w);
        long a = w.schoolA.id();
        Object job = w.importA;

        // one import at a time per school: a second one while the first runs is refused as busy (409)
        on("POST /api/v1/imports").at("into school A").file(c -> roster()).param("schoolId", a)
                .param("initialPassword", "Init-Pass1").allow(MANAGE_A).accepting(409);
        on("POST /imports").at("into school A").file(c -> roster()).param("schoolId", a)
                .param("initialPassword", "Init-Pass1").allow(MANAGE_A);
        on("GET /api/v1/imports").at("school A").param("schoolId", a).allow(MANAGE_A);
        on("GET /imports").allow(ADMINS);
        on("GET /imports/schools").param("q", "").allow(ADMINS);
        on("GET /imports/template.xlsx").allow(ADMINS);
        on("GET /imports/template-{sheet}.csv").at("students", "students").allow(ADMINS);
        for (String read : new String[] {"GET /api/v1/imports/{id}", "GET /api/v1/imports/{id}/errors",
                "GET /api/v1/imports/{id}/errors.csv", "GET /imports/{id}", "GET /imports/{id}/progress",
                "GET /imports/{id}/errors.csv", "GET /imports/{id}/errors.xlsx"}) {
            on(read).at("a job of school A", job).allow(MANAGE_A);
            on(read).at("a job of school B", w.importB).allow(MANAGE_B);
        }
    }

    private static MockMultipartFile roster() {
        return new MockMultipartFile("file", "students.csv", "text/csv",
                "年级,班级,学号,姓名,性别\n七年级,1班,,,未知\n".getBytes(StandardCharsets.UTF_8));
    }
}
