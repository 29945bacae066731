package org.renrentong.org;

/** The customary Chinese grade names by year level; stored as data, so they stay as schools named them. */
final class GradeNames {

    private static final String[] NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private GradeNames() {
    }

    static String of(Stage stage, int yearLevel) {
        return switch (stage) {
            case PRIMARY, JUNIOR -> NUMBERS[yearLevel - 1] + "年级";
            case SENIOR -> "高" + NUMBERS[yearLevel - 10];
            case VOCATIONAL -> "中职" + NUMBERS[yearLevel - 10] + "年级";
        };
    }
}
