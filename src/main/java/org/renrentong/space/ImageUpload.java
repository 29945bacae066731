package org.renrentong.space;

import org.springframework.core.io.InputStreamSource;

/** An uploaded image as received: its declared size and its bytes, read only after the size is checked. */
public record ImageUpload(long size, InputStreamSource content) {
}
