package org.renrentong.search;

/**
 * One found resource. The highlighted texts are HTML-escaped with the matched words in {@code <mark>} tags, so a
 * page may render them unescaped. The score is the relevance, 0 when the hits are ordered otherwise.
 */
public record SearchHit(long id, float score, String title, String titleHighlighted, String snippetHighlighted) {
}
