package org.glimpse.server.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.ByteBufferPool;
import org.glimpse.server.Faults;
import org.glimpse.server.data.Representation;

/**
 * Answers {@code .../instances/{i}/{frames|htj2k|jls|jlsThumbnail}/{list}}: negotiation, the multipart or
 * single-part representation, byte ranges of that representation with If-Range, and the frame faults. Bodies
 * are mapped from disk and streamed, never read whole into the heap.
 */
final class FrameResponder {
    private FrameResponder() {
    }

    static List<Representation> offered(String alternate, boolean compressed, String instanceUid) throws HttpError {
        return switch (alternate) {
            case "frames" -> compressed ? List.of(Representation.HTJ2K_TILED, Representation.J2K, Representation.JLS,
                    Representation.RAW) : List.of(Representation.RAW);
            case "htj2k" -> requireCompressed(compressed, alternate, instanceUid, Representation.HTJ2K_SINGLE);
            case "jls" -> requireCompressed(compressed, alternate, instanceUid, Representation.JLS);
            case "jlsThumbnail" -> requireCompressed(compressed, alternate, instanceUid, Representation.JLS_THUMBNAIL);
            default -> throw new HttpError(404, "unknown frame resource '" + alternate
                    + "': expected frames, htj2k, jls or jlsThumbnail");
        };
    }

    private static List<Representation> requireCompressed(boolean compressed, String alternate, String uid,
            Representation r) throws HttpError {
        if (!compressed) {
            throw new HttpError(404, "instance " + uid + " is stored uncompressed and has no /" + alternate
                    + "/ alternate");
        }
        return List.of(r);
    }

    static void respond(Exchange ex, Path framesDir, String instanceUid, String alternate, int[] frames,
            String accept) throws IOException, HttpError {
        boolean compressed = Files.exists(framesDir.resolve(Representation.HTJ2K_TILED.fileName(1)));
        Negotiation.Choice choice;
        try {
            choice = Negotiation.negotiate(accept, offered(alternate, compressed, instanceUid));
        } catch (HttpError e) {
            throw e.status() == 406 && ex.faults().accept400() ? new HttpError(400, e.getMessage()) : e;
        }
        if (!choice.multipart() && frames.length > 1) {
            throw new HttpError(406, "frames " + joined(frames) + ": a single-part answer carries one frame; "
                    + "ask for multipart/related");
        }
        List<Path> files = new ArrayList<>();
        StringBuilder stored = new StringBuilder();
        for (int n : frames) {
            Path f = framesDir.resolve(choice.representation().fileName(n));
            if (!Files.isRegularFile(f)) {
                throw new HttpError(404, "frame " + n + " of instance " + instanceUid + " does not exist");
            }
            files.add(f);
            stored.append(f.getFileName()).append(':').append(Files.size(f)).append(':')
                    .append(Files.getLastModifiedTime(f).toMillis()).append(';');
        }
        Representation rep = choice.representation();
        Faults faults = ex.faults();
        String label = faults.mislabel() ? wrongSyntax(rep) : choice.transferSyntax();
        String partType = choice.mediaType() + "; transfer-syntax=" + label;
        String boundary = Boundaries.of("part", partType, stored.toString());
        String etag = "\"" + rep.name().toLowerCase(Locale.ROOT) + (choice.multipart() ? "-multipart-" : "-single-")
                + Boundaries.digest(new String[] {boundary, String.valueOf(faults.padByte())}, 12) + "\"";
        String contentType = choice.multipart() ? multipartType(faults, choice, label, boundary) : partType;
        FrameEnvelope envelope = new FrameEnvelope(files, choice.multipart() ? partType : null, boundary,
                faults.padByte());
        Body whole = envelope.whole();
        RangeAnswer answer = faults.rangeInPart() && choice.multipart() && frames.length == 1
                ? rangeInPart(ex, envelope, files.get(0), contentType, etag)
                : RangeAnswer.of(RangeAnswer.requested(ex, etag, whole.length()), whole, contentType, etag);
        send(ex, answer, etag);
    }

    /**
     * The fault {@code range-in-part}: the range counts the frame's bytes and the answer is a new multipart
     * envelope around them, with the frame's length in Content-Range (as some servers do). Several ranges:
     * the whole answer.
     */
    private static RangeAnswer rangeInPart(Exchange ex, FrameEnvelope envelope, Path frame, String contentType,
            String etag) throws IOException, HttpError {
        long frameLength = Files.size(frame);
        List<RangeSpec> ranges = RangeAnswer.requested(ex, etag, frameLength);
        if (ranges == null || ranges.size() != 1) {
            return new RangeAnswer(200, contentType, null, envelope.whole());
        }
        RangeSpec r = ranges.get(0);
        return new RangeAnswer(206, contentType, r.contentRange(frameLength), envelope.aroundSlice(r));
    }

    private static String multipartType(Faults faults, Negotiation.Choice choice, String label, String boundary) {
        String type = faults.tsInType() ? "type=\"" + choice.mediaType() + "; transfer-syntax=" + label + "\""
                : "type=\"" + choice.mediaType() + "\"; transfer-syntax=" + label;
        return "multipart/related; " + type + (faults.noBoundary() ? "" : "; boundary=" + boundary);
    }

    private static void send(Exchange ex, RangeAnswer answer, String etag) throws IOException {
        HttpFields.Mutable headers = ex.response().getHeaders();
        headers.put(HttpHeader.ACCEPT_RANGES, "bytes");
        headers.put(HttpHeader.ETAG, etag);
        headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
        ex.response().setStatus(answer.status());
        if (answer.contentRange() != null) {
            headers.put(HttpHeader.CONTENT_RANGE, answer.contentRange());
        }
        Faults faults = ex.faults();
        Body body = answer.body();
        if (faults.gzip()) {
            headers.put(HttpHeader.CONTENT_ENCODING, "gzip");
        } else if (faults.eofBody()) {
            headers.put(HttpHeader.CONNECTION, "close");
        } else if (!faults.noLength()) {
            headers.put(HttpHeader.CONTENT_LENGTH, body.length());
        }
        if (ex.head()) {
            ex.body().finish();
            return;
        }
        ByteBufferPool pool = ex.request().getComponents().getByteBufferPool();
        if (faults.gzip()) {
            GZIPOutputStream gzip = new GZIPOutputStream(ex.body().asOutputStream(), 65536);
            body.write(pool, null, gzip);
            gzip.finish();
        } else {
            body.write(pool, ex.body(), null);
        }
        ex.body().finish();
    }

    /** A plausible but wrong label, so that clients that trust labels over bytes are caught. */
    private static String wrongSyntax(Representation r) {
        return r.transferSyntax().equals(Representation.JLS.transferSyntax())
                ? Representation.HTJ2K_TILED.transferSyntax() : Representation.JLS.transferSyntax();
    }

    private static String joined(int[] frames) {
        StringBuilder b = new StringBuilder();
        for (int f : frames) {
            b.append(b.length() == 0 ? "" : ",").append(f);
        }
        return b.toString();
    }
}
