package org.renrentong.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Addresses in a post become links; punctuation that closes the sentence stays text. */
class PostLinksTest {

    @Test
    void aSentencesFullStopIsNotPartOfTheLink() {
        assertThat(post("见 https://example.cn/resources/7. 谢谢").parts()).containsExactly(
                new PostView.Part("见 ", null),
                new PostView.Part("https://example.cn/resources/7", "https://example.cn/resources/7"),
                new PostView.Part(". 谢谢", null));
        assertThat(post("（https://example.cn/a?b=1）").parts()).extracting(PostView.Part::href)
                .containsExactly(null, "https://example.cn/a?b=1", null);
    }

    private static PostView post(String body) {
        return new PostView(1, 1, PostKind.POST, 1, "王丽", body, Instant.now(), List.of(), null);
    }
}
