package org.renrentong.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The demo resources' pictures, drawn with Java2D. Labels are Latin letters and digits only: a server need not
 * have a CJK font, and every Java runtime draws these.
 */
final class DemoImages {

    /** What a picture shows. */
    enum Picture { NUMBER_LINE, SHAPES, CUBE_NET, GREETINGS, TOWN_MAP, STORYBOARD }

    private static final Color INK = new Color(0x2b3a55);
    private static final Color[] FILLS = {new Color(0xf4a261), new Color(0x2a9d8f), new Color(0xe9c46a),
        new Color(0x8ab17d), new Color(0xe76f51), new Color(0x6d9dc5)};

    private DemoImages() {
    }

    static byte[] png(Picture picture) {
        BufferedImage image = new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xfdfaf3));
        g.fillRect(0, 0, 800, 450);
        g.setColor(INK);
        g.setStroke(new BasicStroke(3));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        switch (picture) {
            case NUMBER_LINE -> numberLine(g);
            case SHAPES -> shapes(g);
            case CUBE_NET -> cubeNet(g);
            case GREETINGS -> greetings(g);
            case TOWN_MAP -> townMap(g);
            case STORYBOARD -> storyboard(g);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void numberLine(Graphics2D g) {
        g.drawLine(60, 240, 740, 240);
        g.fillPolygon(new int[] {740, 720, 720}, new int[] {240, 230, 250}, 3);
        for (int n = -5; n <= 5; n++) {
            int x = 400 + n * 60;
            g.drawLine(x, 230, x, 250);
            String label = String.valueOf(n);
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, 290);
        }
        g.setColor(FILLS[4]);
        g.fillOval(400 - 150 - 9, 231, 18, 18);
        g.setColor(FILLS[1]);
        g.fillOval(400 + 90 - 9, 231, 18, 18);
        g.drawString("A = -2.5", 190, 200);
        g.drawString("B = 1.5", 450, 200);
    }

    private static void shapes(Graphics2D g) {
        g.setColor(FILLS[0]);
        g.fillOval(60, 120, 180, 180);
        g.setColor(FILLS[1]);
        g.fillRect(300, 120, 180, 180);
        g.setColor(FILLS[2]);
        g.fillPolygon(new int[] {630, 540, 720}, new int[] {120, 300, 300}, 3);
        g.setColor(INK);
        g.drawString("1", 140, 380);
        g.drawString("2", 380, 380);
        g.drawString("3", 620, 380);
    }

    private static void cubeNet(Graphics2D g) {
        int s = 90;
        int[][] cells = {{1, 0}, {0, 1}, {1, 1}, {2, 1}, {3, 1}, {1, 2}};
        for (int i = 0; i < cells.length; i++) {
            int x = 220 + cells[i][0] * s;
            int y = 50 + cells[i][1] * s + 40;
            g.setColor(FILLS[i]);
            g.fillRect(x, y, s, s);
            g.setColor(INK);
            g.drawRect(x, y, s, s);
            g.drawString(String.valueOf(i + 1), x + s / 2 - 8, y + s / 2 + 10);
        }
    }

    private static void greetings(Graphics2D g) {
        String[] words = {"Hello!", "Hi!", "Good morning!", "Goodbye!"};
        for (int i = 0; i < words.length; i++) {
            int x = 40 + (i % 2) * 370;
            int y = 40 + (i / 2) * 195;
            g.setColor(FILLS[i]);
            g.fillRoundRect(x, y, 350, 175, 40, 40);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
            g.drawString(words[i], x + 175 - g.getFontMetrics().stringWidth(words[i]) / 2, y + 100);
        }
    }

    private static void townMap(Graphics2D g) {
        g.setColor(new Color(0xd9d9d9));
        g.fillRect(0, 200, 800, 60);
        g.fillRect(370, 0, 60, 450);
        String[] places = {"School", "Park", "Shop", "Hospital"};
        int[][] at = {{60, 60}, {480, 60}, {60, 300}, {480, 300}};
        for (int i = 0; i < places.length; i++) {
            g.setColor(FILLS[i]);
            g.fillRect(at[i][0], at[i][1], 260, 110);
            g.setColor(INK);
            g.drawString(places[i], at[i][0] + 130 - g.getFontMetrics().stringWidth(places[i]) / 2, at[i][1] + 65);
        }
    }

    private static void storyboard(Graphics2D g) {
        for (int i = 0; i < 5; i++) {
            int x = 25 + i * 155;
            g.setColor(FILLS[i]);
            g.fillRect(x, 120, 140, 180);
            g.setColor(INK);
            g.drawRect(x, 120, 140, 180);
            g.drawString(String.valueOf(i + 1), x + 62, 225);
        }
        g.drawString("0:00", 25, 340);
        g.drawString("8:00", 705, 340);
        g.drawLine(25, 360, 775, 360);
    }
}
