package org.glimpse.transport.internal.fetch;

import java.net.URI;
import org.eclipse.jetty.client.HttpClient;
import org.glimpse.transport.internal.TransportSettings;
import org.glimpse.transport.internal.http.Credentials;
import org.glimpse.transport.internal.schedule.RequestScheduler;

/** What a retrieval needs from the transport that runs it. */
public interface FetchContext {

    /** The Jetty client for the site of {@code url} (its trust store). */
    HttpClient client(URI url);

    /** Settings for the site of {@code url}. */
    TransportSettings settings(URI url);

    Credentials credentials();

    RequestScheduler scheduler();
}
