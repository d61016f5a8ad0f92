package org.glimpse.transport.internal.fetch;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Accept} values to try in turn, one media range each (several servers answer a list with 400):
 * the wanted transfer syntaxes best first (each with its own media type), then {@code transfer-syntax=*},
 * then no Accept at all.
 */
final class AcceptLadder {

    private final List<String> steps;
    private int index;

    AcceptLadder(List<String> transferSyntaxes) {
        List<String> s = new ArrayList<>();
        for (String ts : transferSyntaxes) {
            s.add("multipart/related; type=\"" + FrameMediaTypes.forTransferSyntax(ts) + "\"; transfer-syntax=" + ts);
        }
        s.add("multipart/related; type=\"application/octet-stream\"; transfer-syntax=*");
        s.add(null);
        this.steps = java.util.Collections.unmodifiableList(s);
    }

    /** The Accept header value to send now, or null for none. */
    String current() {
        return steps.get(index);
    }

    /** Whether the current step names one transfer syntax (rather than any, or none). */
    boolean specific() {
        String c = current();
        return c != null && !c.endsWith("transfer-syntax=*");
    }

    /** Moves to the next fallback; false when none is left. */
    boolean fallBack() {
        if (index + 1 >= steps.size()) {
            return false;
        }
        index++;
        return true;
    }
}
