package org.renrentong.demo;

import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Actors;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.space.NoticeAsk;
import org.renrentong.space.NoticeAudience;
import org.renrentong.space.NoticeDetails;
import org.renrentong.space.PostKind;
import org.renrentong.space.Posts;
import org.renrentong.space.SpaceKind;
import org.renrentong.space.Spaces;

/** A few notices and posts, so that the demo spaces are not empty. */
final class DemoPosts {

    private DemoPosts() {
    }

    static void write(Posts posts, Spaces spaces, Actors actors, Person teacher, Person principal, School school,
                      SchoolClass schoolClass) {
        Actor headTeacher = actors.load(teacher.id(), null);
        Actor schoolAdmin = actors.load(principal.id(), null);
        long classSpace = spaces.ofInstitution(SpaceKind.CLASS, schoolClass.id()).orElseThrow();
        long schoolSpace = spaces.ofInstitution(SpaceKind.SCHOOL, school.id()).orElseThrow();
        posts.create(schoolAdmin, schoolSpace, PostKind.NOTICE,
                "本周五下午召开家长会，请各位家长准时参加。地点：学校报告厅。", List.of());
        posts.create(headTeacher, classSpace, PostKind.NOTICE,
                "下周一进行数学单元测验，请同学们复习第三章《一元一次方程》。", List.of());
        posts.create(headTeacher, classSpace, PostKind.NOTICE, "本周五下午召开家长会，请各位家长告知是否参加。",
                List.of(), new NoticeDetails(NoticeAudience.GUARDIANS, NoticeAsk.CHOICE, List.of("参加", "不参加"), null));
        posts.create(headTeacher, classSpace, PostKind.POST,
                "今天的语文课我们读了《春》，同学们的朗读很有感情！欢迎把自己写的春天短文发到班级空间。", List.of());
    }
}
