package org.renrentong.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.renrentong.classroom.homework.Grading;
import org.renrentong.classroom.homework.Homework;
import org.renrentong.classroom.homework.HomeworkForm;
import org.renrentong.classroom.homework.HomeworkViews;
import org.renrentong.classroom.homework.Homeworks;
import org.renrentong.classroom.homework.Level;
import org.renrentong.classroom.homework.Submissions;
import org.renrentong.identity.Actor;
import org.renrentong.org.SchoolClass;

/** A homework in the demo class, handed in by the demo student and graded, so that the homework pages are not empty. */
final class DemoHomework {

    private DemoHomework() {
    }

    static void assign(Homeworks homeworks, Submissions submissions, Grading grading, HomeworkViews views, Actor teacher, Actor student,
                       SchoolClass schoolClass) {
        Homework h = homeworks.assign(teacher, new HomeworkForm("《春》课后练习",
                "1. 有感情地朗读课文三遍。\n2. 摘抄文中描写春风的句子，并写一段 100 字左右的赏析。", "13",
                Instant.now().plus(Duration.ofDays(3)), true, null, List.of(schoolClass.id()), List.of(), List.of()),
                List.of());
        submissions.submit(student, h.id(),
                "“吹面不寒杨柳风”，不错的，像母亲的手抚摸着你。这句话把春风比作母亲的手，写出了春风的温暖与柔和。", List.of());
        long submission = views.own(student, h.id()).orElseThrow().id();
        grading.grade(teacher, submission, null, Level.EXCELLENT, "赏析抓住了比喻的妙处，很好！");
    }
}
