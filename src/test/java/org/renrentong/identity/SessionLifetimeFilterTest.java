package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionLifetimeFilterTest {

    @Test
    void aSessionPastItsAbsoluteLifetimeIsEndedAndSentToSignIn() throws Exception {
        MockHttpServletRequest request = requestWithSessionCreated(Duration.ofHours(13));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new SessionLifetimeFilter(Duration.ofHours(12)).doFilter(request, response, chain);

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(((MockHttpSession) request.getSession(false))).isNull();
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aYoungerSessionGoesOn() throws Exception {
        MockHttpServletRequest request = requestWithSessionCreated(Duration.ofHours(1));
        MockFilterChain chain = new MockFilterChain();

        new SessionLifetimeFilter(Duration.ofHours(12)).doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }

    private static MockHttpServletRequest requestWithSessionCreated(Duration ago) {
        long created = System.currentTimeMillis() - ago.toMillis();
        MockHttpSession session = new MockHttpSession() {
            @Override
            public long getCreationTime() {
                return created;
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/spaces/mine");
        request.setSession(session);
        return request;
    }
}
