package org.renrentong.space;

import org.renrentong.identity.Actors;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.ServerUploads;
import org.renrentong.storage.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the images posts once kept in the database into storage, before the node starts serving. Each image moves
 * in a transaction of its own (its stored file and the row naming it commit together), so a crash loses nothing
 * and a restart goes on with what is left; nodes starting together skip each other's locked rows. An image storage
 * refuses, or whose author has no role left to act in, keeps its bytes and is not shown; it is tried again at the
 * next start. The author keeps their image: the move is done in their name, as the upload was.
 */
@Component
class PostImageCarryOver implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PostImageCarryOver.class);
    private static final int BATCH = 100;

    private final PostRepository posts;
    private final ServerUploads storage;
    private final TransactionTemplate tx;
    private final Actors actors;

    PostImageCarryOver(PostRepository posts, ServerUploads storage, TransactionTemplate tx, Actors actors) {
        this.actors = actors;
        this.posts = posts;
        this.storage = storage;
        this.tx = tx;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int moved = run();
        if (moved > 0) {
            log.info("Moved {} post images into storage", moved);
        }
    }

    /** Moves every image still in the database; how many moved. */
    int run() {
        tx.executeWithoutResult(status -> posts.deleteUnmovedOfDeletedPosts());
        int moved = 0;
        long after = 0;
        for (var ids = posts.unmovedIds(after, BATCH); !ids.isEmpty(); ids = posts.unmovedIds(after, BATCH)) {
            for (long id : ids) {
                moved += move(id) ? 1 : 0;
            }
            after = ids.get(ids.size() - 1);
        }
        return moved;
    }

    private boolean move(long imageId) {
        try {
            return Boolean.TRUE.equals(tx.execute(status -> posts.lockUnmoved(imageId).map(image -> {
                ImageType type = ImageType.sniff(image.bytes())
                        .orElseThrow(() -> DomainException.invalid("post.image.type"));
                StoredFile file = storage.carryOver(actors.load(image.authorId(), null), type.fileName(),
                        image.bytes());
                posts.moved(image.id(), file.id());
                return true;
            }).orElse(false)));
        } catch (DomainException e) {
            log.warn("Post image {} stays in the database: {}", imageId, e.messageKey());
            return false;
        }
    }
}
