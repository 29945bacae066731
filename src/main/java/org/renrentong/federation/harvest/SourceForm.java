package org.renrentong.federation.harvest;

/**
 * What an administrator enters for an external source: name, OAI-PMH base URL, metadata prefix (oai_dc or lom),
 * optional set, interval in minutes, and whether it is paused.
 */
public record SourceForm(String name, String baseUrl, String metadataPrefix, String setSpec, Integer intervalMinutes,
                         boolean paused) {

    static final int DEFAULT_INTERVAL = 60;

    /** The form with blanks trimmed away and the defaults filled in. */
    SourceForm cleaned() {
        return new SourceForm(strip(name), strip(baseUrl), metadataPrefix == null || metadataPrefix.isBlank()
                ? "oai_dc" : metadataPrefix.strip(), strip(setSpec), intervalMinutes == null ? DEFAULT_INTERVAL
                : intervalMinutes, paused);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
