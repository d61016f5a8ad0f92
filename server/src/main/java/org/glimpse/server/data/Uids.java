package org.glimpse.server.data;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Deterministic UIDs under the UUID-derived root 2.25 (PS3.5 B.2), so regenerated data keeps its UIDs. */
final class Uids {
    private Uids() {
    }

    static String of(String... parts) {
        UUID uuid = UUID.nameUUIDFromBytes(("glimpse-sample:" + String.join("/", parts))
                .getBytes(StandardCharsets.UTF_8));
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());
        return "2.25." + new BigInteger(1, bytes.array());
    }
}
