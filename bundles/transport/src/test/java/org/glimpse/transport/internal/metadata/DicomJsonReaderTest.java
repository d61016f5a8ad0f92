package org.glimpse.transport.internal.metadata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PaletteColor;
import org.glimpse.api.frame.SeriesDescriptor;
import org.junit.jupiter.api.Test;

class DicomJsonReaderTest {

    private static final String CT = """
            [{"0020000D":{"vr":"UI","Value":["1.2.3"]},"0020000E":{"vr":"UI","Value":["1.2.3.4"]},
              "00080060":{"vr":"CS","Value":["CT"]},"00080018":{"vr":"UI","Value":["1.2.3.4.5"]},
              "00080016":{"vr":"UI","Value":["1.2.840.10008.5.1.4.1.1.2"]},
              "00200013":{"vr":"IS","Value":["7"]},"00280010":{"vr":"US","Value":[512]},
              "00280011":{"vr":"US","Value":[256]},"00280100":{"vr":"US","Value":[16]},
              "00280101":{"vr":"US","Value":[12]},"00280103":{"vr":"US","Value":[1]},
              "00280004":{"vr":"CS","Value":["MONOCHROME2"]},
              "00200032":{"vr":"DS","Value":[-125.5,"-100",42.25]},
              "00200037":{"vr":"DS","Value":[1,0,0,0,1,0]},"00280030":{"vr":"DS","Value":["0.5","0.75"]},
              "00281052":{"vr":"DS","Value":["-1024"]},"00281053":{"vr":"DS","Value":[1]},
              "00083002":{"vr":"UI","Value":["1.2.840.10008.1.2.4.202"]},
              "00081115":{"vr":"SQ","Value":[{"00081150":{"vr":"UI","Value":["9"]}}]},
              "00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe^J"}]},
              "00091001":{"vr":"OB","InlineBinary":"AAECAw=="},
              "7FE00010":{"vr":"OW","BulkDataURI":"http://h/bulk/1"}},
             {"00080018":{"vr":"UI","Value":["1.2.3.4.6"]},"00280010":{"vr":"US","Value":[512]},
              "00280011":{"vr":"US","Value":[256]},"00280100":{"vr":"US","Value":[16]},
              "00280008":{"vr":"IS","Value":["3"]},
              "7FE00010":{"vr":"OW","InlineBinary":"AAAA"}}]
            """;

    /** A two-frame instance whose Glimpse block sits at (0009,0011) behind another creator's block at 0010. */
    private static final String PUBLISHED_LEVELS = """
            [{"00080018":{"vr":"UI","Value":["1.2.9"]},"00280010":{"vr":"US","Value":[512]},
              "00280011":{"vr":"US","Value":[512]},"00280100":{"vr":"US","Value":[16]},
              "00280008":{"vr":"IS","Value":["2"]},
              "00090010":{"vr":"LO","Value":["OTHER VENDOR"]},"00091006":{"vr":"US","Value":[1,2]},
              "00090011":{"vr":"LO","Value":["GLIMPSE 1.0"]},"00091101":{"vr":"US","Value":[3]},
              "00091102":{"vr":"SQ","Value":[
                {"00090011":{"vr":"LO","Value":["GLIMPSE 1.0"]},"00091103":{"vr":"UL","Value":[900,5000,17000,60000]},
                 "00091105":{"vr":"UL","Value":[800,4000,16000,70000]}},
                {"00090011":{"vr":"LO","Value":["GLIMPSE 1.0"]},"00091103":{"vr":"UL","Value":[910,5100,17100,61000]},
                 "00091104":{"vr":"UL","Value":[905,5050,17050,60500]}}]},
              "00091106":{"vr":"US","Value":[128,128]}}]
            """;

    /** An 8-bit PALETTE COLOR instance whose three 16-bit tables (red, green, blue from value 10) come inline. */
    private static final String PALETTE = """
            [{"00080018":{"vr":"UI","Value":["1.2.8"]},"00280010":{"vr":"US","Value":[4]},
              "00280011":{"vr":"US","Value":[4]},"00280100":{"vr":"US","Value":[8]},
              "00280004":{"vr":"CS","Value":["PALETTE COLOR"]},
              "00281101":{"vr":"US","Value":[3,10,16]},"00281102":{"vr":"US","Value":[3,10,16]},
              "00281103":{"vr":"US","Value":[3,10,16]},
              "00281201":{"vr":"OW","InlineBinary":"//8AAAAA"},"00281202":{"vr":"OW","InlineBinary":"AAD//wAA"},
              "00281203":{"vr":"OW","InlineBinary":"AAAAAP//"}}]
            """;

    @Test
    void paletteTablesGivenInlineReachTheInstance() throws Exception {
        PaletteColor p = read(PALETTE).instances().get(0).palette();
        assertEquals(10, p.firstMapped());
        assertEquals(0xFF0000, p.rgb(10));
        assertEquals(0x00FF00, p.rgb(11));
        assertEquals(0x0000FF, p.rgb(12));
        assertEquals(null, read(CT).instances().get(0).palette(), "a MONOCHROME2 image has none");
    }

    @Test
    void aPaletteTableShorterThanItsDescriptorIsNamed() {
        String green = "\"00281102\":{\"vr\":\"US\",\"Value\":[";
        MetadataException e = assertThrows(MetadataException.class, () -> read(PALETTE.replace(green + "3,",
                green + "9,")));
        assertTrue(e.getMessage().contains("(0028,1202) holds 6 bytes for the 9 entries"), e.getMessage());
    }

    @Test
    void publishedLevelEndsAndThumbnailSizeAreReadFromTheGlimpseBlockWhereverItsCreatorSits() throws Exception {
        InstanceDescriptor i = read(PUBLISHED_LEVELS).instances().get(0);
        assertEquals(4, i.publishedLevels().size(), "frame 1: /frames/ HTJ2K and J2K; frame 2: /frames/ and /htj2k/");
        assertArrayEquals(new long[] {900, 5000, 17000, 60000},
                i.levelsOf(1, "/frames/", "1.2.840.10008.1.2.4.202").levelEnds(), "frame 1 HTJ2K level ends");
        assertArrayEquals(new long[] {800, 4000, 16000, 70000},
                i.levelsOf(1, "/frames/", "1.2.840.10008.1.2.4.90").levelEnds(), "frame 1 JPEG 2000 level ends");
        assertArrayEquals(new long[] {905, 5050, 17050, 60500},
                i.levelsOf(2, "/htj2k/", "1.2.840.10008.1.2.4.202").levelEnds(), "frame 2 single tile-part ends");
        assertEquals(null, i.levelsOf(1, "/htj2k/", "1.2.840.10008.1.2.4.202"), "frame 1 publishes no /htj2k/");
        assertEquals(5000, i.levelsOf(1, "/frames/", "1.2.840.10008.1.2.4.202").endOfReduce(2), "reduce 2 end");
        assertEquals(1, i.reducedRenditions().size(), "the other vendor's (0009,1006) is not a rendition size");
        assertEquals(128, i.renditionAt("/jlsThumbnail/").rows(), "thumbnail rows");
    }

    @Test
    void aSeriesWithoutTheBlockPublishesNothing() throws Exception {
        InstanceDescriptor i = read(CT).instances().get(0);
        assertTrue(i.publishedLevels().isEmpty(), "no level ends");
        assertTrue(i.reducedRenditions().isEmpty(), "no renditions");
    }

    @Test
    void aLevelEndThatIsNoNumberNamesTheTagAndTheDataset() {
        MetadataException e = assertThrows(MetadataException.class,
                () -> read(PUBLISHED_LEVELS.replace("[900,", "[\"x\",")));
        assertTrue(e.getMessage().contains("(0009,1103)") && e.getMessage().contains("dataset #0"), e.getMessage());
    }

    private SeriesDescriptor read(String json) throws Exception {
        return new DicomJsonReader(new JsonFactory()).read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json", "s", "se");
    }

    @Test
    void readsPixelGeometryAndModalityLutFromNumbersAndStrings() throws Exception {
        SeriesDescriptor s = read(CT);
        assertEquals("1.2.3", s.studyInstanceUid(), "study UID from the first dataset");
        assertEquals("CT", s.modality(), "modality");
        assertEquals(2, s.instances().size(), "both datasets become instances");
        InstanceDescriptor i = s.instances().get(0);
        assertEquals(512, i.pixel().rows(), "rows");
        assertEquals(256, i.pixel().columns(), "columns");
        assertEquals(12, i.pixel().bitsStored(), "bits stored");
        assertTrue(i.pixel().signed(), "pixel representation 1 is signed");
        assertEquals(7, i.instanceNumber(), "instance number from an IS string");
        assertArrayEquals(new double[] {-125.5, -100, 42.25}, i.plane().imagePositionPatient(), "IPP mixes types");
        assertArrayEquals(new double[] {0.5, 0.75}, i.plane().pixelSpacing(), "pixel spacing");
        assertEquals(-1024, i.plane().rescaleIntercept(), "rescale intercept");
        assertEquals("1.2.840.10008.1.2.4.202", i.transferSyntaxUid(), "available transfer syntax");
    }

    @Test
    void appliesDefaultsForAbsentOptionalAttributes() throws Exception {
        InstanceDescriptor i = read(CT).instances().get(1);
        assertEquals(3, i.numberOfFrames(), "NumberOfFrames from IS");
        assertEquals(16, i.pixel().bitsStored(), "BitsStored defaults to BitsAllocated");
        assertEquals(1, i.pixel().samplesPerPixel(), "SamplesPerPixel defaults to 1");
        assertEquals(1.0, i.plane().rescaleSlope(), "slope defaults to 1");
        assertEquals(null, i.transferSyntaxUid(), "no transfer syntax in the metadata");
    }

    @Test
    void namesTagValueAndDatasetWhenANumberDoesNotParse() {
        String bad = CT.replaceFirst("\\[512\\]", "[\"five\"]");
        MetadataException e = assertThrows(MetadataException.class, () -> read(bad));
        assertTrue(e.getMessage().contains("(0028,0010)") && e.getMessage().contains("'five'")
                && e.getMessage().contains("test.json dataset #0"), "message names tag, value and place: "
                + e.getMessage());
    }

    @Test
    void namesTheMissingRequiredAttribute() {
        String json = "[{\"00080018\":{\"vr\":\"UI\",\"Value\":[\"9.9\"]},\"00280011\":{\"vr\":\"US\",\"Value\":[4]}}]";
        MetadataException e = assertThrows(MetadataException.class, () -> read(json));
        assertTrue(e.getMessage().contains("Rows (0028,0010) is missing") && e.getMessage().contains("9.9"),
                "message names the attribute and instance: " + e.getMessage());
    }

    @Test
    void rejectsADocumentThatIsNotAnArray() {
        MetadataException e = assertThrows(MetadataException.class, () -> read("{\"a\":1}"));
        assertTrue(e.getMessage().contains("test.json") && e.getMessage().contains("START_OBJECT"),
                "message names the source and what came: " + e.getMessage());
    }

    @Test
    void readsAManyInstanceSeriesWithoutKeepingSkippedValues() throws Exception {
        StringBuilder sb = new StringBuilder("[");
        for (int n = 0; n < 2000; n++) {
            sb.append(n == 0 ? "" : ",").append("{\"00080018\":{\"vr\":\"UI\",\"Value\":[\"1.").append(n)
                    .append("\"]},\"00280010\":{\"vr\":\"US\",\"Value\":[2]},\"00280011\":{\"vr\":\"US\",\"Value\":[2]},")
                    .append("\"00280100\":{\"vr\":\"US\",\"Value\":[8]},\"7FE00010\":{\"vr\":\"OB\",\"InlineBinary\":\"")
                    .append("A".repeat(4000)).append("\"}}");
        }
        SeriesDescriptor s = read(sb.append("]").toString());
        assertEquals(2000, s.instances().size(), "every instance read");
        assertEquals("1.1999", s.instances().get(1999).sopInstanceUid(), "server order kept");
    }
}
