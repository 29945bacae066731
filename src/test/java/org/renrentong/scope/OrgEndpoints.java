package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.util.Set;
import java.util.stream.Collectors;
import org.renrentong.org.School;

/** Schools, classes, groups and bureaus. */
final class OrgEndpoints extends Declarations {

    /** Who sees school A: its own people and those governing it. */
    static final Set<Caller> SEE_A = union(GOVERN_A, OF_SCHOOL_A);
    static final Set<Caller> SEE_B = plus(GOVERN_B, OTHER_SCHOOL);
    static final Set<Caller> GROUP_FOUNDERS_A = plus(MANAGE_A, TEACHER, OTHER_TEACHER);

    OrgEndpoints(MatrixWorld w) {
        super(w);
        long a = w.schoolA.id();
        long b = w.schoolB.id();
        String county = MatrixWorld.COUNTY_A;

        on("GET /api/v1/schools").allow(ADMINS);
        on("POST /api/v1/schools").at("in county A").json(c -> newSchool(c.n(), county)).allow(GOVERN_A);
        on("POST /api/v1/schools").at("in county B").json(c -> newSchool(c.n(), MatrixWorld.COUNTY_B)).allow(GOVERN_B);
        on("GET /api/v1/schools/{id}").at("school A", a).allow(SEE_A);
        on("GET /api/v1/schools/{id}").at("school B", b).allow(SEE_B);
        on("PUT /api/v1/schools/{id}").at("school A", a).json(c -> json(w.schoolA)).allow(MANAGE_A);
        on("PUT /api/v1/schools/{id}").at("school B", b).json(c -> json(w.schoolB)).allow(MANAGE_B);
        on("GET /api/v1/schools/{id}/grades").at("school A", a).allow(SEE_A);
        on("GET /api/v1/schools/{id}/classes").at("school A", a).allow(SEE_A);
        on("GET /api/v1/schools/{id}/classes").at("school B", b).allow(SEE_B);
        on("POST /api/v1/schools/{id}/classes").at("school A", a)
                .json(c -> "{\"gradeId\":" + w.gradeA + ",\"name\":\"" + c.n() + "班\"}").allow(MANAGE_A);
        on("GET /api/v1/schools/{id}/groups").at("school A", a).allow(SEE_A);
        on("POST /api/v1/schools/{id}/groups").at("school A", a)
                .json(c -> "{\"name\":\"社团" + c.n() + "\",\"kind\":\"CLUB\"}").allow(GROUP_FOUNDERS_A);

        on("GET /schools").allow(ADMINS);
        on("GET /schools/rows").allow(ADMINS);
        on("GET /schools/choose").allow(ADMINS);
        on("GET /schools/new").allow(REGION_ADMINS);
        on("POST /schools").at("in county A").param("name", c -> "矩阵学校" + c.n()).param("kind", "PRIMARY")
                .param("stages", "PRIMARY").param("countyCode", county).allow(GOVERN_A);
        on("GET /schools/{id}/edit").at("school A", a).allow(MANAGE_A);
        on("POST /schools/{id}").at("school A", a).param("name", w.schoolA.name())
                .param("kind", w.schoolA.kind().name()).param("stages", stages(w.schoolA))
                .param("countyCode", county).allow(MANAGE_A);
        on("GET /schools/{id}").at("school A", a).allow(SEE_A);
        on("GET /schools/{id}").at("school B", b).allow(SEE_B);
        on("POST /schools/{id}/classes").at("school A", a).param("gradeId", w.gradeA)
                .param("name", c -> c.n() + "班").allow(MANAGE_A);
        on("POST /schools/{id}/groups").at("school A", a).param("name", c -> "兴趣组" + c.n())
                .param("kind", "INTEREST").allow(GROUP_FOUNDERS_A);
        on("GET /schools/{id}/classes/options").at("school A", a).allow(SEE_A);

        groups();

        on("GET /regions/{code}/bureau").at("county A", county).allow(GOVERN_A);
        on("POST /regions/{code}/bureau").at("county A", county).allow(GOVERN_A);
        on("POST /regions/{code}/bureau").at("county B", MatrixWorld.COUNTY_B).allow(GOVERN_B);
    }

    /** The club of school A: its members and managers see it; its managers (and its founder) add and remove. */
    private void groups() {
        long group = w.groupA;
        Set<Caller> members = plus(MANAGE_A, TEACHER, CLASSMATE);
        Set<Caller> managers = plus(MANAGE_A, TEACHER);
        for (String mine : new String[] {"GET /api/v1/groups/mine", "GET /groups/mine", "GET /groups/mine/card",
                "GET /groups"}) {
            on(mine).allow(SIGNED_IN);
        }
        on("GET /schools/{id}/groups").at("school A", w.schoolA.id()).allow(SEE_A);
        on("GET /api/v1/groups/{id}").at("club of A", group).allow(members);
        on("GET /groups/{id}").at("club of A", group).allow(members);
        on("GET /api/v1/groups/{id}/candidates").at("club of A", group).param("q", "").allow(managers);
        on("GET /groups/{id}/candidates").at("club of A", group).param("q", "").allow(managers);
        on("POST /api/v1/groups/{id}/members").at("club of A", group)
                .json(c -> "{\"personId\":" + c.fresh(w::freshStudentA, w.person(CLASSMATE)).id() + "}")
                .allow(managers);
        on("POST /groups/{id}/members").at("club of A", group)
                .param("personId", c -> c.fresh(w::freshStudentA, w.person(CLASSMATE)).id()).allow(managers);
        on("DELETE /api/v1/groups/{id}/members/{personId}").at("a member of the club",
                c -> new Object[] {group, c.fresh(w::freshMember, w.spareMember)}).allow(managers);
        on("POST /groups/{id}/members/{personId}/remove").at("a member of the club",
                c -> new Object[] {group, c.fresh(w::freshMember, w.spareMember)}).allow(managers);
    }

    private static String newSchool(long n, String county) {
        return "{\"name\":\"矩阵学校" + n + "\",\"kind\":\"PRIMARY\",\"stages\":[\"PRIMARY\"],\"countyCode\":\""
                + county + "\"}";
    }

    private static String json(School s) {
        return "{\"name\":\"" + s.name() + "\",\"kind\":\"" + s.kind().name() + "\",\"stages\":["
                + s.stages().stream().map(st -> "\"" + st.name() + "\"").collect(Collectors.joining(","))
                + "],\"countyCode\":\"" + s.countyCode() + "\"}";
    }

    private static String stages(School s) {
        return s.stages().stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
