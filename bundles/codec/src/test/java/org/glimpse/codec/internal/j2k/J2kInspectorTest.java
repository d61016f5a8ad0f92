package org.glimpse.codec.internal.j2k;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.codec.internal.testing.TestCodestreams;
import org.junit.jupiter.api.Test;

class J2kInspectorTest {
    private static final TestCodestreams STREAMS = new TestCodestreams(256);

    @Test
    void packetHeaderWalkFindsTheTilePartBoundariesOpenJpegWrote() throws Exception {
        // -TP R puts each resolution in its own tile-part: the SOT offsets are an independent answer
        byte[] cs = STREAMS.j2k("tpr", "-n", "6", "-p", "RPCL", "-TP", "R", "-TLM");
        J2kInspector.Inspection in = J2kInspector.inspect(cs, cs.length, true);
        assertNull(in.problem(), "walk problem");
        long[] sots = in.codestream().tileParts().stream().mapToLong(TilePart::sot).toArray();
        long[] ends = in.levels().levelEnds();
        assertEquals(6, sots.length, "tile-parts of a 5-decomposition RPCL stream split by resolution");
        for (int r = 0; r < 5; r++) {
            assertEquals(sots[r + 1], ends[r], "level " + r + " must end where tile-part " + (r + 1) + " starts; ends "
                    + Arrays.toString(ends) + " SOTs " + Arrays.toString(sots));
        }
        assertEquals(cs.length - 2, ends[5], "the last level ends just before EOC");
    }

    @Test
    void singleTilePartHtj2kLevelsGrowAndEndBeforeEoc() throws Exception {
        byte[] cs = STREAMS.htj2kRpcl();
        J2kInspector.Inspection in = J2kInspector.inspect(cs, cs.length, true);
        assertNull(in.problem(), "walk problem");
        assertEquals(1, in.codestream().tileParts().size(), "ojph_compress writes one tile-part");
        assertTrue(in.codestream().cod().ht(), "COD must flag HT code-blocks");
        long[] ends = in.levels().levelEnds();
        for (int r = 1; r < ends.length; r++) {
            assertTrue(ends[r] > ends[r - 1], "level ends must grow: " + Arrays.toString(ends));
        }
        assertEquals(cs.length - 2, ends[5], "last level ends before EOC: " + Arrays.toString(ends));
        assertEquals(0, in.levels().completeReduce(), "whole stream decodes at full size");
    }

    @Test
    void prefixReportsExactlyTheLevelsWhosePacketsAreHeld() throws Exception {
        byte[] cs = STREAMS.htj2kRpcl("-precincts", "{32,32},{64,64}", "-block_size", "{32,32}");
        long[] full = J2kInspector.inspect(cs, cs.length, true).levels().levelEnds();
        for (int r = 0; r < full.length; r++) {
            int atEnd = (int) full[r];
            CodestreamLevels exact = J2kInspector.inspect(cs, atEnd, false).levels();
            CodestreamLevels shortByOne = J2kInspector.inspect(cs, atEnd - 1, false).levels();
            assertEquals(5 - r, exact.completeReduce(), "prefix of " + atEnd + " bytes completes level " + r);
            assertEquals(5 - r + 1 > 5 ? -1 : 5 - r + 1, shortByOne.completeReduce(),
                    "prefix of " + (atEnd - 1) + " bytes must miss level " + r);
            assertEquals(full[r], exact.levelEnds()[r], "level end seen from a prefix equals the full stream's");
        }
    }

    @Test
    void layeredLrcpStreamNeedsEveryLayerOfALevel() throws Exception {
        byte[] cs = STREAMS.j2k("lrcp", "-n", "6", "-p", "LRCP", "-r", "20,10,1", "-b", "32,32");
        J2kInspector.Inspection in = J2kInspector.inspect(cs, cs.length, true);
        assertNull(in.problem(), "walk problem");
        long[] ends = in.levels().levelEnds();
        assertTrue(ends[0] > cs.length / 10, "in LRCP level 0 completes only with the last layer: "
                + Arrays.toString(ends) + " of " + cs.length);
        assertEquals(cs.length - 2, ends[5], "last level ends before EOC");
    }

    @Test
    void multiTileStreamCompletesALevelOnlyWhenEveryTileHasIt() throws Exception {
        byte[] cs = STREAMS.j2k("tiles", "-n", "4", "-p", "RPCL", "-t", "128,128");
        J2kInspector.Inspection in = J2kInspector.inspect(cs, cs.length, true);
        assertNull(in.problem(), "walk problem");
        assertEquals(4, in.codestream().tileParts().size(), "2×2 tiles");
        long lastSot = in.codestream().tileParts().get(3).sot();
        long[] ends = in.levels().levelEnds();
        for (long e : ends) {
            assertTrue(e > lastSot, "tile-major stream: every level needs the last tile; " + Arrays.toString(ends));
        }
        assertArrayEquals(new long[] {-1, -1, -1, -1}, J2kInspector.inspect(cs, (int) lastSot, false).levels()
                .levelEnds(), "no level is complete before the last tile arrives");
    }
}
