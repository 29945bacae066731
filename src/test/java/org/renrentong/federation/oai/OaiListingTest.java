package org.renrentong.federation.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renrentong.resource.Licence;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ResourceType;
import org.renrentong.resource.ResourceVisibility;
import org.renrentong.resource.Resources;
import org.renrentong.resource.ReviewStatus;

/**
 * A page of ListRecords reads the resources of its records together (one call for the page, not one per record),
 * which is what lets a source serve a harvester fast; records deleted for the harvester are not read at all.
 */
class OaiListingTest {

    private static final Instant AT = Instant.parse("2026-05-01T00:00:00Z");

    @Test
    void aPageOfRecordsReadsItsResourcesTogether() {
        OaiRecords records = mock(OaiRecords.class);
        Resources resources = mock(Resources.class);
        List<OaiRecords.Row> rows = List.of(row(1, 2), row(2, 2), row(3, 0), row(4, 2));
        when(records.page(any(), eq(0L), eq(11))).thenReturn(rows);
        when(records.count(any())).thenReturn(4L);
        when(resources.current(List.of(1L, 2L, 4L))).thenReturn(List.of(published(1), published(2), published(4)));
        OaiListing listing = new OaiListing(OaiReach.VISITORS, records, mock(OaiIdentifiers.class), resources,
                mock(OaiMetadata.class), mock(OaiTokens.class));

        List<Item> items = listing.getItems(List.of(), new MetadataFormat().withPrefix("lom"), 10,
                new ResumptionToken.ValueBuilder().withMetadataPrefix("lom").build()).getList();

        assertThat(items).extracting(Item::getIdentifier).containsExactly("oai:n:resource/1", "oai:n:resource/2",
                "oai:n:resource/3", "oai:n:resource/4");
        assertThat(items).extracting(Item::isDeleted).containsExactly(false, false, true, false);
        verify(resources).current(List.of(1L, 2L, 4L));
        verify(resources, never()).current(anyLong());
    }

    private static OaiRecords.Row row(long id, int reach) {
        return new OaiRecords.Row(id, "oai:n:resource/" + id, id, AT, reach, 2, List.of());
    }

    private static Resource published(long id) {
        return new Resource(id, "标题" + id, "", List.of(), ResourceType.SLIDES, List.of(), Set.of(), "zh",
                Licence.CC_BY_4_0, "王老师", 1, "王老师", null, "学校", "", "n", ResourceVisibility.PUBLIC,
                ReviewStatus.PUBLISHED, 1, List.of(), null, AT, AT, AT, 0, 0, 0, 0, List.of(), null, null, null);
    }
}
