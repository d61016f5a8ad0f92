package org.glimpse.api.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.glimpse.api.frame.FrameFailure;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.SeriesKey;
import org.junit.jupiter.api.Test;

class LoadMetricsTest {

    private static final FrameKey F1 = new FrameKey("st", "se", "1.1", 1);
    private static final FrameKey F2 = new FrameKey("st", "se", "1.2", 1);

    private static LoadMetrics metrics() {
        FrameMetrics shown = new FrameMetrics(F1, 0, 1_500_000, ImageQualityStatus.ADJACENT_REPLICATE, 9_000_000,
                70_000, List.of(new LevelEvent(4_000_000, 2, 128, 128, ImageQualityStatus.SUBRESOLUTION, 5_200,
                        "coarse", 0.5, 12.0), new LevelEvent(9_000_000, 0, 512, 512,
                        ImageQualityStatus.FULL_RESOLUTION, 70_000, "rest", 2.25, 0.125)), null);
        FrameMetrics failed = new FrameMetrics(F2, 1, -1, null, -1, 10, List.of(), new FrameFailure(
                FrameFailure.Where.CODEC, "MALFORMED", 0, "rest", false, "SIZ says 9×9, \"Rows\" 512"));
        return new LoadMetrics(new SeriesKey("st", "se"), "glimpse-volume", List.of(shown, failed));
    }

    @Test
    void csvHasAShownRowALevelRowPerImageAndAFailedRow() {
        String[] lines = metrics().toCsv().split("\n");
        assertEquals(LoadMetrics.CSV_HEADER, lines[0]);
        assertEquals("0,1.1,1,shown,1.500,,,,ADJACENT_REPLICATE,,,,,", lines[1]);
        assertEquals("0,1.1,1,level,4.000,2,128,128,SUBRESOLUTION,5200,coarse,12.000,0.500,", lines[2]);
        assertEquals("0,1.1,1,level,9.000,0,512,512,FULL_RESOLUTION,70000,rest,0.125,2.250,", lines[3]);
        assertTrue(lines[4].startsWith("1,1.2,1,failed,,,,,,,rest,,,\"CODEC MALFORMED at stage rest: SIZ says 9×9, "
                + "\"\"Rows\"\" 512\""), lines[4]);
        assertEquals(5, lines.length);
        for (String l : lines) {
            assertEquals(14, l.replaceAll("\"[^\"]*(\"\"[^\"]*)*\"", "q").split(",", -1).length, "14 fields: " + l);
        }
    }

    @Test
    void jsonNamesEveryFieldAndEscapesQuotes() {
        String json = metrics().toJson();
        assertTrue(json.startsWith("{\"studyInstanceUid\":\"st\",\"seriesInstanceUid\":\"se\","
                + "\"configuration\":\"glimpse-volume\",\"frames\":[{\"frameIndex\":0"), json);
        assertTrue(json.contains("\"levels\":[{\"timeMs\":4.000,\"reduce\":2,\"width\":128,\"height\":128,"
                + "\"status\":\"SUBRESOLUTION\",\"bytes\":5200,\"stage\":\"coarse\",\"queueMs\":12.000,"
                + "\"decodeMs\":0.500}"), json);
        assertTrue(json.contains("\"firstShownMs\":null,\"firstShownStatus\":null,\"finalMs\":null"), json);
        assertTrue(json.contains("\"message\":\"SIZ says 9×9, \\\"Rows\\\" 512\"}"), json);
    }

    @Test
    void aLevelEventRefusesANegativeOrUnknownQueueWait() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LevelEvent(1, 0, 8, 8,
                ImageQualityStatus.LOSSY, 10, "s", 1.0, -0.5));
        assertTrue(e.getMessage().contains("queue -0.5 ms"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LevelEvent(1, 0, 8, 8, ImageQualityStatus.LOSSY, 10,
                "s", 1.0, Double.NaN));
    }
}
