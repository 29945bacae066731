package org.renrentong.apps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class ClientSecretsTest {

    private final ClientSecrets secrets = new ClientSecrets();

    @Test
    void aGeneratedSecretMatchesOnlyItself() {
        String secret = secrets.generate();
        String stored = secrets.encode(secret);

        assertThat(secret).hasSize(43).isNotEqualTo(secrets.generate());
        assertThat(stored).doesNotContain(secret);
        assertThat(secrets.matches(secret, stored)).isTrue();
        assertThat(secrets.matches(secret + "x", stored)).isFalse();
    }

    @Test
    void aSecretStoredInAnyOtherFormNeverMatches() {
        String secret = secrets.generate();

        assertThat(secrets.matches(secret, secret)).isFalse();
        assertThat(secrets.matches(secret, "{noop}" + secret)).isFalse();
        assertThat(secrets.matches(secret, new BCryptPasswordEncoder(4).encode(secret))).isFalse();
        assertThat(secrets.matches(secret, "{sha256}not-hex")).isFalse();
        assertThat(secrets.matches(null, secrets.encode(secret))).isFalse();
    }
}
