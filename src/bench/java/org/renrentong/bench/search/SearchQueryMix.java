package org.renrentong.bench.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.renrentong.search.Facet;
import org.renrentong.search.SearchQuery;
import org.renrentong.search.SearchSort;
import org.renrentong.search.Viewer;

/**
 * A reproducible mix of searches over a {@link ResourceCorpus}, as people type them: one to three Chinese words
 * (a topic, often with a type, a subject or a grade), popular topics asked far more often (Zipf); about a third
 * narrowed by facets, a fifth by a textbook-tree node, a few browsing without text; mostly by relevance.
 */
public final class SearchQueryMix {

    public static final int PAGE_SIZE = 20;

    private final List<TextbookTree.Lesson> lessons;
    private final Map<String, List<TextbookTree.Lesson>> lessonsByTopic;
    private final List<String> topics;
    private final Zipf topicPopularity;
    private final long seed;

    public SearchQueryMix(ResourceCorpus corpus, long seed) {
        this.lessons = corpus.tree().lessons();
        this.lessonsByTopic = lessons.stream().collect(Collectors.groupingBy(TextbookTree.Lesson::topic));
        List<String> shuffled = new ArrayList<>(new LinkedHashSet<>(lessonsByTopic.keySet()));
        java.util.Collections.sort(shuffled);
        java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
        this.topics = shuffled;
        this.topicPopularity = new Zipf(topics.size(), 1.0);
        this.seed = seed;
    }

    public List<SearchQuery> queries(int count) {
        List<SearchQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            queries.add(query(new SplittableRandom(seed * 7_919 + i)));
        }
        return queries;
    }

    private SearchQuery query(SplittableRandom random) {
        String asked = topics.get(topicPopularity.sample(random));
        String topic = asked.replace("《", "").replace("》", "");
        // filters and tree nodes go with the topic, as when someone narrows down a search that found something
        TextbookTree.Lesson lesson = ResourceCorpus.pick(random, lessonsByTopic.get(asked));
        int kind = random.nextInt(100);
        String text;
        if (kind < 50) {
            text = topic;
        } else if (kind < 70) {
            text = topic + " " + ResourceCorpus.pick(random, ResourceVocabulary.TYPES);
        } else if (kind < 85) {
            text = lesson.subject() + " " + topic + " " + lesson.grade();
        } else if (kind < 95) {
            text = random.nextBoolean() ? lesson.subject() : ResourceCorpus.pick(random, ResourceVocabulary.TYPES);
        } else {
            text = "";
        }
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        if (random.nextInt(100) < 30 || text.isEmpty()) {
            filters.put(Facet.SUBJECT, Set.of(lesson.subject()));
            if (random.nextBoolean()) {
                filters.put(Facet.GRADE, Set.of(lesson.grade()));
            }
            if (random.nextInt(3) == 0) {
                filters.put(Facet.TYPE, Set.of(ResourceCorpus.pick(random, ResourceVocabulary.TYPES)));
            }
        }
        Long place = random.nextInt(100) < 20 ? lesson.path().get(2 + random.nextInt(lesson.path().size() - 2)) : null;
        int sortRoll = random.nextInt(100);
        SearchSort sort = sortRoll < 80 ? SearchSort.RELEVANCE
                : sortRoll < 90 ? SearchSort.NEWEST : sortRoll < 95 ? SearchSort.MOST_USED : SearchSort.BEST_RATED;
        Viewer viewer = random.nextInt(100) < 70 ? Viewer.anonymous()
                : Viewer.signedIn(Set.of((long) (1 + random.nextInt(ResourceCorpus.ORGANISATIONS))));
        int page = random.nextInt(10) == 0 ? 1 + random.nextInt(2) : 0;
        return new SearchQuery(text, place, filters, sort, viewer, page, PAGE_SIZE);
    }
}
