package org.renrentong.org;

/** 学段. Year levels count from primary grade one (1..12). */
public enum Stage {
    PRIMARY(1, 6), JUNIOR(7, 9), SENIOR(10, 12), VOCATIONAL(10, 12);

    private final int firstYear;
    private final int lastYear;

    Stage(int firstYear, int lastYear) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }
}
