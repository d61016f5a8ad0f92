package org.glimpse.server.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.glimpse.server.data.encode.EncodedFrame;
import org.glimpse.server.data.encode.FrameEncoder;
import org.glimpse.server.data.encode.PrefixCheck;

/** Writes a complete sample tree: frames in every form (in parallel), then DICOM JSON metadata and QIDO lists. */
final class SampleWriter {
    private final SampleSize size;
    private final FrameEncoder encoder = new FrameEncoder();
    private final ObjectMapper json = new ObjectMapper();

    SampleWriter(SampleSize size) {
        this.size = size;
    }

    Catalog write(Path tree) throws IOException {
        Files.createDirectories(tree);
        Path scratch = Files.createDirectories(tree.resolve(".scratch"));
        List<SeriesSpec> specs = SeriesSpec.all(size);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<List<List<Future<FrameRecord>>>> futures = new ArrayList<>();
            for (SeriesSpec spec : specs) {
                List<List<Future<FrameRecord>>> perInstance = new ArrayList<>();
                for (int i = 0; i < spec.instances(); i++) {
                    Path frames = Files.createDirectories(tree.resolve(instancePath(spec, i)).resolve("frames"));
                    List<Future<FrameRecord>> perFrame = new ArrayList<>();
                    for (int f = 0; f < spec.frames(); f++) {
                        int instance = i;
                        int frame = f;
                        perFrame.add(pool.submit(() -> writeFrame(spec, instance, frame, frames, scratch)));
                    }
                    perInstance.add(perFrame);
                }
                futures.add(perInstance);
            }
            List<CatalogSeries> catalog = new ArrayList<>();
            ArrayNode studies = JsonNodeFactory.instance.arrayNode();
            for (int s = 0; s < specs.size(); s++) {
                SeriesSpec spec = specs.get(s);
                List<List<FrameRecord>> records = new ArrayList<>();
                for (List<Future<FrameRecord>> perFrame : futures.get(s)) {
                    List<FrameRecord> frameRecords = new ArrayList<>();
                    for (Future<FrameRecord> future : perFrame) {
                        frameRecords.add(await(future, spec));
                    }
                    records.add(frameRecords);
                }
                if (spec.compressed()) {
                    checkLevelsByDecoding(tree, spec, scratch);
                }
                catalog.add(writeSeries(tree, spec, records));
                studies.add(MetadataWriter.study(spec, size, studyUid(spec)).node());
            }
            json.writeValue(tree.resolve("studies.json").toFile(), studies);
            SampleData.deleteTree(scratch);
            return new Catalog(SampleData.FORMAT, size, catalog);
        } finally {
            pool.shutdownNow();
        }
    }

    private FrameRecord writeFrame(SeriesSpec spec, int instance, int frame, Path frames, Path scratchRoot)
            throws IOException {
        byte[] pixels = spec.pixels().draw(instance, frame);
        int n = frame + 1;
        Files.write(frames.resolve(Representation.RAW.fileName(n)), pixels);
        if (!spec.compressed()) {
            return FrameRecord.uncompressed(pixels.length);
        }
        Path scratch = Files.createTempDirectory(scratchRoot, spec.role());
        EncodedFrame e = encoder.encode(pixels, spec.size(), spec.size(), spec.bits(), spec.signed(), scratch);
        Files.delete(scratch);
        Files.write(frames.resolve(Representation.HTJ2K_TILED.fileName(n)), e.htj2kTiled());
        Files.write(frames.resolve(Representation.HTJ2K_SINGLE.fileName(n)), e.htj2kSingle());
        Files.write(frames.resolve(Representation.J2K.fileName(n)), e.j2k());
        Files.write(frames.resolve(Representation.JLS.fileName(n)), e.jls());
        Files.write(frames.resolve(Representation.JLS_THUMBNAIL.fileName(n)), e.thumbnail());
        return new FrameRecord(e.htj2kTiledLevels(), e.htj2kSingleLevels(), e.j2kLevels(), e.jls().length,
                e.thumbnail().length, e.thumbnailRows(), e.thumbnailColumns(), pixels.length);
    }

    /** Decodes prefixes of the first frame of the series in both HTJ2K forms (the "checked by decoding"). */
    private void checkLevelsByDecoding(Path tree, SeriesSpec spec, Path scratch) throws IOException {
        Path frames = tree.resolve(instancePath(spec, 0)).resolve("frames");
        for (Representation r : List.of(Representation.HTJ2K_TILED, Representation.HTJ2K_SINGLE)) {
            byte[] cs = Files.readAllBytes(frames.resolve(r.fileName(1)));
            long[] levels;
            try {
                levels = org.glimpse.server.data.j2k.ResolutionLevels.levelEnds(cs);
            } catch (org.glimpse.server.data.j2k.CodestreamException ex) {
                throw new IOException(spec.role() + " " + r + ": " + ex.getMessage(), ex);
            }
            PrefixCheck.verify(cs, levels, scratch, spec.role() + " frame 1 " + r);
        }
    }

    private CatalogSeries writeSeries(Path tree, SeriesSpec spec, List<List<FrameRecord>> records) throws IOException {
        ArrayNode seriesMetadata = JsonNodeFactory.instance.arrayNode();
        ArrayNode instanceList = JsonNodeFactory.instance.arrayNode();
        List<CatalogInstance> instances = new ArrayList<>();
        for (int i = 0; i < spec.instances(); i++) {
            String uid = instanceUid(spec, i);
            List<FrameRecord> frames = records.get(i);
            ObjectNode metadata = MetadataWriter.instance(spec, size, studyUid(spec), seriesUid(spec), uid, i, frames)
                    .node();
            Path dir = tree.resolve(instancePath(spec, i));
            json.writeValue(dir.resolve("metadata.json").toFile(), List.of(metadata));
            if (spec.compressed()) {
                json.writeValue(dir.resolve("levels.json").toFile(), MetadataWriter.levels(uid, frames));
            }
            seriesMetadata.add(metadata);
            instanceList.add(MetadataWriter.instanceSummary(spec, studyUid(spec), seriesUid(spec), uid, i).node());
            instances.add(catalogInstance(spec, uid, frames.get(0)));
        }
        Path seriesDir = tree.resolve(seriesPath(spec));
        json.writeValue(seriesDir.resolve("metadata.json").toFile(), seriesMetadata);
        // Each study holds one series, so the study's metadata is that series' metadata.
        json.writeValue(seriesDir.getParent().getParent().resolve("metadata.json").toFile(), seriesMetadata);
        json.writeValue(seriesDir.resolve("instances.json").toFile(), instanceList);
        ArrayNode seriesList = JsonNodeFactory.instance.arrayNode().add(MetadataWriter.series(spec, studyUid(spec),
                seriesUid(spec)).node());
        json.writeValue(seriesDir.getParent().getParent().resolve("series.json").toFile(), seriesList);
        return new CatalogSeries(spec.role(), spec.modality(), studyUid(spec), seriesUid(spec), instances);
    }

    private static CatalogInstance catalogInstance(SeriesSpec spec, String uid, FrameRecord first) {
        if (!spec.compressed()) {
            return new CatalogInstance(uid, spec.frames(), spec.size(), spec.size(), spec.bits(), spec.signed(),
                    Representation.RAW.transferSyntax(), List.of(Representation.RAW.transferSyntax()), List.of(),
                    0, 0, 0);
        }
        return new CatalogInstance(uid, spec.frames(), spec.size(), spec.size(), spec.bits(), spec.signed(),
                Representation.HTJ2K_TILED.transferSyntax(), MetadataWriter.COMPRESSED_SYNTAXES,
                List.of("htj2k", "jls", "jlsThumbnail"), first.tiledLevels().length - 1, first.thumbnailRows(),
                first.thumbnailColumns());
    }

    private static <T> T await(Future<T> future, SeriesSpec spec) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while preparing the " + spec.role() + " series", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IOException("preparing the " + spec.role() + " series failed: " + cause.getMessage(), cause);
        }
    }

    private String studyUid(SeriesSpec spec) {
        return Uids.of(size.name(), spec.role(), "study");
    }

    private String seriesUid(SeriesSpec spec) {
        return Uids.of(size.name(), spec.role(), "series");
    }

    private String instanceUid(SeriesSpec spec, int index) {
        return Uids.of(size.name(), spec.role(), "instance", Integer.toString(index));
    }

    private String seriesPath(SeriesSpec spec) {
        return "studies/" + studyUid(spec) + "/series/" + seriesUid(spec);
    }

    private String instancePath(SeriesSpec spec, int index) {
        return seriesPath(spec) + "/instances/" + instanceUid(spec, index);
    }
}
