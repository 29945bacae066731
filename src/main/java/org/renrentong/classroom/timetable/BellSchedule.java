package org.renrentong.classroom.timetable;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.renrentong.shared.DomainException;

/** A school's week: the days taught (5 Monday–Friday, 6 to Saturday, 7 to Sunday) and the periods of a day. */
public record BellSchedule(int daysPerWeek, List<Period> periods) {

    public static final int MAX_PERIODS = 12;

    /** 节次: its number from 1 and its times. */
    public record Period(int number, LocalTime startsAt, LocalTime endsAt) {
    }

    /** The week of a school that has not set its own: five days, seven periods. */
    public static final BellSchedule DEFAULT = new BellSchedule(5, List.of(
            period(1, "08:00", "08:45"), period(2, "08:55", "09:40"), period(3, "10:00", "10:45"),
            period(4, "10:55", "11:40"), period(5, "14:00", "14:45"), period(6, "14:55", "15:40"),
            period(7, "15:50", "16:35")));

    public BellSchedule {
        periods = List.copyOf(periods);
    }

    public List<Integer> days() {
        return java.util.stream.IntStream.rangeClosed(1, daysPerWeek).boxed().toList();
    }

    public boolean hasDay(int day) {
        return day >= 1 && day <= daysPerWeek;
    }

    public boolean hasPeriod(int period) {
        return period >= 1 && period <= periods.size();
    }

    /** The periods as a form shows them, one "08:00-08:45" a line. */
    public String periodLines() {
        return String.join("\n", periods.stream().map(p -> p.startsAt() + "-" + p.endsAt()).toList());
    }

    /** Checks a schedule: 5 to 7 days; 1 to 12 periods, each ending after it starts and after the one before. */
    static BellSchedule checked(int daysPerWeek, List<Period> periods) {
        if (daysPerWeek < 5 || daysPerWeek > 7) {
            throw DomainException.invalid("classroom.timetable.schedule.days");
        }
        if (periods == null || periods.isEmpty() || periods.size() > MAX_PERIODS) {
            throw DomainException.invalid("classroom.timetable.schedule.count", MAX_PERIODS);
        }
        List<Period> numbered = new ArrayList<>();
        LocalTime previousEnd = null;
        for (Period p : periods) {
            int number = numbered.size() + 1;
            if (p == null || p.startsAt() == null || p.endsAt() == null || !p.endsAt().isAfter(p.startsAt())) {
                throw DomainException.invalid("classroom.timetable.schedule.times", number);
            }
            if (previousEnd != null && p.startsAt().isBefore(previousEnd)) {
                throw DomainException.invalid("classroom.timetable.schedule.order", number);
            }
            previousEnd = p.endsAt();
            numbered.add(new Period(number, p.startsAt(), p.endsAt()));
        }
        return new BellSchedule(daysPerWeek, numbered);
    }

    /** The periods typed one a line as "08:00-08:45"; blank lines are skipped. */
    public static List<Period> parseLines(String text) {
        List<Period> periods = new ArrayList<>();
        if (text == null) {
            return periods;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int number = periods.size() + 1;
            String[] times = line.trim().split("\\s*[-–~至]\\s*");
            try {
                if (times.length != 2) {
                    throw new DateTimeParseException(line, line, 0);
                }
                periods.add(new Period(number, LocalTime.parse(pad(times[0])), LocalTime.parse(pad(times[1]))));
            } catch (DateTimeParseException e) {
                throw DomainException.invalid("classroom.timetable.schedule.times", number);
            }
        }
        return periods;
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    private static Period period(int number, String start, String end) {
        return new Period(number, LocalTime.parse(start), LocalTime.parse(end));
    }
}
