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

    private final PartSink sink;
    private final String headerBoundary;
    private final String contentType;
    private final ByteArrayOutputStream firstLine = new ByteArrayOutputStream();
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
