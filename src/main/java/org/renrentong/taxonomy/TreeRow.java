package org.renrentong.taxonomy;

/**
 * One node as read from an import file, before any check: the line (or the node's ordinal in a JSON file), the code
 * path of its parent ("" for a stage) and the cells. A level or status that could not be read is null.
 */
record TreeRow(int line, NodeLevel level, String levelText, String parentPath, String code, String name,
               String publisher, Boolean retired) {

    String codePath() {
        String own = code == null ? "" : code.trim();
        return parentPath.isEmpty() ? own : parentPath + "/" + own;
    }
}
