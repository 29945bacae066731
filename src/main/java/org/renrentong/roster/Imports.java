package org.renrentong.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.identity.PasswordPolicy;
import org.renrentong.org.School;
import org.renrentong.org.Schools;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.Slice;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk provisioning of a school's classes, teachers, students and guardians from a file. Only administrators whose
 * scope holds the school may import into it or read its jobs.
 */
@Service
public class Imports {

    private final Schools schools;
    private final ImportJobs jobs;
    private final ImportQueue queue;
    private final AuditLog audit;
    private final ImportSettings settings;
    private final ErrorReports reports;
    private final TransactionTemplate transaction;
    private final RosterPolicy policy;

    Imports(Schools schools, ImportJobs jobs, ImportQueue queue, AuditLog audit, ImportSettings settings,
            ErrorReports reports, PlatformTransactionManager transactions, RosterPolicy policy) {
        this.schools = schools;
        this.policy = policy;
        this.reports = reports;
        this.jobs = jobs;
        this.queue = queue;
        this.audit = audit;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A job was queued; {@code generatedPassword} is set only when the batch's initial password was generated. */
    public record Started(ImportJob job, String generatedPassword) {
    }

    /**
     * Stores the upload and queues its import.
     *
     * @param schoolId        the school to import into; a school administrator's own school when null
     * @param initialPassword the batch's initial password, or blank to generate one
     */
    public Started start(Actor actor, Long schoolId, String fileName, long size, InputStreamSource content,
                         String initialPassword) {
        return start(actor, schoolId, fileName, size, content, initialPassword, false);
    }

    /**
     * Stores the upload and queues its import. Unless {@code confirmChanges}, a file that would change existing
     * people (name, gender, roles) or replace a class's head teacher is rejected with those changes listed.
     */
    public Started start(Actor actor, Long schoolId, String fileName, long size, InputStreamSource content,
                         String initialPassword, boolean confirmChanges) {
        School school = policy.managedSchool(actor, schoolId);
        if (size <= 0) {
            throw DomainException.invalid("roster.file.required");
        }
        if (size > settings.maxFileBytes()) {
            throw DomainException.invalid("roster.file.tooLarge", settings.maxFileMegabytes());
        }
        boolean generate = initialPassword == null || initialPassword.isBlank();
        String password = generate ? InitialPasswords.generate() : initialPassword;
        PasswordPolicy.require(password);
        Path file = store(content);
        UUID id = UUID.randomUUID();
        String name = cleanFileName(fileName);
        try {
            transaction.executeWithoutResult(tx -> {
                jobs.insert(id, school, actor.personId(), name);
                audit.record(actor.audited("IMPORT_STARTED", "import", id, school.regionPath(), school.id(), name));
            });
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        try {
            queue.submit(new ImportTask(id, actor, school.id(), school.regionPath(), file, password,
                    confirmChanges));
        } catch (RejectedExecutionException e) {
            jobs.finish(id, ImportStatus.FAILED, "roster.job.busy", List.of(), 0, List.of());
            audit.record(actor.audited("IMPORT_FAILED", "import", id, school.regionPath(), school.id())
                    .withResult(AuditEvent.Result.FAILURE).withDetail("roster.job.busy"));
            delete(file);
            throw DomainException.conflict("roster.job.busy");
        }
        return new Started(jobs.find(id).orElseThrow(), generate ? password : null);
    }

    public ImportJob job(Actor actor, UUID id) {
        ImportJob job = jobs.find(id).orElseThrow(() -> DomainException.notFound("roster.job.unknown"));
        policy.managedSchool(actor, job.schoolId());
        return job;
    }

    /** The stored errors of a job as a .csv or .xlsx report in the reader's language; the export is audited. */
    public byte[] errorReport(Actor actor, UUID id, boolean xlsx, Locale locale) {
        ImportJob job = jobs.find(id).orElseThrow(() -> DomainException.notFound("roster.job.unknown"));
        School school = policy.managedSchool(actor, job.schoolId());
        List<ImportError> errors = jobs.errors(id, settings.maxStoredErrors());
        byte[] report = xlsx ? reports.xlsx(errors, locale) : reports.csv(errors, locale);
        audit.record(actor.audited("IMPORT_REPORT_EXPORTED", "import", id, school.regionPath(), school.id(),
                errors.size()));
        return report;
    }

    /** The first stored errors of a job, in file order. */
    public List<ImportError> errors(Actor actor, UUID id, int limit) {
        job(actor, id);
        return jobs.errors(id, Math.max(1, Math.min(limit, settings.maxStoredErrors())));
    }

    /** Recent jobs within the actor's scope (optionally one school), newest first; the key is "epochMicros_uuid". */
    public Slice<ImportJob> recent(Actor actor, Long schoolId, String afterKey, int limit) {
        Long only = policy.jobsScope(actor, schoolId);
        Instant beforeAt = null;
        UUID beforeId = null;
        if (afterKey != null && !afterKey.isBlank()) {
            try {
                String[] parts = afterKey.split("_", 2);
                long micros = Long.parseLong(parts[0]);
                beforeAt = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                        Math.floorMod(micros, 1_000_000L) * 1000);
                beforeId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw DomainException.invalid("error.badRequest");
            }
        }
        int size = Math.max(1, Math.min(limit, 100));
        List<ImportJob> page = jobs.recent(actor.regionPath(), only, beforeAt, beforeId, size + 1);
        List<ImportJob> items = page.subList(0, Math.min(size, page.size()));
        String next = null;
        if (page.size() > size) {
            ImportJob last = items.get(items.size() - 1);
            Instant at = last.createdAt();
            next = (at.getEpochSecond() * 1_000_000L + at.getNano() / 1000) + "_" + last.id();
        }
        return new Slice<>(items, jobs.count(actor.regionPath(), only), next);
    }

    /** The schools the actor may import into: a school administrator's own, a region's by name. */
    public List<School> schoolChoices(Actor actor, String text) {
        return schools.list(actor, text, 0, 50).items();
    }

    private Path store(InputStreamSource content) {
        try {
            Path file = queue.newUploadFile();
            try (InputStream in = content.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover upload is removed at the next start
        }
    }

    private static String cleanFileName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }
}
