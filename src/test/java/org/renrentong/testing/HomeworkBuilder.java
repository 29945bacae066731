package org.renrentong.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.renrentong.classroom.homework.Homework;
import org.renrentong.classroom.homework.HomeworkFile;
import org.renrentong.classroom.homework.HomeworkForm;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.org.SchoolClass;
import org.renrentong.storage.SampleFiles;
import org.springframework.core.io.ByteArrayResource;

/**
 * Builds a homework of a teacher through the real service: {@code homework.aHomework(teacher).to(class).build()}.
 * Due in two days, graded by level, no late work, unless told otherwise.
 */
public class HomeworkBuilder {

    private final HomeworkFixtures fixtures;
    private final Actor teacher;
    private final List<Long> classIds = new ArrayList<>();
    private final List<Long> studentIds = new ArrayList<>();
    private final List<Long> resourceIds = new ArrayList<>();
    private final List<HomeworkFile> attachments = new ArrayList<>();
    private String title = "作业" + Fixtures.unique();
    private String subject = "14";
    private Duration dueIn = Duration.ofDays(2);
    private boolean late;
    private Integer maxScore;

    HomeworkBuilder(HomeworkFixtures fixtures, Actor teacher) {
        this.fixtures = fixtures;
        this.teacher = teacher;
    }

    public HomeworkBuilder to(SchoolClass... classes) {
        for (SchoolClass c : classes) {
            classIds.add(c.id());
        }
        return this;
    }

    /** Only these students of the classes get it. */
    public HomeworkBuilder onlyFor(Person... students) {
        for (Person s : students) {
            studentIds.add(s.id());
        }
        return this;
    }

    public HomeworkBuilder titled(String title) {
        this.title = title;
        return this;
    }

    /** The subject, by its national code (mathematics, 14, unless told). */
    public HomeworkBuilder subject(String code) {
        this.subject = code;
        return this;
    }

    public HomeworkBuilder dueIn(Duration dueIn) {
        this.dueIn = dueIn;
        return this;
    }

    public HomeworkBuilder lateAccepted() {
        this.late = true;
        return this;
    }

    /** Graded with a score of 0..max instead of a level. */
    public HomeworkBuilder scored(int max) {
        this.maxScore = max;
        return this;
    }

    public HomeworkBuilder withResource(long resourceId) {
        resourceIds.add(resourceId);
        return this;
    }

    /** A small picture comes with it. */
    public HomeworkBuilder withPicture() {
        byte[] png = SampleFiles.png(16, 12);
        attachments.add(new HomeworkFile("题目.png", png.length, new ByteArrayResource(png)));
        return this;
    }

    public HomeworkForm form() {
        return new HomeworkForm(title, "完成课本第 12 页练习。", subject, Instant.now().plus(dueIn), late, maxScore,
                classIds, studentIds, resourceIds);
    }

    public Homework build() {
        return fixtures.delivered(fixtures.homeworks.assign(teacher, form(), attachments));
    }
}
