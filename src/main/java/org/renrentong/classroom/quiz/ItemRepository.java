package org.renrentong.classroom.quiz;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The item bank's rows: items with their choices, and the accepted answers of their blanks. */
@Repository
class ItemRepository {

    private static final String COLUMNS = """
            SELECT i.id, i.owner_id, p.name AS owner_name, i.school_id, i.shared, i.subject_code, i.node_id, i.kind,
                   i.stem, i.choices, i.correct_choices, i.answer_true, i.guidance, i.image_file_id, i.retired
            FROM quiz_item i LEFT JOIN identity_v_person p ON p.id = i.owner_id""";

    private final JdbcClient jdbc;

    ItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ItemDraft d, long ownerId, Long schoolId, Long imageFileId) {
        long id = jdbc.sql("""
                INSERT INTO quiz_item (owner_id, school_id, shared, subject_code, node_id, kind, stem, choices,
                                       correct_choices, answer_true, guidance, image_file_id)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id""")
                .params(ownerId, schoolId, d.shared(), d.subjectCode(), d.nodeId(), d.kind().name(), d.stem(),
                        d.choices().toArray(String[]::new), d.correct().toArray(Integer[]::new), d.answerTrue(),
                        d.guidance(), imageFileId)
                .query(Long.class).single();
        insertBlanks(id, d.blanks());
        return id;
    }

    void update(long id, ItemDraft d, Long imageFileId) {
        jdbc.sql("""
                UPDATE quiz_item SET shared = ?, subject_code = ?, node_id = ?, kind = ?, stem = ?, choices = ?,
                       correct_choices = ?, answer_true = ?, guidance = ?, image_file_id = ?, updated_at = now()
                WHERE id = ?""")
                .params(d.shared(), d.subjectCode(), d.nodeId(), d.kind().name(), d.stem(),
                        d.choices().toArray(String[]::new), d.correct().toArray(Integer[]::new), d.answerTrue(),
                        d.guidance(), imageFileId, id)
                .update();
        jdbc.sql("DELETE FROM quiz_item_blank WHERE item_id = ?").param(id).update();
        insertBlanks(id, d.blanks());
    }

    private void insertBlanks(long itemId, List<List<String>> blanks) {
        for (int b = 0; b < blanks.size(); b++) {
            jdbc.sql("INSERT INTO quiz_item_blank (item_id, blank, accepted) VALUES (?,?,?)")
                    .params(itemId, b, blanks.get(b).toArray(String[]::new)).update();
        }
    }

    void retire(long id) {
        jdbc.sql("UPDATE quiz_item SET retired = TRUE, updated_at = now() WHERE id = ?").param(id).update();
    }

    Optional<Item> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    List<Item> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Item> rows = jdbc.sql(COLUMNS + " WHERE i.id = ANY(?)").param(ids.toArray(Long[]::new))
                .query(ItemRepository::row).list();
        return withBlanks(rows);
    }

    /** The teacher's own items and their school's shared ones, newest first, one keyset page. */
    List<Item> bank(long ownerId, Long schoolId, String subjectCode, boolean withRetired, long beforeId, int limit) {
        List<Item> rows = jdbc.sql(COLUMNS + "\n" + """
                 WHERE (i.owner_id = :owner OR (i.shared AND i.school_id = :school))
                   AND (CAST(:subject AS VARCHAR) IS NULL OR i.subject_code = :subject)
                   AND (:retired OR NOT i.retired) AND i.id < :before
                 ORDER BY i.id DESC LIMIT :limit""")
                .param("owner", ownerId).param("school", schoolId == null ? -1L : schoolId)
                .param("subject", subjectCode).param("retired", withRetired).param("before", beforeId)
                .param("limit", limit)
                .query(ItemRepository::row).list();
        return withBlanks(rows);
    }

    /** Whether the item is part of a quiz already assigned: its key must then stay as it is. */
    boolean inQuiz(long itemId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM quiz_entry WHERE item_id = ?)").param(itemId)
                .query(Boolean.class).single();
    }

    private List<Item> withBlanks(List<Item> rows) {
        List<Long> fillIns = rows.stream().filter(i -> i.kind() == ItemKind.FILL_IN).map(Item::id).toList();
        if (fillIns.isEmpty()) {
            return rows;
        }
        Map<Long, List<List<String>>> blanks = new HashMap<>();
        jdbc.sql("SELECT item_id, accepted FROM quiz_item_blank WHERE item_id = ANY(?) ORDER BY item_id, blank")
                .param(fillIns.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), strings(rs.getArray(2)))).list()
                .forEach(e -> blanks.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(i -> i.kind() != ItemKind.FILL_IN ? i : new Item(i.id(), i.ownerId(), i.ownerName(),
                i.schoolId(), i.shared(), i.subjectCode(), i.nodeId(), i.kind(), i.stem(), i.choices(), i.correct(),
                i.answerTrue(), List.copyOf(blanks.getOrDefault(i.id(), List.of())), i.guidance(), i.imageFileId(),
                i.retired())).toList();
    }

    private static Item row(ResultSet rs, int n) throws SQLException {
        Integer[] correct = (Integer[]) rs.getArray("correct_choices").getArray();
        return new Item(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("owner_name"),
                rs.getObject("school_id", Long.class), rs.getBoolean("shared"), rs.getString("subject_code"),
                rs.getObject("node_id", Long.class), ItemKind.valueOf(rs.getString("kind")), rs.getString("stem"),
                strings(rs.getArray("choices")), List.of(correct), rs.getObject("answer_true", Boolean.class),
                List.of(), rs.getString("guidance"), rs.getObject("image_file_id", Long.class),
                rs.getBoolean("retired"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
