package org.glimpse.transport.internal.metadata;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.glimpse.api.frame.PaletteColor;

/**
 * The PALETTE COLOR lookup tables of an instance (PS3.3 C.7.6.3.1.5-6) from its DICOM JSON: each descriptor's
 * three values (entries, 0 meaning 65 536; first stored value mapped; bits an entry) and each table's data given
 * inline as base64 OW (little-endian 16-bit words, or one byte an entry when the data hold exactly one byte per
 * entry). Tables given by BulkDataURI, and segmented tables, are not read: such an image shows as grey indices.
 */
final class PaletteTables {

    static final String RED_DESCRIPTOR = "00281101";
    static final String GREEN_DESCRIPTOR = "00281102";
    static final String BLUE_DESCRIPTOR = "00281103";
    static final String RED_DATA = "00281201";
    static final String GREEN_DATA = "00281202";
    static final String BLUE_DATA = "00281203";
    static final List<String> DESCRIPTORS = List.of(RED_DESCRIPTOR, GREEN_DESCRIPTOR, BLUE_DESCRIPTOR);
    static final List<String> DATA = List.of(RED_DATA, GREEN_DATA, BLUE_DATA);

    private PaletteTables() {
    }

    /**
     * The tables, or null when the metadata do not carry all three inline.
     *
     * @param values the attributes' values (descriptors as three numbers each)
     * @param inline base64 data per table tag
     * @throws IllegalArgumentException naming the table when its data do not match its descriptor
     */
    static PaletteColor of(Map<String, List<String>> values, Map<String, String> inline) {
        int[][] tables = new int[3][];
        int first = 0;
        int bits = 0;
        for (int c = 0; c < 3; c++) {
            List<String> d = values.get(DESCRIPTORS.get(c));
            String data = inline.get(DATA.get(c));
            if (d == null || d.size() != 3 || d.contains(null) || data == null) {
                return null;
            }
            int entries = Integer.parseInt(d.get(0).trim());
            first = Integer.parseInt(d.get(1).trim());
            bits = Integer.parseInt(d.get(2).trim());
            tables[c] = entries(Base64.getMimeDecoder().decode(data), entries == 0 ? 65_536 : entries,
                    DATA.get(c));
        }
        return new PaletteColor(first, bits, tables[0], tables[1], tables[2]);
    }

    private static int[] entries(byte[] b, int entries, String tag) {
        int[] out = new int[entries];
        if (b.length == entries) {
            for (int i = 0; i < entries; i++) {
                out[i] = b[i] & 0xFF;
            }
            return out;
        }
        if (b.length < 2 * entries) {
            throw new IllegalArgumentException("palette table (" + tag.substring(0, 4) + "," + tag.substring(4)
                    + ") holds " + b.length + " bytes for the " + entries + " entries its descriptor names");
        }
        for (int i = 0; i < entries; i++) {
            out[i] = (b[2 * i] & 0xFF) | (b[2 * i + 1] & 0xFF) << 8;
        }
        return out;
    }
}
