package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.util.Set;
import java.util.function.Function;

/** Using resources: favourites, ratings, comments and their moderation, sharing into spaces. */
final class ResourceUseEndpoints extends Declarations {

    /** The owner and the reviewers of the teacher's resources (the expert among them) moderate their comments. */
    static final Set<Caller> MODERATORS = plus(GOVERN_A, TEACHER, EXPERT);
    /** Who may share a public resource into class A1's space: those who may post there. */
    static final Set<Caller> SHARE_INTO_A1 = SpaceEndpoints.POST_A1;

    ResourceUseEndpoints(MatrixWorld w) {
        super(w);
        long pub = w.publicResource.id();
        long org = w.organisationResource.id();
        Set<Caller> readOrg = ResourceEndpoints.READ_ORGANISATION;

        Function<Call, Long> comment = c -> c.fresh(w::freshComment, w.comment);

        on("GET /api/v1/resources/favourites").allow(SIGNED_IN);
        on("PUT /api/v1/resources/{id}/favourite").at("public", pub).allow(SIGNED_IN);
        on("PUT /api/v1/resources/{id}/favourite").at("organisation", org).allow(readOrg);
        on("DELETE /api/v1/resources/{id}/favourite").at("organisation", org).allow(readOrg);
        on("POST /resources/{id}/favourite").at("organisation", org).param("on", true).allow(readOrg);
        // the owner may not rate their own resource: a business refusal
        on("PUT /api/v1/resources/{id}/rating").at("organisation", org).json(c -> "{\"stars\":4}").allow(readOrg)
                .accepting(400);
        on("POST /resources/{id}/rating").at("organisation", org).param("stars", 4).allow(readOrg);
        on("POST /api/v1/resources/{id}/comments").at("public", pub).json(c -> "{\"body\":\"好" + c.n() + "\"}")
                .allow(SIGNED_IN);
        on("POST /api/v1/resources/{id}/comments").at("organisation", org)
                .json(c -> "{\"body\":\"好" + c.n() + "\"}").allow(readOrg);
        on("POST /resources/{id}/comments").at("organisation", org).param("body", c -> "好" + c.n()).allow(readOrg);
        on("POST /api/v1/resources/comments/{commentId}/moderation").at("the student's comment",
                comment).json(c -> "{\"approve\":true}").allow(MODERATORS);
        on("POST /resources/{id}/comments/{commentId}/moderation").at("the student's comment",
                c -> new Object[] {pub, c.fresh(w::freshComment, w.comment)}).param("approve", true).allow(MODERATORS);
        on("POST /resources/comments/{commentId}/moderation").at("the student's comment", comment)
                .param("approve", false).allow(MODERATORS);
        on("GET /resources/comments").allow(ResourceEndpoints.REVIEWERS);
        on("GET /resources/comments/rows").param("after", 0).allow(ResourceEndpoints.REVIEWERS);
        on("POST /api/v1/resources/{id}/shares").at("public into class A1", pub)
                .json(c -> "{\"spaceId\":" + w.classA1Space + ",\"text\":\"推荐\"}").allow(SHARE_INTO_A1);
        on("POST /resources/{id}/shares").at("public into class A1", pub).param("spaceId", w.classA1Space)
                .allow(SHARE_INTO_A1);
        on("POST /resources/{id}/shares").at("organisation into school A", org).param("spaceId", w.schoolASpace)
                .allow(SpaceEndpoints.POST_SCHOOL_A);
    }
}
