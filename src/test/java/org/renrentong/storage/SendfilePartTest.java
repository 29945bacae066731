package org.renrentong.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which requests Tomcat's sendfile answers: the whole file or one satisfiable range; the rest goes to Spring MVC. */
class SendfilePartTest {

    @Test
    void aSingleSatisfiableRangeIsSentAsIs() {
        assertThat(Sendfile.part(null, 1000)).contains(new Sendfile.Part(0, 1000, false));
        assertThat(Sendfile.part("bytes=0-99", 1000)).contains(new Sendfile.Part(0, 100, true));
        assertThat(Sendfile.part("bytes=-100", 1000)).contains(new Sendfile.Part(900, 1000, true));
        assertThat(Sendfile.part("bytes=-5000", 1000)).contains(new Sendfile.Part(0, 1000, true));
        assertThat(Sendfile.part("bytes=990-", 1000)).contains(new Sendfile.Part(990, 1000, true));
        assertThat(Sendfile.part("bytes=990-5000", 1000)).contains(new Sendfile.Part(990, 1000, true));
    }

    @Test
    void severalUnsatisfiableOrMalformedRangesAreLeftToSpring() {
        assertThat(Sendfile.part("bytes=0-9,20-29", 1000)).isEmpty();
        assertThat(Sendfile.part("bytes=1000-", 1000)).isEmpty();
        assertThat(Sendfile.part("bytes=-0", 1000)).isEmpty();
        assertThat(Sendfile.part("bytes=20-10", 1000)).isEmpty();
        assertThat(Sendfile.part("items=0-9", 1000)).isEmpty();
        assertThat(Sendfile.part("bytes=x-", 1000)).isEmpty();
    }
}
