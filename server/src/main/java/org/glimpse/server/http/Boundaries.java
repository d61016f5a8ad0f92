package org.glimpse.server.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Multipart boundaries and entity tags fixed by what a body holds, so that the same request always gets the
 * same bytes: a client that resumes a range of a multipart body must find the same envelope again.
 */
final class Boundaries {
    private Boundaries() {
    }

    /** {@code glimpse-<kind>-<32 hex digits of SHA-256 over the parts>}. */
    static String of(String kind, String... parts) {
        return "glimpse-" + kind + "-" + digest(parts, 16);
    }

    /** The first {@code bytes} bytes of SHA-256 over the parts, in hex. */
    static String digest(String[] parts, int bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(p.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
