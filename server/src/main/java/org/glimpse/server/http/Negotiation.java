package org.glimpse.server.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.QuotedQualityCSV;
import org.glimpse.server.data.Representation;

/**
 * WADO-RS frame content negotiation (PS3.18 §8.7): picks the stored form and the envelope (multipart/related
 * or single part) from the Accept media ranges, in the client's order of preference.
 */
final class Negotiation {
    private static final String OCTET = "application/octet-stream";
    private static final String MULTIPART = "multipart/related";

    /**
     * @param representation the stored form to send
     * @param multipart      multipart/related envelope, else single part
     * @param mediaType      the part's (or the single body's) media type
     */
    record Choice(Representation representation, boolean multipart, String mediaType, String transferSyntax) {
        Choice(Representation representation, boolean multipart, String mediaType) {
            this(representation, multipart, mediaType, representation.transferSyntax());
        }
    }

    /**
     * HTJ2K Lossless: any progression order, so an RPCL codestream (…4.202) is also one. Answered as asked, so
     * that clients that only know 4.201 get the stored HTJ2K.
     */
    private static final String HTJ2K_LOSSLESS = "1.2.840.10008.1.2.4.201";

    private Negotiation() {
    }

    /**
     * @param accept  the Accept header (or {@code ?accept=}); null or blank means {@code *}
     * @param offered the forms this path can answer, the default first
     */
    static Choice negotiate(String accept, List<Representation> offered) throws HttpError {
        if (accept == null || accept.isBlank()) {
            return new Choice(offered.get(0), true, OCTET);
        }
        QuotedQualityCSV ranges = new QuotedQualityCSV();
        ranges.addValue(accept);
        List<String> reasons = new ArrayList<>();
        for (String range : ranges.getValues()) {
            Map<String, String> params = new HashMap<>();
            String type = HttpField.getValueParameters(range, params).trim().toLowerCase(Locale.ROOT);
            Map<String, String> p = new HashMap<>();
            params.forEach((k, v) -> p.put(k.trim().toLowerCase(Locale.ROOT), unquote(v)));
            Choice c = choose(type, p, offered, reasons);
            if (c != null) {
                return c;
            }
        }
        List<String> available = new ArrayList<>();
        for (Representation r : offered) {
            available.add(r.transferSyntax() + " (" + r.mediaType() + ")");
        }
        throw new HttpError(406, "Accept '" + accept + "' matches nothing here: " + String.join("; ", reasons)
                + ". Available: multipart/related or single part of " + String.join(", ", available));
    }

    private static Choice choose(String type, Map<String, String> p, List<Representation> offered,
            List<String> reasons) {
        String ts = p.get("transfer-syntax");
        switch (type) {
            case "*", "*/*":
                return new Choice(offered.get(0), true, OCTET);
            case MULTIPART: {
                String partType = p.getOrDefault("type", OCTET).trim().toLowerCase(Locale.ROOT);
                int semicolon = partType.indexOf(';');
                if (semicolon >= 0) {
                    // Some servers and clients put transfer-syntax inside the quoted type parameter.
                    Map<String, String> inner = new HashMap<>();
                    partType = HttpField.getValueParameters(partType, inner).trim();
                    if (ts == null) {
                        ts = unquote(inner.get("transfer-syntax"));
                    }
                }
                Choice single = choose(partType.equals("*/*") || partType.equals("*") ? OCTET : partType,
                        ts == null ? Map.of() : Map.of("transfer-syntax", ts), offered, reasons);
                return single == null ? null : new Choice(single.representation(), true, single.mediaType(),
                        single.transferSyntax());
            }
            case OCTET: {
                Representation r = byTransferSyntax(ts, offered);
                if (r == null) {
                    reasons.add("transfer-syntax " + ts + " is not stored");
                    return null;
                }
                return new Choice(r, false, OCTET, label(r, ts));
            }
            case "image/*": {
                for (Representation r : offered) {
                    if (r.mediaType().startsWith("image/")) {
                        return new Choice(r, false, r.mediaType());
                    }
                }
                reasons.add("no image/* form is stored");
                return null;
            }
            default: {
                String wanted = type.equals("image/j2c") ? "image/jp2" : type;
                for (Representation r : offered) {
                    if (r.mediaType().equals(wanted) && (ts == null || ts.equals("*") || ts.equals(label(r, ts)))) {
                        return new Choice(r, false, type, label(r, ts));
                    }
                }
                reasons.add(type + (ts == null ? "" : " with transfer-syntax " + ts) + " is not offered");
                return null;
            }
        }
    }

    private static Representation byTransferSyntax(String ts, List<Representation> offered) {
        if (ts == null || ts.equals("*")) {
            return offered.get(0);
        }
        for (Representation r : offered) {
            if (r.transferSyntax().equals(ts) || ts.equals(label(r, ts))) {
                return r;
            }
        }
        return null;
    }

    /** The syntax to announce for {@code r} when {@code asked} was asked: 4.201 stays 4.201 for HTJ2K RPCL. */
    private static String label(Representation r, String asked) {
        return HTJ2K_LOSSLESS.equals(asked) && r.transferSyntax().equals(Representation.HTJ2K_TILED.transferSyntax())
                ? HTJ2K_LOSSLESS : r.transferSyntax();
    }

    private static String unquote(String v) {
        if (v == null) {
            return null;
        }
        String s = v.trim();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
