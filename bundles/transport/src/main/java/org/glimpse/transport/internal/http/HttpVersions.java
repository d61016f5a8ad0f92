package org.glimpse.transport.internal.http;

import java.net.URI;
import org.eclipse.jetty.http.HttpVersion;

/** Which HTTP version a request goes out in, and what the transport learns from answers and refusals. */
public interface HttpVersions {

    /** The HTTP version to force on a request to {@code target}, or null to let Jetty negotiate. */
    HttpVersion versionFor(URI target);

    /** A response head came from {@code target} in {@code version} (the host works; h2c is confirmed). */
    void answered(URI target, HttpVersion version);

    /**
     * A request sent in {@code sent} failed before any response head: true when the server refused HTTP/2 by
     * prior knowledge, and the request should be sent again (it will go out in HTTP/1.1).
     */
    boolean refusedHttp2(URI target, HttpVersion sent, Throwable failure);
}
