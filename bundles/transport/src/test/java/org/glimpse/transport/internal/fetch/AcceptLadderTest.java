package org.glimpse.transport.internal.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.glimpse.api.frame.TransferSyntax;
import org.junit.jupiter.api.Test;

class AcceptLadderTest {

    private static List<String> steps(AcceptLadder ladder) {
        List<String> out = new ArrayList<>();
        do {
            out.add(ladder.current() + (ladder.singlePart() ? " [single]" : ""));
        } while (ladder.fallBack());
        return out;
    }

    @Test
    void aSinglePartRequestTriesBareMediaTypesBeforeTheMultipartSteps() {
        assertEquals(List.of("image/jphc; transfer-syntax=1.2.840.10008.1.2.4.202 [single]",
                "application/octet-stream; transfer-syntax=* [single]",
                "multipart/related; type=\"image/jphc\"; transfer-syntax=1.2.840.10008.1.2.4.202",
                "multipart/related; type=\"application/octet-stream\"; transfer-syntax=*", "null"),
                steps(new AcceptLadder(List.of(TransferSyntax.HTJ2K_LOSSLESS_RPCL), true)));
    }

    @Test
    void aMultipartRequestNeverAsksForASinglePart() {
        assertEquals(List.of("multipart/related; type=\"image/jls\"; transfer-syntax=1.2.840.10008.1.2.4.80",
                "multipart/related; type=\"application/octet-stream\"; transfer-syntax=*", "null"),
                steps(new AcceptLadder(List.of(TransferSyntax.JPEG_LS_LOSSLESS), false)));
    }
}
