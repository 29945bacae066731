package org.renrentong.storage;

/**
 * An upload id a form sent back, as the form shows it again after a refused save: a finished upload of the person
 * (its id, name and size, submitted again unchanged), or the message key saying why the id cannot be used.
 */
public record FormUpload(String id, String name, long size, String errorKey) {

    static FormUpload finished(Upload upload) {
        return new FormUpload(upload.id().toString(), upload.name(), upload.size(), null);
    }

    static FormUpload refused(String errorKey) {
        return new FormUpload(null, null, 0, errorKey);
    }

    public boolean usable() {
        return errorKey == null;
    }

    /** The size as people read it: 3.5 MB. */
    public String humanSize() {
        return Bytes.human(size);
    }
}
