package org.glimpse.transport.internal;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpVersion;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.host.RequestAuthorizer;
import org.glimpse.api.retrieve.SiteSettings;
import org.glimpse.api.transport.FrameExchange;
import org.glimpse.api.transport.FrameListener;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.FrameTransport;
import org.glimpse.api.transport.SeriesLocation;
import org.glimpse.api.transport.TransportException;
import org.glimpse.transport.internal.fetch.FetchContext;
import org.glimpse.transport.internal.fetch.FrameFetch;
import org.glimpse.transport.internal.http.CleartextHttp2;
import org.glimpse.transport.internal.http.Credentials;
import org.glimpse.transport.internal.http.JettyClients;
import org.glimpse.transport.internal.http.Origin;
import org.glimpse.transport.internal.metadata.MetadataFetch;
import org.glimpse.transport.internal.schedule.RequestScheduler;

/**
 * The WADO-RS transport over Jetty, independent of OSGi: the DS component and the benchmark both build
 * one. Site settings (connection limit, trust store) are looked up per URL; without a site the defaults
 * apply.
 */
public final class WadoTransport implements FrameTransport, FetchContext, AutoCloseable {

    private final TransportSettings defaults;
    private final Function<URI, SiteSettings> sites;
    private final Credentials credentials;
    private final JettyClients clients;
    private final RequestScheduler scheduler;
    private final CleartextHttp2 h2c = new CleartextHttp2();
    private final AtomicLong sequences = new AtomicLong();
    /** Multipart header lengths by origin and Accept (see {@link #multipartRangeShift}). */
    private final Map<String, Integer> multipartRangeShifts = new ConcurrentHashMap<>();
    private final ExecutorService metadataWorkers = Executors.newFixedThreadPool(2, r -> daemon(r, "glimpse-metadata"));
    /** Tells the callers of the queued requests a series' cancel discarded (see {@link RequestScheduler#cancel}). */
    private final ExecutorService cancelReports = Executors.newSingleThreadExecutor(
            r -> daemon(r, "glimpse-cancel-reports"));

    /**
     * @param sites the site for a URL, or null for none (may return null)
     * @param authorizer the host's authorizer, or null while there is none
     */
    public WadoTransport(TransportSettings defaults, Function<URI, SiteSettings> sites,
            Supplier<RequestAuthorizer> authorizer) {
        this.defaults = defaults;
        this.sites = sites == null ? u -> null : sites;
        this.credentials = new Credentials(authorizer == null ? () -> null : authorizer, u -> {
            SiteSettings site = this.sites.apply(u);
            return site == null ? null : site.authScheme();
        });
        this.scheduler = new RequestScheduler(u -> settings(u).maxConnectionsPerHost(), cancelReports);
        this.clients = new JettyClients(defaults, o -> scheduler.limitOf(o, defaults.maxConnectionsPerHost()));
    }

    @Override
    public CompletableFuture<SeriesDescriptor> seriesMetadata(SeriesLocation series) {
        URI u = series.metadataUri();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new MetadataFetch(client(u), settings(u), credentials, this).read(series);
            } catch (TransportException e) {
                throw new CompletionException(e);
            }
        }, metadataWorkers);
    }

    @Override
    public FrameExchange fetch(FrameRequest request, FrameListener listener) {
        FrameFetch f = new FrameFetch(request, listener, this, sequences);
        scheduler.submit(f.url(), f, f.settings().maxConnectionsPerHost());
        return f;
    }

    @Override
    public void viewAt(SeriesLocation series, int frameIndex) {
        scheduler.viewAt(series, frameIndex);
    }

    @Override
    public int cancel(SeriesLocation series) {
        return scheduler.cancel(series);
    }

    @Override
    public HttpClient client(URI url) {
        SiteSettings site = sites.apply(url);
        return clients.forTrustStore(site == null ? null : site.trustStore());
    }

    @Override
    public TransportSettings settings(URI url) {
        SiteSettings site = sites.apply(url);
        if (site == null) {
            return defaults;
        }
        TransportSettings s = defaults.withMaxConnectionsPerHost(site.maxConnections());
        return site.cleartextHttp2() == null ? s : s.withCleartextHttp2(site.cleartextHttp2());
    }

    @Override
    public int multipartRangeShift(URI url, String accept) {
        return multipartRangeShifts.getOrDefault(Origin.of(url) + " " + accept, 0);
    }

    @Override
    public void learnMultipartRangeShift(URI url, String accept, int shift) {
        multipartRangeShifts.put(Origin.of(url) + " " + accept, shift);
    }

    @Override
    public HttpVersion versionFor(URI target) {
        return versionFor(target, settings(target));
    }

    @Override
    public HttpVersion versionFor(URI target, TransportSettings siteSettings) {
        return clients.versionFor(target, h2c.use(target, siteSettings.cleartextHttp2()));
    }

    @Override
    public void answered(URI target, HttpVersion version) {
        if (version == HttpVersion.HTTP_2) {
            h2c.answered(target);
        }
        scheduler.answered(target);
    }

    @Override
    public boolean refusedHttp2(URI target, HttpVersion sent, Throwable failure) {
        return sent == HttpVersion.HTTP_2 && h2c.refusedBy(target, failure);
    }

    @Override
    public Credentials credentials() {
        return credentials;
    }

    @Override
    public RequestScheduler scheduler() {
        return scheduler;
    }

    /** Cancels what is queued or running (every future completes), then stops the clients. */
    @Override
    public void close() {
        scheduler.cancelAll();
        metadataWorkers.shutdownNow();
        // reports already handed over still run: each completes a future someone may wait on
        cancelReports.shutdown();
        clients.close();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
