package org.renrentong.classroom.homework;

import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/** Reads a homework whole, for the services to check and show. */
@Component
class HomeworkReader {

    private final HomeworkRepository homework;

    HomeworkReader(HomeworkRepository homework) {
        this.homework = homework;
    }

    Homework get(long id) {
        HomeworkRepository.Row r = homework.find(id).orElseThrow(() -> DomainException.notFound("homework.unknown"));
        return new Homework(r.id(), r.teacherId(), r.teacherName(), r.schoolId(), r.regionPath(), r.title(),
                r.instructions(), r.subjectCode(), r.dueAt(), r.lateAccepted(), r.maxScore(), r.withdrawn(),
                homework.classes(id), homework.attachments(id), homework.resources(id));
    }
}
