package org.glimpse.loader.internal.load;

import static org.glimpse.loader.internal.load.LoadFixture.instance;
import static org.glimpse.loader.internal.load.LoadFixture.monochrome;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.api.transport.ByteRange;
import org.glimpse.api.transport.FrameResponseInfo;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.RequestMetrics;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The frame in view's next range is asked while its current range still brings bytes, once the rest of that range
 * is about to land; the next range's bytes that come first join the bytes held when the range in front reaches them.
 */
class RangeAheadTest {

    private static final String TS = TransferSyntax.HTJ2K_LOSSLESS_RPCL;
    private static final long[] ENDS = {700, 2_000, 6_000, 20_000, 70_000};
    private static final int LENGTH = 70_000;
    private static final int FIRST = 4_096;
    private final WholeBytes decoder = new WholeBytes();
    @AutoClose
    private final LoadFixture loads = LoadFixture.decodingWith(decoder, 1);
    private final FakeTransport transport = loads.transport;

    /** Keeps the bytes of the whole frame's decode. */
    private static final class WholeBytes extends ProgressiveTestDecoder {
        volatile byte[] whole;
        final CountDownLatch decoded = new CountDownLatch(1);

        WholeBytes() {
            super("whole-bytes", TS);
        }

        @Override
        public CodestreamLevels inspect(EncodedFrame frame) {
            throw new AssertionError("the published level ends are enough");
        }

        @Override
        public DecodedFrame decode(EncodedFrame frame, DecodeOptions options) {
            if (options.reduce() == 0) {
                whole = Arrays.copyOf(frame.data(), frame.length());
                decoded.countDown();
            }
            return blank(frame, options.reduce());
        }
    }

    @Test
    void theNextRangeIsAskedWhileTheCurrentOneStillBringsItsLastBytes() throws Exception {
        FakeTransport.Exchange first = startAndAnswerTheFirstRange();
        assertEquals(2, transport.size(), "the rest asked before the first range ended");
        FakeTransport.Exchange rest = transport.exchanges.get(1);
        assertEquals(ByteRange.from(FIRST), rest.request().range(), "from the first range's end");
        assertEquals(RequestType.INTERACTION, rest.request().requestType(), "at the frame in view's rank");
        assertTrue(!first.cancelled && !rest.cancelled, "both run");
    }

    @Test
    void theNextRangesBytesThatComeFirstJoinTheBytesHeld() throws Exception {
        FakeTransport.Exchange first = startAndAnswerTheFirstRange();
        FakeTransport.Exchange rest = transport.exchanges.get(1);
        rest.listener.onResponse(new FrameResponseInfo(206, "HTTP/1.1", "image/jphc", TS, FIRST, LENGTH));
        rest.listener.onContent(FIRST, bytes(FIRST, 10_000));
        first.listener.onContent(1_000, bytes(1_000, FIRST - 1_000));
        first.listener.onComplete(ended(FIRST));
        rest.listener.onContent(FIRST + 10_000, bytes(FIRST + 10_000, LENGTH - FIRST - 10_000));
        rest.listener.onComplete(ended(LENGTH - FIRST));
        assertTrue(decoder.decoded.await(5, TimeUnit.SECONDS), "the whole frame decoded");
        assertEquals(2, transport.size(), "no request asked again");
        assertArrayEquals(bytes(0, LENGTH).array(), decoder.whole, "every byte in its place");
    }

    /** Starts the load and has the first range's response bring its first 1 000 bytes. */
    private FakeTransport.Exchange startAndAnswerTheFirstRange() throws InterruptedException {
        // an earlier load saw this server's bytes come at 1 000 bytes a nanosecond: the rest of a range lands at once
        loads.rates.ended(new RequestMetrics(URI.create(LoadFixture.ROOT + "/f"), "HTTP/1.1", 200, 2_000_000_000L, 0,
                1, 2_000_001, 1));
        RetrieveConfiguration c = new RetrieveConfiguration("ranges", List.of(
                new RetrieveStage("first", "first", List.of(), 1, 0, RequestType.INTERACTION, 0, List.of()),
                new RetrieveStage("rest", "rest", List.of(), 1, 0, RequestType.INTERACTION, 0, List.of())),
                Map.of("first", new RetrieveOptions(null, Map.of(), false, 0, FIRST, null, null, false, false),
                        "rest", new RetrieveOptions(null, Map.of(), false, -1, FIRST, null, null, false, false)));
        loads.start(c, SeriesKind.STACK, List.of(instance("sop", 1, TS, monochrome(512), ENDS)), new IgnoringSink());
        loads.awaitRequests(1);
        FakeTransport.Exchange first = transport.of(0);
        assertNotNull(first, "the first range asked");
        assertEquals(new ByteRange(0, FIRST - 1), first.request().range());
        Thread.sleep(2);
        first.listener.onResponse(new FrameResponseInfo(206, "HTTP/1.1", "image/jphc", TS, 0, LENGTH));
        first.listener.onContent(0, bytes(0, 1_000));
        return first;
    }

    private static FrameResult ended(long bytes) {
        return new FrameResult(null, bytes, false, new RequestMetrics(null, "HTTP/1.1", 206, bytes, 0, 0, 0, 1));
    }

    private static ByteBuffer bytes(int from, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) ((from + i) * 31);
        }
        return ByteBuffer.wrap(b);
    }
}
