package org.renrentong.classroom.closure;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.renrentong.audit.AuditLog;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * What a closure's administrators see: per school (per class of one school for a school administrator) and per
 * day, the share of students who opened a lesson and who handed in the homework due that day; and its .xlsx export.
 */
@Service
public class ClosureFigures {

    private final ClosureRepository closures;
    private final ClosurePolicy policy;
    private final ClosureFiguresRepository repository;
    private final MessageSource messages;
    private final AuditLog audit;

    ClosureFigures(ClosureRepository closures, ClosurePolicy policy, ClosureFiguresRepository repository,
                   MessageSource messages, AuditLog audit) {
        this.closures = closures;
        this.policy = policy;
        this.repository = repository;
        this.messages = messages;
        this.audit = audit;
    }

    public ClosureReport report(Actor actor, long closureId) {
        Closure closure = policy.requireSees(actor, closures.find(closureId)
                .orElseThrow(() -> DomainException.notFound("closure.unknown")));
        boolean perClass = policy.perClass(actor);
        // a school administrator sees their own school only, whatever the closure's place
        Long school = actor.is(Role.SCHOOL_ADMIN) ? actor.schoolId() : closure.schoolId();
        String path = school != null ? "" : closure.placePath();
        List<LocalDate> days = closure.days();
        if (days.isEmpty()) {
            return new ClosureReport(closure, perClass, days, List.of());
        }
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        Map<String, Long> opened = repository.opened(perClass, path, school, first, last).stream()
                .collect(Collectors.toMap(c -> c.unit() + ":" + c.day(), ClosureFiguresRepository.Count::count));
        Map<String, ClosureFiguresRepository.Homework> homework = repository.homework(perClass, path, school,
                        first.atStartOfDay(TeachingWeeks.ZONE).toInstant(),
                        last.plusDays(1).atStartOfDay(TeachingWeeks.ZONE).toInstant()).stream()
                .collect(Collectors.toMap(h -> h.unit() + ":" + h.day(), Function.identity()));
        List<ClosureReport.UnitFigures> units = new ArrayList<>();
        for (ClosureFiguresRepository.Unit u : repository.units(perClass, path, school)) {
            List<ClosureReport.DayFigures> figures = new ArrayList<>();
            for (LocalDate day : days) {
                long o = opened.getOrDefault(u.unit() + ":" + day, 0L);
                ClosureFiguresRepository.Homework h = homework.get(u.unit() + ":" + day);
                long due = h == null ? 0 : h.due();
                long in = h == null ? 0 : h.handedIn();
                figures.add(new ClosureReport.DayFigures(day, o, share(o, u.students()), due, in, share(in, due)));
            }
            units.add(new ClosureReport.UnitFigures(u.unit(), u.unitName(), u.students(), figures));
        }
        return new ClosureReport(closure, perClass, days, units);
    }

    /** Writes the report as .xlsx (one row per unit and day) with the streaming writer, and audits the export. */
    public void export(Actor actor, long closureId, OutputStream out, Locale locale) throws IOException {
        ClosureReport report = report(actor, closureId);
        Workbook workbook = new Workbook(out, "Renrentong", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("closure.figures.title", locale));
        String[] headers = {report.perClass() ? "closure.figures.class" : "closure.figures.school",
            "closure.figures.day", "closure.figures.students", "closure.figures.opened", "closure.figures.openedShare",
            "closure.figures.homeworkDue", "closure.figures.handedIn", "closure.figures.handedInShare"};
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, text(headers[c], locale));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (ClosureReport.UnitFigures u : report.units()) {
            for (ClosureReport.DayFigures d : u.days()) {
                sheet.value(r, 0, u.name());
                sheet.value(r, 1, d.day().toString());
                sheet.value(r, 2, u.students());
                sheet.value(r, 3, d.opened());
                if (d.openedShare() != null) {
                    sheet.value(r, 4, d.openedShare());
                }
                sheet.value(r, 5, d.homeworkDue());
                sheet.value(r, 6, d.handedIn());
                if (d.handedInShare() != null) {
                    sheet.value(r, 7, d.handedInShare());
                }
                r++;
            }
        }
        workbook.finish();
        Closure closure = report.closure();
        audit.record(actor.audited("CLOSURE_FIGURES_EXPORTED", "closure", closure.id(), closure.placePath(),
                closure.schoolId(), closure.placeName(), report.units().size()));
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
