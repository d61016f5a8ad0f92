package org.glimpse.server.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.glimpse.server.TestData;
import org.junit.jupiter.api.Test;

class SampleDataTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void secondEnsureReusesTheTreeAndReturnsTheSameCatalog() throws IOException {
        Catalog first = TestData.catalog();
        FileTime written = Files.getLastModifiedTime(TestData.ROOT.resolve(Catalog.FILE_NAME));
        Catalog second = SampleData.ensure(TestData.ROOT, SampleSize.SMALL);
        assertEquals(first, second, "catalog of a cached tree");
        assertEquals(written, Files.getLastModifiedTime(TestData.ROOT.resolve(Catalog.FILE_NAME)),
                "the catalog file must not be rewritten when the tree is cached");
        assertEquals(first, Catalog.read(TestData.ROOT), "catalog.json read back by another reader");
    }

    @Test
    void aPreparedTreeTellsItsSizeAndAnEmptyFolderTellsNone() throws IOException {
        TestData.catalog();
        assertEquals(java.util.Optional.of(SampleSize.SMALL), SampleData.prepared(TestData.ROOT),
                "the size a server given no --size serves");
        Path empty = Files.createTempDirectory("glimpse-no-data");
        try {
            assertTrue(SampleData.prepared(empty).isEmpty(), "nothing prepared in " + empty);
        } finally {
            Files.delete(empty);
        }
    }

    @Test
    void aRelativeDataRootIsPreparedAsWell() throws IOException {
        Path relative = Path.of("target", "sample-relative");
        assertTrue(!relative.isAbsolute(), "the test needs a relative path");
        Catalog c = SampleData.ensure(relative, SampleSize.SMALL);
        assertEquals(SampleSize.SMALL.ctSlices(), c.ct().instances().size(), "CT slices under a relative root");
        assertEquals(c, Catalog.read(relative.toAbsolutePath()), "catalog.json under the relative root");
    }

    @Test
    void concurrentPreparersInOneJvmWaitForEachOther() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            java.util.List<java.util.concurrent.Future<Catalog>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                results.add(pool.submit(() -> SampleData.ensure(TestData.ROOT, SampleSize.SMALL)));
            }
            for (java.util.concurrent.Future<Catalog> r : results) {
                assertEquals(TestData.catalog(), r.get(60, java.util.concurrent.TimeUnit.SECONDS),
                        "every thread gets the catalog");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void catalogDescribesTheFourSeriesOfTheSmallSet() {
        Catalog c = TestData.catalog();
        assertEquals(512, c.dx().instances().get(0).rows(), "DX rows");
        assertEquals(SampleSize.SMALL.ctSlices(), c.ct().instances().size(), "CT slices");
        assertTrue(c.ct().instances().get(0).signed(), "CT is signed");
        assertEquals(SampleSize.SMALL.cineFrames(), c.multiFrame().instances().get(0).frames(), "cine frames");
        CatalogInstance raw = c.uncompressed().instances().get(0);
        assertEquals("1.2.840.10008.1.2.1", raw.defaultTransferSyntax(), "uncompressed default syntax");
        assertTrue(raw.alternates().isEmpty(), "uncompressed has no alternates");
        CatalogInstance dx = c.dx().instances().get(0);
        assertEquals("1.2.840.10008.1.2.4.202", dx.defaultTransferSyntax());
        assertEquals(3, dx.decompositions(), "512 px needs 3 decompositions for a base of at most 64 px");
        assertEquals(128, dx.thumbnailRows(), "quarter-size thumbnail rows");
    }

    @Test
    void everyStoredFrameFileExistsForEveryInstance() {
        Catalog c = TestData.catalog();
        for (CatalogSeries s : c.series()) {
            for (int i = 0; i < s.instances().size(); i++) {
                CatalogInstance inst = s.instances().get(i);
                Path frames = SampleData.tree(TestData.ROOT).resolve(s.instancePath(i)).resolve("frames");
                for (int n = 1; n <= inst.frames(); n++) {
                    for (Representation r : inst.alternates().isEmpty() ? java.util.List.of(Representation.RAW)
                            : java.util.List.of(Representation.values())) {
                        assertTrue(Files.isRegularFile(frames.resolve(r.fileName(n))), s.role() + " instance " + i
                                + " frame " + n + " " + r);
                    }
                }
            }
        }
    }

    @Test
    void metadataCarriesLevelEndsEqualToLevelsJsonAndTheFileLengths() throws IOException {
        Catalog c = TestData.catalog();
        CatalogSeries cine = c.multiFrame();
        Path dir = SampleData.tree(TestData.ROOT).resolve(cine.instancePath(0));
        JsonNode metadata = json.readTree(dir.resolve("metadata.json").toFile()).get(0);
        JsonNode levels = json.readTree(dir.resolve("levels.json").toFile());
        assertEquals("GLIMPSE 1.0", metadata.at("/00090010/Value/0").asText(), "private creator");
        JsonNode items = metadata.at("/00091002/Value");
        assertEquals(cine.instances().get(0).frames(), items.size(), "one level item per frame");
        for (int f = 0; f < items.size(); f++) {
            long[] fromMetadata = longs(items.get(f).at("/00091003/Value"));
            long[] fromLevels = longs(levels.at("/frames/" + f + "/frames/levelEnds"));
            assertArrayEquals(fromLevels, fromMetadata, "frame " + (f + 1) + " level ends");
            long length = Files.size(dir.resolve("frames").resolve(Representation.HTJ2K_TILED.fileName(f + 1)));
            assertEquals(length, fromMetadata[fromMetadata.length - 1], "last level end is the file length");
            long[] single = longs(items.get(f).at("/00091004/Value"));
            assertEquals(Files.size(dir.resolve("frames").resolve(Representation.HTJ2K_SINGLE.fileName(f + 1))),
                    single[single.length - 1], "single tile-part form length");
        }
    }

    @Test
    void ctSlicesArePlacedAlongTheNormalAtTheSliceSpacing() throws IOException {
        CatalogSeries ct = TestData.catalog().ct();
        JsonNode series = json.readTree(SampleData.tree(TestData.ROOT).resolve(ct.path()).resolve("metadata.json")
                .toFile());
        assertEquals(ct.instances().size(), series.size(), "series metadata lists every instance");
        double spacing = series.get(0).at("/00180088/Value/0").asDouble();
        for (int i = 0; i < series.size(); i++) {
            JsonNode inst = series.get(i);
            assertEquals(i + 1, inst.at("/00200013/Value/0").asInt(), "InstanceNumber of entry " + i);
            assertEquals(-i * spacing, inst.at("/00200032/Value/2").asDouble(), 1e-9, "z of slice " + (i + 1));
            assertEquals(1, inst.at("/00280103/Value/0").asInt(), "PixelRepresentation of slice " + (i + 1));
        }
    }

    private static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }
}
