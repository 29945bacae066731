package org.renrentong.taxonomy;

import java.util.stream.Collectors;
import org.renrentong.shared.DomainException;

/** The rules every new or changed node obeys, whether typed into a form or read from an import file. */
final class NodeRules {

    static final int NAME_MAX = 200;
    static final int PUBLISHER_MAX = 100;

    private NodeRules() {
    }

    static String code(String raw) {
        String code = raw == null ? "" : raw.trim();
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,31}")) {
            throw DomainException.invalid("taxonomy.code.invalid");
        }
        return code;
    }

    static String name(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw DomainException.invalid("taxonomy.name.invalid");
        }
        return name;
    }

    /** An edition names its publisher; no other level has one. */
    static String publisher(NodeLevel level, String raw) {
        if (level != NodeLevel.EDITION) {
            return null;
        }
        String publisher = raw == null ? "" : raw.trim();
        if (publisher.isEmpty() || publisher.length() > PUBLISHER_MAX) {
            throw DomainException.invalid("taxonomy.publisher.required");
        }
        return publisher;
    }

    static void level(NodeLevel level, NodeRow parent) {
        level(level, parent == null ? null : parent.level());
        if (parent != null && parent.node().retired()) {
            throw DomainException.invalid("taxonomy.parent.retired", parent.label());
        }
    }

    static void level(NodeLevel level, NodeLevel parentLevel) {
        if (level == null) {
            throw DomainException.invalid("taxonomy.level.required");
        }
        if (!level.mayFollow(parentLevel)) {
            throw parentLevel == null ? DomainException.invalid("taxonomy.level.rootOnlyStage")
                    : DomainException.invalid("taxonomy.level.misplaced", level.ordinal(), parentLevel.ordinal());
        }
    }

    static void standard(StandardCodes codes, NodeLevel level, String code) {
        if (level.standardCoded() && codes.find(level, code).isEmpty()) {
            throw DomainException.invalid("taxonomy.code.notStandard", code, level.ordinal());
        }
    }

    /** A new node takes a current code; a retired one (思想品德) points to those that replaced it (道德与法治). */
    static void notRetired(StandardCodes codes, NodeLevel level, String code) {
        codes.find(level, code).filter(CodeName::retired).ifPresent(retired -> {
            throw DomainException.invalid("taxonomy.code.retired", code, retired.name(), retired.replacedBy().stream()
                    .map(c -> c + " " + codes.name(level, c)).collect(Collectors.joining("、")));
        });
    }

    /** A grade sits under the stage it belongs to: 七年级 under 初中, never under 小学 or 高中. */
    static void gradeInStage(StandardCodes codes, String gradeCode, String stageCode) {
        codes.stageOf(gradeCode).filter(stage -> !stage.equals(stageCode)).ifPresent(stage -> {
            throw DomainException.invalid("taxonomy.code.wrongStage", gradeCode,
                    codes.name(NodeLevel.GRADE, gradeCode), codes.name(NodeLevel.STAGE, stageCode),
                    codes.name(NodeLevel.STAGE, stage));
        });
    }
}
