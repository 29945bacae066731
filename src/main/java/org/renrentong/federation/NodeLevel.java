package org.renrentong.federation;

/** The levels of the nodes of the system (国家/省/市/县/校), highest first. */
public enum NodeLevel {
    NATIONAL, PROVINCE, CITY, COUNTY, SCHOOL
}
