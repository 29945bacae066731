package org.renrentong.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void marksEveryOccurrenceAndEscapesTheRest() {
        Highlights highlights = new Highlights(List.of("分数", "加法"));

        assertThat(highlights.title("分数<b>加法</b>与分数"))
                .isEqualTo("<mark>分数</mark>&lt;b&gt;<mark>加法</mark>&lt;/b&gt;与<mark>分数</mark>");
    }

    @Test
    void overlappingWordsMakeOneMark() {
        assertThat(new Highlights(List.of("三角形", "角形内角")).title("三角形内角和"))
                .isEqualTo("<mark>三角形内角</mark>和");
    }

    @Test
    void latinLettersMatchInAnyCase() {
        assertThat(new Highlights(List.of("python")).title("Python 编程"))
                .isEqualTo("<mark>Python</mark> 编程");
    }

    @Test
    void singleCharactersAreMarkedOnlyAlone() {
        assertThat(new Highlights(List.of("圆", "的", "面积")).title("圆的面积")).isEqualTo("圆的<mark>面积</mark>");
        assertThat(new Highlights(List.of("圆")).title("圆的面积")).isEqualTo("<mark>圆</mark>的面积");
    }

    @Test
    void aLongDescriptionIsCutAroundTheFirstMatchFromTheSentenceStart() {
        String description = "第一句话写得比较长，讲的是本单元的整体安排和课时分配，与查询无关。"
                + "第二句介绍勾股定理的证明方法，并且配有课后练习和答案，供学生课后自主复习与巩固使用，内容丰富。" + "最后一句也与查询无关，只是为了让描述足够长。" + "再补一句同样无关的话。".repeat(3);

        String snippet = new Highlights(List.of("勾股定理")).snippet(description);

        assertThat(snippet).startsWith("…第二句介绍<mark>勾股定理</mark>").endsWith("…");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).hasSizeLessThanOrEqualTo(82);
    }

    @Test
    void withoutAMatchTheSnippetIsTheBeginning() {
        String description = "这是一段很长的描述。".repeat(20);

        assertThat(new Highlights(List.of()).snippet(description)).startsWith("这是一段很长的描述").endsWith("…");
        assertThat(new Highlights(List.of()).snippet("")).isEmpty();
    }
}
