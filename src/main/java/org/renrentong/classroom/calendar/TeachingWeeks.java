package org.renrentong.classroom.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.renrentong.org.Schools;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Which term and teaching week a date is at a school (第 N 教学周, or 假期), by the calendar the school follows. Other
 * areas ask it for dates; pages call it as {@code ${@teachingWeeks.label(schoolId)}}. Dates are days in Asia/Shanghai.
 */
@Component("teachingWeeks")
public class TeachingWeeks {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final EffectiveCalendars calendars;
    private final Schools schools;
    private final MessageSource messages;

    TeachingWeeks(EffectiveCalendars calendars, Schools schools, MessageSource messages) {
        this.calendars = calendars;
        this.schools = schools;
        this.messages = messages;
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public TeachingWeek at(long schoolId, LocalDate date) {
        return CalendarRules.weekOf(years(schoolId), date);
    }

    /**
     * The years the school follows, read once per web request: a list labels the date of each of its lines, and
     * the calendar does not change while one page is made.
     */
    @SuppressWarnings("unchecked")
    private List<SchoolYear> years(long schoolId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return calendars.of(schoolId).years();
        }
        String key = TeachingWeeks.class.getName() + ".years." + schoolId;
        List<SchoolYear> years = (List<SchoolYear>) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (years == null) {
            years = calendars.of(schoolId).years();
            request.setAttribute(key, years, RequestAttributes.SCOPE_REQUEST);
        }
        return years;
    }

    /**
     * Which timetable day (1 = Monday … 7 = Sunday) the school teaches on this date; null when it does not teach
     * (a holiday). A make-up working day (调休) follows the weekday it names. Every reader of a day's lessons asks
     * here rather than taking the date's own weekday.
     */
    public Integer timetableDay(long schoolId, LocalDate date) {
        return at(schoolId, date).timetableDay(date);
    }

    public TeachingWeek today(long schoolId) {
        return at(schoolId, today());
    }

    /** The terms the school follows, in date order. */
    public List<Term> terms(long schoolId) {
        return calendars.of(schoolId).years().stream().flatMap(y -> y.terms().stream())
                .sorted(Comparator.comparing(Term::firstDay)).toList();
    }

    /** A term of the calendar the school follows. */
    public Optional<Term> term(long schoolId, long termId) {
        return terms(schoolId).stream().filter(t -> t.id() == termId).findFirst();
    }

    /** The term to show by default: the one under way, else the next to come, else the last one. */
    public Optional<Term> current(long schoolId) {
        List<Term> terms = terms(schoolId);
        LocalDate today = today();
        return terms.stream().filter(t -> !t.lastDay().isBefore(today)).findFirst()
                .or(() -> terms.isEmpty() ? Optional.empty() : Optional.of(terms.get(terms.size() - 1)));
    }

    /** Today at the school in the reader's language: "第 3 教学周", "假期（国庆节）", or "" without a calendar. */
    public String label(long schoolId) {
        return label(schoolId, today());
    }

    public String label(long schoolId, LocalDate date) {
        TeachingWeek week = at(schoolId, date);
        if (week.kind() == TeachingWeek.Kind.NONE) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        String follows = week.follows() == null ? null
                : messages.getMessage("classroom.timetable.day." + week.follows().getValue(), null, locale);
        return messages.getMessage(week.messageKey(), new Object[] {week.week(), week.dayOff(), follows}, locale);
    }

    /** The day of an instant (a due time, a quiz's close) at the school, as {@link #label(long, LocalDate)}. */
    public String labelAt(long schoolId, Instant when) {
        return label(schoolId, LocalDate.ofInstant(when, ZONE));
    }

    /** Today at the school of a class. */
    public String labelOfClass(long classId) {
        return label(schools.schoolClass(classId).schoolId());
    }
}
