package org.renrentong.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on a throw-away embedded PostgreSQL. All such tests share one context
 * (and so one database), so each builds its own data with {@link Fixtures} and never assumes an empty table.
 * MockMvc is configured for all of them, so a test that uses it does not start a second context (which would
 * find the search index under the data directory locked by the first).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureMockMvc
public @interface IntegrationTest {
}
