package org.renrentong.apps.guardian;

import java.util.List;

/** One keyset page of a child's access record, newest first; {@code nextKey} is the next page's {@code before}. */
public record AccessPage(List<AccessEntry> items, Long nextKey) {
}
