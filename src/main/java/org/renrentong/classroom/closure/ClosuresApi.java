package org.renrentong.classroom.closure;

import java.time.LocalDate;
import java.util.List;
import org.renrentong.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Closures as JSON: list them, switch a region or a school into one, end it early, read its figures. */
@RestController
@RequestMapping("/api/v1/closures")
class ClosuresApi {

    private final Closures closures;
    private final ClosureFigures figures;

    ClosuresApi(Closures closures, ClosureFigures figures) {
        this.closures = closures;
        this.figures = figures;
    }

    /** A closure to switch on: a region (regionCode) or a school (schoolId), its first and last day, a reason. */
    record NewClosure(String regionCode, Long schoolId, LocalDate firstDay, LocalDate lastDay, String reason) {
    }

    /** Newest first, by keyset: pass the last id seen as {@code before}. */
    @GetMapping
    List<Closure> list(@RequestParam(defaultValue = "" + Long.MAX_VALUE) long before,
                       @RequestParam(defaultValue = "50") int limit, Actor me) {
        return closures.list(me, before, Math.max(1, Math.min(limit, 200)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Closure switchOn(@RequestBody NewClosure closure, Actor me) {
        return closures.switchOn(me, closure.regionCode(), closure.schoolId(), closure.firstDay(), closure.lastDay(),
                closure.reason());
    }

    @PostMapping("/{id}/end")
    Closure end(@PathVariable long id, Actor me) {
        return closures.end(me, id);
    }

    @GetMapping("/{id}/figures")
    ClosureReport figures(@PathVariable long id, Actor me) {
        return figures.report(me, id);
    }
}
