package org.renrentong.bench.roster;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a students roster CSV the way a large district would fill the template: Chinese names drawn by the real
 * frequency of surnames, valid ID-card numbers (real GB/T 2260 county codes, birth dates fitting the grade, gender
 * in the sequence digit, ISO 7064 check), guardians with mobile numbers, and about one child in ten sharing a
 * guardian with a sibling. {@code variant} picks disjoint counties and phone ranges, so runs never collide.
 */
final class StudentRosterGenerator {

    static final String[] GRADES = {"一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级"};
    static final int CLASSES_PER_GRADE = 200;
    private static final int COUNTIES_PER_VARIANT = 100;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** The most common surnames, most frequent first; drawn with a skew towards the front. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹"
            + "霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑"
            + "浩宇轩然子涵欣怡梓萱思雨博文一诺俊熙晨阳泽宇昊天皓轩雨桐若汐可馨诗涵语嫣梦琪";
    private static final String[] MOBILE_PREFIXES = {"138", "139", "137", "136", "135", "150", "151", "158", "159",
        "186", "187", "188", "180", "189", "133", "153", "177", "199"};

    private StudentRosterGenerator() {
    }

    /** Writes {@code rows} students; returns the number of distinct guardians. */
    static long write(Path file, int rows, int variant) throws IOException {
        List<String> counties = counties(variant);
        SplittableRandom random = new SplittableRandom(20250901L + variant);
        long guardians = 0;
        String guardianName = null;
        String guardianPhone = null;
        String relation = null;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFF年级,班级,学号,姓名,性别,身份证号,家长姓名,家长手机号,家长关系\r\n");
            for (int i = 0; i < rows; i++) {
                int grade = i % GRADES.length;
                int k = i / GRADES.length;
                boolean male = random.nextBoolean();
                boolean sibling = i > 0 && random.nextInt(10) == 0;
                String surname = sibling ? guardianName.substring(0, 1) : surname(random);
                String name = surname + given(random);
                if (!sibling) {
                    boolean father = random.nextInt(3) > 0;
                    guardianName = surname + given(random);
                    guardianPhone = MOBILE_PREFIXES[(int) (guardians % MOBILE_PREFIXES.length)]
                            + String.format("%08d", variant * 5_000_000L + guardians / MOBILE_PREFIXES.length);
                    relation = father ? "父亲" : "母亲";
                    guardians++;
                }
                String idCard = idCard(counties.get(k % counties.size()), 2019 - grade, (k / counties.size()) % 365,
                        k / counties.size() / 365, male);
                out.write(GRADES[grade]);
                out.write(',');
                out.write((1 + k % CLASSES_PER_GRADE) + "班");
                out.write(',');
                out.write(String.format("S%d%07d", 2025 - grade, i));
                out.write(',');
                out.write(name);
                out.write(male ? ",男," : ",女,");
                out.write(idCard);
                out.write(',');
                out.write(guardianName);
                out.write(',');
                out.write(guardianPhone);
                out.write(',');
                out.write(relation);
                out.write("\r\n");
            }
        }
        return guardians;
    }

    private static String idCard(String county, int birthYear, int dayOfYear, int sequence, boolean male) {
        java.time.LocalDate birth = java.time.LocalDate.ofYearDay(birthYear, 1 + dayOfYear % 365);
        String body = county + birth.toString().replace("-", "")
                + String.format("%03d", (sequence % 500) * 2 + (male ? 1 : 0));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK[sum % 11];
    }

    private static String surname(SplittableRandom random) {
        // squaring a uniform number skews the draw towards the common surnames at the front
        double u = random.nextDouble();
        return String.valueOf(SURNAMES.charAt((int) (u * u * SURNAMES.length())));
    }

    private static String given(SplittableRandom random) {
        String first = String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())));
        return random.nextInt(3) == 0 ? first : first + GIVEN.charAt(random.nextInt(GIVEN.length()));
    }

    /** Real county codes from the shipped GB/T 2260 catalogue; each variant takes its own hundred. */
    private static List<String> counties(int variant) throws IOException {
        List<String> all = new ArrayList<>();
        try (InputStream in = StudentRosterGenerator.class.getResourceAsStream("/region/regions.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.split(",");
                if (parts.length >= 3 && "COUNTY".equals(parts[2].trim())) {
                    all.add(parts[0]);
                }
            }
        }
        return all.subList(variant * COUNTIES_PER_VARIANT, (variant + 1) * COUNTIES_PER_VARIANT);
    }
}
