package org.glimpse.workbench.internal.load;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.glimpse.api.transport.FrameListener;
import org.glimpse.api.transport.FrameResponseInfo;

/** Collects one whole frame's bytes as the transport delivers them, at the offsets it names. */
final class FrameBytes implements FrameListener {

    private byte[] data = new byte[64 * 1024];
    private int length;
    private volatile String transferSyntaxUid;

    @Override
    public void onResponse(FrameResponseInfo info) {
        transferSyntaxUid = info.transferSyntaxUid();
        if (info.frameLength() > data.length && info.frameLength() < Integer.MAX_VALUE) {
            data = Arrays.copyOf(data, (int) info.frameLength());
        }
    }

    @Override
    public synchronized void onContent(long offset, ByteBuffer chunk) {
        int end = Math.toIntExact(offset + chunk.remaining());
        if (end > data.length) {
            data = Arrays.copyOf(data, Math.max(end, data.length * 2));
        }
        chunk.get(data, (int) offset, chunk.remaining());
        length = Math.max(length, end);
    }

    synchronized byte[] data() {
        return data;
    }

    synchronized int length() {
        return length;
    }

    String transferSyntaxUid() {
        return transferSyntaxUid;
    }
}
