package org.glimpse.server.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * DICOM JSON (PS3.18 Annex F) for the sample data, including the private block that carries the byte offset at
 * which each resolution level of each frame is complete:
 * <pre>
 * (0009,0010) LO  private creator "GLIMPSE 1.0"
 * (0009,1001) US  decomposition levels D of the JPEG 2000 forms (resolution levels 0..D)
 * (0009,1002) SQ  one item per frame, in frame order, each with its own (0009,0010) creator:
 *     (0009,1003) UL  D+1 level ends of /frames/ HTJ2K (tile-part per resolution, TLM)
 *     (0009,1004) UL  D+1 level ends of /htj2k/ (one tile-part, as ojph_compress wrote it)
 *     (0009,1005) UL  D+1 level ends of /frames/ negotiated to JPEG 2000 (1.2.840.10008.1.2.4.90)
 * (0009,1006) US  rows\columns of the /jlsThumbnail/ frames
 * </pre>
 * Level end r is the length of the prefix that holds every packet of resolution levels 0..r (the last is the
 * whole codestream length).
 */
final class MetadataWriter {
    static final String PRIVATE_CREATOR = "GLIMPSE 1.0";
    static final String WADO_ROOT_TOKEN = "{WADO_ROOT}";
    static final List<String> COMPRESSED_SYNTAXES = List.of(Representation.HTJ2K_TILED.transferSyntax(),
            Representation.J2K.transferSyntax(), Representation.JLS.transferSyntax(),
            Representation.RAW.transferSyntax());

    private MetadataWriter() {
    }

    static DicomJson study(SeriesSpec spec, SampleSize size, String studyUid) {
        return patientAndStudy(new DicomJson(), studyUid)
                .string("00080061", "CS", spec.modality())
                .number("00201206", "IS", 1)
                .number("00201208", "IS", spec.instances());
    }

    static DicomJson series(SeriesSpec spec, String studyUid, String seriesUid) {
        return new DicomJson()
                .string("00080060", "CS", spec.modality())
                .string("0008103E", "LO", spec.description())
                .string("0020000D", "UI", studyUid)
                .string("0020000E", "UI", seriesUid)
                .number("00200011", "IS", 1)
                .number("00201209", "IS", spec.instances());
    }

    static DicomJson instanceSummary(SeriesSpec spec, String studyUid, String seriesUid, String sopUid, int index) {
        return new DicomJson()
                .string("00080016", "UI", spec.sopClassUid())
                .string("00080018", "UI", sopUid)
                .string("0020000D", "UI", studyUid)
                .string("0020000E", "UI", seriesUid)
                .number("00200013", "IS", index + 1)
                .number("00280008", "IS", spec.frames());
    }

    static DicomJson instance(SeriesSpec spec, SampleSize size, String studyUid, String seriesUid, String sopUid,
            int index, List<FrameRecord> frames) {
        String stored = spec.compressed() ? Representation.HTJ2K_TILED.transferSyntax()
                : Representation.RAW.transferSyntax();
        DicomJson d = patientAndStudy(new DicomJson(), studyUid)
                .string("00020010", "UI", stored)
                .string("00080016", "UI", spec.sopClassUid())
                .string("00080018", "UI", sopUid)
                .string("00080060", "CS", spec.modality())
                .string("0008103E", "LO", spec.description())
                .string("00083002", "UI", spec.compressed() ? COMPRESSED_SYNTAXES.toArray(String[]::new)
                        : new String[] {stored})
                .string("0020000E", "UI", seriesUid)
                .number("00200011", "IS", 1)
                .number("00200013", "IS", index + 1)
                .number("00280002", "US", 1)
                .string("00280004", "CS", "MONOCHROME2")
                .number("00280008", "IS", spec.frames())
                .number("00280010", "US", spec.size())
                .number("00280011", "US", spec.size())
                .number("00280030", "DS", spec.pixelSpacing(), spec.pixelSpacing())
                .number("00280100", "US", 16)
                .number("00280101", "US", spec.bits())
                .number("00280102", "US", spec.bits() - 1)
                .number("00280103", "US", spec.signed() ? 1 : 0)
                .number("00281050", "DS", spec.windowCenter())
                .number("00281051", "DS", spec.windowWidth())
                .number("00281052", "DS", 0)
                .number("00281053", "DS", 1)
                .bulkData("7FE00010", "OW", WADO_ROOT_TOKEN + "/studies/" + studyUid + "/series/" + seriesUid
                        + "/instances/" + sopUid + "/frames/1");
        if (spec.sliceSpacing() > 0) {
            double half = spec.size() * spec.pixelSpacing() / 2;
            d.number("00180050", "DS", spec.sliceSpacing())
                    .number("00180088", "DS", spec.sliceSpacing())
                    .number("00200032", "DS", -half, -half, -index * spec.sliceSpacing())
                    .number("00200037", "DS", 1, 0, 0, 0, 1, 0);
        }
        if (spec.frames() > 1) {
            d.number("00181063", "DS", 66.7);
        }
        if (spec.compressed()) {
            List<DicomJson> items = new ArrayList<>();
            for (FrameRecord f : frames) {
                // A private element needs its creator in its own dataset: each item carries it again.
                items.add(new DicomJson()
                        .string("00090010", "LO", PRIVATE_CREATOR)
                        .numbers("00091003", "UL", f.tiledLevels())
                        .numbers("00091004", "UL", f.singleLevels())
                        .numbers("00091005", "UL", f.j2kLevels()));
            }
            FrameRecord first = frames.get(0);
            d.string("00090010", "LO", PRIVATE_CREATOR)
                    .number("00091001", "US", first.tiledLevels().length - 1)
                    .sequence("00091002", items)
                    .number("00091006", "US", first.thumbnailRows(), first.thumbnailColumns());
        }
        return d;
    }

    /** The same level ends as the private block, with names: served as {@code .../instances/{i}/levels}. */
    static ObjectNode levels(String sopUid, List<FrameRecord> frames) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("sopInstanceUid", sopUid);
        root.put("decompositions", frames.get(0).tiledLevels().length - 1);
        ArrayNode list = root.putArray("frames");
        for (int i = 0; i < frames.size(); i++) {
            FrameRecord f = frames.get(i);
            ObjectNode frame = list.addObject();
            frame.put("frame", i + 1);
            form(frame, "frames", Representation.HTJ2K_TILED, f.tiledLevels());
            form(frame, "htj2k", Representation.HTJ2K_SINGLE, f.singleLevels());
            form(frame, "j2k", Representation.J2K, f.j2kLevels());
            frame.putObject("jls").put("transferSyntaxUid", Representation.JLS.transferSyntax())
                    .put("length", f.jlsLength());
            frame.putObject("jlsThumbnail").put("transferSyntaxUid", Representation.JLS.transferSyntax())
                    .put("length", f.thumbnailLength()).put("rows", f.thumbnailRows())
                    .put("columns", f.thumbnailColumns());
            frame.putObject("raw").put("transferSyntaxUid", Representation.RAW.transferSyntax())
                    .put("length", f.rawLength());
        }
        return root;
    }

    private static void form(ObjectNode frame, String name, Representation r, long[] levels) {
        ObjectNode node = frame.putObject(name);
        node.put("transferSyntaxUid", r.transferSyntax());
        node.put("length", levels[levels.length - 1]);
        ArrayNode ends = node.putArray("levelEnds");
        for (long end : levels) {
            ends.add(end);
        }
    }

    private static DicomJson patientAndStudy(DicomJson d, String studyUid) {
        return d.personName("00100010", "GLIMPSE^PHANTOM")
                .string("00100020", "LO", "GLIMPSE-0001")
                .string("00080020", "DA", "20260101")
                .string("00080030", "TM", "120000")
                .string("00081030", "LO", "Glimpse sample study")
                .string("0020000D", "UI", studyUid);
    }
}
