package org.glimpse.server.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;

/** Sends a JSON answer held in memory (lists, metadata, level offsets), gzip-encoded under the gzip fault. */
final class JsonBody {
    private JsonBody() {
    }

    static void send(Exchange ex, byte[] bytes, String contentType) throws IOException {
        Response response = ex.response();
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        if (ex.faults().gzip()) {
            response.getHeaders().put(HttpHeader.CONTENT_ENCODING, "gzip");
            if (!ex.head()) {
                GZIPOutputStream gzip = new GZIPOutputStream(ex.body().asOutputStream());
                gzip.write(bytes);
                gzip.finish();
            }
        } else {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
            if (!ex.head()) {
                ex.body().write(ByteBuffer.wrap(bytes));
            }
        }
        ex.body().finish();
    }
}
