package org.glimpse.tools.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.glimpse.server.ReferenceServer;
import org.glimpse.server.data.CatalogSeries;

/**
 * Warms a reference server's request path before the rows are measured: a server in service has compiled it,
 * one started a moment ago runs its first requests in the interpreter (a 4 KB range took 2 to 3 ms to its first
 * byte then, 0.2 ms once compiled), and that would be counted against the client. The requests ask for the
 * throttled path without its waits (a link of {@value #PROFILE}), so that the emulated link's own code is warm
 * too and the measured profile's link is left alone.
 */
final class ServerWarmup {

    /** A throttled link too fast and too close to wait on: the pacing code runs, nothing sleeps. */
    static final String PROFILE = "custom:100000:0";
    /** Rounds of the requests below: enough for the JIT to compile the request path. */
    static final int ROUNDS = 400;

    private ServerWarmup() {
    }

    /** Asks the DX's metadata and first-look ranges of its frame, multipart and single part, {@link #ROUNDS} times. */
    static void warm(ReferenceServer server, CatalogSeries dx) throws IOException, InterruptedException {
        String series = server.wadoRoot() + "/studies/" + dx.studyInstanceUid() + "/series/" + dx.seriesInstanceUid();
        URI frame = URI.create(series + "/instances/" + dx.instances().get(0).sopInstanceUid() + "/frames/1");
        List<HttpRequest> requests = List.of(
                get(frame).header("Range", "bytes=0-4095").build(),
                get(frame).header("Range", "bytes=0-131071").build(),
                get(frame).header("Range", "bytes=0-16383").header("Accept", "image/jphc").build(),
                get(URI.create(series + "/metadata")).build());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < ROUNDS; i++) {
            for (HttpRequest r : requests) {
                HttpResponse<Void> response = client.send(r, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() >= 300) {
                    throw new IOException("warming " + r.uri() + " got HTTP " + response.statusCode());
                }
            }
        }
    }

    private static HttpRequest.Builder get(URI uri) {
        return HttpRequest.newBuilder(uri).header("X-Glimpse-Profile", PROFILE);
    }
}
