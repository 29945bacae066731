package org.renrentong.search;

/** The order of search hits; {@link #RELEVANCE} falls back to {@link #NEWEST} when there is no text. */
public enum SearchSort { RELEVANCE, NEWEST, MOST_USED, BEST_RATED }
