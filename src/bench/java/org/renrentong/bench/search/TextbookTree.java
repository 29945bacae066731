package org.renrentong.bench.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic textbook tree: stage → subject → edition → grade → volume → unit → lesson, three editions per subject,
 * six units of four lessons per volume (about 15,000 lessons). Node ids count from 1 in that order.
 */
final class TextbookTree {

    static final int EDITIONS_PER_SUBJECT = 3;
    static final int UNITS_PER_VOLUME = 6;
    static final int LESSONS_PER_UNIT = 4;

    /** A lesson node with the ids of its ancestors (stage first) and itself. */
    record Lesson(List<Long> path, String stage, String subject, String edition, String grade, String volume,
            int unit, String topic) {
    }

    private final List<Lesson> lessons = new ArrayList<>();
    private long nextId = 1;

    TextbookTree() {
        for (ResourceVocabulary.Stage stage : ResourceVocabulary.STAGES) {
            long stageId = nextId++;
            for (String subject : stage.subjects()) {
                long subjectId = nextId++;
                List<String> topics = ResourceVocabulary.TOPICS.get(subject);
                for (int e = 0; e < EDITIONS_PER_SUBJECT; e++) {
                    String edition = ResourceVocabulary.EDITIONS.get(
                            Math.floorMod(subject.hashCode() + e * 3, ResourceVocabulary.EDITIONS.size()));
                    long editionId = nextId++;
                    for (int g = 0; g < stage.grades().size(); g++) {
                        long gradeId = nextId++;
                        for (int v = 0; v < ResourceVocabulary.VOLUMES.size(); v++) {
                            long volumeId = nextId++;
                            for (int unit = 1; unit <= UNITS_PER_VOLUME; unit++) {
                                long unitId = nextId++;
                                for (int l = 0; l < LESSONS_PER_UNIT; l++) {
                                    String topic = topics.get(Math.floorMod(
                                            (g * 2 + v) * UNITS_PER_VOLUME * LESSONS_PER_UNIT + unit * 7 + l * 3 + e,
                                            topics.size()));
                                    lessons.add(new Lesson(List.of(stageId, subjectId, editionId, gradeId, volumeId,
                                            unitId, nextId++), stage.name(), subject, edition, stage.grades().get(g),
                                            ResourceVocabulary.VOLUMES.get(v), unit, topic));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    List<Lesson> lessons() {
        return lessons;
    }
}
