package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The security filters are not observed one by one (it cost a tenth of a single sign-on); requests still are. */
@IntegrationTest
class SecurityObservationsTest {

    /** The observations started on this thread while a test listens; other threads and tests are not heard. */
    private static final ThreadLocal<List<String>> STARTED = new ThreadLocal<>();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    ObservationRegistry observations;

    @Test
    void signingInAndReadingAPageStartNoSecurityObservation() throws Exception {
        observations.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStart(Observation.Context context) {
                List<String> started = STARTED.get();
                if (started != null) {
                    started.add(context.getName());
                }
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        List<String> started = new ArrayList<>();
        STARTED.set(started);
        try {
            MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(teacher.account())
                            .password(Fixtures.PASSWORD)).andExpect(status().is3xxRedirection()).andReturn()
                    .getRequest().getSession(false);
            mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isOk());
        } finally {
            STARTED.remove();
        }
        assertThat(started).isNotEmpty().noneMatch(name -> name.startsWith("spring.security"));
    }
}
