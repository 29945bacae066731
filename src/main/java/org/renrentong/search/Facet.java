package org.renrentong.search;

/** A dimension of the resource index that searches count and filter by. */
public enum Facet { STAGE, SUBJECT, EDITION, GRADE, TYPE, ORIGIN }
