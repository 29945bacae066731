package org.renrentong.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;

/** How a {@link ResourceDocument} is laid out in the Lucene index: the field names and their kinds. */
final class IndexedFields {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    /** Keywords as analysed text, for word matches. */
    static final String KEYWORDS = "keywords";
    /** Keywords whole, for an exact match of the query text. */
    static final String KEYWORD = "keyword";
    /**
     * Suffix of the character-bigram twin of a short text field. smartcn cuts a word differently depending on its
     * neighbours (课件 alone, 课|件 inside 数学课件), so the bigrams catch what the word match misses. The
     * description has no twin: it is the longest field, and its bigrams would cost more than they find.
     */
    static final String BIGRAMS = "_bigrams";
    static final List<String> BIGRAM_FIELDS = List.of(TITLE, KEYWORDS);
    static final String PLACE = "place";
    static final String VISIBILITY = "visibility";
    static final String ORGANISATION = "organisation";
    static final String PUBLISHED = "published";
    static final String USES = "uses";
    static final String RATING = "rating";

    /** Title and description are stored: hits show and mark them. */
    private static final FieldType SHOWN = TextField.TYPE_STORED;
    private static final FieldType MATCHED = TextField.TYPE_NOT_STORED;

    private final FacetsConfig facetsConfig = new FacetsConfig();

    IndexedFields() {
        for (Facet facet : Facet.values()) {
            facetsConfig.setMultiValued(facet.name(), true);
        }
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    /** The doc values a use changes, for an in-place update of the document. */
    static Field[] uses(UseCounts u) {
        return new Field[] {new NumericDocValuesField(USES, u.useCount()), new DoubleDocValuesField(RATING, u.rating())};
    }

    /** The exact-match form of a keyword or of the query text. */
    static String normalise(String keyword) {
        return keyword.strip().toLowerCase(Locale.ROOT);
    }

    /** smartcn for the text fields, character bigrams for their twins. */
    static Analyzer analyzer() {
        Analyzer bigrams = new CJKAnalyzer();
        Map<String, Analyzer> perField = new HashMap<>();
        for (String field : BIGRAM_FIELDS) {
            perField.put(field + BIGRAMS, bigrams);
        }
        return new PerFieldAnalyzerWrapper(new SmartChineseAnalyzer(), perField);
    }

    Document document(ResourceDocument resource) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(resource.id()), Field.Store.YES));
        doc.add(new Field(TITLE, resource.title(), SHOWN));
        doc.add(new Field(TITLE + BIGRAMS, resource.title(), MATCHED));
        doc.add(new Field(DESCRIPTION, resource.description(), SHOWN));
        for (String keyword : resource.keywords()) {
            if (!keyword.isBlank()) {
                doc.add(new Field(KEYWORDS, keyword, MATCHED));
                doc.add(new Field(KEYWORDS + BIGRAMS, keyword, MATCHED));
                doc.add(new StringField(KEYWORD, normalise(keyword), Field.Store.NO));
            }
        }
        for (long place : resource.placeIds()) {
            doc.add(new LongPoint(PLACE, place));
        }
        doc.add(new StringField(VISIBILITY, resource.visibility(), Field.Store.NO));
        if (resource.organisationId() != null) {
            doc.add(new LongPoint(ORGANISATION, resource.organisationId()));
        }
        doc.add(new NumericDocValuesField(PUBLISHED, resource.publishedAt().toEpochMilli()));
        doc.add(new NumericDocValuesField(USES, resource.useCount()));
        doc.add(new DoubleDocValuesField(RATING, resource.rating()));
        doc.add(new StoredField(PUBLISHED, resource.publishedAt().toEpochMilli()));
        addFacet(doc, Facet.STAGE, resource.stages());
        addFacet(doc, Facet.SUBJECT, resource.subjects());
        addFacet(doc, Facet.EDITION, resource.editions());
        addFacet(doc, Facet.GRADE, resource.grades());
        addFacet(doc, Facet.TYPE, resource.type() == null ? List.of() : List.of(resource.type()));
        addFacet(doc, Facet.ORIGIN, resource.origin() == null ? List.of() : List.of(resource.origin()));
        try {
            return facetsConfig.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void addFacet(Document doc, Facet facet, List<String> values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                doc.add(new SortedSetDocValuesFacetField(facet.name(), value));
            }
        }
    }
}
