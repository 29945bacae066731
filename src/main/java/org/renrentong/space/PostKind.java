package org.renrentong.space;

/** A notice (from those who manage an institutional space, pinned at the top) or an ordinary post. */
public enum PostKind {
    NOTICE, POST
}
