package org.renrentong.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small text-only PDFs (A4) for the demo resources. The Chinese text uses the standard CJK font STSong-Light
 * with the predefined UniGB-UCS2-H encoding, which every PDF reader supplies itself, so the files stay a few
 * kilobytes and the server needs no CJK font. On each page the first line is the heading, the rest the body.
 */
final class DemoPdf {

    private static final int WIDTH = 595;
    private static final int HEIGHT = 842;
    private static final int MARGIN = 60;
    private static final int HEADING = 18;
    private static final int BODY = 12;

    private DemoPdf() {
    }

    static byte[] of(List<List<String>> pages) {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add(null); // the page tree, once the pages are numbered
        objects.add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                + "/DescendantFonts [4 0 R] >>");
        objects.add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R "
                + "/DW 1000 /W [1 95 500] >>");
        objects.add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
                + "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
        List<String> kids = new ArrayList<>();
        for (List<String> page : pages) {
            String content = content(page);
            objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + WIDTH + " " + HEIGHT + "] "
                    + "/Resources << /Font << /F1 3 0 R >> >> /Contents " + (objects.size()) + " 0 R >>");
            kids.add(objects.size() + " 0 R");
        }
        objects.set(1, "<< /Type /Pages /Kids [" + String.join(" ", kids) + "] /Count " + kids.size() + " >>");
        return file(objects);
    }

    private static String content(List<String> page) {
        StringBuilder out = new StringBuilder("0.2 0.4 0.7 RG 1 w ");
        int y = HEIGHT - MARGIN - HEADING;
        out.append(MARGIN).append(' ').append(y - 10).append(" m ").append(WIDTH - MARGIN).append(' ')
                .append(y - 10).append(" l S\nBT\n");
        out.append("/F1 ").append(HEADING).append(" Tf ").append(MARGIN).append(' ').append(y).append(" Td ")
                .append(hex(page.get(0))).append(" Tj\n");
        out.append("/F1 ").append(BODY).append(" Tf ").append(BODY * 2).append(" TL 0 -16 Td\n");
        for (String paragraph : page.subList(1, page.size())) {
            for (String line : wrap(paragraph)) {
                out.append("T* ").append(hex(line)).append(" Tj\n");
            }
        }
        return out.append("ET").toString();
    }

    /** Breaks a paragraph into lines that fit the page; a CJK character is one em wide, ASCII half. */
    private static List<String> wrap(String paragraph) {
        double room = (WIDTH - 2.0 * MARGIN) / BODY;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (char c : paragraph.toCharArray()) {
            double w = c < 0x80 ? 0.5 : 1;
            if (used + w > room) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(c);
            used += w;
        }
        lines.add(line.toString());
        return lines;
    }

    /** A PDF string in UCS-2 big-endian, as hex. */
    private static String hex(String text) {
        StringBuilder out = new StringBuilder("<");
        for (char c : text.toCharArray()) {
            out.append(String.format("%04X", (int) c));
        }
        return out.append('>').toString();
    }

    private static byte[] file(List<String> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
