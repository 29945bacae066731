package org.renrentong.org;

import java.util.List;
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

    Schools(OrgRepository repository, Regions regions, AuditLog audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.regions = regions;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public School create(Actor actor, SchoolForm form) {
        Region county = regions.get(form.countyCode().trim());
        if (!actor.governs(county.path())) {
            throw DomainException.forbidden();
        }
        if (county.level() != Region.Level.COUNTY || county.retired()) {
            throw DomainException.invalid("school.county.notCounty");
        }
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
        School school = visible(actor, schoolId);
        if (!actor.managesSchool(schoolId, school.regionPath())) {
            throw DomainException.forbidden();
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

    /** A school the actor may see: their own school, or one within the region they govern. */
    public School visible(Actor actor, long schoolId) {
        School school = get(schoolId);
        boolean ownSchool = actor.schoolId() != null && actor.schoolId() == schoolId;
        if (!ownSchool && !actor.governs(school.regionPath())) {
            throw DomainException.forbidden();
        }
        return school;
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
        School school = get(schoolId);
        if (!actor.managesSchool(schoolId, school.regionPath())) {
            throw DomainException.forbidden();
        }
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
        SchoolClass c = schoolClass(classId);
        if (!actor.canSeeClass(classId, c.schoolId(), c.regionPath())) {
            throw DomainException.forbidden();
        }
        return c;
    }

    public SchoolClass schoolClass(long classId) {
        return repository.schoolClass(classId).orElseThrow(() -> DomainException.notFound("class.unknown"));
    }

    /** The actor's own classes: taught, attended, or attended by their children. */
    public List<SchoolClass> myClasses(Actor actor) {
        return repository.classes(actor.classIds());
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
