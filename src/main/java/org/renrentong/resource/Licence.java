package org.renrentong.resource;

/** The licences a contributor may choose; each with its SPDX identifier and the deed address. */
public enum Licence {
    CC_BY_4_0("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA_4_0("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    CC_BY_NC_4_0("CC-BY-NC-4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
    CC_BY_NC_SA_4_0("CC-BY-NC-SA-4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
    CC_BY_ND_4_0("CC-BY-ND-4.0", "https://creativecommons.org/licenses/by-nd/4.0/"),
    CC0_1_0("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    ALL_RIGHTS_RESERVED("LicenseRef-All-Rights-Reserved", null);

    private final String spdx;
    private final String url;

    Licence(String spdx, String url) {
        this.spdx = spdx;
        this.url = url;
    }

    public String spdx() {
        return spdx;
    }

    /** The deed address, or null when there is none (all rights reserved). */
    public String url() {
        return url;
    }

    /** Whether using it costs nothing beyond attribution (LOM 6.1 cost = no). */
    public boolean free() {
        return this != ALL_RIGHTS_RESERVED;
    }
}
