package org.renrentong.space;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A class's students with their guardians, as a notice's addressees are drawn from them. */
record ClassRoster(Map<Long, String> students, Map<Long, List<NoticeRepository.RosterRow>> guardians) {

    static ClassRoster of(List<NoticeRepository.RosterRow> rows) {
        Map<Long, String> students = new LinkedHashMap<>();
        Map<Long, List<NoticeRepository.RosterRow>> guardians = new LinkedHashMap<>();
        for (NoticeRepository.RosterRow row : rows) {
            students.put(row.studentId(), row.studentName());
            List<NoticeRepository.RosterRow> of = guardians.computeIfAbsent(row.studentId(), k -> new ArrayList<>());
            if (row.guardianId() != null) {
                of.add(row);
            }
        }
        return new ClassRoster(students, guardians);
    }

    /** Everyone the audience addresses, each once (a guardian of two students of the class too), in class order. */
    Set<Long> addressees(NoticeAudience audience) {
        Set<Long> ids = new LinkedHashSet<>();
        if (audience.students()) {
            ids.addAll(students.keySet());
        }
        if (audience.guardians()) {
            guardians.values().forEach(list -> list.forEach(g -> ids.add(g.guardianId())));
        }
        return ids;
    }

    /** The name of a person of the roster (student or guardian), or null. */
    String nameOf(long personId) {
        if (students.containsKey(personId)) {
            return students.get(personId);
        }
        return guardians.values().stream().flatMap(List::stream).filter(g -> g.guardianId() == personId)
                .map(NoticeRepository.RosterRow::guardianName).findFirst().orElse(null);
    }
}
