package org.renrentong.resource;

import java.util.List;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.CopiedFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of harvested resources that this node copied from their origin: attached to the resource when the copy
 * is kept (its page then offers them from here), released when the resource is withdrawn at its origin or the file
 * replaced there. Attaching and detaching enter the change log, so that the nodes that harvest this one learn of it.
 */
@Service
public class HarvestedFiles {

    private final JdbcClient jdbc;
    private final ResourceChangeLog changes;
    private final CopiedFiles copies;
    private final AuditLog audit;

    HarvestedFiles(JdbcClient jdbc, ResourceChangeLog changes, CopiedFiles copies, AuditLog audit) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.copies = copies;
        this.audit = audit;
    }

    /**
     * Attaches the copied file to the published harvested resource of this origin identifier, after its files; false
     * (nothing written) when there is none such (withdrawn meanwhile, or never stored): the caller releases the file.
     */
    @Transactional
    public boolean attach(Actor node, String originIdentifier, long fileId, FileRole role) {
        if (!ResourcePolicy.mayStoreHarvested(node)) {
            throw DomainException.forbidden();
        }
        Long id = jdbc.sql("""
                        SELECT id FROM resource WHERE origin_identifier = ? AND status = 'PUBLISHED' FOR UPDATE""")
                .param(originIdentifier).query(Long.class).optional().orElse(null);
        if (id == null) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO resource_file (resource_id, version, file_id, role, position)
                SELECT r.id, r.version, ?, ?, COALESCE((SELECT max(position) + 1 FROM resource_file f
                    WHERE f.resource_id = r.id AND f.version = r.version), 0)
                FROM resource r WHERE r.id = ?""").params(fileId, role.name(), id).update();
        changes.harvested(List.of(), List.of(id), List.of());
        audit.record(node.audited("HARVESTED_FILE_ATTACHED", "resource", id, node.regionPath(), null,
                originIdentifier, fileId));
        return true;
    }

    /** A copied file of the harvested resource with this origin identifier. */
    public record Copied(String originIdentifier, Long fileId) {
    }

    /**
     * Detaches copied files that their origin replaced or dropped, and releases them (another resource sharing the
     * bytes keeps them).
     */
    @Transactional
    public void detach(Actor node, List<Copied> files) {
        if (!ResourcePolicy.mayStoreHarvested(node)) {
            throw DomainException.forbidden();
        }
        if (files.isEmpty()) {
            return;
        }
        List<Long> resourceIds = jdbc.sql("""
                DELETE FROM resource_file rf USING resource r,
                    unnest(CAST(? AS text[]), CAST(? AS bigint[])) AS t(identifier, file_id)
                WHERE r.origin_identifier = t.identifier AND rf.resource_id = r.id AND rf.file_id = t.file_id
                RETURNING rf.resource_id""")
                .params(files.stream().map(Copied::originIdentifier).toArray(String[]::new),
                        files.stream().map(Copied::fileId).toArray(Long[]::new))
                .query(Long.class).list();
        files.forEach(f -> copies.release(node, f.fileId()));
        changes.harvested(List.of(), resourceIds.stream().distinct().toList(), List.of());
        audit.record(node.audited("HARVESTED_FILES_DETACHED", "resource", null, node.regionPath(), null,
                files.size()));
    }

    /** Releases the copied files of these resources (withdrawn at their origin): they leave this node. */
    void releaseOf(Actor node, List<Long> resourceIds) {
        if (resourceIds.isEmpty()) {
            return;
        }
        List<Long> fileIds = jdbc.sql("DELETE FROM resource_file WHERE resource_id = ANY(?) RETURNING file_id")
                .param(resourceIds.toArray(Long[]::new)).query(Long.class).list();
        fileIds.forEach(fileId -> copies.release(node, fileId));
    }
}
