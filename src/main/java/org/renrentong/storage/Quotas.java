package org.renrentong.storage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.renrentong.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Storage quotas per person and per school (the school of the actor's role). Every file a person keeps and every
 * upload they have begun counts, at its full size even when its content is shared with an identical file.
 * <p>
 * The person quota is exact (a person's files are few). Summing a school's files on every upload would grow with
 * the school, so its total is read at most once per {@code school-usage-ttl} and counted up here with every upload
 * accepted in between: a school passes its quota by at most what concurrent uploads, or another node sharing the
 * database, add within that time. A refusal is always checked against a fresh total, so files deleted meanwhile
 * never make it refuse early.
 */
@Component
class Quotas {

    /** A school's total as read at {@code readAt} (System.nanoTime), plus what was accepted here since. */
    private record SchoolUsage(long bytes, long readAt) {
    }

    private final FileRepository files;
    private final StorageSettings settings;
    private final JdbcClient jdbc;
    private final Map<Long, SchoolUsage> schools = new ConcurrentHashMap<>();

    Quotas(FileRepository files, StorageSettings settings, JdbcClient jdbc) {
        this.files = files;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /**
     * Refuses {@code more} bytes that would pass a quota. Within a transaction, two uploads of one person are
     * checked one after the other, so they cannot both slip under the limit.
     */
    void check(long personId, Long schoolId, long more) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('storage-quota'), ?)").param((int) personId)
                .query((rs, n) -> 1).list();
        long personUsed = files.usedByPerson(personId);
        long personQuota = settings.personQuota().toBytes();
        if (personUsed + more > personQuota) {
            throw DomainException.conflict("upload.quota.person", Bytes.human(personUsed), Bytes.human(personQuota));
        }
        if (schoolId != null) {
            long schoolQuota = settings.schoolQuota().toBytes();
            long schoolUsed = schoolUsed(schoolId, false);
            if (schoolUsed + more > schoolQuota) {
                schoolUsed = schoolUsed(schoolId, true);
            }
            if (schoolUsed + more > schoolQuota) {
                throw DomainException.conflict("upload.quota.school", Bytes.human(schoolUsed),
                        Bytes.human(schoolQuota));
            }
            schools.computeIfPresent(schoolId, (id, used) -> new SchoolUsage(used.bytes() + more, used.readAt()));
        }
    }

    private long schoolUsed(long schoolId, boolean fresh) {
        long now = System.nanoTime();
        SchoolUsage used = schools.get(schoolId);
        if (fresh || used == null || now - used.readAt() > settings.schoolUsageTtl().toNanos()) {
            used = new SchoolUsage(files.usedBySchool(schoolId), now);
            schools.put(schoolId, used);
        }
        return used.bytes();
    }
}
