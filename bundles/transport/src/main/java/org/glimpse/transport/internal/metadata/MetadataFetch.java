package org.glimpse.transport.internal.metadata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpVersion;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.transport.SeriesLocation;
import org.glimpse.api.transport.TransportException;
import org.glimpse.transport.internal.TransportSettings;
import org.glimpse.transport.internal.http.Credentials;
import org.glimpse.transport.internal.http.HttpVersions;
import org.glimpse.transport.internal.http.Redirects;

/**
 * GET {@code {series}/metadata} and parse the body as it streams in, on the calling thread (a transport
 * worker): redirects with the credential rules of frames, one retry on a stale connection, 5xx retries.
 */
public final class MetadataFetch {

    private static final String STAGE = "metadata";

    private final HttpClient client;
    private final TransportSettings settings;
    private final Credentials credentials;
    private final HttpVersions versions;
    /** The parser leaves the body's stream open: closing it before the response ends aborts the exchange. */
    private final DicomJsonReader reader = new DicomJsonReader(JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build());

    /** {@code versions} gives the HTTP version to force on a URL, and learns from answers and refusals. */
    public MetadataFetch(HttpClient client, TransportSettings settings, Credentials credentials,
            HttpVersions versions) {
        this.client = client;
        this.settings = settings;
        this.credentials = credentials;
        this.versions = versions;
    }

    public SeriesDescriptor read(SeriesLocation series) throws TransportException {
        URI asked = series.metadataUri();
        URI target = asked;
        int redirects = 0;
        int serverErrors = 0;
        boolean staleRetried = false;
        while (true) {
            InputStreamResponseListener body = new InputStreamResponseListener();
            Request req = client.newRequest(target).method(HttpMethod.GET).followRedirects(false)
                    .idleTimeout(settings.idleTimeoutMillis(), TimeUnit.MILLISECONDS)
                    .headers(h -> h.put(HttpHeader.ACCEPT, "application/dicom+json"));
            HttpVersion version = versions.versionFor(target);
            if (version != null) {
                req.version(version);
            }
            credentials.apply(req, asked, target);
            req.send(body);
            Response response;
            try {
                response = body.get(settings.connectTimeoutMillis() + settings.idleTimeoutMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (versions.refusedHttp2(target, version, e.getCause())) {
                    continue;
                }
                if (!staleRetried) {
                    staleRetried = true;
                    continue;
                }
                throw new TransportException(target, 0, STAGE, "metadata request failed: " + e.getCause(), e);
            } catch (TimeoutException e) {
                req.abort(e);
                throw new TransportException(target, 0, STAGE, "no metadata response head within "
                        + (settings.connectTimeoutMillis() + settings.idleTimeoutMillis()) + " ms", e);
            } catch (InterruptedException e) {
                req.abort(e);
                Thread.currentThread().interrupt();
                throw new TransportException(target, 0, STAGE, "interrupted", e, true);
            }
            versions.answered(target, response.getVersion());
            int status = response.getStatus();
            if (status == 200) {
                return parse(body, series, target);
            }
            closeQuietly(body);
            if (Redirects.isRedirect(status) && ++redirects <= Redirects.MAX) {
                try {
                    target = Redirects.next(target, response.getHeaders().get(HttpHeader.LOCATION));
                } catch (IllegalArgumentException e) {
                    throw new TransportException(target, status, STAGE, e.getMessage(), e);
                }
            } else if (status >= 500 && serverErrors < settings.maxRetries()) {
                sleep(settings.retryBackoffMillis() << serverErrors++);
            } else {
                throw new TransportException(target, status, STAGE, "metadata request answered HTTP " + status,
                        null);
            }
        }
    }

    private SeriesDescriptor parse(InputStreamResponseListener body, SeriesLocation series, URI target)
            throws TransportException {
        try (InputStream in = body.getInputStream()) {
            SeriesDescriptor d = reader.read(in, target.toString(), series.studyInstanceUid(),
                    series.seriesInstanceUid());
            // to the body's end (closing the stream before it aborts the exchange and closes the connection), then
            // to the exchange's end, by when Jetty has put the connection back in its pool: the first frame request
            // then goes out on it at once instead of opening a connection of its own
            in.transferTo(OutputStream.nullOutputStream());
            awaitExchangeEnd(body);
            return d;
        } catch (MetadataException e) {
            throw new TransportException(target, 200, STAGE, e.getMessage(), e);
        } catch (IOException e) {
            throw new TransportException(target, 200, STAGE, "metadata body unreadable: " + e.getMessage(), e);
        }
    }

    private void awaitExchangeEnd(InputStreamResponseListener body) {
        try {
            body.await(settings.idleTimeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // the metadata are read; a connection that is slow to come back only costs the next request a new one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(InputStreamResponseListener body) {
        try {
            body.getInputStream().close();
        } catch (IOException e) {
            // the response is abandoned; closing only frees the connection
        }
    }

    private static void sleep(long ms) throws TransportException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(null, 0, STAGE, "interrupted during retry backoff", e, true);
        }
    }
}
