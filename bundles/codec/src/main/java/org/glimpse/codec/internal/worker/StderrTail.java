package org.glimpse.codec.internal.worker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Keeps the last few KB a worker wrote to standard error: an abort message names the failed assertion. */
final class StderrTail implements Runnable {
    private static final int KEEP = 4096;
    private final InputStream in;
    private final StringBuilder tail = new StringBuilder();

    StderrTail(InputStream in) {
        this.in = in;
    }

    @Override
    public void run() {
        byte[] buf = new byte[4096];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                synchronized (tail) {
                    tail.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    if (tail.length() > KEEP) {
                        tail.delete(0, tail.length() - KEEP);
                    }
                }
            }
        } catch (IOException e) {
            // the worker is gone; what was read is kept
        }
    }

    /** The last line(s) written, trimmed, at most 500 characters. */
    String last() {
        synchronized (tail) {
            String t = tail.toString().strip();
            return t.length() > 500 ? t.substring(t.length() - 500) : t;
        }
    }
}
