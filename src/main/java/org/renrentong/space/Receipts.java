package org.renrentong.space;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who of a class has read a notice and what each answered, for those who manage the class: a row per student with
 * each of the student's guardians, the counts, and the tally per option ({@code tally.get(i)} answered option i; one
 * entry, the confirmations, for a 回执).
 */
public record Receipts(long noticeId, NoticeDetails details, List<Row> rows, Counts counts, List<Long> tally,
                       Instant remindedAt) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** A student or guardian of the class; {@code addressed} is false for those the audience leaves out. */
    public record Addressee(long personId, String name, String relation, boolean addressed, Instant readAt,
                            Integer choice, Instant answeredAt) {

        public boolean read() {
            return readAt != null;
        }
    }

    public record Row(Addressee student, List<Addressee> guardians) {

        /** The student, then the student's guardians. */
        public List<Addressee> people() {
            List<Addressee> people = new ArrayList<>();
            people.add(student);
            people.addAll(guardians);
            return people;
        }
    }

    /** Guardians are counted once each, however many children they have in the class. */
    public record Counts(int students, int studentsRead, int guardians, int guardiansRead, int addressees,
                         int read, int answered) {
    }

    /** The last reminder in China time (stored in UTC), or null. */
    public String shownRemindedAt() {
        return remindedAt == null ? null : SHOWN.format(remindedAt);
    }

    /** The addressees who have not read it yet, each once, in class order. */
    public List<Addressee> unread() {
        Map<Long, Addressee> unread = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.student().addressed() && !row.student().read()) {
                unread.putIfAbsent(row.student().personId(), row.student());
            }
            row.guardians().stream().filter(g -> g.addressed() && !g.read())
                    .forEach(g -> unread.putIfAbsent(g.personId(), g));
        }
        return List.copyOf(unread.values());
    }

    static Receipts of(long noticeId, NoticeDetails details, ClassRoster roster, Map<Long, Instant> reads,
                       Map<Long, NoticeRepository.Answer> answers, Instant remindedAt) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Long, String> s : roster.students().entrySet()) {
            Addressee student = addressee(s.getKey(), s.getValue(), null, details.audience().students(), reads,
                    answers);
            List<Addressee> guardians = roster.guardians().get(s.getKey()).stream()
                    .map(g -> addressee(g.guardianId(), g.guardianName(), g.relation(),
                            details.audience().guardians(), reads, answers))
                    .toList();
            rows.add(new Row(student, guardians));
        }
        Set<Long> students = roster.addressees(NoticeAudience.STUDENTS);
        Set<Long> guardians = roster.addressees(NoticeAudience.GUARDIANS);
        Set<Long> addressed = roster.addressees(details.audience());
        long[] tally = new long[details.choices()];
        int answered = 0;
        for (long id : addressed) {
            NoticeRepository.Answer a = answers.get(id);
            if (a != null && a.choice() < tally.length) {
                tally[a.choice()]++;
                answered++;
            }
        }
        Counts counts = new Counts(students.size(), countRead(students, reads), guardians.size(),
                countRead(guardians, reads), addressed.size(), countRead(addressed, reads), answered);
        return new Receipts(noticeId, details, rows, counts, java.util.Arrays.stream(tally).boxed().toList(),
                remindedAt);
    }

    private static Addressee addressee(long id, String name, String relation, boolean addressed,
                                       Map<Long, Instant> reads, Map<Long, NoticeRepository.Answer> answers) {
        NoticeRepository.Answer a = answers.get(id);
        return new Addressee(id, name, relation, addressed, reads.get(id), a == null ? null : a.choice(),
                a == null ? null : a.answeredAt());
    }

    private static int countRead(Set<Long> ids, Map<Long, Instant> reads) {
        return (int) ids.stream().filter(reads::containsKey).count();
    }
}
