package org.renrentong.apps.catalogue;

/** What kind of teaching an app serves; the labels are message keys {@code apps.category.<NAME>}. */
public enum AppCategory {
    /** 备课授课 */
    LESSON_PREPARATION,
    /** 互动课堂 */
    INTERACTIVE_CLASSROOM,
    /** 协作互动 */
    COLLABORATION,
    /** 网络课程 */
    ONLINE_COURSE,
    /** 网络教研 */
    TEACHING_RESEARCH,
    /** 作业测评 */
    HOMEWORK_ASSESSMENT,
    /** 数字图书馆 */
    DIGITAL_LIBRARY,
    /** 语言学习 */
    LANGUAGE_LEARNING,
    /** 其他 */
    OTHER
}
