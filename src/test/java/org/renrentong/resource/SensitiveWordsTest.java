package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SensitiveWordsTest {

    private final SensitiveWords words = new SensitiveWords(List.of("赌博", "Casino", "代考"));

    @Test
    void findsWordsAcrossSpacesPunctuationWidthAndCase() {
        assertThat(words.find("网络赌 博的危害")).containsExactly("赌博");
        assertThat(words.find("赌-博", null)).containsExactly("赌博");
        assertThat(words.find("ＣＡＳＩＮＯ night")).containsExactly("casino");
        assertThat(words.find("标题", "说明里有代考广告", "casino")).containsExactly("casino", "代考");
    }

    @Test
    void cleanTextIsNotFlagged() {
        assertThat(words.find("勾股定理的证明", "七年级 数学", "")).isEmpty();
    }

    @Test
    void theShippedListLoads() {
        assertThat(new SensitiveWords().find("这是一段关于赌博的文字")).contains("赌博");
    }
}
