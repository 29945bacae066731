package org.renrentong.resource;

/** Which form field a refusal belongs beside, from its message key. */
final class FormErrors {

    private FormErrors() {
    }

    static String field(String key) {
        if (key.startsWith("taxonomy.") || key.startsWith("resource.places.")) {
            return "places";
        }
        if (key.startsWith("upload.") || key.startsWith("resource.file")) {
            return "files";
        }
        if (key.startsWith("resource.keyword")) {
            return "keywords";
        }
        String[] parts = key.split("\\.");
        return parts.length > 1 ? parts[1] : "form";
    }
}
