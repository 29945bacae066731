package org.renrentong.resource;

/** What a file is within a resource: the one main file, or a part of a lesson bundle. */
public enum FileRole {
    MAIN, PLAN, SLIDES, RECORDING, EXERCISES, MATERIAL
}
