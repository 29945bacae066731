package org.renrentong.storage;

/** How a file can be viewed in the page. */
public enum PreviewState {
    /** The browser shows the file itself: PDF, image, audio, video. */
    NATIVE,
    /** A PDF made from the office document is ready ({@link StoredFiles#preview}). */
    READY,
    /** The PDF is being made; ask again shortly. */
    PENDING,
    /** No preview: download to view (no converter on this node, conversion failed, or not a viewable type). */
    DOWNLOAD_ONLY
}
