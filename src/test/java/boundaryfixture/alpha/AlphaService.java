package boundaryfixture.alpha;

import boundaryfixture.beta.BetaRepository;

public class AlphaService {

    private final BetaRepository beta = new BetaRepository();

    public String firstQuery() {
        return beta.queries().get(0);
    }
}
