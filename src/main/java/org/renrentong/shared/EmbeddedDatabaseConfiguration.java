package org.renrentong.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.annotation.Value;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Starts an embedded PostgreSQL when no external database is configured (SPRING_DATASOURCE_URL unset).
 * Its data directory persists, so a restart keeps everything; an empty directory setting (the tests) means a
 * throw-away database in a temporary folder. A server left running by a node that crashed is stopped first
 * ({@link OrphanedServer}), so the node comes back by itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    /** A smart shutdown of a server whose node is gone ends in seconds; one that takes longer hangs. */
    private static final Duration ORPHAN_GRACE = Duration.ofSeconds(60);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${renrentong.embedded-db.dir:${renrentong.data-dir:./data}/pg}") String dir,
                                      @Value("${renrentong.embedded-db.port:0}") int port,
                                      @Value("${renrentong.embedded-db.start-wait:2m}") Duration startWait)
            throws IOException {
        boolean throwAway = dir.isBlank();
        Path dataDir = throwAway ? Files.createTempDirectory("renrentong-pg") : Path.of(dir).toAbsolutePath();
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(throwAway)
                // Spring closes it after every bean that still writes on shutdown (e.g. pending visit counts)
                .setRegisterShutdownHook(false)
                // after a crash the server replays its log before it answers; a big log takes longer than 10 s
                .setPGStartupWait(startWait)
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "UTC");
        if (!throwAway) {
            // zonky starts the server without fsync (-F) and with asynchronous commit, which is fine for a
            // throw-away test database; a kept one must survive a power loss with every acknowledged commit
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            new OrphanedServer(dataDir, ORPHAN_GRACE).clear();
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listening on port {} with data in {} (user postgres, database postgres)",
                postgres.getPort(), dataDir);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres,
                          @Value("${renrentong.embedded-db.pool-size:40}") int poolSize) {
        HikariDataSource ds = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("embedded");
        return ds;
    }
}
