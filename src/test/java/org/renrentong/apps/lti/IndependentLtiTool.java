package org.renrentong.apps.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.renrentong.testing.Fixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An LTI 1.3 tool the project did not write: npm {@code ltijs} (src/test/node/lti-tool, installed into target/ from
 * its lock file once), keeping its data through {@code ltijs-sequelize} in a database of its own on the test's
 * embedded PostgreSQL. It registers the node at {@code platformUrl} as its platform and listens on a free port.
 */
final class IndependentLtiTool implements AutoCloseable {

    private static final Path SOURCE = Path.of("src", "test", "node", "lti-tool");
    private static final Path RUN = Path.of("target", "lti-tool");

    final String url;
    final String clientId;
    private final Process process;

    private IndependentLtiTool(String url, String clientId, Process process) {
        this.url = url;
        this.clientId = clientId;
        this.process = process;
    }

    static IndependentLtiTool start(String platformUrl, DataSource dataSource) throws Exception {
        install();
        String database = "lti_tool_" + Fixtures.unique() + "_" + ProcessHandle.current().pid();
        new JdbcTemplate(dataSource).execute("CREATE DATABASE " + database);
        URI jdbc;
        String user;
        try (Connection c = dataSource.getConnection()) {
            jdbc = URI.create(c.getMetaData().getURL().substring("jdbc:".length()));
            user = c.getMetaData().getUserName();
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String clientId = "ltijs-" + Fixtures.unique();
        Process process = new ProcessBuilder("node", "tool.js", String.valueOf(port), platformUrl, clientId,
                jdbc.getHost(), String.valueOf(jdbc.getPort()), user, database)
                .directory(RUN.toFile()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null && !line.contains("\"ready\":true")) {
            said.append(line).append('\n');
        }
        assertThat(line).as("the tool starts: " + said).isNotNull();
        // what the tool says from now on is not read; keep its pipe from filling up
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
        return new IndependentLtiTool("http://127.0.0.1:" + port, clientId, process);
    }

    String loginUrl() {
        return url + "/login";
    }

    String launchUrl() {
        return url + "/";
    }

    String keysUrl() {
        return url + "/keys";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private static synchronized void install() throws IOException, InterruptedException {
        Files.createDirectories(RUN);
        for (String file : List.of("package.json", "package-lock.json", "tool.js")) {
            Files.copy(SOURCE.resolve(file), RUN.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(RUN.resolve("node_modules").resolve("ltijs"))) {
            // npm's output goes to a file: the test JVM's own standard output is the build's channel
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(RUN.toFile())
                    .redirectErrorStream(true).redirectOutput(RUN.resolve("npm.log").toFile()).start();
            assertThat(npm.waitFor(600, TimeUnit.SECONDS)).isTrue();
            assertThat(npm.exitValue()).as("npm ci of the LTI tool, see " + RUN.resolve("npm.log")).isZero();
        }
    }
}
