package org.glimpse.transport.internal.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glimpse.api.frame.PublishedLevels;
import org.glimpse.api.frame.ReducedRendition;
import org.glimpse.api.frame.TransferSyntax;

/**
 * The level ends and thumbnail size that the reference server (and any server writing the same block)
 * publishes under private creator "GLIMPSE 1.0" in group 0009 (PS3.5 §7.8.1: the creator element
 * (0009,00xx) reserves elements (0009,xx00-xxFF), so the block is found by its creator, not by a fixed tag):
 * <pre>
 * (0009,xx02) SQ  one item per frame, in frame order, each with its own creator:
 *     (0009,xx03) UL  level ends of /frames/ as HTJ2K RPCL (1.2.840.10008.1.2.4.202)
 *     (0009,xx04) UL  level ends of /htj2k/ (same syntax, one tile-part)
 *     (0009,xx05) UL  level ends of /frames/ as JPEG 2000 lossless (1.2.840.10008.1.2.4.90)
 * (0009,xx06) US  rows\columns of /jlsThumbnail/
 * </pre>
 */
final class GlimpsePrivateBlock {

    static final String CREATOR = "GLIMPSE 1.0";
    static final String GROUP = "0009";
    static final String THUMBNAIL_PATH = "/jlsThumbnail/";

    /** The forms whose level ends each item carries: element, frames path, transfer syntax. */
    private static final String[][] FORMS = {
        {"03", "/frames/", TransferSyntax.HTJ2K_LOSSLESS_RPCL},
        {"04", "/htj2k/", TransferSyntax.HTJ2K_LOSSLESS_RPCL},
        {"05", "/frames/", TransferSyntax.JPEG_2000_LOSSLESS}};

    private GlimpsePrivateBlock() {
    }

    /** Whether an attribute of group 0009 may belong to a private block (creators and their elements). */
    static boolean inGroup(String tag) {
        return tag.startsWith(GROUP);
    }

    /** The element tag {@code (0009,bbee)} of the block whose creator is {@value #CREATOR}, or null. */
    static String blockOf(Map<String, List<String>> values) {
        for (int b = 0x10; b <= 0xFF; b++) {
            String creator = GROUP + String.format(Locale.ROOT, "%04X", b);
            List<String> v = values.get(creator);
            if (v != null && !v.isEmpty() && v.get(0) != null && CREATOR.equals(v.get(0).trim())) {
                return GROUP + String.format(Locale.ROOT, "%02X", b);
            }
        }
        return null;
    }

    /** Published level ends of every frame, from the items of (0009,xx02); empty without the block. */
    static List<PublishedLevels> levels(Map<String, List<String>> values, Map<String, List<Map<String, List<String>>>>
            sequences, int frames, String where) {
        String block = blockOf(values);
        List<Map<String, List<String>>> items = block == null ? null : sequences.get(block + "02");
        if (items == null) {
            return List.of();
        }
        List<PublishedLevels> out = new ArrayList<>();
        for (int f = 0; f < items.size() && f < frames; f++) {
            Map<String, List<String>> item = items.get(f);
            String itemBlock = blockOf(item);
            if (itemBlock == null) {
                throw new IllegalArgumentException("item " + (f + 1) + " of " + block + "02 has no " + CREATOR
                        + " creator in " + where);
            }
            for (String[] form : FORMS) {
                long[] ends = longs(item.get(itemBlock + form[0]), itemBlock + form[0], where);
                if (ends != null) {
                    out.add(new PublishedLevels(f + 1, form[1], form[2], ends));
                }
            }
        }
        return out;
    }

    /** The quarter-size JPEG-LS rendition from (0009,xx06), or none. */
    static List<ReducedRendition> renditions(Map<String, List<String>> values, String where) {
        String block = blockOf(values);
        long[] size = block == null ? null : longs(values.get(block + "06"), block + "06", where);
        if (size == null) {
            return List.of();
        }
        if (size.length != 2) {
            throw new IllegalArgumentException(block + "06 must hold rows\\columns, had " + size.length + " values in "
                    + where);
        }
        return List.of(new ReducedRendition(THUMBNAIL_PATH, (int) size[0], (int) size[1]));
    }

    private static long[] longs(List<String> v, String tag, String where) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        long[] out = new long[v.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Long.parseLong(v.get(i) == null ? "" : v.get(i).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("(" + tag.substring(0, 4) + "," + tag.substring(4) + ") value "
                        + (i + 1) + " must be an integer, was '" + v.get(i) + "' in " + where, e);
            }
        }
        return out;
    }
}
