package org.renrentong.federation.harvest;

/**
 * What an administrator enters for an external source: name, OAI-PMH base URL, metadata prefix (oai_dc or lom),
 * optional set, interval in minutes, whether it is paused, and whether the files of its records are copied here.
 */
public record SourceForm(String name, String baseUrl, String metadataPrefix, String setSpec, Integer intervalMinutes,
                         boolean paused, boolean copyFiles) {

    static final int DEFAULT_INTERVAL = 60;

    /** A source whose files stay at their origin. */
    public SourceForm(String name, String baseUrl, String metadataPrefix, String setSpec, Integer intervalMinutes,
                      boolean paused) {
        this(name, baseUrl, metadataPrefix, setSpec, intervalMinutes, paused, false);
    }

    /** The form with blanks trimmed away and the defaults filled in. */
    SourceForm cleaned() {
        return new SourceForm(strip(name), strip(baseUrl), metadataPrefix == null || metadataPrefix.isBlank()
                ? "oai_dc" : metadataPrefix.strip(), strip(setSpec), intervalMinutes == null ? DEFAULT_INTERVAL
                : intervalMinutes, paused, copyFiles);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
