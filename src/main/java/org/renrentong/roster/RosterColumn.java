package org.renrentong.roster;

/**
 * The columns a roster file may have. Headers are part of the file format and stay Chinese whatever the page's
 * language; a header may carry a note in brackets or a trailing asterisk ("身份证号（选填）", "学号*").
 */
enum RosterColumn {
    GRADE("年级", true, 16),
    CLASS("班级", true, 32),
    STUDENT_NO("学号", true, 32),
    STAFF_NO("工号", true, 32),
    NAME("姓名", true, 64),
    GENDER("性别", true, 2),
    PHONE("手机号", true, 20),
    ID_CARD("身份证号", false, 18),
    GUARDIAN_NAME("家长姓名", false, 64),
    GUARDIAN_PHONE("家长手机号", false, 20),
    RELATION("家长关系", false, 16),
    TEACHES("任教班级", false, 1000),
    HEAD_OF("班主任班级", false, 48),
    SUBJECTS("任教学科", false, 1000);

    private final String header;
    private final boolean required;
    private final int maxLength;

    RosterColumn(String header, boolean required, int maxLength) {
        this.header = header;
        this.required = required;
        this.maxLength = maxLength;
    }

    String header() {
        return header;
    }

    /** Whether the column must be present in the header row (its cells may still be checked separately). */
    boolean required() {
        return required;
    }

    int maxLength() {
        return maxLength;
    }

    /** "身份证号（选填）" → "身份证号"; "学号*" → "学号". */
    static String normalizeHeader(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.replace("\uFEFF", "").strip();
        int bracket = indexOfAny(s, "(（[【");
        if (bracket >= 0) {
            s = s.substring(0, bracket);
        }
        return s.replace("*", "").replace("＊", "").strip();
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
