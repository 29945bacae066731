package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.util.List;
import java.util.Set;
import org.renrentong.space.NoticeAsk;
import org.renrentong.space.NoticeAudience;
import org.renrentong.space.NoticeDetails;
import org.renrentong.space.PostKind;
import org.renrentong.testing.Fixtures;

/**
 * Class notices of class A1 asking its students and guardians for a 回执: the class's people open them, its teachers
 * and managers read the receipts, remind and export, its students and the guardian answer, and both sides reply.
 */
final class ClassNoticeEndpoints extends Declarations {

    static final Set<Caller> READ_A1 = plus(MANAGE_A, TEACHER, STUDENT, CLASSMATE, GUARDIAN);
    static final Set<Caller> MANAGE_A1 = plus(MANAGE_A, TEACHER);
    static final Set<Caller> ADDRESSED = only(STUDENT, CLASSMATE, GUARDIAN);

    ClassNoticeEndpoints(MatrixWorld w) {
        super(w);
        long notice = notice();
        long guardian = w.person(GUARDIAN).id();

        on("GET /notices/{id}").at("a 回执 to class A1", notice).allow(READ_A1);
        on("GET /api/v1/notices/{id}").at("a 回执 to class A1", notice).allow(READ_A1);
        on("GET /api/v1/notices/{id}/receipts").at("a 回执 to class A1", notice).allow(MANAGE_A1);
        on("GET /notices/{id}/answers.xlsx").at("a 回执 to class A1", notice).allow(MANAGE_A1);
        // one reminder per interval: each allowed caller reminds of a notice of its own
        on("POST /api/v1/notices/{id}/reminders").at("a fresh 回执 to class A1", c -> c.fresh(this::notice, notice))
                .allow(MANAGE_A1);
        on("POST /notices/{id}/reminders").at("a fresh 回执 to class A1", c -> c.fresh(this::notice, notice))
                .allow(MANAGE_A1);
        on("PUT /api/v1/notices/{id}/answer").at("a 回执 to class A1", notice).json(c -> "{\"choice\":0}")
                .allow(ADDRESSED);
        on("POST /notices/{id}/answer").at("a 回执 to class A1", notice).param("choice", 0).allow(ADDRESSED);
        on("POST /api/v1/notices/{id}/replies").at("a 回执 to class A1", notice)
                .json(c -> "{\"body\":\"回复" + c.n() + "\",\"to\":" + guardian + "}").allow(union(MANAGE_A1, ADDRESSED));
        on("POST /notices/{id}/replies").at("a 回执 to class A1", notice).param("body", c -> "回复" + c.n())
                .param("to", guardian).allow(union(MANAGE_A1, ADDRESSED));
        on("POST /api/v1/spaces/{id}/posts").at("a choice to class A1's guardians", w.classA1Space)
                .json(c -> "{\"kind\":\"NOTICE\",\"body\":\"家长会" + c.n() + "\",\"audience\":\"GUARDIANS\","
                        + "\"ask\":\"CHOICE\",\"options\":[\"参加\",\"不参加\"]}").allow(MANAGE_A1);
    }

    private long notice() {
        return w.posts.create(w.actor(TEACHER), w.classA1Space, PostKind.NOTICE, "请回执" + Fixtures.unique(), List.of(),
                new NoticeDetails(NoticeAudience.BOTH, NoticeAsk.CONFIRM, List.of(), null)).id();
    }
}
