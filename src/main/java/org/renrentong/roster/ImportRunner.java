package org.renrentong.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.IdCardVault;
import org.renrentong.identity.PeopleImport;
import org.renrentong.identity.SubjectCodes;
import org.renrentong.org.Schools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import job: inspect the file, then in ONE transaction stream its rows through the checks into staging,
 * check across rows in SQL, and, only if nothing at all is wrong, merge and commit. Any error rolls everything
 * back; the job record then tells why and keeps the first errors for the report.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final String WORK_MEM = "128MB";
    private static final Map<PeopleImport.Step, Integer> PERCENT_AFTER = Map.of(PeopleImport.Step.TEACHERS, 75,
            PeopleImport.Step.STUDENTS, 88, PeopleImport.Step.GUARDIANS, 95, PeopleImport.Step.ANNOUNCED, 98);

    private final TransactionTemplate transaction;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ImportJobs jobs;
    private final Schools schools;
    private final PeopleImport people;
    private final IdCardVault vault;
    private final AuditLog audit;
    private final ImportSettings settings;
    private final ApplicationEventPublisher events;
    private final SubjectCodes subjects;

    ImportRunner(PlatformTransactionManager transactions, DataSource dataSource, JdbcClient jdbc, ImportJobs jobs,
                 Schools schools, PeopleImport people, IdCardVault vault, AuditLog audit, ImportSettings settings,
                 ApplicationEventPublisher events, SubjectCodes subjects) {
        this.subjects = subjects;
        this.transaction = new TransactionTemplate(transactions);
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.schools = schools;
        this.people = people;
        this.vault = vault;
        this.audit = audit;
        this.settings = settings;
        this.events = events;
    }

    void run(ImportTask task) {
        ErrorCollector errors = new ErrorCollector(settings.maxStoredErrors());
        try {
            UploadInspector.Inspection inspection = UploadInspector.inspect(task.file(), settings);
            if (inspection.rows() > settings.maxRows()) {
                throw new RejectedImport("roster.file.tooManyRows", settings.maxRows());
            }
            ImportProgress progress = new ImportProgress(jobs, task.jobId(), inspection.rows());
            progress.start();
            transaction.executeWithoutResult(tx -> importAll(task, inspection, progress, errors));
        } catch (RejectedImport rejected) {
            ended(task, ImportStatus.REJECTED, rejected.messageKey(), rejected.args(), errors.count(), errors.kept());
            audit.record(failure(task, "IMPORT_REJECTED").withDetail(rejected.messageKey(), rejected.args().toArray()));
        } catch (ExcelReaderException | IOException | UncheckedIOException e) {
            log.info("Import {} could not read its file: {}", task.jobId(), e.toString());
            ended(task, ImportStatus.REJECTED, "roster.file.unreadable", List.of(), 0, List.of());
            audit.record(failure(task, "IMPORT_REJECTED").withDetail("roster.file.unreadable"));
        } catch (RuntimeException e) {
            log.error("Import {} failed", task.jobId(), e);
            ended(task, ImportStatus.FAILED, "roster.job.failed", List.of(), 0, List.of());
            audit.record(failure(task, "IMPORT_FAILED").withDetail("roster.job.failed"));
        } finally {
            try {
                Files.deleteIfExists(task.file());
            } catch (IOException e) {
                log.warn("Could not delete the upload of import {}", task.jobId(), e);
            }
        }
    }

    private void importAll(ImportTask task, UploadInspector.Inspection inspection, ImportProgress progress,
                           ErrorCollector errors) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('roster-import'), ?)").param((int) task.schoolId())
                .query(Object.class).single();
        // the checks sort and hash the whole file a few times; let them do it in memory, for this transaction only
        jdbc.sql("SET LOCAL work_mem = '" + WORK_MEM + "'").update();
        PhaseClock clock = new PhaseClock();
        SchoolGrades grades = new SchoolGrades(schools.grades(task.actor(), task.schoolId()));
        Staging staging = new Staging(jdbc, task.jobId());
        staging.create();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        SheetStager stager = new SheetStager(connection, staging,
                new StudentRows(task.schoolId(), grades, vault, errors),
                new TeacherRows(task.schoolId(), grades, subjects, vault, errors), progress, settings.maxRows());
        try {
            if (inspection.type() == UploadInspector.Type.XLSX) {
                XlsxRows.read(task.file(), stager);
            } else {
                CsvRows.read(task.file(), inspection.charset(), stager);
            }
        } catch (IOException e) {
            stager.abort();
            throw new RejectedImport("roster.file.unreadable");
        } catch (RuntimeException e) {
            stager.abort();
            throw e;
        }
        if (!stager.sawRosterSheet()) {
            throw new RejectedImport("roster.file.noSheet");
        }
        // from here on the job counts the people rows only: the file's row count also held headers and the
        // instructions sheet
        long processed = stager.dataRows();
        clock.lap("read and stage");
        jobs.progress(task.jobId(), ImportStatus.VALIDATING, processed, processed, ImportProgress.READ_SHARE);
        staging.prepare();
        ClassResolver classes = new ClassResolver(jdbc, staging, task.actor(), task.schoolId(), schools);
        classes.load();
        String studentSheet = stager.sheetOf(RosterSheet.STUDENTS);
        String teacherSheet = stager.sheetOf(RosterSheet.TEACHERS);
        new RosterChecks(jdbc, staging, people, task.actor(), task.schoolId(), studentSheet, teacherSheet, errors)
                .run();
        long problems = errors.count();
        long changes = task.confirmChanges() ? 0 : new RosterChanges(people, staging, classes, studentSheet,
                teacherSheet, errors).list(task.actor(), task.schoolId());
        clock.lap("checks");
        if (problems > 0) {
            throw new RejectedImport("roster.job.rejected", problems);
        }
        if (changes > 0) {
            throw new RejectedImport("roster.job.changes", changes);
        }
        if (classes.missing(settings.maxNewClasses()).size() > settings.maxNewClasses()) {
            throw new RejectedImport("roster.file.tooManyClasses", settings.maxNewClasses());
        }
        if (stager.dataRows() == 0) {
            throw new RejectedImport("roster.file.empty");
        }
        progress.step(ImportStatus.WRITING, processed, 70);
        int createdClasses = classes.ensure(settings.maxNewClasses());
        clock.lap("classes");
        PeopleImport.Counts counts = people.write(task.actor(), task.schoolId(), staging.staged(),
                task.initialPassword(), step -> {
                    clock.lap(step.name().toLowerCase(Locale.ROOT));
                    progress.step(ImportStatus.WRITING, processed, PERCENT_AFTER.get(step));
                });
        staging.drop();
        jobs.done(task.jobId(), processed, counts, createdClasses);
        events.publishEvent(new RosterEvents.ImportFinished(task.jobId(), task.actor().personId(), task.schoolId(),
                counts.created(), counts.updated()));
        log.info("Import {} wrote {} rows: {}", task.jobId(), processed, clock);
        audit.record(task.actor().audited("IMPORT_DONE", "import", task.jobId(), task.schoolPath(), task.schoolId(),
                counts.created(), counts.updated(), createdClasses, counts.invitedGuardians()));
    }

    /**
     * Records the end of a job that wrote nothing (in a transaction of its own, see {@link ImportJobs#finish}) and
     * publishes that fact, which the enclosing transaction writes to the outbox.
     */
    private void ended(ImportTask task, ImportStatus status, String reasonKey, List<String> args, long errorCount,
                       List<ImportError> kept) {
        transaction.executeWithoutResult(tx -> {
            jobs.finish(task.jobId(), status, reasonKey, args, errorCount, kept);
            events.publishEvent(new RosterEvents.ImportFailed(task.jobId(), task.actor().personId(), task.schoolId(),
                    status.name(), reasonKey, args));
        });
    }

    private static AuditEvent failure(ImportTask task, String action) {
        return task.actor().audited(action, "import", task.jobId(), task.schoolPath(), task.schoolId())
                .withResult(AuditEvent.Result.FAILURE);
    }
}
