-- Subject teachers by subject (任课教师): a class's subject, as a national subject code (GB/T 33782, the taxonomy's
-- standard codes), is taught by one teacher at a time; a teacher may teach several subjects in one class. A subject
-- teacher is also a teacher of the class (class_teacher), which is what their scope is made of: removing them from
-- the class removes their subjects there.
CREATE TABLE class_subject (
    class_id  BIGINT      NOT NULL,
    subject   VARCHAR(8)  NOT NULL,
    person_id BIGINT      NOT NULL,
    PRIMARY KEY (class_id, subject),
    FOREIGN KEY (class_id, person_id) REFERENCES class_teacher (class_id, person_id) ON DELETE CASCADE
);
CREATE INDEX class_subject_person ON class_subject (person_id);

-- The earlier release kept one free-text subject per teacher and class. Texts naming a standard subject become its
-- code: the current names; the retired names with one successor (生物 → 生物学, 品德与生活（社会） → 道德与法治); and
-- the two short forms schools commonly type (体育, 道法). Where two teachers of a class named the same subject, the
-- head teacher, then the earliest account, keeps it. Every other text stays as it was, in former_subject, and is
-- shown beside the teacher until an administrator assigns a subject.
INSERT INTO class_subject (class_id, subject, person_id)
SELECT DISTINCT ON (ct.class_id, m.code) ct.class_id, m.code, ct.person_id
FROM class_teacher ct
JOIN (VALUES ('语文', '13'), ('数学', '14'), ('科学', '15'), ('物理', '16'), ('化学', '17'), ('地理', '20'),
             ('历史', '21'), ('体育与健康', '22'), ('体育', '22'), ('艺术', '23'), ('音乐', '24'), ('美术', '25'),
             ('信息技术', '26'), ('通用技术', '27'), ('道德与法治', '30'), ('道法', '30'),
             ('品德与生活（社会）', '30'), ('思想政治', '31'), ('生物学', '32'), ('生物', '32'), ('信息科技', '33'),
             ('劳动', '34'), ('英语', '41'), ('日语', '42'), ('俄语', '43'), ('综合实践活动', '60'))
    AS m (name, code) ON m.name = btrim(ct.subject)
ORDER BY ct.class_id, m.code, ct.head DESC, ct.person_id;

ALTER TABLE class_teacher RENAME COLUMN subject TO former_subject;
UPDATE class_teacher ct SET former_subject = NULL
FROM class_subject cs WHERE cs.class_id = ct.class_id AND cs.person_id = ct.person_id;
UPDATE class_teacher SET former_subject = NULL WHERE btrim(former_subject) = '';

-- One head teacher per class; where the earlier release had two, the earliest account stays head.
UPDATE class_teacher ct SET head = FALSE
WHERE ct.head AND EXISTS (SELECT 1 FROM class_teacher o WHERE o.class_id = ct.class_id AND o.head
                                                          AND o.person_id < ct.person_id);
CREATE UNIQUE INDEX class_teacher_one_head ON class_teacher (class_id) WHERE head;

-- The published views keep their columns: subject is now the former free text only.
CREATE OR REPLACE VIEW identity_v_class_teacher AS
    SELECT class_id, person_id, former_subject AS subject, head FROM class_teacher;

CREATE VIEW identity_v_class_subject AS
    SELECT class_id, subject, person_id FROM class_subject;
