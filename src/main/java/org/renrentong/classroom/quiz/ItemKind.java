package org.renrentong.classroom.quiz;

/** The kinds of item the bank holds; all but the short answer are marked by the machine at hand-in. */
public enum ItemKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, FILL_IN, SHORT_ANSWER;

    public boolean objective() {
        return this != SHORT_ANSWER;
    }

    public boolean choice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
