package org.renrentong.classroom.week;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.renrentong.classroom.homework.HomeworkItem;
import org.renrentong.classroom.homework.SubmissionStatus;
import org.renrentong.classroom.quiz.QuizLine;
import org.renrentong.classroom.timetable.Lesson;
import org.renrentong.classroom.timetable.TimetableView;
import org.renrentong.space.ChildCard;
import org.renrentong.space.NoticeLine;

/**
 * One student's week as of {@code at}: the student with their class and class space (a child card; no relation for
 * the student themself), today's teaching week ("第 3 教学周", empty without a calendar), today's lessons (none on a
 * holiday) and the whole timetable (null when not placed in a class), the homework due this week (Monday to
 * Sunday, Asia/Shanghai), the latest graded homework with the teachers' comments, the quizzes open now and the
 * latest quiz scores, and the class's notices of the last seven days with the reader's read state and answer.
 */
public record StudentWeek(ChildCard student, String teachingWeek, LocalDate monday, List<Lesson> todaysLessons,
                          TimetableView timetable, List<HomeworkItem> homeworkDue, List<HomeworkItem> grades,
                          List<QuizLine> openQuizzes, List<QuizLine> quizScores, List<NoticeLine> notices,
                          Instant at) {

    /** Homework past its due time and not handed in. */
    public boolean overdue(HomeworkItem homework) {
        return homework.status() == SubmissionStatus.TODO && homework.dueAt().isBefore(at);
    }

    /** Homework of the week not handed in yet. */
    public long toDo() {
        return homeworkDue.stream().filter(h -> h.status() == SubmissionStatus.TODO).count();
    }

    /** Notices the reader has not read, or has yet to answer. */
    public long unreadNotices() {
        return notices.stream().filter(n -> n.addressed() && (!n.read() || n.toAnswer())).count();
    }
}
