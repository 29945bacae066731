package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.renrentong.resource.ReviewAction.PUBLISH;
import static org.renrentong.resource.ReviewAction.REJECT;
import static org.renrentong.resource.ReviewAction.RETIRE;
import static org.renrentong.resource.ReviewAction.SUBMIT;
import static org.renrentong.resource.ReviewAction.WITHDRAW;
import static org.renrentong.resource.ReviewStatus.DRAFT;
import static org.renrentong.resource.ReviewStatus.PUBLISHED;
import static org.renrentong.resource.ReviewStatus.REJECTED;
import static org.renrentong.resource.ReviewStatus.RETIRED;
import static org.renrentong.resource.ReviewStatus.SUBMITTED;
import static org.renrentong.resource.ReviewStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;

class ReviewStatusTest {

    /** Every allowed step; everything else must be refused. */
    private static final Map<ReviewStatus, Map<ReviewAction, ReviewStatus>> ALLOWED = Map.of(
            DRAFT, Map.of(SUBMIT, SUBMITTED),
            SUBMITTED, Map.of(PUBLISH, PUBLISHED, REJECT, REJECTED, WITHDRAW, WITHDRAWN),
            PUBLISHED, Map.of(WITHDRAW, WITHDRAWN, RETIRE, RETIRED),
            REJECTED, Map.of(SUBMIT, SUBMITTED),
            WITHDRAWN, Map.of(SUBMIT, SUBMITTED),
            RETIRED, Map.of());

    @Test
    void theWholeTransitionTable() {
        for (ReviewStatus from : ReviewStatus.values()) {
            for (ReviewAction action : ReviewAction.values()) {
                ReviewStatus expected = ALLOWED.get(from).get(action);
                if (expected != null) {
                    assertThat(from.after(action)).as(from + " " + action).isEqualTo(expected);
                    assertThat(from.allows(action)).isTrue();
                } else {
                    assertThat(from.allows(action)).as(from + " " + action).isFalse();
                    assertThatThrownBy(() -> from.after(action)).isInstanceOf(DomainException.class)
                            .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(HttpStatus.CONFLICT))
                            .hasMessage("resource.review.notAllowed");
                }
            }
        }
    }

    @Test
    void submittedAndRetiredResourcesCannotBeEdited() {
        Set<ReviewStatus> editable = EnumSet.noneOf(ReviewStatus.class);
        for (ReviewStatus s : ReviewStatus.values()) {
            if (s.editable()) {
                editable.add(s);
            }
        }
        assertThat(editable).containsExactlyInAnyOrder(DRAFT, REJECTED, WITHDRAWN, PUBLISHED);
    }
}
