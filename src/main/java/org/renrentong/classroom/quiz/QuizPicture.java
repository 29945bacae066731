package org.renrentong.classroom.quiz;

import org.renrentong.storage.StoredFile;
import org.springframework.core.io.Resource;

/** An item's picture: its stored file and content, to be sent with {@code FileResponses}. */
public record QuizPicture(StoredFile file, Resource content) {
}
