package org.renrentong.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * The one way a page turns a refused command into errors of its form. The refusal goes beside the field its message
 * key is about: the field named for the key's prefix ("password." → "initialPassword"), else the field named by the
 * key's second part ("school.name.taken" → "name"); when the form has no such field, above the form as an error of
 * the whole form. A refusal of
 * the actor (not signed in, forbidden) is no form error: it goes on to the error page.
 */
public final class FormErrors {

    private final Map<String, String> fieldsByKeyPrefix;

    private FormErrors(Map<String, String> fieldsByKeyPrefix) {
        this.fieldsByKeyPrefix = fieldsByKeyPrefix;
    }

    /**
     * Pairs of a message-key prefix and the field its refusals belong beside ("" for above the form); the first
     * matching prefix wins.
     */
    public static FormErrors fields(String... prefixAndField) {
        if (prefixAndField.length % 2 != 0) {
            throw new IllegalArgumentException("prefixes and fields come in pairs");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < prefixAndField.length; i += 2) {
            fields.put(prefixAndField[i], prefixAndField[i + 1]);
        }
        return new FormErrors(fields);
    }

    /** Records the refusal in the form's binding result, or throws it on when it refuses the actor. */
    public void reject(DomainException e, BindingResult form) {
        if (e.status() == HttpStatus.UNAUTHORIZED || e.status() == HttpStatus.FORBIDDEN) {
            throw e;
        }
        // a form whose values did not all convert has no object to hold field errors
        String field = form.getTarget() == null ? null : fieldOf(e.messageKey(), form);
        if (field == null) {
            form.reject(e.messageKey(), e.args(), null);
        } else {
            form.rejectValue(field, e.messageKey(), e.args(), null);
        }
    }

    private String fieldOf(String key, BindingResult form) {
        String[] parts = key.split("\\.");
        String field = parts.length > 2 ? parts[1] : null;
        for (Map.Entry<String, String> prefix : fieldsByKeyPrefix.entrySet()) {
            if (key.startsWith(prefix.getKey())) {
                field = prefix.getValue();
                break;
            }
        }
        return field != null && !field.isEmpty() && form.getFieldType(field) != null ? field : null;
    }
}
