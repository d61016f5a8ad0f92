package org.glimpse.workbench.internal.app;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.glimpse.api.loader.LoadRequest;
import org.glimpse.api.loader.ProgressiveLoader;
import org.glimpse.api.loader.SeriesLoad;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.api.transport.FrameTransport;
import org.glimpse.api.transport.SeriesLocation;
import org.glimpse.workbench.internal.load.DecoderChoice;
import org.glimpse.workbench.internal.load.OwnLoading;
import org.glimpse.workbench.internal.load.SeriesModel;
import org.glimpse.workbench.internal.load.SwingSeriesSink;
import org.glimpse.workbench.internal.studies.SeriesRow;

/**
 * Opens a series the way a Weasis binding would: through Glimpse's {@link ProgressiveLoader} when
 * progressive loading is on and a loader runs, else by the host's own whole-frame loading. Either way
 * the views get a {@link SeriesModel} fed through the same sink. One series loads at a time.
 */
final class SeriesOpener {

    private static final Set<String> VOLUME_MODALITIES = Set.of("CT", "MR", "PT");

    private final FrameTransport transport;
    private final RetrieveConfigurationService retrieve;
    private final DecoderChoice decoders;
    private final ExecutorService decodeExecutor;
    private final Supplier<ProgressiveLoader> loader;
    private SeriesLoad current;

    SeriesOpener(FrameTransport transport, RetrieveConfigurationService retrieve, DecoderChoice decoders,
            ExecutorService decodeExecutor, Supplier<ProgressiveLoader> loader) {
        this.transport = transport;
        this.retrieve = retrieve;
        this.decoders = decoders;
        this.decodeExecutor = decodeExecutor;
        this.loader = loader;
    }

    /**
     * Starts loading {@code row} from {@code root}; {@code opened} gets the model and the load on the
     * Swing thread once the metadata are read; returns the load.
     */
    SeriesLoad open(URI root, SeriesRow row, boolean progressive, BiConsumer<SeriesModel, SeriesLoad> opened,
            Consumer<String> log) {
        cancel();
        SeriesLocation location = new SeriesLocation(root, row.studyInstanceUid(), row.seriesInstanceUid());
        SeriesKind kind = row.instances() > 1 && VOLUME_MODALITIES.contains(row.modality()) ? SeriesKind.VOLUME
                : SeriesKind.STACK;
        AtomicReference<SeriesLoad> load = new AtomicReference<>();
        SwingSeriesSink sink = new SwingSeriesSink(System.nanoTime(), model -> opened.accept(model, load.get()), log);
        ProgressiveLoader glimpse = progressive ? loader.get() : null;
        if (glimpse != null) {
            load.set(glimpse.load(new LoadRequest(location, kind), sink));
            log.accept("loading " + kind.name().toLowerCase() + " " + row.seriesInstanceUid() + " progressively");
        } else {
            List<String> accept = retrieve.siteFor(root).preferredTransferSyntaxes();
            load.set(new OwnLoading(transport, decoders, decodeExecutor, location, accept, sink));
            ((OwnLoading) load.get()).start();
            log.accept("loading " + row.seriesInstanceUid() + " whole frames (" + (progressive
                    ? "no progressive loader running" : "progressive loading is off") + ")");
        }
        current = load.get();
        return current;
    }

    void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
        }
    }
}
