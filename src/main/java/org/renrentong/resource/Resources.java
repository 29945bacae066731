package org.renrentong.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.org.Groups;
import org.renrentong.org.Schools;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.ThisNode;
import org.renrentong.storage.StoredFiles;
import org.renrentong.taxonomy.TextbookTree;
import org.renrentong.taxonomy.TreePlace;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contributing resources and reading them. Everything of a save happens in one transaction: the form is checked,
 * the tree places validated, the uploads claimed; a failure leaves no resource and the uploads unclaimed.
 * <p>
 * Versions: a draft, rejected or withdrawn resource is edited in place. Editing a published one starts a new
 * version: the resource goes back to DRAFT (out of search) and must be reviewed again; the files of every
 * version stay recorded as history.
 */
@Service
public class Resources {

    private final ResourceRepository resources;
    private final ResourceReader reader;
    private final ResourcePolicy policy;
    private final TextbookTree tree;
    private final StoredFiles files;
    private final SensitiveWords words;
    private final Schools schools;
    private final Groups groups;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ResourceChangeLog changes;
    private final ThisNode thisNode;

    Resources(ResourceRepository resources, ResourceReader reader, ResourcePolicy policy, TextbookTree tree,
              StoredFiles files, SensitiveWords words, Schools schools, Groups groups, AuditLog audit,
              ApplicationEventPublisher events, ResourceChangeLog changes, ThisNode thisNode) {
        this.resources = resources;
        this.reader = reader;
        this.policy = policy;
        this.tree = tree;
        this.files = files;
        this.words = words;
        this.schools = schools;
        this.groups = groups;
        this.audit = audit;
        this.events = events;
        this.changes = changes;
        this.thisNode = thisNode;
    }

    public boolean mayContribute(Actor actor) {
        return ResourcePolicy.mayContribute(actor);
    }

    @Transactional
    public Resource create(Actor actor, ResourceForm form) {
        if (!ResourcePolicy.mayContribute(actor)) {
            throw DomainException.forbidden();
        }
        Long schoolId = actor.is(Role.PLATFORM_ADMIN) || actor.is(Role.REGION_ADMIN) || actor.is(Role.EXPERT)
                ? null : actor.schoolId();
        ResourceForm f = FormCheck.clean(form, actor.name(), schoolId != null);
        List<TreePlace> places = tree.places(f.placeIds());
        var contributor = new ResourceRepository.Contributor(actor.personId(), schoolId, organisation(actor, schoolId),
                actor.regionPath(), thisNode.code());
        long id = resources.insert(f, contributor, flagged(f));
        resources.replaceKeywords(id, f.keywords());
        resources.replacePlaces(id, places);
        attach(actor, id, 1, f.files(), Set.of());
        changes.created(id);
        audit.record(actor.audited("RESOURCE_CREATED", "resource", id, contributor.regionPath(), schoolId,
                new AuditEvent.Key("resource.type." + f.type()), f.files().size()));
        return reader.get(id);
    }

    /** Changes metadata and files; a published resource becomes the next version, in DRAFT. */
    @Transactional
    public Resource update(Actor actor, long id, ResourceForm form) {
        Resource current = reader.get(id);
        if (!ResourcePolicy.owns(actor, current)) {
            throw DomainException.forbidden();
        }
        if (!current.status().editable()) {
            throw DomainException.conflict("resource.edit.notAllowed", current.status().name());
        }
        ResourceForm f = FormCheck.clean(form, current.author(), current.schoolId() != null);
        Set<Long> placed = new HashSet<>(resources.places(id));
        List<Long> added = f.placeIds().stream().filter(p -> !placed.contains(p)).toList();
        tree.places(added);
        List<TreePlace> places = f.placeIds().stream().map(tree::place).toList();
        boolean newVersion = current.published();
        int version = newVersion ? current.version() + 1 : current.version();
        ReviewStatus status = newVersion ? ReviewStatus.DRAFT : current.status();
        Set<Long> kept = new HashSet<>();
        current.files().forEach(file -> kept.add(file.fileId()));
        resources.updateMetadata(id, f, flagged(f), version, status);
        resources.replaceKeywords(id, f.keywords());
        resources.replacePlaces(id, places);
        if (newVersion) {
            resources.insertVersion(id, version, actor.personId());
        } else {
            resources.deleteFiles(id, version);
        }
        List<Long> used = attach(actor, id, version, f.files(), kept);
        if (!newVersion) {
            kept.stream().filter(fileId -> !used.contains(fileId) && !resources.fileInOtherVersion(id, version, fileId))
                    .forEach(fileId -> files.release(actor, fileId));
        }
        changes.changed(id, status, version);
        audit.record(actor.audited("RESOURCE_UPDATED", "resource", id, current.regionPath(), current.schoolId(),
                version, new AuditEvent.Key("resource.status." + status)));
        if (newVersion) {
            events.publishEvent(new ResourceEvents.Changed(id));
        }
        return reader.get(id);
    }

    /** A resource the viewer (null for a visitor) may read. */
    public Resource get(Actor viewer, long id) {
        return policy.readable(viewer, reader.get(id));
    }

    /**
     * A resource as it stands, whatever its status and visibility, for serving its metadata to other nodes: the
     * OAI-PMH provider decides itself what a harvester sees. Empty when there is no such resource.
     */
    public java.util.Optional<Resource> current(long id) {
        return resources.find(id).map(reader::of);
    }

    /** These resources as they stand (those that exist), read together: a page of OAI-PMH records at a time. */
    public List<Resource> current(Collection<Long> ids) {
        return reader.allOf(ids);
    }

    public boolean mayRead(Actor viewer, long id) {
        return policy.mayRead(viewer, reader.get(id));
    }

    public boolean mayEdit(Actor actor, Resource r) {
        return ResourcePolicy.owns(actor, r) && r.status().editable();
    }

    /** The actor's own resources, newest first, in every status. */
    public List<Resource> mine(Actor actor) {
        return reader.all(resources.where("r.owner_id = ? ORDER BY r.id DESC LIMIT 200", actor.personId()));
    }

    /** The published resources of a school (its library) the viewer may read, newest first. */
    public List<Resource> schoolLibrary(Actor viewer, long schoolId) {
        schools.get(schoolId);
        return readable(viewer, resources.where(
                "r.school_id = ? AND r.status = 'PUBLISHED' ORDER BY r.published_at DESC LIMIT 100", schoolId));
    }

    /** The most downloaded and favoured published resources contributed within a region subtree. */
    public List<Resource> mostUsed(Actor viewer, String regionPath, int limit) {
        return readable(viewer, resources.where("""
                r.region_path LIKE ? AND r.status = 'PUBLISHED'
                ORDER BY r.download_count + r.favourite_count DESC, r.id DESC LIMIT ?""", regionPath + "%", limit));
    }

    private List<Resource> readable(Actor viewer, List<ResourceRepository.Row> rows) {
        return reader.all(rows).stream().filter(r -> policy.mayRead(viewer, r)).toList();
    }

    /**
     * Records the version's files: kept ones (already the resource's) and claimed uploads of the actor.
     *
     * @return the stored-file ids now in the version
     */
    private List<Long> attach(Actor actor, long id, int version, List<ResourceForm.FileInput> inputs, Set<Long> kept) {
        List<Long> used = new ArrayList<>();
        for (ResourceForm.FileInput input : inputs) {
            long fileId;
            if (input.fileId() != null) {
                if (!kept.contains(input.fileId())) {
                    throw DomainException.invalid("resource.file.unknown");
                }
                fileId = input.fileId();
            } else {
                fileId = files.claim(actor, input.uploadId().strip()).id();
            }
            if (used.contains(fileId)) {
                throw DomainException.invalid("resource.file.duplicate");
            }
            resources.insertFile(id, version, fileId, input.role() == null ? FileRole.MAIN : input.role(), used.size());
            used.add(fileId);
        }
        return used;
    }

    private String flagged(ResourceForm f) {
        List<String> found = words.find(f.title(), f.description(), String.join(" ", f.keywords()));
        return found.isEmpty() ? null : String.join(",", found);
    }

    private String organisation(Actor actor, Long schoolId) {
        if (schoolId != null) {
            return schools.get(schoolId).name();
        }
        String code = actor.grant().regionCode();
        return code == null ? actor.grant().anchorName() : groups.findBureau(code).map(b -> b.name())
                .orElse(actor.grant().anchorName());
    }
}
