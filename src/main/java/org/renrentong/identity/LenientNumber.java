package org.renrentong.identity;

import java.beans.PropertyEditorSupport;

/**
 * Binds a chosen id (a class, a school) from a form, and anything that is not a number to null, so that the form's
 * "please choose" rule reports it beside the field instead of a conversion failure.
 */
public final class LenientNumber extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        try {
            setValue(text == null || text.isBlank() ? null : Long.valueOf(text.trim()));
        } catch (NumberFormatException e) {
            setValue(null);
        }
    }

    @Override
    public String getAsText() {
        return getValue() == null ? "" : getValue().toString();
    }
}
