package org.renrentong.storage;

import org.renrentong.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Storage quotas per person and per school (the school of the actor's role). Every file a person keeps and every
 * upload they have begun counts, at its full size even when its content is shared with an identical file.
 */
@Component
class Quotas {

    private final FileRepository files;
    private final StorageSettings settings;
    private final JdbcClient jdbc;

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
            long schoolUsed = files.usedBySchool(schoolId);
            long schoolQuota = settings.schoolQuota().toBytes();
            if (schoolUsed + more > schoolQuota) {
                throw DomainException.conflict("upload.quota.school", Bytes.human(schoolUsed),
                        Bytes.human(schoolQuota));
            }
        }
    }
}
