package boundaryfixture.beta;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** SQL in an annotation (as a query method's annotation holds it) counts as much as SQL in code. */
interface BetaNotes {

    @Retention(RetentionPolicy.RUNTIME)
    @interface Query {
        String value();
    }

    @Query("SELECT name FROM alpha_secret WHERE id = :id")
    String secretName(long id);
}
