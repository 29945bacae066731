package org.renrentong.bench.space;

import java.util.Random;

/** Synthetic but plausible Chinese names, notices and class posts. */
final class ChineseText {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文博宇浩然子涵梓萱欣怡雨泽一诺思远嘉怡晨阳";
    private static final String[] NOTICES = {
        "各位家长：本周五下午三点召开家长会，请准时到校，地点在本班教室。",
        "期中考试安排已经发布，请同学们按照复习提纲认真准备，注意劳逸结合。",
        "下周一起实行冬季作息时间，早上到校时间调整为七点四十分。",
        "请同学们周三前提交社会实践报告，字数不少于八百字。",
        "学校运动会报名开始了，有意参加的同学请到体育委员处登记。"};
    private static final String[] OPENINGS = {"今天", "这周", "昨天的课上", "周末", "早读时", "放学后"};
    private static final String[] ACTIONS = {"我们学习了《背影》", "完成了数学第三单元的练习", "在图书馆读了《红岩》",
        "做了物理的浮力实验", "练习了英语口语对话", "参观了科技馆", "讨论了古诗的写作背景", "整理了错题本"};
    private static final String[] FEELINGS = {"收获很大。", "感觉有点难，需要再复习。", "大家都很认真。",
        "老师讲得很清楚，谢谢老师！", "明天继续加油！", "推荐大家也试一试。"};

    private final Random random;

    ChineseText(Random random) {
        this.random = random;
    }

    String name() {
        StringBuilder name = new StringBuilder().append(pick(SURNAMES));
        int length = random.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < length; i++) {
            name.append(pick(GIVEN));
        }
        return name.toString();
    }

    String notice() {
        return NOTICES[random.nextInt(NOTICES.length)];
    }

    String post() {
        String body = OPENINGS[random.nextInt(OPENINGS.length)] + ACTIONS[random.nextInt(ACTIONS.length)] + "，"
                + FEELINGS[random.nextInt(FEELINGS.length)];
        return random.nextInt(4) == 0 ? body + "\n" + FEELINGS[random.nextInt(FEELINGS.length)] : body;
    }

    private char pick(String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }
}
