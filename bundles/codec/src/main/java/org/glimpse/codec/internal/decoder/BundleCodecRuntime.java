package org.glimpse.codec.internal.decoder;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.worker.CodecId;
import org.glimpse.codec.internal.worker.NativeCodecs;
import org.glimpse.codec.internal.worker.VersionFloor;
import org.glimpse.codec.internal.worker.WarmupFrames;
import org.glimpse.codec.internal.worker.NativeDecoding;
import org.glimpse.codec.internal.worker.WorkerCommand;
import org.glimpse.codec.internal.worker.WorkerPool;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The codec runtime in OSGi: extracts the platform fragment's libraries to the bundle data area, loads them
 * here only to learn which are usable (and logs them once), and runs native decodes in a pool of worker
 * processes whose class path is copied out of the bundles.
 */
@Component(service = CodecRuntime.class)
public final class BundleCodecRuntime implements CodecRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(BundleCodecRuntime.class);

    private final NativeCodecs probe;
    private final String description;
    private final WorkerPool pool;

    @Activate
    public BundleCodecRuntime(BundleContext context) throws IOException {
        Path data = context.getDataFile("").toPath();
        String platform = BundleFiles.platform();
        List<Path> folders = BundleFiles.extractNatives(context.getBundle(), data.resolve("native"));
        probe = NativeCodecs.load(folders);
        description = platform + ", " + NativeFragments.describe(context.getBundle(), platform) + ": "
                + probe.describe();
        if (NativeFragments.hasFragmentFor(context.getBundle(), platform)) {
            LOG.info("Glimpse codecs on {}", description);
        } else {
            LOG.warn("Glimpse codecs on {}", description);
        }
        VersionFloor.warnings(probe.versions()).forEach(LOG::warn);
        String classPath = classPath(context.getBundle(), data.resolve("worker"));
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        pool = new WorkerPool(WorkerCommand.of(classPath, folders, data), workers);
        pool.warm(WarmupFrames.of(probe), Jpeg2000Decoding::warm);
    }


    private static String classPath(Bundle codec, Path folder) throws IOException {
        List<String> jars = new ArrayList<>();
        jars.add(BundleFiles.jarOf(codec, folder, p -> !p.startsWith("native/")).toString());
        for (Class<?> c : List.of(com.sun.jna.Native.class, PixelDescriptor.class)) {
            Bundle b = FrameworkUtil.getBundle(c);
            if (b == null) {
                // on the framework's class path (not a bundle): its code source is a file there
                jars.add(WorkerCommand.codeSourceOf(c));
            } else {
                jars.add(BundleFiles.jarOf(b, folder, p -> true).toString());
            }
        }
        return String.join(File.pathSeparator, jars);
    }

    @Deactivate
    void deactivate() {
        pool.close();
    }

    @Override
    public boolean available(CodecId codec) {
        return probe.has(codec);
    }

    @Override
    public NativeDecoding decoding() {
        return pool;
    }

    @Override
    public String describe() {
        return description;
    }
}
