package org.renrentong.resource;

/** The steps of the review workflow; who may take each is decided in {@link Reviews}. */
public enum ReviewAction {
    SUBMIT, PUBLISH, REJECT, WITHDRAW, RETIRE
}
