package org.renrentong.region;

import java.time.Instant;

/** A GB/T 2260 administrative division; a retired one stays for history and may name its successor. */
public record Region(String code, String name, Level level, String parentCode, String path, Instant retiredAt,
                     String replacedBy) {

    public enum Level {
        NATIONAL, PROVINCE, CITY, COUNTY;

        /** The level a child of this level has, or null for counties. */
        public Level below() {
            return this == COUNTY ? null : values()[ordinal() + 1];
        }
    }

    public static final String NATIONAL_CODE = "000000";

    public boolean retired() {
        return retiredAt != null;
    }
}
