package org.renrentong.storage;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.renrentong.shared.Bookkeeping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Small JPEG thumbnails of images, drawn with the JDK's image readers on first request and kept. A large image is
 * read subsampled, so a 100-megapixel photo never fills the heap.
 */
@Component
@Bookkeeping
class Thumbnails {

    private static final Logger log = LoggerFactory.getLogger(Thumbnails.class);
    private static final long MAX_PIXELS = 400_000_000L;
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private final StorageSettings settings;
    private final DerivationRepository derivations;
    private final DerivedFiles derived;
    private final BlobStore store;

    Thumbnails(StorageSettings settings, DerivationRepository derivations, DerivedFiles derived, BlobStore store) {
        this.settings = settings;
        this.derivations = derivations;
        this.derived = derived;
        this.store = store;
    }

    /** The id of the thumbnail, drawing it now if nobody has; empty when it cannot be drawn or is being drawn. */
    Optional<Long> of(StoredFile image) {
        Optional<DerivationRepository.Derivation> known = derivations.find(image.id(), DerivationRepository.THUMBNAIL);
        if (known.isPresent() && known.get().ready()) {
            return Optional.of(known.get().fileId());
        }
        if (!FileTypes.thumbnailable(image.mediaType())
                || !derivations.start(image.id(), DerivationRepository.THUMBNAIL, ABANDONED_AFTER)) {
            return Optional.empty();
        }
        Path made = null;
        try {
            BufferedImage small = draw(image);
            if (small == null) {
                derivations.failed(image.id(), DerivationRepository.THUMBNAIL);
                return Optional.empty();
            }
            made = Files.createTempFile("thumbnail", ".jpg");
            ImageIO.write(small, "jpg", made.toFile());
            return Optional.of(derived.keep(image, DerivationRepository.THUMBNAIL, made, "image/jpeg",
                    Previews.baseName(image.name()) + "-thumbnail.jpg"));
        } catch (IOException | RuntimeException e) {
            log.warn("Thumbnail of file {} failed: {}", image.id(), e.toString());
            derivations.failed(image.id(), DerivationRepository.THUMBNAIL);
            return Optional.empty();
        } finally {
            if (made != null) {
                made.toFile().delete();
            }
        }
    }

    private BufferedImage draw(StoredFile image) throws IOException {
        try (InputStream in = store.open(image.sha256(), image.size()).getInputStream();
             ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    return null;
                }
                int box = settings.thumbnailSize();
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.min(width, height) > 0 ? Math.max(width, height) / (box * 2) : 1);
                param.setSourceSubsampling(step, step, 0, 0);
                return scale(reader.read(0, param), box);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Fits the image into a square box, on white (JPEG has no transparency). */
    private static BufferedImage scale(BufferedImage source, int box) {
        double factor = Math.min(1.0, (double) box / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
