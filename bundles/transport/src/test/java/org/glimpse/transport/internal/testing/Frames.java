package org.glimpse.transport.internal.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Test payloads (fixed seeds) and ways to send them. */
public final class Frames {

    private Frames() {
    }

    /** A fake HTJ2K codestream: SOC, SIZ with Rsiz bit 14 set, random bytes, EOC. */
    public static byte[] htj2k(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        byte[] head = {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51, 0x00, 0x29, 0x40, 0x00};
        System.arraycopy(head, 0, b, 0, head.length);
        b[length - 2] = (byte) 0xFF;
        b[length - 1] = (byte) 0xD9;
        return b;
    }

    public static byte[] raw(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        b[0] = 0x10;
        b[1] = 0x20;
        return b;
    }

    public static byte[] multipart(String boundary, String partType, byte[] frame) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Type: " + partType + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(frame);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    public static void send(Response response, int status, String contentType, byte[] body, Callback callback) {
        response.setStatus(status);
        if (contentType != null) {
            response.getHeaders().put("Content-Type", contentType);
        }
        response.getHeaders().put("Content-Length", body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
