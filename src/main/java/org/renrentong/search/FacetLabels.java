package org.renrentong.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of each facet ever seen in the index, numbered from 0 in the order they were met. Segments record their
 * documents' values by these numbers, so counts add up across segments without comparing strings. Numbers are
 * never reused: a value that no document carries any more just counts 0.
 */
final class FacetLabels {

    private final Map<Facet, Map<String, Integer>> numbers = new EnumMap<>(Facet.class);
    private final Map<Facet, List<String>> labels = new EnumMap<>(Facet.class);

    FacetLabels() {
        for (Facet facet : Facet.values()) {
            numbers.put(facet, new HashMap<>());
            labels.put(facet, new ArrayList<>());
        }
    }

    synchronized int number(Facet facet, String label) {
        return numbers.get(facet).computeIfAbsent(label, added -> {
            labels.get(facet).add(added);
            return labels.get(facet).size() - 1;
        });
    }

    /** The number of a value, or -1 when no document ever had it. */
    synchronized int find(Facet facet, String label) {
        return numbers.get(facet).getOrDefault(label, -1);
    }

    synchronized String label(Facet facet, int number) {
        return labels.get(facet).get(number);
    }

    synchronized int size(Facet facet) {
        return labels.get(facet).size();
    }
}
