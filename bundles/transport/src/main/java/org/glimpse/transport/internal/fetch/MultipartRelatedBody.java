package org.glimpse.transport.internal.fetch;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;

/**
 * A {@code multipart/related} body (RFC 2387) parsed as it streams by Jetty's {@link MultiPart.Parser},
 * which hands part content over chunk by chunk without buffering a part. What it cannot do alone is
 * find a boundary the Content-Type leaves out, so the first body line ({@code --boundary}) is read here
 * and the parser is created from it; a boundary in the body wins over a different one in the header.
 */
final class MultipartRelatedBody implements BodyParser, MultiPart.Parser.Listener {

    /** A boundary is at most 70 characters (RFC 2046 §5.1.1); the first line is longer only if malformed. */
    private static final int FIRST_LINE_LIMIT = 200;
    private static final int HEAD_LIMIT = 4096;

    private final PartSink sink;
    private final String headerBoundary;
    private final String contentType;
    private final ByteArrayOutputStream firstLine = new ByteArrayOutputStream();
    /** The body's first bytes, to measure the first part's header (see {@link #firstPartContentOffset()}). */
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private MultiPart.Parser parser;
    private int part = -1;
    private String partType;
    private boolean complete;
    private Throwable failure;
    private long bytes;

    MultipartRelatedBody(PartSink sink, String contentType, String headerBoundary) {
        this.sink = sink;
        this.contentType = contentType;
        this.headerBoundary = headerBoundary;
    }

    @Override
    public void feed(ByteBuffer b, boolean last) throws MalformedBodyException {
        bytes += b.remaining();
        if (head.size() < HEAD_LIMIT) {
            ByteBuffer d = b.duplicate();
            int n = Math.min(d.remaining(), HEAD_LIMIT - head.size());
            byte[] h = new byte[n];
            d.get(h);
            head.writeBytes(h);
        }
        if (parser == null) {
            while (b.hasRemaining() && parser == null) {
                firstLine.write(b.get());
                parser = parserFromFirstLine(last && !b.hasRemaining());
            }
            if (parser == null) {
                if (last) {
                    throw new MalformedBodyException("multipart body ended before its first boundary line; "
                            + "Content-Type '" + contentType + "', body '" + printable(firstLine.toByteArray())
                            + "'", null);
                }
                return;
            }
            // replay the first line to the parser, which expects the body from its start
            parser.parse(Content.Chunk.from(ByteBuffer.wrap(firstLine.toByteArray()), false));
        }
        parser.parse(Content.Chunk.from(b, last));
        if (failure != null && !last) {
            throw new MalformedBodyException("multipart body could not be parsed (Content-Type '" + contentType
                    + "', boundary '" + parser.getBoundary() + "'): " + failure.getMessage(), failure);
        }
    }

    private MultiPart.Parser parserFromFirstLine(boolean ended) throws MalformedBodyException {
        byte[] line = firstLine.toByteArray();
        int n = line.length;
        boolean eol = n >= 1 && line[n - 1] == '\n';
        if (!eol && n < FIRST_LINE_LIMIT && !ended) {
            return null;
        }
        String text = new String(line, StandardCharsets.ISO_8859_1);
        if (text.isBlank() && !ended && n < FIRST_LINE_LIMIT) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("--") && trimmed.length() > 2 && eol) {
            return new MultiPart.Parser(trimmed.substring(2), this);
        }
        if (headerBoundary != null) {
            return new MultiPart.Parser(headerBoundary, this);
        }
        throw new MalformedBodyException("no boundary in Content-Type '" + contentType
                + "' and the body does not start with a '--boundary' line: '" + printable(line) + "'", null);
    }

    /**
     * Body bytes before the first part's content (boundary line and part headers), or -1 when the body does
     * not start with a boundary line or its header did not end within the first bytes.
     */
    int firstPartContentOffset() {
        byte[] h = head.toByteArray();
        if (h.length < 2 || h[0] != '-' || h[1] != '-') {
            return -1;
        }
        for (int i = 0; i + 3 < h.length; i++) {
            if (h[i] == '\r' && h[i + 1] == '\n' && h[i + 2] == '\r' && h[i + 3] == '\n') {
                return i + 4;
            }
        }
        return -1;
    }

    /** Number of parts begun so far. */
    int parts() {
        return part + 1;
    }

    @Override
    public boolean framingComplete() {
        return complete;
    }

    @Override
    public long bodyBytes() {
        return bytes;
    }

    @Override
    public void onPartBegin() {
        part++;
        partType = null;
    }

    @Override
    public void onPartHeader(String name, String value) {
        if ("Content-Type".equalsIgnoreCase(name)) {
            partType = value;
        }
    }

    @Override
    public void onPartHeaders() {
        sink.partHeaders(part, partType);
    }

    @Override
    public void onPartContent(Content.Chunk chunk) {
        ByteBuffer b = chunk.getByteBuffer();
        if (b.hasRemaining()) {
            sink.partContent(part, b);
        }
    }

    @Override
    public void onComplete() {
        complete = true;
    }

    @Override
    public void onFailure(Throwable cause) {
        failure = cause;
    }

    private static String printable(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(b.length, 80); i++) {
            int c = b[i] & 0xFF;
            sb.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02X", c));
        }
        return sb.toString();
    }
}
