package org.renrentong.apps.provider;

/** Why an administrator refuses: shown to the one refused. */
public record Refusal(String reason) {
}
