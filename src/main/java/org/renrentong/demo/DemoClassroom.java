package org.renrentong.demo;

import java.time.LocalDate;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.classroom.closure.Closures;
import org.renrentong.classroom.homework.Grading;
import org.renrentong.classroom.homework.HomeworkViews;
import org.renrentong.classroom.homework.Homeworks;
import org.renrentong.classroom.homework.Submissions;
import org.renrentong.classroom.quiz.Attempts;
import org.renrentong.classroom.quiz.ItemBank;
import org.renrentong.classroom.quiz.Quizzes;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Actors;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.springframework.stereotype.Component;

/** The classroom's part of the demo: what the demo teacher gave the demo class and how it was handed in. */
@Component
class DemoClassroom {

    private final Homeworks homeworks;
    private final Submissions submissions;
    private final Grading grading;
    private final HomeworkViews views;
    private final ItemBank bank;
    private final Quizzes quizzes;
    private final Attempts attempts;
    private final Actors actors;
    private final Closures closures;

    DemoClassroom(Homeworks homeworks, Submissions submissions, Grading grading, HomeworkViews views, ItemBank bank,
                  Quizzes quizzes, Attempts attempts, Actors actors, Closures closures) {
        this.homeworks = homeworks;
        this.submissions = submissions;
        this.grading = grading;
        this.views = views;
        this.bank = bank;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.actors = actors;
        this.closures = closures;
    }

    void homework(Person teacher, Person student, SchoolClass schoolClass) {
        DemoHomework.assign(homeworks, submissions, grading, views, actors.load(teacher.id(), null),
                actors.load(student.id(), null), schoolClass);
    }

    void quiz(Person teacher, Person student, SchoolClass schoolClass) {
        DemoQuiz.set(bank, quizzes, attempts, actors.load(teacher.id(), null), actors.load(student.id(), null),
                schoolClass);
    }

    /** A closure of the school planned in two weeks, so that its page and figures are there to see. */
    void closure(Actor admin, School school) {
        LocalDate first = TeachingWeeks.today().plusDays(14);
        closures.switchOn(admin, null, school.id(), first, first.plusDays(2), "流感高发，停课三天");
    }
}
