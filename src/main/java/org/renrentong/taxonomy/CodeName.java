package org.renrentong.taxonomy;

/** A standard code with its name, e.g. a stage, subject or grade for facets and filters. */
public record CodeName(String code, String name) {
}
