package org.renrentong.bench.apps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.renrentong.apps.ClientSecrets;
import org.renrentong.bench.Load;
import org.renrentong.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on into an app for people already signed in at the node (authorize → code → tokens → userinfo, no
 * password hash in the loop), against the node's own /actuator/health in the same run, open loop at a fixed rate
 * and closed loop for the most the node gives; and, apart, the password sign-in rate (see bench/sso.sh).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SingleSignOnBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RegisteredClientRepository clients;
    @Autowired
    OAuth2AuthorizationConsentService consents;
    @Autowired
    ClientSecrets secrets;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("renrentong.data-dir", () -> "target/bench/sso-" + UUID.randomUUID());
    }

    @Test
    void singleSignOnAgainstHealth() throws Exception {
        int people = Integer.getInteger("bench.people", 200);
        int signIns = Integer.getInteger("bench.signins", 6_000);
        double rate = Double.parseDouble(System.getProperty("bench.rate", "300"));
        int threads = Integer.getInteger("bench.threads", 8);
        int rounds = Integer.getInteger("bench.rounds", 3);
        // a run's worth of sign-ins first, at half the rate: after 1,000 the first round still met code the JIT had not
        // compiled, and with the cores full of requests its compiler threads get too little of them to catch up
        int warmUp = Integer.getInteger("bench.warmup", signIns);
        SignedInBrowser.App app = SignOnSetUp.registerApp(clients, secrets);
        List<SignedInBrowser> browsers = SignOnSetUp.teachersWithConsent(people, app, "http://localhost:" + port,
                fixtures, clients, consents);
        Load.closedLoop(browsers.subList(0, Math.min(20, people)), 2, b -> b.signIn(Fixtures.PASSWORD));
        Load.Latencies passwords = Load.closedLoop(browsers, threads, b -> b.signIn(Fixtures.PASSWORD));
        List<SignedInBrowser> loop = IntStream.range(0, signIns).mapToObj(i -> browsers.get(i % people)).toList();
        List<SignedInBrowser> warming = IntStream.range(0, warmUp).mapToObj(i -> browsers.get(i % people)).toList();
        Load.openLoop(warming, rate / 2, 64, SignedInBrowser::singleSignOn);
        Load.closedLoop(warming, threads, SignedInBrowser::health);
        String loadBefore = loadAverage();
        // the two sides take turns, so neither always runs on a fresher or a more tired machine
        List<Load.Latencies> sso = new ArrayList<>();
        List<Load.Latencies> health = new ArrayList<>();
        List<Load.Latencies> ssoMost = new ArrayList<>();
        List<Load.Latencies> healthMost = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            health.add(Load.openLoop(loop, rate, 64, SignedInBrowser::health));
            sso.add(Load.openLoop(loop, rate, 64, SignedInBrowser::singleSignOn));
            healthMost.add(Load.closedLoop(loop, threads, SignedInBrowser::health));
            ssoMost.add(Load.closedLoop(loop, threads, SignedInBrowser::singleSignOn));
        }
        String report = String.format("""
                Single sign-on benchmark, %s
                machine: %d cores; Java %s; heap %d MiB; node and client in one JVM
                data: %,d teachers signed in at the node, one confidential app (client secret, PKCE, scopes %s),
                consent given earlier; each sign-in: authorize -> code -> tokens (id, access, refresh) -> userinfo
                warm-up: %,d sign-ins, open loop at half the rate, and as many health requests, closed loop
                %d rounds, health and single sign-on taking turns; %,d requests per run; median (min-max) of the rounds
                command: bench/sso.sh %d %d %.0f

                open loop at %.0f/s           p50 ms               p95 ms               p99 ms               per second
                single sign-on              %s
                /actuator/health            %s
                p99 ratio sign-on/health: %.2f

                closed loop, %d threads       p50 ms               p95 ms               p99 ms               per second
                single sign-on              %s
                /actuator/health            %s
                rate ratio sign-on/health: %.2f

                password sign-in (GET /login + POST /login, BCrypt cost 10), %d threads, %,d people:
                                            %s

                load average: %s -> %s (other work on the machine shares its cores)
                """, LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, people, app.scope(), warmUp, rounds, signIns, people, signIns, rate,
                rate, row(sso), row(health), median(sso, l -> l.percentileMillis(99)) / median(health,
                        l -> l.percentileMillis(99)), threads, row(ssoMost), row(healthMost),
                median(ssoMost, Load.Latencies::perSecond) / median(healthMost, Load.Latencies::perSecond),
                threads, people, row(List.of(passwords)), loadBefore, loadAverage());
        Path out = Path.of("bench", "results", "sso.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        assertThat(sso).allSatisfy(l -> assertThat(l.micros()).hasSize(signIns));
    }

    private static String row(List<Load.Latencies> runs) {
        return cell(runs, l -> l.percentileMillis(50)) + cell(runs, l -> l.percentileMillis(95))
                + cell(runs, l -> l.percentileMillis(99)) + cell(runs, Load.Latencies::perSecond);
    }

    private static String cell(List<Load.Latencies> runs, ToDoubleFunction<Load.Latencies> figure) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        return String.format("%-21s", String.format("%.1f (%.1f-%.1f)", median(runs, figure), values[0],
                values[values.length - 1]));
    }

    private static double median(List<Load.Latencies> runs, ToDoubleFunction<Load.Latencies> figure) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        return values[values.length / 2];
    }

    private static String loadAverage() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
