package org.renrentong.bench.homework;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** The photos the submission benchmark hands in: made once, then each sent as a file of its own. */
final class HomeworkPhotos {

    static final int PHOTOS = 12;

    private HomeworkPhotos() {
    }

    /** Distinct photos of handwritten work as the browser sends them: 1,600 × 1,200 JPEG of about 300 KB. */
    static List<byte[]> photos() {
        Random random = new Random(170);
        List<byte[]> photos = new ArrayList<>();
        for (int i = 0; i < PHOTOS; i++) {
            BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(245, 242, 232));
            g.fillRect(0, 0, 1600, 1200);
            g.setColor(new Color(40, 40, 90));
            for (int line = 0; line < 28; line++) {
                int y = 60 + line * 40;
                int x = 40;
                while (x < 1540) {
                    int w = 8 + random.nextInt(24);
                    g.drawLine(x, y + random.nextInt(20), x + w, y + random.nextInt(20));
                    g.drawLine(x + w / 2, y, x + random.nextInt(w + 1), y + 24);
                    x += w + random.nextInt(6);
                }
            }
            g.dispose();
            for (int p = 0; p < 4000; p++) {
                image.setRGB(random.nextInt(1600), random.nextInt(1200), random.nextInt(0xFFFFFF));
            }
            photos.add(jpeg(image, 300 * 1024));
        }
        return photos;
    }

    /** The JPEG whose size comes nearest the target, by the quality. */
    private static byte[] jpeg(BufferedImage image, int target) {
        float low = 0.2f;
        float high = 0.98f;
        byte[] best = null;
        for (int step = 0; step < 8; step++) {
            float q = (low + high) / 2;
            byte[] bytes = jpeg(image, q);
            if (best == null || Math.abs(bytes.length - target) < Math.abs(best.length - target)) {
                best = bytes;
            }
            if (bytes.length > target) {
                high = q;
            } else {
                low = q;
            }
        }
        return best;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * The JPEG comment segment naming photo n: written after a photo's start-of-image marker, it makes every photo
     * sent a file of its own, as photos from different phones are (identical content would share one blob).
     */
    static byte[] mark(int n) {
        byte[] comment = ("bench photo " + n).getBytes(StandardCharsets.US_ASCII);
        byte[] segment = new byte[comment.length + 4];
        segment[0] = (byte) 0xFF;
        segment[1] = (byte) 0xFE;
        segment[2] = (byte) ((comment.length + 2) >> 8);
        segment[3] = (byte) ((comment.length + 2) & 0xFF);
        System.arraycopy(comment, 0, segment, 4, comment.length);
        return segment;
    }

    /** Writes the photo with the mark after its start-of-image marker, without copying the photo. */
    static void writeMarked(OutputStream out, byte[] jpeg, byte[] mark) throws IOException {
        out.write(jpeg, 0, 2);
        out.write(mark);
        out.write(jpeg, 2, jpeg.length - 2);
    }
}
