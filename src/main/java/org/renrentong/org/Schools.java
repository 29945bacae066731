package org.renrentong.org;

import java.util.List;
import java.util.Objects;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.Slice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schools, their grades and classes — each write checks the actor's scope first and is audited last. */
@Service
public class Schools {

    private final OrgRepository repository;
    private final Regions regions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final OrgPolicy policy;

    Schools(OrgRepository repository, Regions regions, AuditLog audit, ApplicationEventPublisher events,
            OrgPolicy policy) {
        this.policy = policy;
        this.repository = repository;
        this.regions = regions;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Creates a school in a county the actor governs. A retired county takes no new schools: the message names its
     * successor when there is one.
     */
    @Transactional
    public School create(Actor actor, SchoolForm form) {
        if (form.countyCode() == null || form.countyCode().isBlank()) {
            throw DomainException.invalid("school.county.required");
        }
        Region county = regions.get(form.countyCode());
        policy.requireGoverns(actor, county);
        if (county.level() != Region.Level.COUNTY) {
            throw DomainException.invalid("school.county.notCounty", county.name());
        }
        if (county.retired()) {
            throw county.replacedBy() == null ? DomainException.invalid("school.county.retired", county.name())
                    : DomainException.invalid("school.county.retiredReplaced", county.name(),
                            regions.get(county.replacedBy()).name());
        }
        requireValid(form);
        String name = form.name().trim();
        String code = blankToNull(form.code());
        requireUnique(county.code(), name, code, 0);
        long id = repository.insertSchool(name, code, form.kind(), form.stages(), county.code(), county.path());
        form.stages().forEach(stage -> {
            for (int year = stage.firstYear(); year <= stage.lastYear(); year++) {
                repository.insertGrade(id, stage, year, GradeNames.of(stage, year));
            }
        });
        events.publishEvent(new OrgEvents.SchoolCreated(id, name, county.path()));
        audit.record(actor.audited("SCHOOL_CREATED", "school", id, county.path(), id, name));
        return get(id);
    }

    @Transactional
    public School update(Actor actor, long schoolId, SchoolForm form) {
        School school = policy.requireManages(actor, policy.requireVisible(actor, get(schoolId)));
        requireValid(form);
        if (form.countyCode() != null && !form.countyCode().isBlank()
                && !form.countyCode().trim().equals(school.countyCode())) {
            throw DomainException.invalid("school.county.fixed");
        }
        String name = form.name().trim();
        String code = blankToNull(form.code());
        requireUnique(school.countyCode(), name, code, schoolId);
        repository.updateSchool(schoolId, name, code, form.kind(), form.stages());
        form.stages().forEach(stage -> {
            for (int year = stage.firstYear(); year <= stage.lastYear(); year++) {
                repository.insertGrade(schoolId, stage, year, GradeNames.of(stage, year));
            }
        });
        audit.record(actor.audited("SCHOOL_UPDATED", "school", schoolId, school.regionPath(), schoolId, name));
        return get(schoolId);
    }

    /** Whether the actor may create schools at all: administrators of a region. */
    public boolean mayCreate(Actor actor) {
        return policy.mayCreateSchools(actor);
    }

    /** Whether the actor may edit the school and add its classes. */
    public boolean mayManage(Actor actor, School school) {
        return policy.mayManage(actor, school);
    }

    /** A school the actor may see: their own school, or one within the region they govern. */
    public School visible(Actor actor, long schoolId) {
        return policy.requireVisible(actor, get(schoolId));
    }

    public School get(long schoolId) {
        return repository.school(schoolId).orElseThrow(() -> DomainException.notFound("school.unknown"));
    }

    /** The schools an administrator manages, by keyset. */
    public Slice<School> list(Actor actor, String text, long afterId, int limit) {
        if (!actor.role().isAdministrator() || actor.regionPath() == null) {
            throw DomainException.forbidden();
        }
        Long only = actor.is(Role.SCHOOL_ADMIN) ? actor.schoolId() : null;
        String filter = text == null ? "" : text.trim();
        List<School> page = repository.schools(actor.regionPath(), only, filter, afterId, limit + 1);
        String next = page.size() > limit ? String.valueOf(page.get(limit - 1).id()) : null;
        return new Slice<>(page.subList(0, Math.min(limit, page.size())),
                repository.countSchools(actor.regionPath(), only, filter), next);
    }

    public List<Grade> grades(Actor actor, long schoolId) {
        visible(actor, schoolId);
        return repository.grades(schoolId);
    }

    public List<SchoolClass> classes(Actor actor, long schoolId) {
        visible(actor, schoolId);
        return repository.classesOfSchool(schoolId);
    }

    @Transactional
    public SchoolClass createClass(Actor actor, long schoolId, long gradeId, String name) {
        School school = policy.requireManages(actor, get(schoolId));
        if (repository.grades(schoolId).stream().noneMatch(g -> g.id() == gradeId)) {
            throw DomainException.invalid("class.grade.unknown");
        }
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty() || clean.length() > 32) {
            throw DomainException.invalid("class.name.invalid");
        }
        if (repository.classNameTaken(gradeId, clean)) {
            throw DomainException.conflict("class.name.taken", clean);
        }
        long id = repository.insertClass(schoolId, gradeId, clean);
        SchoolClass created = repository.schoolClass(id).orElseThrow();
        events.publishEvent(new OrgEvents.ClassCreated(id, schoolId, created.fullName(), school.regionPath()));
        audit.record(actor.audited("CLASS_CREATED", "class", id, school.regionPath(), schoolId, created.fullName()));
        return created;
    }

    /** A class the actor may see: its members, and the administrators of its school. */
    public SchoolClass visibleClass(Actor actor, long classId) {
        return policy.requireVisible(actor, schoolClass(classId));
    }

    public SchoolClass schoolClass(long classId) {
        return repository.schoolClass(classId).orElseThrow(() -> DomainException.notFound("class.unknown"));
    }

    /** The actor's own classes: taught, attended, or attended by their children. */
    public List<SchoolClass> myClasses(Actor actor) {
        return repository.classes(actor.classIds());
    }

    /** The same rules as the form's annotations, for callers that do not validate (imports, tests, the API). */
    private static void requireValid(SchoolForm form) {
        String name = form.name() == null ? "" : form.name().trim();
        if (name.isEmpty()) {
            throw DomainException.invalid("school.name.required");
        }
        if (name.length() > 100) {
            throw DomainException.invalid("school.name.tooLong");
        }
        if (form.code() != null && !form.code().isBlank() && !form.code().trim().matches("\\d{10}")) {
            throw DomainException.invalid("school.code.invalid");
        }
        if (form.kind() == null) {
            throw DomainException.invalid("school.kind.required");
        }
        if (form.stages() == null || form.stages().isEmpty() || form.stages().stream().anyMatch(Objects::isNull)) {
            throw DomainException.invalid("school.stages.required");
        }
    }

    private void requireUnique(String countyCode, String name, String code, long exceptId) {
        if (repository.schoolNameTaken(countyCode, name, exceptId)) {
            throw DomainException.conflict("school.name.taken", name);
        }
        if (repository.schoolCodeTaken(code, exceptId)) {
            throw DomainException.conflict("school.code.taken", code);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
