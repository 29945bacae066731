package org.renrentong.identity;

/**
 * Sends a text message to a mainland mobile number. The node offers code sign-in help only when one is configured
 * ({@code renrentong.sms.gateway}); a real gateway is a bean implementing this.
 */
public interface SmsSender {

    void send(String phone, String text);
}
