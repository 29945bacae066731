package org.renrentong.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.renrentong.shared.DomainException;

/**
 * Where the next page of a school's people starts: the last id shown (the sort key), bound to the school and filter
 * it was made for, with the total counted on the first page so that deeper pages need not count 400,000 people
 * again. Opaque to clients; a cursor that was altered or belongs to another list is refused (400).
 */
record PeopleCursor(long lastId, long total) {

    private static final String VERSION = "p1";

    String encode(long schoolId, String filter) {
        String raw = String.join(".", VERSION, Long.toString(schoolId), Long.toString(lastId), Long.toString(total),
                Integer.toHexString(filter.hashCode()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Null for the first page (no cursor). */
    static PeopleCursor decode(String cursor, long schoolId, String filter) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8)
                    .split("\\.", -1);
            if (parts.length != 5 || !parts[0].equals(VERSION) || Long.parseLong(parts[1]) != schoolId
                    || !parts[4].equals(Integer.toHexString(filter.hashCode()))) {
                throw invalid();
            }
            long lastId = Long.parseLong(parts[2]);
            long total = Long.parseLong(parts[3]);
            if (lastId < 0 || total < 0) {
                throw invalid();
            }
            return new PeopleCursor(lastId, total);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static DomainException invalid() {
        return DomainException.invalid("people.cursor.invalid");
    }
}
