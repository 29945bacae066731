package org.renrentong.federation.harvest;

/**
 * What an administrator enters for an external source: name, OAI-PMH base URL, metadata prefix (oai_dc or lom),
 * optional set, interval in minutes, whether it is paused, and whether the files of its records are copied here
 * (optional: a client that does not know the choice leaves the files at their origin).
 */
public record SourceForm(String name, String baseUrl, String metadataPrefix, String setSpec, Integer intervalMinutes,
                         boolean paused, Boolean copyFiles) {

    static final int DEFAULT_INTERVAL = 60;

    /** The form with blanks trimmed away and the defaults filled in. */
    SourceForm cleaned() {
        return new SourceForm(strip(name), strip(baseUrl), metadataPrefix == null || metadataPrefix.isBlank()
                ? "oai_dc" : metadataPrefix.strip(), strip(setSpec), intervalMinutes == null ? DEFAULT_INTERVAL
                : intervalMinutes, paused, Boolean.TRUE.equals(copyFiles));
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
