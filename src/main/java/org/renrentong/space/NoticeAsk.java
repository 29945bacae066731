package org.renrentong.space;

/** What a class notice asks of each addressee: nothing, a confirmation (回执 "已知晓"), or a choice among options. */
public enum NoticeAsk {
    NONE, CONFIRM, CHOICE
}
