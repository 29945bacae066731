package org.renrentong.demo;

/** Deterministic, realistic Chinese names for demo people. */
final class DemoNames {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
    private static final String[] GIVEN = {"子涵", "欣怡", "梓轩", "浩然", "雨桐", "宇航", "思远", "佳琪", "一诺", "俊杰",
        "诗涵", "明轩", "若曦", "天佑", "可馨", "博文", "语嫣", "子墨", "雅静", "嘉懿", "晨阳", "梦琪", "皓轩", "心怡"};

    private DemoNames() {
    }

    static String name(int i) {
        return SURNAMES.charAt(i * 7 % SURNAMES.length()) + GIVEN[i * 5 % GIVEN.length];
    }

    static String surname(String name) {
        return name.substring(0, 1);
    }
}
