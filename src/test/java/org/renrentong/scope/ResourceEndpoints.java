package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.renrentong.resource.Resource;

/**
 * Resources of each visibility (public, signed-in, organisation = school A), a draft and a submitted one, all by the
 * teacher of A1: reading them and their files, contributing, editing, review, lists, reviewer assignments, the index.
 */
final class ResourceEndpoints extends Declarations {

    static final Set<Caller> READ_ORGANISATION = plus(union(GOVERN_A, OF_SCHOOL_A), EXPERT);
    /** A draft is its owner's (and its administrators'); reviewers see it once it is submitted. */
    static final Set<Caller> READ_DRAFT = plus(GOVERN_A, TEACHER);
    static final Set<Caller> READ_SUBMITTED = plus(GOVERN_A, TEACHER, EXPERT);
    static final Set<Caller> REVIEW_A = plus(GOVERN_A, EXPERT);
    static final Set<Caller> REVIEWERS = plus(REGION_ADMINS, EXPERT);

    ResourceEndpoints(MatrixWorld w) {
        super(w);
        for (String read : new String[] {"GET /api/v1/resources/{id}", "GET /api/v1/resources/{id}/lom",
                "GET /api/v1/resources/{id}/dublin-core", "GET /api/v1/resources/{id}/history",
                "GET /api/v1/resources/{id}/comments", "GET /resources/{id}"}) {
            readers(read, r -> new Object[] {r.id()});
        }
        readers("GET /api/v1/resources/{id}/files/{fileId}", r -> new Object[] {r.id(), w.fileOf(r)});
        // a PDF has neither a preview nor a thumbnail: those who may read it hear 404 for that reason
        readers("GET /api/v1/resources/{id}/files/{fileId}/preview", r -> new Object[] {r.id(), w.fileOf(r)})
                .forEach(e -> e.accepting(404));
        readers("GET /api/v1/resources/{id}/files/{fileId}/thumbnail", r -> new Object[] {r.id(), w.fileOf(r)})
                .forEach(e -> e.accepting(404));

        Function<Call, Object> draft = c -> c.fresh(w::freshDraft, w.draftResource.id());
        Function<Call, Object> submitted = c -> c.fresh(w::freshSubmitted, w.submittedResource.id());
        Function<Call, Object> assignment = c -> c.fresh(w::freshAssignment, w.assignment);
        Function<Call, Object> expert = c -> c.fresh(w::freshExpert, w.person(EXPERT)).id();

        on("GET /api/v1/resources").param("q", "测试").allow(EVERYONE);
        on("GET /resources/search").param("q", "测试").allow(EVERYONE);
        on("GET /resources/tree").allow(EVERYONE);
        on("GET /api/v1/resources/mine").allow(SIGNED_IN);
        on("GET /resources/mine").allow(SIGNED_IN);
        on("GET /resources/favourites").allow(SIGNED_IN);
        on("GET /api/v1/resources/review-queue").allow(REVIEWERS);
        on("GET /resources/reviews").allow(REVIEWERS);
        on("GET /resources/schools/{schoolId}").at("school A", w.schoolA.id()).allow(EVERYONE);
        on("GET /resources/regions/{code}").at("county A", MatrixWorld.COUNTY_A).allow(EVERYONE);

        on("POST /api/v1/resources").at("with an own upload").json(c -> form(c, "PUBLIC")).allow(CONTRIBUTORS);
        on("GET /resources/new").allow(CONTRIBUTORS);
        on("POST /resources").at("with an own upload").param("title", c -> "矩阵资源" + c.n())
                .param("type", "LESSON_PLAN").param("placeIds", c -> w.lesson.id())
                .param("audiences", "TEACHER").param("language", "zh").param("licence", "CC_BY_4_0")
                .param("visibility", "PUBLIC").param("upload0", this::upload).allow(CONTRIBUTORS);
        on("PUT /api/v1/resources/{id}").at("a draft of the teacher", draft)
                .json(c -> form(c, "PUBLIC")).allow(only(TEACHER));
        on("GET /resources/{id}/edit").at("a draft of the teacher", draft).allow(only(TEACHER))
                .hiddenAs404();
        on("POST /resources/{id}").at("a draft of the teacher", draft)
                .param("title", c -> "改名" + c.n()).param("type", "LESSON_PLAN")
                .param("placeIds", c -> w.lesson.id()).param("audiences", "TEACHER")
                .param("language", "zh").param("licence", "CC_BY_4_0").param("visibility", "PUBLIC")
                .param("upload0", this::upload).allow(only(TEACHER)).hiddenAs404();
        on("POST /api/v1/resources/{id}/review").at("submit a draft of the teacher", draft)
                .json(c -> "{\"action\":\"SUBMIT\"}").allow(only(TEACHER)).hiddenAs404();
        on("POST /api/v1/resources/{id}/review").at("publish a submitted resource", submitted)
                .json(c -> "{\"action\":\"PUBLISH\"}").allow(REVIEW_A).hiddenAs404();
        on("POST /resources/{id}/review").at("submit a draft of the teacher", draft)
                .param("action", "SUBMIT").allow(only(TEACHER)).hiddenAs404();
        on("POST /resources/{id}/review").at("reject a submitted resource", submitted)
                .param("action", "REJECT").param("reason", "不完整").allow(REVIEW_A).hiddenAs404();

        for (String list : new String[] {"GET /api/v1/reviewer-assignments", "GET /resources/reviewer-assignments"}) {
            on(list).allow(REGION_ADMINS);
        }
        on("POST /api/v1/reviewer-assignments").at("expert of county A")
                .json(c -> "{\"expertId\":" + expert.apply(c) + ",\"regionCode\":\"" + MatrixWorld.COUNTY_A
                        + "\",\"subjectCode\":\"14\"}").allow(GOVERN_A);
        on("POST /resources/reviewer-assignments").at("expert of county A")
                .param("expertId", expert).param("regionCode", MatrixWorld.COUNTY_A)
                .param("subjectCode", "14").allow(GOVERN_A);
        on("DELETE /api/v1/reviewer-assignments/{id}").at("in county A", assignment).allow(GOVERN_A);
        on("POST /resources/reviewer-assignments/{id}/delete").at("in county A", assignment)
                .allow(GOVERN_A);
        on("POST /api/v1/search-index/rebuild").allow(only(PLATFORM));
        on("POST /resources/search-index/rebuild").allow(only(PLATFORM));
    }

    /** The expectation of one reading endpoint for each of the five resources. */
    private List<Endpoint> readers(String endpoint, Function<Resource, Object[]> vars) {
        return List.of(
                on(endpoint).at("public", vars.apply(w.publicResource)).allow(EVERYONE),
                on(endpoint).at("signed-in", vars.apply(w.signedInResource)).allow(SIGNED_IN),
                on(endpoint).at("organisation", vars.apply(w.organisationResource)).allow(READ_ORGANISATION),
                on(endpoint).at("draft", vars.apply(w.draftResource)).allow(READ_DRAFT).hiddenAs404(),
                on(endpoint).at("submitted", vars.apply(w.submittedResource)).allow(READ_SUBMITTED).hiddenAs404());
    }

    /** A completed upload of the caller's own, or (for those to be refused) an id that is nobody's. */
    private Object upload(Call c) {
        return c.allowed() ? w.resourceFixtures.pdfUpload(c.actor()) : UUID.randomUUID();
    }

    private String form(Call c, String visibility) {
        return "{\"title\":\"矩阵资源" + c.n() + "\",\"type\":\"LESSON_PLAN\",\"placeIds\":["
                + w.lesson.id() + "],\"audiences\":[\"TEACHER\"],\"language\":\"zh\","
                + "\"licence\":\"CC_BY_4_0\",\"visibility\":\"" + visibility + "\",\"files\":[{\"uploadId\":\""
                + upload(c) + "\",\"role\":\"MAIN\"}]}";
    }
}
