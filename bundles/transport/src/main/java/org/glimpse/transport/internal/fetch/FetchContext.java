package org.glimpse.transport.internal.fetch;

import java.net.URI;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpVersion;
import org.glimpse.transport.internal.TransportSettings;
import org.glimpse.transport.internal.http.Credentials;
import org.glimpse.transport.internal.http.HttpVersions;
import org.glimpse.transport.internal.schedule.RequestScheduler;

/** What a retrieval needs from the transport that runs it. */
public interface FetchContext extends HttpVersions {

    /** The Jetty client for the site of {@code url} (its trust store). */
    HttpClient client(URI url);

    /** Settings for the site of {@code url}. */
    TransportSettings settings(URI url);

    /** {@link #versionFor(URI)} for a target whose site's settings are already known. */
    HttpVersion versionFor(URI target, TransportSettings siteSettings);

    Credentials credentials();

    RequestScheduler scheduler();

    /**
     * For a host whose 206 answers count the multipart header into Content-Range (ranges of the multipart
     * body, RFC 9110 §14): the bytes of that header (frame offset + shift = the offset to ask for), else 0.
     * The header holds the part's Content-Type, so its length is known per Accept asked, not per host.
     */
    int multipartRangeShift(URI url, String accept);

    /** Notes that the host of {@code url} answers {@code accept} with a multipart header of {@code shift} bytes. */
    void learnMultipartRangeShift(URI url, String accept, int shift);
}
