package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** With an SMS gateway configured: verifying one's phone, and 忘记密码 by a one-time code. */
@IntegrationTest
@Import(PhoneCodeResetTest.Gateway.class)
class PhoneCodeResetTest {

    @TestConfiguration
    static class Gateway {
        @Bean
        RecordingSmsSender smsSender() {
            return new RecordingSmsSender();
        }
    }

    static final String NEW_PASSWORD = "Neu-Passw0rt";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PhoneCodes codes;
    @Autowired
    RecordingSmsSender sms;
    @Autowired
    JdbcClient jdbc;

    Person person;
    String phone;

    @BeforeEach
    void aPersonWithAPhone() {
        phone = "137" + String.format("%08d", Fixtures.unique() % 100_000_000);
        person = fixtures.aPerson().teacher().phone(phone).build();
        fixtures.passwordChanged(person);
    }

    @Test
    void aPhoneIsVerifiedOnlyByACodeRoundTripAndOnlyThenResetsThePassword() throws Exception {
        assertThat(verified()).isFalse();
        // not verified yet (an administrator entered it): the same answer, and no message
        forgot(phone).andExpect(content().string(containsString("id=\"forgot-sent\"")));
        assertThat(sms.to(phone)).isEmpty();

        Actor actor = fixtures.actor(person);
        lift();
        codes.startVerification(actor);
        assertRefused(() -> codes.confirmVerification(actor, "000000x"), "sms.code.wrong");
        codes.confirmVerification(actor, sms.lastCode(phone));
        assertThat(verified()).isTrue();

        // a changed number is not verified any more
        jdbc.sql("UPDATE person SET phone = ? WHERE id = ?").params("136" + phone.substring(3), person.id()).update();
        assertThat(verified()).isFalse();
    }

    @Test
    void aVerifiedPhoneResetsByCodeOnceAndTheNewPasswordSignsIn() throws Exception {
        verify();
        forgot(phone).andExpect(content().string(containsString("id=\"forgot-sent\"")));
        String code = sms.lastCode(phone);
        byte[] stored = jdbc.sql("SELECT code_hash FROM phone_code WHERE phone = ? AND purpose = 'RESET' "
                + "ORDER BY id DESC LIMIT 1").param(phone).query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(code);

        reset(phone, code, "weak").andExpect(content().string(containsString("密码太弱")));
        reset(phone, code, NEW_PASSWORD).andExpect(redirectedUrl("/login?reset"));
        mvc.perform(formLogin().user(person.account()).password(NEW_PASSWORD)).andExpect(redirectedUrl("/home"));

        // used once: the same code again is refused
        reset(phone, code, "Andere-Passw0rt").andExpect(content().string(containsString("验证码不正确或已失效")));
    }

    @Test
    void wrongCodesUseUpTheCodeAndAnExpiredCodeIsRefused() throws Exception {
        verify();
        forgot(phone);
        String code = sms.lastCode(phone);
        String wrong = code.equals("123456") ? "654321" : "123456";
        for (int i = 0; i < PhoneCodes.MAX_ATTEMPTS; i++) {
            assertRefused(() -> codes.reset(phone, wrong, NEW_PASSWORD), "sms.code.wrong");
        }
        assertRefused(() -> codes.reset(phone, code, NEW_PASSWORD), "sms.code.wrong");

        lift();
        forgot(phone);
        String fresh = sms.lastCode(phone);
        jdbc.sql("UPDATE phone_code SET expires_at = now() - interval '1 second' WHERE phone = ?").param(phone)
                .update();
        assertRefused(() -> codes.reset(phone, fresh, NEW_PASSWORD), "sms.code.wrong");
    }

    @Test
    void theAnswerNeverTellsWhetherAPhoneHasAnAccountAndRequestsAreThrottled() throws Exception {
        verify();
        String unknown = "135" + String.format("%08d", Fixtures.unique() % 100_000_000);
        String known = withoutTokens(forgot(phone).andReturn().getResponse().getContentAsString());
        String stranger = withoutTokens(forgot(unknown).andReturn().getResponse().getContentAsString());
        assertThat(stranger.replace(unknown, "PHONE")).isEqualTo(known.replace(phone, "PHONE"));
        assertThat(sms.to(unknown)).isEmpty();

        // a second request within the minute is refused alike for both
        forgot(phone).andExpect(content().string(containsString("验证码发送太频繁")));
        forgot(unknown).andExpect(content().string(containsString("验证码发送太频繁")));
        assertThatThrownBy(() -> codes.requestReset(unknown)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS));
        forgot("12345").andExpect(content().string(containsString("手机号格式不正确")));
    }

    @Test
    void aGatewayThatIsDownNeitherFailsThePageNorTellsThatThePhoneHasAnAccount() throws Exception {
        verify();
        String unknown = "135" + String.format("%08d", Fixtures.unique() % 100_000_000);
        sms.down = true;
        try {
            String known = withoutTokens(forgot(phone).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            String stranger = withoutTokens(forgot(unknown).andReturn().getResponse().getContentAsString());
            assertThat(stranger.replace(unknown, "PHONE")).isEqualTo(known.replace(phone, "PHONE"));
            lift();
            assertRefused(() -> codes.startVerification(fixtures.actor(person)), "sms.failed");
        } finally {
            sms.down = false;
        }
    }

    private static String withoutTokens(String page) {
        return page.replaceAll("(name=\"_csrf\" (?:content|value)=\")[^\"]*\"", "$1\"");
    }

    private void verify() {
        Actor actor = fixtures.actor(person);
        codes.startVerification(actor);
        codes.confirmVerification(actor, sms.lastCode(phone));
        lift();
    }

    /** Lets time pass for the throttle: the phone's earlier codes move an hour back. */
    private void lift() {
        jdbc.sql("UPDATE phone_code SET created_at = created_at - interval '1 hour' WHERE phone = ?").param(phone)
                .update();
    }

    private boolean verified() {
        return jdbc.sql("SELECT phone_verified_at IS NOT NULL FROM person WHERE id = ?").param(person.id())
                .query(Boolean.class).single();
    }

    private ResultActions forgot(String number) throws Exception {
        return mvc.perform(post("/password/forgot").param("phone", number).with(csrf()));
    }

    private ResultActions reset(String number, String code, String password) throws Exception {
        return mvc.perform(post("/password/forgot/reset").param("phone", number).param("code", code)
                .param("next", password).param("confirm", password).with(csrf()));
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
