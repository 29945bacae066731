package org.renrentong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.testing.ResourceDocumentBuilder.resource;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisibilityTest extends IndexTestSupport {

    private final ResourceDocument open = resource("公开的课件").build();
    private final ResourceDocument members = resource("登录可见的课件").signedInOnly().build();
    private final ResourceDocument schoolA = resource("甲校的课件").organisationOnly(7L).build();
    private final ResourceDocument schoolB = resource("乙校的课件").organisationOnly(8L).build();

    @Test
    void anonymousVisitorsSeePublicResourcesOnly() {
        index.putAll(List.of(open, members, schoolA, schoolB));

        assertThat(ids(as(Viewer.anonymous()))).containsExactly(open.id());
    }

    @Test
    void signedInPeopleAlsoSeeSignedInResourcesAndTheirOrganisations() {
        index.putAll(List.of(open, members, schoolA, schoolB));

        assertThat(ids(as(Viewer.signedIn(Set.of())))).containsExactlyInAnyOrder(open.id(), members.id());
        assertThat(ids(as(Viewer.signedIn(Set.of(7L))))).containsExactlyInAnyOrder(open.id(), members.id(), schoolA.id());
        assertThat(ids(as(Viewer.signedIn(Set.of(7L, 8L))))).hasSize(4);
    }

    @Test
    void facetCountsOnlyCountWhatTheViewerSees() {
        index.putAll(List.of(open, members, schoolA, schoolB));

        assertThat(as(Viewer.anonymous()).facets().get(Facet.TYPE)).containsExactly(new FacetCount("教学设计", 1));
    }

    @Test
    void anAnonymousViewerCannotClaimOrganisations() {
        assertThat(new Viewer(false, Set.of(7L)).organisationIds()).isEmpty();
    }

    private SearchHits as(Viewer viewer) {
        return index.search(SearchQuery.text("课件", viewer));
    }
}
