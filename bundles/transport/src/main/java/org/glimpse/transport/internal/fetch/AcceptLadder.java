package org.glimpse.transport.internal.fetch;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Accept} values to try in turn, one media range each (several servers answer a list with 400):
 * the wanted transfer syntaxes best first (each with its own media type), then {@code transfer-syntax=*},
 * then no Accept at all. A request that wants a single-part answer (PS3.18 §8.7.3.3.2: a byte range then
 * selects the frame's bytes, not the envelope's) asks for each syntax's media type bare first, then any
 * syntax as {@code application/octet-stream}, and only then the multipart steps.
 */
final class AcceptLadder {

    private static final String ANY_SINGLE_PART = "application/octet-stream; transfer-syntax=*";
    private static final String ANY_MULTIPART =
            "multipart/related; type=\"application/octet-stream\"; transfer-syntax=*";

    private final List<String> steps;
    private int index;

    AcceptLadder(List<String> transferSyntaxes) {
        this(transferSyntaxes, false);
    }

    AcceptLadder(List<String> transferSyntaxes, boolean singlePartFirst) {
        List<String> s = new ArrayList<>();
        if (singlePartFirst) {
            for (String ts : transferSyntaxes) {
                s.add(FrameMediaTypes.forTransferSyntax(ts) + "; transfer-syntax=" + ts);
            }
            s.add(ANY_SINGLE_PART);
        }
        for (String ts : transferSyntaxes) {
            s.add("multipart/related; type=\"" + FrameMediaTypes.forTransferSyntax(ts) + "\"; transfer-syntax=" + ts);
        }
        s.add(ANY_MULTIPART);
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

    /** Whether the current step asks for a single-part answer (a range then counts frame bytes only). */
    boolean singlePart() {
        String c = current();
        return c != null && !c.startsWith("multipart/");
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
