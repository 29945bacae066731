package org.renrentong.bench.apps;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.renrentong.apps.ClientSecrets;
import org.renrentong.bench.Load;
import org.renrentong.bench.ProcessCpu;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What one single sign-on costs the node, whatever else runs on the machine: SQL statements sent to its database,
 * CPU milliseconds of the node's JVM (the benchmark's client included: it runs in the same JVM) and of its
 * PostgreSQL, per complete sign-in (authorize → code → tokens → userinfo) over HTTP, the people signed in at the node
 * before. Usage: bench/sso-cost.sh [SIGNINS]; figures: bench/results/sso-cost.txt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignOnCostBenchmark {

    private static final Pattern PORT = Pattern.compile("//[^:/]+:(\\d+)/");

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
    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("renrentong.data-dir", () -> "target/bench/sso-cost-" + UUID.randomUUID());
    }

    @Test
    void costOfOneSingleSignOn() throws Exception {
        int signIns = Integer.getInteger("bench.signins", 3_000);
        int people = 100;
        int threads = 4;
        SignedInBrowser.App app = SignOnSetUp.registerApp(clients, secrets);
        List<SignedInBrowser> browsers = SignOnSetUp.teachersWithConsent(people, app, "http://localhost:" + port,
                fixtures, clients, consents);
        browsers.forEach(browser -> browser.signIn(Fixtures.PASSWORD));
        List<SignedInBrowser> loop = IntStream.range(0, signIns).mapToObj(i -> browsers.get(i % people)).toList();
        Load.closedLoop(loop, threads, SignedInBrowser::singleSignOn); // warm-up: the JIT, the caches
        Thread.sleep(2_000); // the deliveries of the warm-up's events end
        Matcher m = PORT.matcher(((HikariDataSource) dataSource).getJdbcUrl());
        assertThat(m.find()).isTrue();
        int databasePort = Integer.parseInt(m.group(1));

        long statements = StatementCounter.all();
        long jvm = ProcessCpu.thisJvm();
        long database = ProcessCpu.postgres(databasePort);
        long start = System.nanoTime();
        Load.Latencies run = Load.closedLoop(loop, threads, SignedInBrowser::singleSignOn);
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(2_000); // and those of the run's, which belong to its cost
        double perStatements = (StatementCounter.all() - statements) / (double) signIns;
        double perJvm = (ProcessCpu.thisJvm() - jvm) / (double) signIns;
        double perDatabase = (ProcessCpu.postgres(databasePort) - database) / (double) signIns;

        String report = String.format("""
                Cost of one single sign-on, %s
                machine: %d cores; Java %s; node, client and embedded PostgreSQL on one machine
                %,d complete sign-ins (authorize -> code -> tokens -> userinfo) over HTTP, %d threads, %d people
                signed in at the node, one confidential app (client secret, PKCE, scopes %s), consent given earlier
                command: bench/sso-cost.sh %d

                per sign-in: %.1f SQL statements, %.2f CPU ms in the JVM (node and client), %.2f CPU ms in PostgreSQL
                (the run took %.1f s, %.0f sign-ins/s; load average %s: only the counts above are load-independent)
                """, LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                signIns, threads, people, app.scope(), signIns, perStatements, perJvm, perDatabase, seconds,
                signIns / seconds, Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        Path out = Path.of("bench", "results", "sso-cost.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        assertThat(run.micros()).hasSize(signIns);
    }
}
