package org.renrentong.federation.node;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renrentong.federation.PeerRequests;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.NodeClient;
import org.renrentong.testing.NodeProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

/**
 * Two real nodes over HTTP, driven in Chromium: this test's node is the province (the parent); a second node, a county
 * in its own JVM and data directory, is the child. The province's administrator issues a join token on the
 * federation page; the county's administrator first enters a wrong token and reads the parent's refusal in Chinese,
 * then the right one and sees the parent. The province then lists the county, and its signed request to the county
 * passes, while the same signature on another path does not; so it does after the county is killed and started
 * again with other settings, which the stored identity outweighs.
 */
@IntegrationTest
class TwoNodesJoinBrowserTest extends BrowserTest {

    private static final String DEMO_PASSWORD = "Renrentong@2026";

    @Autowired Logins logins;
    @Autowired PeerRequests peerRequests;
    @Autowired Children children;
    @Autowired Fixtures fixtures;

    private final HttpClient http = HttpClient.newHttpClient();
    private NodeProcess county;
    private NodeProcess restarted;
    private boolean passed;

    @AfterEach
    void stopTheCounty() {
        for (NodeProcess n : new NodeProcess[] {restarted, county}) {
            if (n != null) {
                n.close();
            }
        }
        if (passed) {
            FileSystemUtils.deleteRecursively(county.dataDir().toFile());
        }
    }

    @Test
    void aCountyJoinsTheProvinceAndTheProvincesSignedRequestsPass() throws Exception {
        String code = "c" + Fixtures.unique();
        county = new NodeProcess(Path.of("target", "federation", "join-" + System.currentTimeMillis()),
                "--renrentong.node.code=" + code, "--renrentong.node.level=COUNTY",
                "--renrentong.node.region=130102", "--renrentong.node.name=长安区节点").start();
        String province = "http://localhost:" + port;

        Person admin = logins.platformAdmin();
        Page parent = browser.signedIn(admin.account(), Fixtures.PASSWORD);
        parent.navigate("/admin/federation");
        parent.fill("#name", "长安区节点");
        parent.selectOption("#level", "COUNTY");
        parent.fill("#regionCode", "130102");
        parent.click("#token-submit");
        String token = parent.locator("#issued-token-value").textContent().trim();

        Page child = browser.visitor();
        child.navigate(county.uri("/login").toString());
        child.fill("#username", "admin");
        child.fill("#password", DEMO_PASSWORD);
        child.click("#login-submit");
        child.waitForLoadState();
        child.navigate(county.uri("/admin/federation").toString());
        child.fill("#baseUrl", province);
        child.fill("#token", "not-the-token");
        child.click("#parent-submit");
        assertThat(child.locator("#token-error")).hasText("上级节点不认识这个接入令牌，请核对后重新输入。");

        child.fill("#token", token);
        child.click("#parent-submit");
        assertThat(child.locator("#federation-done")).hasText("已接入上级节点。");
        assertThat(child.locator("#parent-details")).containsText(province);

        parent.navigate("/admin/federation");
        assertThat(parent.locator("#child-" + code)).containsText("长安区节点");
        Assertions.assertThat(children.list(fixtures.platformAdmin())).extracting(PeerView::code).contains(code);
        String parentSeen = new NodeClient(county, "admin", DEMO_PASSWORD).get("/api/v1/federation/parent").body();
        Assertions.assertThat(parentSeen).contains("\"code\":\"000000\"");

        HttpRequest signed = signedPeerRequest(county);
        assertPeerAnswers(signed, code);
        HttpRequest.Builder elsewhere = HttpRequest.newBuilder(county.uri("/federation/peer?other=1")).GET();
        signed.headers().map().forEach((name, values) -> values.forEach(v -> elsewhere.header(name, v)));
        Assertions.assertThat(http.send(elsewhere.build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);

        // started again with other settings, the county keeps its stored identity, key and parent
        county.kill();
        restarted = new NodeProcess(county.dataDir(), "--renrentong.node.code=other",
                "--renrentong.node.name=别的名字").start();
        Assertions.assertThat(http.send(HttpRequest.newBuilder(restarted.uri("/federation/node")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("\"code\":\"" + code + "\"")
                .contains("长安区节点");
        assertPeerAnswers(signedPeerRequest(restarted), code);
        passed = true;
    }

    private HttpRequest signedPeerRequest(NodeProcess node) {
        URI peer = node.uri("/federation/peer");
        return peerRequests.signed(HttpRequest.newBuilder(peer), "GET", peer).GET().build();
    }

    private void assertPeerAnswers(HttpRequest signed, String childCode) throws Exception {
        HttpResponse<String> answer = http.send(signed, HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Assertions.assertThat(answer.body()).contains("\"you\":{\"code\":\"000000\"")
                .contains("\"code\":\"" + childCode + "\"");
    }
}
