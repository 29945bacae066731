package org.renrentong.roster;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.renrentong.identity.Actor;
import org.renrentong.shared.Slice;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The import API: upload a roster file, follow its job, read or download its errors. */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApi {

    private final Imports imports;
    private final ErrorReports reports;
    private final MessageSource messages;

    ImportApi(Imports imports, ErrorReports reports, MessageSource messages) {
        this.imports = imports;
        this.reports = reports;
        this.messages = messages;
    }

    /** A job with its explanation in the caller's language. */
    record JobView(UUID id, long schoolId, String schoolName, String fileName, ImportStatus status, Long totalRows,
                   long processedRows, int progress, long errorCount, long createdRows, long updatedRows,
                   int createdClasses, long linkedGuardians, long invitedGuardians, String message, Instant createdAt,
                   Instant finishedAt, String errorsCsv) {
    }

    /** {@code initialPassword} is present only when the server generated it; it is shown this once. */
    record StartedView(JobView job, String initialPassword) {
    }

    record ErrorView(String sheet, long line, String field, String code, String message) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StartedView> start(Actor me, @RequestParam(required = false) MultipartFile file,
                                      @RequestParam(required = false) Long schoolId,
                                      @RequestParam(required = false) String initialPassword,
                                      @RequestParam(defaultValue = "false") boolean confirmChanges, Locale locale) {
        Imports.Started started = imports.start(me, schoolId, file == null ? null : file.getOriginalFilename(),
                file == null ? 0 : file.getSize(), file, initialPassword, confirmChanges);
        JobView job = view(started.job(), locale);
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id()))
                .body(new StartedView(job, started.generatedPassword()));
    }

    @GetMapping
    Slice<JobView> recent(Actor me, @RequestParam(required = false) Long schoolId,
                          @RequestParam(required = false) String after, @RequestParam(defaultValue = "20") int limit,
                          Locale locale) {
        Slice<ImportJob> page = imports.recent(me, schoolId, after, limit);
        return new Slice<>(page.items().stream().map(j -> view(j, locale)).toList(), page.total(), page.nextKey());
    }

    @GetMapping("/{id}")
    JobView job(Actor me, @PathVariable UUID id, Locale locale) {
        return view(imports.job(me, id), locale);
    }

    @GetMapping("/{id}/errors")
    List<ErrorView> errors(Actor me, @PathVariable UUID id, @RequestParam(defaultValue = "1000") int limit,
                           Locale locale) {
        return imports.errors(me, id, limit).stream().map(e -> new ErrorView(e.sheet(), e.line(), e.field(),
                e.messageKey(), reports.reason(e, locale))).toList();
    }

    @GetMapping("/{id}/errors.csv")
    ResponseEntity<byte[]> errorsCsv(Actor me, @PathVariable UUID id, Locale locale) {
        return Downloads.csv("import-errors-" + id + ".csv", imports.errorReport(me, id, false, locale));
    }

    private JobView view(ImportJob j, Locale locale) {
        String message = j.messageKey() == null ? null
                : messages.getMessage(j.messageKey(), j.messageArgs().toArray(), j.messageKey(), locale);
        return new JobView(j.id(), j.schoolId(), j.schoolName(), j.fileName(), j.status(), j.totalRows(),
                j.processedRows(), j.progress(), j.errorCount(), j.createdRows(), j.updatedRows(), j.createdClasses(),
                j.linkedGuardians(), j.invitedGuardians(), message, j.createdAt(), j.finishedAt(),
                j.hasRowErrors() ? "/api/v1/imports/" + j.id() + "/errors.csv" : null);
    }
}
