package org.renrentong.region;

import org.renrentong.shared.DomainException;

/** Which form on the region page failed, why, and what the user had typed, so the page shows it again. */
public record RegionFormFailure(String form, String errorKey, Object[] args, String code, String name,
                                String successor) {

    static final RegionFormFailure NONE = new RegionFormFailure("", null, new Object[0], null, null, null);

    RegionFormFailure(String form, DomainException e, String code, String name, String successor) {
        this(form, e.messageKey(), e.args(), code, name, successor);
    }

    public boolean on(String formName) {
        return form.equals(formName);
    }
}
