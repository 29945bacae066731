package org.renrentong.shared;

import java.util.List;

/** One keyset page: the items, the total count, and the key to ask for the next page (null on the last). */
public record Slice<T>(List<T> items, long total, String nextKey) {

    public boolean hasNext() {
        return nextKey != null;
    }
}
