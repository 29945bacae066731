package org.renrentong.identity;

import java.beans.PropertyEditorSupport;

/**
 * Binds a choice from a form to its enum constant, and anything else (a tampered or stale value) to null, so that
 * the form's own "please choose" rule reports it beside the field instead of a conversion failure.
 */
public final class LenientChoice<E extends Enum<E>> extends PropertyEditorSupport {

    private final Class<E> type;

    public LenientChoice(Class<E> type) {
        this.type = type;
    }

    @Override
    public void setAsText(String text) {
        E value = null;
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                value = constant;
            }
        }
        setValue(value);
    }

    @Override
    public String getAsText() {
        return getValue() == null ? "" : ((Enum<?>) getValue()).name();
    }
}
