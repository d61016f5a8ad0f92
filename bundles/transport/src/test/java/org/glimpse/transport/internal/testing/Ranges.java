package org.glimpse.transport.internal.testing;

import java.util.Arrays;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** A correct RFC 9110 single-range answer, for test servers that honour Range. */
public final class Ranges {

    private Ranges() {
    }

    /** Answers 206 for {@code bytes=a-b} / {@code bytes=a-}, 416 past the end, 200 without Range. */
    public static void serve(Request request, Response response, byte[] frame, String contentType,
            Callback callback) {
        String range = request.getHeaders().get("Range");
        if (range == null) {
            Frames.send(response, 200, contentType, frame, callback);
            return;
        }
        String spec = range.substring("bytes=".length());
        int dash = spec.indexOf('-');
        long first = Long.parseLong(spec.substring(0, dash));
        long last = dash == spec.length() - 1 ? frame.length - 1 : Math.min(frame.length - 1,
                Long.parseLong(spec.substring(dash + 1)));
        if (first >= frame.length) {
            response.getHeaders().put("Content-Range", "bytes */" + frame.length);
            Frames.send(response, 416, null, new byte[0], callback);
            return;
        }
        response.getHeaders().put("Content-Range", "bytes " + first + "-" + last + "/" + frame.length);
        Frames.send(response, 206, contentType, Arrays.copyOfRange(frame, (int) first, (int) last + 1), callback);
    }
}
