package org.renrentong.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A gateway for tests: keeps the messages, so that a test reads the code a person would receive. */
class RecordingSmsSender implements SmsSender {

    record Sent(String phone, String text) {
    }

    private static final Pattern CODE = Pattern.compile("\\d{6}");

    final List<Sent> sent = new ArrayList<>();
    /** A gateway that is down refuses every message. */
    volatile boolean down;

    @Override
    public synchronized void send(String phone, String text) {
        if (down) {
            throw new IllegalStateException("gateway down");
        }
        sent.add(new Sent(phone, text));
    }

    synchronized List<Sent> to(String phone) {
        return sent.stream().filter(s -> s.phone().equals(phone)).toList();
    }

    /** The code of the last message to the phone. */
    synchronized String lastCode(String phone) {
        List<Sent> mine = to(phone);
        Matcher m = CODE.matcher(mine.get(mine.size() - 1).text());
        if (!m.find()) {
            throw new IllegalStateException("no code in " + mine);
        }
        return m.group();
    }
}
