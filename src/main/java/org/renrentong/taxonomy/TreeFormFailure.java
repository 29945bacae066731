package org.renrentong.taxonomy;

import org.renrentong.shared.DomainException;

/** Which form on the tree page failed, why, and what had been typed, so the page shows it again beside the field. */
record TreeFormFailure(String form, String errorKey, Object[] args, String level, String code, String name,
                       String publisher, String target) {

    static final TreeFormFailure NONE = new TreeFormFailure("", null, new Object[0], null, null, null, null, null);

    static TreeFormFailure of(String form, DomainException e, String level, String code, String name,
                              String publisher, String target) {
        return new TreeFormFailure(form, e.messageKey(), e.args(), level, code, name, publisher, target);
    }

    public boolean on(String formName) {
        return form.equals(formName);
    }

    /** Whether the error belongs to the field: its message key names it, e.g. taxonomy.code.taken → "code". */
    public boolean about(String formName, String field) {
        return on(formName) && errorKey != null && errorKey.startsWith("taxonomy." + field + ".");
    }
}
