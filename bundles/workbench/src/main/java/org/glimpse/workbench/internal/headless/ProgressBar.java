package org.glimpse.workbench.internal.headless;

import java.io.PrintStream;

/**
 * A terminal progress bar, {@code [#########-----------] 93/200 final}. On a terminal it is redrawn in place
 * and lines printed meanwhile go above it; otherwise (a log, a pipe) it prints a line at each tenth.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final String label;
    private int lastTenth = -1;
    private String shown = "";

    ProgressBar(PrintStream out, boolean terminal, String label) {
        this.out = out;
        this.terminal = terminal;
        this.label = label;
    }

    synchronized void update(int done, int total) {
        String bar = bar(label, done, total);
        if (terminal) {
            out.print("\r" + bar);
            out.flush();
            shown = bar;
            return;
        }
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            out.println(bar);
        }
    }

    /** Prints a line, keeping the bar below it on a terminal. */
    synchronized void println(String line) {
        if (terminal && !shown.isEmpty()) {
            out.print("\r" + " ".repeat(shown.length()) + "\r");
            out.println(line);
            out.print(shown);
            out.flush();
        } else {
            out.println(line);
        }
    }

    /** Ends the bar's line. */
    synchronized void close() {
        if (terminal && !shown.isEmpty()) {
            out.println();
            shown = "";
        }
    }

    static String bar(String label, int done, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        return label + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " final";
    }
}
