package org.renrentong.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.renrentong.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * People in bulk, for a roster import: the caller stages a school's rows in its own tables ({@link StagedRoster});
 * identity matches them to the people they update, reports conflicts and changes, and writes people, role grants,
 * class places, guardianships and guardian invitations set-based. The writes raise the same
 * {@link IdentityEvents.PeopleCreated} as creating one person, one event per {@value #EVENT_CHUNK} newcomers.
 * Everything runs in the caller's transaction; each call checks that the actor administers the school.
 */
@Service
public class PeopleImport {

    /** Newcomers per {@link IdentityEvents.PeopleCreated} of an import. */
    public static final int EVENT_CHUNK = 5000;

    public enum Sheet { STUDENTS, TEACHERS }

    /** Why a staged row cannot be written; {@code detail} is an account name or a line, or empty. */
    public enum Problem { ID_CARD_OTHER_PERSON, ID_CARD_UNUSABLE, PHONE_TAKEN, SAME_PERSON, ACCOUNT_TAKEN,
        GUARDIAN_ACCOUNT_TAKEN }

    public record Finding(Sheet sheet, long line, Problem problem, String detail) {
    }

    /**
     * What a staged row would change about an existing person: for NAME and GENDER the person's current name and
     * the file's value (a gender as MALE/FEMALE); for TEACHER_ROLE the person's name; for HEAD the current head
     * teacher's name and the class.
     */
    public record Change(Sheet sheet, long line, Kind kind, String personName, String value, Long classId) {

        /** SUBJECT: value is the subject's name, personName its teacher until now. */
        public enum Kind { NAME, GENDER, TEACHER_ROLE, HEAD, SUBJECT }
    }

    public record Counts(long created, long updated, long linkedGuardians, long invitedGuardians) {

        Counts plus(Counts other) {
            return new Counts(created + other.created, updated + other.updated,
                    linkedGuardians + other.linkedGuardians, invitedGuardians + other.invitedGuardians);
        }
    }

    /** The steps of {@link #write}, for the caller's progress. */
    public enum Step { TEACHERS, STUDENTS, GUARDIANS, ANNOUNCED }

    private final JdbcClient jdbc;
    private final JdbcTemplate chunked;
    private final IdentityPolicy policy;
    private final Passwords passwords;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final SubjectCodes subjects;

    PeopleImport(JdbcClient jdbc, DataSource dataSource, IdentityPolicy policy, Passwords passwords, AuditLog audit,
                 ApplicationEventPublisher events, SubjectCodes subjects) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        // newcomers are read a chunk at a time, not a million rows at once
        this.chunked = new JdbcTemplate(dataSource);
        this.chunked.setFetchSize(EVENT_CHUNK);
        this.policy = policy;
        this.passwords = passwords;
        this.audit = audit;
        this.events = events;
    }

    /** Sets person_id and is_new of the staged rows that update existing people of the school. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void match(Actor actor, long schoolId, StagedRoster staged) {
        policy.managedSchool(actor, schoolId);
        new ImportMatching(jdbc, staged, schoolId).match();
    }

    /** After {@link #match}: the rows that clash with other people, in a fixed order of checks, each by line. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void conflicts(Actor actor, long schoolId, StagedRoster staged, Consumer<Finding> findings) {
        policy.managedSchool(actor, schoolId);
        new ImportConflicts(jdbc, staged, schoolId, findings).find();
    }

    /** After {@link #match}: what the rows would change about existing people (teaching rows need their class_id). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changes(Actor actor, long schoolId, StagedRoster staged, Consumer<Change> changes) {
        policy.managedSchool(actor, schoolId);
        new ImportChanges(jdbc, staged, schoolId, subjects, changes).find();
    }

    /**
     * Writes the matched, checked rows: teachers, students, then guardians; new people share the batch's initial
     * password and must change it. Announces the newcomers and records one audit event for the school.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Counts write(Actor actor, long schoolId, StagedRoster staged, String initialPassword,
                        Consumer<Step> progress) {
        PeopleRepository.Anchor school = policy.managedSchool(actor, schoolId);
        long secret = passwords.initialSecret(initialPassword);
        ImportMerge merge = new ImportMerge(jdbc, staged, schoolId, secret, actor.personId());
        ReferenceChecks references = ReferenceChecks.suspend(jdbc, staged, secret);
        Counts counts = merge.teachers();
        progress.accept(Step.TEACHERS);
        counts = counts.plus(merge.students());
        progress.accept(Step.STUDENTS);
        counts = counts.plus(merge.guardians());
        references.resume();
        progress.accept(Step.GUARDIANS);
        announce(staged, school);
        progress.accept(Step.ANNOUNCED);
        audit.record(actor.audited("PEOPLE_IMPORTED", "school", schoolId, school.path(), schoolId, counts.created(),
                counts.updated(), counts.linkedGuardians(), counts.invitedGuardians()));
        return counts;
    }

    /** One event per chunk of the people this import created: staff and students at the school, guardians at none. */
    private void announce(StagedRoster staged, PeopleRepository.Anchor school) {
        List<IdentityEvents.Newcomer> chunk = new ArrayList<>(EVENT_CHUNK);
        chunked.query("""
                SELECT person_id, name, TRUE FROM %s WHERE is_new
                UNION ALL SELECT person_id, name, TRUE FROM %s WHERE is_new
                UNION ALL SELECT id, name, FALSE FROM %s WHERE is_new"""
                .formatted(staged.teachers(), staged.students(), staged.guardians()), rs -> {
                    chunk.add(new IdentityEvents.Newcomer(rs.getLong(1), rs.getString(2),
                            rs.getBoolean(3) ? school.schoolId() : null, school.path()));
                    if (chunk.size() == EVENT_CHUNK) {
                        publish(chunk);
                    }
                });
        publish(chunk);
    }

    private void publish(List<IdentityEvents.Newcomer> chunk) {
        if (!chunk.isEmpty()) {
            events.publishEvent(new IdentityEvents.PeopleCreated(List.copyOf(chunk)));
            chunk.clear();
        }
    }
}
