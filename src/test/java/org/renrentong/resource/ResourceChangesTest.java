package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The change log harvesting nodes read: each kind of change in commit order with its datestamp, written in the
 * transaction of the change, keyset paged by seq and by datestamp range.
 */
@IntegrationTest
class ResourceChangesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    Resources service;
    @Autowired
    Reviews reviews;
    @Autowired
    ResourceChanges changes;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyKindOfChangeIsLoggedInOrderWithItsStatusVersionAndDatestamp() {
        long start = changes.latest();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor admin = fixtures.platformAdmin();
        Resource r = resources.aResource(teacher).build();
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);
        reviews.act(admin, r.id(), ReviewAction.PUBLISH, null);
        reviews.act(teacher, r.id(), ReviewAction.WITHDRAW, null);
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);
        reviews.act(admin, r.id(), ReviewAction.PUBLISH, null);
        service.update(teacher, r.id(), sameAgain(service.get(teacher, r.id())));
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);
        reviews.act(admin, r.id(), ReviewAction.PUBLISH, null);
        reviews.act(admin, r.id(), ReviewAction.RETIRE, "过时");

        List<ResourceChange> log = mine(changes.since(start, 1000), r.id());
        assertThat(log).extracting(ResourceChange::kind, ResourceChange::status, ResourceChange::version)
                .containsExactly(tuple(ChangeKind.CREATED, ReviewStatus.DRAFT, 1),
                        tuple(ChangeKind.PUBLISHED, ReviewStatus.PUBLISHED, 1),
                        tuple(ChangeKind.WITHDRAWN, ReviewStatus.WITHDRAWN, 1),
                        tuple(ChangeKind.PUBLISHED, ReviewStatus.PUBLISHED, 1),
                        tuple(ChangeKind.CHANGED, ReviewStatus.DRAFT, 2),
                        tuple(ChangeKind.PUBLISHED, ReviewStatus.PUBLISHED, 2),
                        tuple(ChangeKind.WITHDRAWN, ReviewStatus.RETIRED, 2));
        for (int i = 1; i < log.size(); i++) {
            assertThat(log.get(i).seq()).isGreaterThan(log.get(i - 1).seq());
            assertThat(log.get(i).changedAt()).isAfterOrEqualTo(log.get(i - 1).changedAt());
        }
        assertThat(log.get(0).datestamp().getNano()).isZero();
        assertThat(log.get(0).changedAt()).isBetween(Instant.now().minusSeconds(600), Instant.now());
    }

    @Test
    void aChangeRolledBackLeavesNoEntry() {
        long start = changes.latest();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource r = resources.aResource(teacher).build();
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);
        transactions.executeWithoutResult(tx -> {
            reviews.act(fixtures.platformAdmin(), r.id(), ReviewAction.PUBLISH, null);
            tx.setRollbackOnly();
        });
        assertThat(mine(changes.since(start, 1000), r.id())).extracting(ResourceChange::kind)
                .containsExactly(ChangeKind.CREATED);
    }

    @Test
    void pagesFollowEachOtherBySeqAndByDatestampRange() {
        long start = changes.latest();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        for (int i = 0; i < 5; i++) {
            resources.aResource(teacher).build();
        }
        List<ResourceChange> first = changes.since(start, 2);
        List<ResourceChange> second = changes.since(first.get(1).seq(), 2);
        List<ResourceChange> third = changes.since(second.get(1).seq(), 2);
        assertThat(first).hasSize(2);
        assertThat(second).hasSize(2);
        assertThat(third).isNotEmpty();
        assertThat(second.get(0).seq()).isGreaterThan(first.get(1).seq());

        List<ResourceChange> all = changes.since(start, 1000);
        Instant from = all.get(0).datestamp();
        Instant until = all.get(all.size() - 1).datestamp();
        List<ResourceChange> byTime = changes.between(from, until, start, 3);
        assertThat(byTime).extracting(ResourceChange::seq)
                .containsExactlyElementsOf(all.subList(0, 3).stream().map(ResourceChange::seq).toList());
        assertThat(changes.between(from, until, byTime.get(2).seq(), 1000)).extracting(ResourceChange::seq)
                .containsExactlyElementsOf(all.subList(3, all.size()).stream().map(ResourceChange::seq).toList());
        assertThat(changes.between(until.plusSeconds(1), null, start, 1000)).isEmpty();
        assertThat(changes.between(null, from.minusSeconds(1), start, 1000)).isEmpty();
    }

    private static ResourceForm sameAgain(Resource r) {
        return new ResourceForm(r.title() + "（修订）", r.description(), r.keywords(), r.type(),
                List.of(r.places().get(0).nodeId()), r.audiences(), r.language(), r.licence(), r.author(),
                r.visibility(), List.of(new ResourceForm.FileInput(null, r.files().get(0).fileId(), FileRole.MAIN)));
    }

    private static List<ResourceChange> mine(List<ResourceChange> log, long id) {
        return log.stream().filter(c -> c.resourceId() == id).toList();
    }
}
