package org.renrentong.classroom.timetable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.renrentong.taxonomy.CodeName;

/**
 * Checks the rows of an imported timetable against a school before anything is written: every class, day, period,
 * subject and teacher must be known, no class may have two lessons in one period, no teacher two classes at once.
 * Finds every problem, row by row and cell by cell.
 */
final class TimetableImport {

    /** A checked lesson, ready to be written. */
    record Planned(long classId, int day, int period, String subjectCode, Long teacherId) {
    }

    /** Where a teacher is already taught outside the classes the file replaces. */
    interface Busy {
        Optional<String> classOf(long teacherId, int day, int period, Set<Long> replacedClasses);
    }

    private static final Map<String, Integer> DAYS = days();

    private final BellSchedule schedule;
    private final Map<String, Long> classes;
    private final List<Teacher> teachers;
    private final Map<String, String> subjects;
    private final List<TimetableProblem> problems = new ArrayList<>();
    private final List<Planned> planned = new ArrayList<>();

    TimetableImport(BellSchedule schedule, List<TimetableRepository.ClassName> classes, List<Teacher> teachers,
                    List<CodeName> subjects) {
        this.schedule = schedule;
        this.classes = classes.stream().collect(Collectors.toMap(TimetableRepository.ClassName::fullName,
                TimetableRepository.ClassName::id, (a, b) -> a));
        this.teachers = teachers;
        this.subjects = new HashMap<>();
        subjects.forEach(s -> {
            this.subjects.put(s.code(), s.code());
            this.subjects.put(s.name(), s.code());
        });
    }

    List<TimetableProblem> problems() {
        return problems;
    }

    List<Planned> planned() {
        return planned;
    }

    /** The classes whose timetables the file replaces. */
    Set<Long> classes() {
        return planned.stream().map(Planned::classId).collect(Collectors.toSet());
    }

    /** Checks the header and every row; then the teachers against the lessons of the classes not in the file. */
    TimetableImport check(List<TimetableSheet.Line> lines, Busy busy) {
        if (lines.isEmpty() || !header(lines.get(0))) {
            problem(1, null, "classroom.timetable.import.header", String.join("、", TimetableSheet.COLUMNS));
            return this;
        }
        List<TimetableSheet.Line> rows = lines.subList(1, lines.size());
        Set<Long> replaced = rows.stream().map(l -> l.cell(0)).filter(Objects::nonNull).map(classes::get)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Integer> slots = new HashMap<>();
        Map<String, Integer> teacherSlots = new HashMap<>();
        for (TimetableSheet.Line line : rows) {
            if (isBlank(line)) {
                continue;
            }
            Planned lesson = row(line);
            if (lesson == null) {
                continue;
            }
            Integer earlier = slots.putIfAbsent(lesson.classId() + "/" + lesson.day() + "/" + lesson.period(), line.row());
            if (earlier != null) {
                problem(line.row(), column(2), "classroom.timetable.import.slotTaken", line.cell(0),
                        String.valueOf(earlier));
                continue;
            }
            if (lesson.teacherId() != null) {
                Integer clash = teacherSlots.putIfAbsent(lesson.teacherId() + "/" + lesson.day() + "/" + lesson.period(),
                        line.row());
                if (clash != null) {
                    problem(line.row(), column(4), "classroom.timetable.import.teacherTwice", line.cell(4),
                            String.valueOf(clash));
                    continue;
                }
                Optional<String> other = busy.classOf(lesson.teacherId(), lesson.day(), lesson.period(),
                        replaced);
                if (other.isPresent()) {
                    problem(line.row(), column(4), "classroom.timetable.import.teacherBusy", line.cell(4), other.get());
                    continue;
                }
            }
            planned.add(lesson);
        }
        if (planned.isEmpty() && problems.isEmpty()) {
            problem(0, null, "classroom.timetable.import.empty");
        }
        return this;
    }

    /** The lesson of a row, or null when a cell of it is wrong (each wrong cell reported). */
    private Planned row(TimetableSheet.Line line) {
        int before = problems.size();
        Long classId = known(line, 0, classes::get, "classroom.timetable.import.classUnknown");
        Integer day = known(line, 1, text -> dayOf(text), "classroom.timetable.import.dayUnknown");
        Integer period = known(line, 2, this::periodOf, "classroom.timetable.import.periodUnknown");
        String subject = known(line, 3, subjects::get, "classroom.timetable.import.subjectUnknown");
        Long teacherId = line.cell(4) == null ? null : teacherOf(line);
        return problems.size() == before ? new Planned(classId, day, period, subject, teacherId) : null;
    }

    private <T> T known(TimetableSheet.Line line, int column, java.util.function.Function<String, T> lookup,
                        String unknownKey) {
        String text = line.cell(column);
        if (text == null) {
            problem(line.row(), column(column), "classroom.timetable.import.required");
            return null;
        }
        T value = lookup.apply(text);
        if (value == null) {
            problem(line.row(), column(column), unknownKey, text, String.valueOf(limit(column)));
        }
        return value;
    }

    private int limit(int column) {
        return column == 1 ? schedule.daysPerWeek() : schedule.periods().size();
    }

    private Integer dayOf(String text) {
        Integer day = DAYS.get(text.replaceFirst("^(星期|周|礼拜)", ""));
        return day != null && schedule.hasDay(day) ? day : null;
    }

    private Integer periodOf(String text) {
        String digits = text.replaceFirst("^第", "").replaceFirst("节$", "");
        if (!digits.matches("\\d{1,2}")) {
            return null;
        }
        int period = Integer.parseInt(digits);
        return schedule.hasPeriod(period) ? period : null;
    }

    /** A teacher by account, or by name when one teacher of the school has it. */
    private Long teacherOf(TimetableSheet.Line line) {
        String text = line.cell(4);
        Optional<Teacher> byAccount = teachers.stream().filter(t -> t.account().equals(text)).findFirst();
        if (byAccount.isPresent()) {
            return byAccount.get().id();
        }
        List<Teacher> byName = teachers.stream().filter(t -> t.name().equals(text)).toList();
        if (byName.size() == 1) {
            return byName.get(0).id();
        }
        problem(line.row(), column(4), byName.isEmpty() ? "classroom.timetable.import.teacherNotOfSchool"
                : "classroom.timetable.import.teacherAmbiguous", text);
        return null;
    }

    private static boolean header(TimetableSheet.Line line) {
        for (int i = 0; i < TimetableSheet.COLUMNS.size(); i++) {
            if (!TimetableSheet.COLUMNS.get(i).equals(line.cell(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(TimetableSheet.Line line) {
        for (int i = 0; i < TimetableSheet.COLUMNS.size(); i++) {
            if (line.cell(i) != null) {
                return false;
            }
        }
        return true;
    }

    private static String column(int index) {
        return TimetableSheet.COLUMNS.get(index);
    }

    private void problem(int row, String column, String key, String... args) {
        problems.add(new TimetableProblem(row, column, key, List.of(args)));
    }

    private static Map<String, Integer> days() {
        Map<String, Integer> days = new HashMap<>();
        String[] chinese = {"一", "二", "三", "四", "五", "六", "日"};
        String[] english = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        for (int i = 0; i < 7; i++) {
            days.put(chinese[i], i + 1);
            days.put(String.valueOf(i + 1), i + 1);
            days.put(english[i], i + 1);
            days.put(english[i].substring(0, 1).toUpperCase() + english[i].substring(1), i + 1);
        }
        days.put("天", 7);
        return days;
    }
}
