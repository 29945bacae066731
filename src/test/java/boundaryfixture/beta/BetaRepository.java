package boundaryfixture.beta;

import java.util.List;

public class BetaRepository {

    private static final String OWN = "SELECT id FROM beta_note WHERE id = ?";

    public List<String> queries() {
        return List.of(OWN,
                // allowed: a view alpha publishes, and beta may depend on alpha
                "SELECT name FROM alpha_v_open WHERE id = ?",
                // the foreign table
                """
                SELECT n.id FROM beta_note n
                JOIN alpha_secret s ON s.id = n.secret_id""",
                // prose naming a table is no SQL
                "nothing was read from alpha_secret");
    }
}
