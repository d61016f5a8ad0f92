package org.glimpse.it;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * The workstation without its native fragment (a platform Glimpse ships none for, or a site that left it
 * out): the codec bundle still starts, the decoders whose library is missing say they are unavailable and
 * why, and the decoders written in Java still decode.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MissingNativeFragmentIT {

    /** The OpenJPH shim is built by Glimpse and shipped only in the fragment: without it, it cannot load. */
    private static final String FRAGMENT_ONLY_DECODER = "openjph";

    @Inject
    private BundleContext context;

    @Inject
    private ServiceComponentRuntime scr;

    @Configuration
    public Option[] config() {
        return WorkstationOptions.all(Workstation.fromSystemProperty(), "missing-native-fragment",
                location -> !location.contains("/glimpse-natives-"));
    }

    @Test
    public void theCodecBundleStartsWithoutItsFragmentAndNoComponentFails() {
        for (Bundle b : context.getBundles()) {
            assertFalse("the test framework must run without the native fragment: " + b.getSymbolicName(),
                    String.valueOf(b.getSymbolicName()).startsWith("glimpse.natives."));
        }
        assertEquals("Glimpse components not satisfied", List.of(), GlimpseComponents.problems(context, scr));
    }

    @Test
    public void aDecoderWithoutItsLibrarySaysItIsUnavailableAndWhy() throws Exception {
        List<String> unavailable = new ArrayList<>();
        for (ServiceReference<FrameDecoder> ref : context.getServiceReferences(FrameDecoder.class, null)) {
            FrameDecoder decoder = context.getService(ref);
            if (decoder.isAvailable()) {
                continue;
            }
            unavailable.add(decoder.name());
            String ts = decoder.transferSyntaxes().iterator().next();
            try {
                decoder.decode(frame(ts, new byte[] {0, 0}), DecodeOptions.DEFAULT);
                fail(decoder.name() + " is unavailable but decoded a frame");
            } catch (DecodeException e) {
                assertEquals(decoder.name() + ": " + e.getMessage(), DecodeException.Kind.UNAVAILABLE, e.kind());
                assertTrue(decoder.name() + " must say that the fragment is missing: " + e.getMessage(),
                        e.getMessage().contains("no native fragment"));
            }
        }
        assertTrue("the decoder whose library only the fragment carries must be unavailable: " + unavailable,
                unavailable.contains(FRAGMENT_ONLY_DECODER));
    }

    @Test
    public void theJavaDecodersStillDecode() throws Exception {
        byte[] littleEndian = {1, 0, (byte) 0xFF, 0x0F, 0x34, 0x02, 0, 0};
        String ts = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
        ServiceReference<FrameDecoder> best = context.getServiceReferences(FrameDecoder.class,
                "(" + FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + ts + ")").stream()
                .max(ServiceReference::compareTo).orElseThrow(() -> new AssertionError("no decoder for " + ts));
        FrameDecoder decoder = context.getService(best);
        assertTrue(decoder.name() + " is written in Java and needs no library", decoder.isAvailable());
        DecodedFrame decoded = decoder.decode(frame(ts, littleEndian), DecodeOptions.DEFAULT);
        PixelBuffer.Shorts pixels = (PixelBuffer.Shorts) decoded.pixels();
        assertArrayEquals(decoder.name(), new short[] {1, 4095, 564, 0},
                Arrays.copyOfRange(pixels.values(), pixels.offset(), pixels.offset() + pixels.length()));
    }

    /** A 2×2 12-bit frame of the given bytes. */
    private static EncodedFrame frame(String ts, byte[] data) {
        PixelDescriptor pixel = new PixelDescriptor(2, 2, 1, 16, 12, 0, "MONOCHROME2", 0);
        return new EncodedFrame(new FrameKey("1.2.3", "1.2.3.4", "1.2.3.4.5", 1), ts, pixel, data, data.length, true);
    }
}
