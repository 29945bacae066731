package org.renrentong.taxonomy;

/** A textbook edition (教材版本): its code, its short name such as 人教版, and its publisher. */
public record Edition(String code, String name, String publisher) {

    /** The name as always shown, with the publisher, so that two editions of the same book are never confused. */
    public String label() {
        return name + "（" + publisher + "）";
    }
}
