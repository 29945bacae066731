package org.renrentong.bench.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.renrentong.search.ResourceDocument;

/**
 * A reproducible synthetic corpus of resources placed in a {@link TextbookTree}: Chinese titles, descriptions and
 * keywords built from {@link ResourceVocabulary}, lessons drawn with Zipf popularity (some lessons have hundreds of
 * resources, most a handful), Zipf-like use counts, ratings, and mostly public visibility. Document {@code i} of a
 * seed is always the same, so an index built once can be reused and the HTTP side can load the same data.
 */
public final class ResourceCorpus {

    static final Instant NEWEST = Instant.parse("2026-11-01T00:00:00Z");
    static final int ORGANISATIONS = 500;
    private static final long FIVE_YEARS_SECONDS = Duration.ofDays(5 * 365).toSeconds();

    private final long seed;
    private final TextbookTree tree = new TextbookTree();
    /** Lessons in popularity order: a seeded shuffle, so popular lessons are spread over subjects and grades. */
    private final List<TextbookTree.Lesson> byPopularity;
    private final Zipf lessonPopularity;

    public ResourceCorpus(long seed) {
        this.seed = seed;
        this.byPopularity = new ArrayList<>(tree.lessons());
        Collections.shuffle(byPopularity, new java.util.Random(seed));
        this.lessonPopularity = new Zipf(byPopularity.size(), 0.8);
    }

    /** Documents with ids 1..count. */
    public Stream<ResourceDocument> documents(long count) {
        return LongStream.rangeClosed(1, count).mapToObj(this::document);
    }

    public ResourceDocument document(long id) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003 + id);
        TextbookTree.Lesson lesson = byPopularity.get(lessonPopularity.sample(random));
        String type = weighted(random, ResourceVocabulary.TYPES, ResourceVocabulary.TYPE_WEIGHTS);
        String form = pick(random, ResourceVocabulary.FORMS);
        String topic = lesson.topic();
        String plain = topic.replace("《", "").replace("》", "");
        String unit = "第" + "一二三四五六".charAt(lesson.unit() - 1) + "单元";
        String title;
        switch (random.nextInt(4)) {
            case 0 -> title = topic + form + type;
            case 1 -> title = lesson.edition() + lesson.subject() + lesson.grade() + lesson.volume() + "《" + plain + "》"
                    + type;
            case 2 -> title = unit + "：" + topic + form;
            default -> title = lesson.grade() + lesson.subject() + "「" + plain + "」" + type + "（第" + (1 + random.nextInt(3))
                    + "课时）";
        }
        String description = "本" + type + "围绕“" + plain + "”展开，通过" + pick(random, ResourceVocabulary.ACTIVITIES)
                + "，帮助学生" + pick(random, ResourceVocabulary.GOALS) + "。适用于" + lesson.edition() + lesson.grade()
                + lesson.subject() + lesson.volume() + unit + "的教学。"
                + (random.nextInt(3) == 0 ? "配套" + pick(random, ResourceVocabulary.TYPES) + "，可用于课前预习和课后巩固。" : "");
        List<String> keywords = List.of(plain, lesson.subject(), type,
                pick(random, ResourceVocabulary.TOPICS.get(lesson.subject())).replace("《", "").replace("》", ""));
        String visibility = visibility(random);
        Long organisation = visibility.equals(ResourceDocument.ORGANISATION) || random.nextInt(2) == 0
                ? (long) (1 + random.nextInt(ORGANISATIONS)) : null;
        long useCount = (long) Math.floor(Math.pow(1 - random.nextDouble(), -1 / 1.1)) - 1;
        double rating = random.nextInt(10) < 3 ? 0 : Math.round((3 + 2 * Math.sqrt(random.nextDouble())) * 10) / 10.0;
        return new ResourceDocument(id, title, description, keywords, type, lesson.path(), List.of(lesson.stage()),
                List.of(lesson.subject()), List.of(lesson.edition()), List.of(lesson.grade()),
                pick(random, ResourceVocabulary.ORIGINS), visibility, organisation,
                NEWEST.minusSeconds(random.nextLong(FIVE_YEARS_SECONDS)), useCount, rating);
    }

    TextbookTree tree() {
        return tree;
    }

    private static String visibility(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < 85 ? ResourceDocument.PUBLIC : roll < 95 ? ResourceDocument.SIGNED_IN : ResourceDocument.ORGANISATION;
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String weighted(SplittableRandom random, List<String> values, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
