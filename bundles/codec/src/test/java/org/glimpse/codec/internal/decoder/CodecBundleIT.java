package org.glimpse.codec.internal.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.DecodeService;
import org.glimpse.api.codec.DecodeTask;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.fixtures.Encoders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The packaged glimpse.codec in a real Felix with SCR and the JNA bundle, without the platform fragment:
 * the bundle starts, its decoders register, the worker's class path is copied out of the bundles, and the
 * codecs whose library is missing (the OpenJPH shim lives only in the fragment) say so.
 */
class CodecBundleIT {
    private static Framework felix;
    private static BundleContext context;
    private static Bundle codec;

    @BeforeAll
    static void startFelix() throws Exception {
        Path storage = Path.of(System.getProperty("java.io.tmpdir"), "felix-it");
        Map<String, String> config = new HashMap<>();
        config.put("org.osgi.framework.storage", storage.toString());
        config.put("org.osgi.framework.storage.clean", "onFirstInit");
        // the test talks to the decoders through the API classes it was compiled against, exported from the
        // class path at the versions the API bundle itself declares
        config.put("org.osgi.framework.system.packages.extra", apiExports() + ",org.slf4j;version=2.0.17");
        felix = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        felix.start();
        context = felix.getBundleContext();
        List<Bundle> bundles = new ArrayList<>();
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("glimpse.it.bundles")))) {
            for (Path jar : jars.sorted().toList()) {
                bundles.add(context.installBundle(jar.toUri().toString()));
            }
        }
        codec = context.installBundle(new File(System.getProperty("glimpse.it.codec")).toURI().toString());
        bundles.add(codec);
        for (Bundle b : bundles) {
            b.start();
        }
    }

    /** The Export-Package header of the glimpse.api manifest on the test class path. */
    private static String apiExports() throws IOException {
        Enumeration<URL> manifests = CodecBundleIT.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
        while (manifests.hasMoreElements()) {
            try (InputStream in = manifests.nextElement().openStream()) {
                Attributes main = new Manifest(in).getMainAttributes();
                if ("glimpse.api".equals(main.getValue("Bundle-SymbolicName"))) {
                    return main.getValue("Export-Package");
                }
            }
        }
        throw new IllegalStateException("no glimpse.api manifest on the test class path");
    }

    @AfterAll
    static void stopFelix() throws Exception {
        felix.stop();
        felix.waitForStop(10_000);
    }

    private static FrameDecoder decoderFor(String syntax, String name) throws Exception {
        ServiceTracker<FrameDecoder, FrameDecoder> tracker = new ServiceTracker<>(context, context.createFilter(
                "(&(objectClass=" + FrameDecoder.class.getName() + ")(" + FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "="
                + syntax + "))"), null);
        tracker.open();
        try {
            FrameDecoder found = null;
            long deadline = System.currentTimeMillis() + 10_000;
            while (found == null && System.currentTimeMillis() < deadline) {
                tracker.waitForService(500);
                for (ServiceReference<FrameDecoder> r : tracker.getServiceReferences() == null
                        ? new ServiceReference[0] : tracker.getServiceReferences()) {
                    FrameDecoder d = context.getService(r);
                    if (d.name().equals(name)) {
                        found = d;
                    }
                }
            }
            assertNotNull(found, "no " + name + " decoder for " + syntax + " within 10 s; codec bundle state "
                    + codec.getState());
            return found;
        } finally {
            tracker.close();
        }
    }

    @Test
    void htj2kDecodesThroughTheBundleInAWorkerWhoseClassesCameFromTheBundles() throws Exception {
        FrameDecoder openjpeg = decoderFor(TransferSyntax.HTJ2K_LOSSLESS_RPCL, "openjpeg");
        assertTrue(openjpeg.isAvailable(), "OpenJPEG from the system library");
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "it");
        int[] v = Encoders.phantom(64, 64, 12, 3);
        byte[] cs = Encoders.ojphCompress(dir, "it", Encoders.writePgm(dir.resolve("it.pgm"), v, 64, 64, 12),
                "-num_decomps", "3", "-prog_order", "RPCL", "-reversible", "true");
        PixelDescriptor px = new PixelDescriptor(64, 64, 1, 16, 12, 0, "MONOCHROME2", 0);
        DecodedFrame f = openjpeg.decode(new EncodedFrame(new FrameKey("1", "2", "3", 1),
                TransferSyntax.HTJ2K_LOSSLESS_RPCL, px, cs, cs.length, true), DecodeOptions.DEFAULT);
        assertEquals(64, f.width(), "decoded in a worker started by the bundle");
        Path workerJars = Path.of(codec.getDataFile("worker").getPath());
        try (Stream<Path> jars = Files.list(workerJars)) {
            List<String> names = jars.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("glimpse.codec_"))
                    && names.stream().anyMatch(n -> n.startsWith("com.sun.jna_")), "worker jars copied out of the"
                    + " bundles: " + names);
        }
    }

    @Test
    void withoutTheFragmentOpenJphIsUnavailableAndSaysSo() throws Exception {
        FrameDecoder openjph = decoderFor(TransferSyntax.HTJ2K_LOSSLESS_RPCL, "openjph");
        assertFalse(openjph.isAvailable(), "the OpenJPH shim comes only with the platform fragment");
        PixelDescriptor px = new PixelDescriptor(64, 64, 1, 16, 12, 0, "MONOCHROME2", 0);
        byte[] soc = {(byte) 0xFF, 0x4F};
        DecodeException e = assertThrows(DecodeException.class, () -> openjph.decode(new EncodedFrame(
                new FrameKey("1", "2", "3", 2), TransferSyntax.HTJ2K_LOSSLESS_RPCL, px, soc, 2, true),
                DecodeOptions.DEFAULT));
        assertEquals(DecodeException.Kind.UNAVAILABLE, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("no native fragment for " + BundleFiles.platform()),
                "names the platform whose fragment is missing: " + e.getMessage());
    }

    @Test
    void jpegLsGoesToTheJavaDecoderFirstWithCharlsRegisteredBelowIt() throws Exception {
        FrameDecoder charls = decoderFor(TransferSyntax.JPEG_LS_LOSSLESS, "charls");
        FrameDecoder java = decoderFor(TransferSyntax.JPEG_LS_LOSSLESS, "jpegls-java");
        int[] v = Encoders.phantom(64, 64, 12, 5);
        byte[] jls = Encoders.jpegLs(v, 64, 64, 12, 0);
        PixelDescriptor px = new PixelDescriptor(64, 64, 1, 16, 12, 0, "MONOCHROME2", 0);
        DecodedFrame f = java.decode(new EncodedFrame(new FrameKey("1", "2", "3", 4), TransferSyntax.JPEG_LS_LOSSLESS,
                px, jls, jls.length, true), DecodeOptions.DEFAULT);
        assertEquals(v[100], ((PixelBuffer.Shorts) f.pixels()).values()[100] & 0xFFFF, "decoded in this process");
        assertTrue(rankingOf(java) > rankingOf(charls), "the Java decoder ranks above CharLS");
    }

    private static int rankingOf(FrameDecoder d) throws Exception {
        for (ServiceReference<?> r : context.getServiceReferences(FrameDecoder.class.getName(), null)) {
            if (context.getService(r) == d) {
                return (Integer) r.getProperty("service.ranking");
            }
        }
        throw new AssertionError("not registered: " + d.name());
    }

    @Test
    void theDecodeServiceWarmsItsWorkersAtActivationAndDecodesIntoASlab() throws Exception {
        ServiceTracker<DecodeService, DecodeService> tracker = new ServiceTracker<>(context, DecodeService.class, null);
        tracker.open();
        try {
            DecodeService service = tracker.waitForService(10_000);
            assertNotNull(service, "the codec bundle registers a DecodeService");
            assertTrue(service.concurrency() >= 1, "its pool runs decodes: " + service.concurrency());
            assertTrue(service.canDecode(TransferSyntax.JPEG_LS_LOSSLESS), "JPEG-LS through CharLS in a worker");
            Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "it");
            int[] v = Encoders.phantom(64, 64, 12, 5);
            byte[] cs = Encoders.ojphCompress(dir, "slab", Encoders.writePgm(dir.resolve("slab.pgm"), v, 64, 64, 12),
                    "-num_decomps", "3", "-prog_order", "RPCL", "-reversible", "true");
            PixelDescriptor px = new PixelDescriptor(64, 64, 1, 16, 12, 0, "MONOCHROME2", 0);
            short[] slab = new short[3 * 64 * 64];
            DecodeTask t = service.submit(new EncodedFrame(new FrameKey("1", "2", "3", 3),
                    TransferSyntax.HTJ2K_LOSSLESS_RPCL, px, cs, cs.length, true), DecodeOptions.DEFAULT, 0,
                    new PixelBuffer.Shorts(slab, 64 * 64, 64 * 64, false));
            DecodedFrame f = t.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(64 * 64, f.pixels().offset(), "the frame's values sit in the middle of the slab");
            assertEquals(v[100], slab[64 * 64 + 100] & 0xFFFF, "a value decoded in a worker, in the caller's slab");
        } finally {
            tracker.close();
        }
    }
}
