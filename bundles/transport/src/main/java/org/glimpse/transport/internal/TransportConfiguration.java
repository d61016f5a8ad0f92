package org.glimpse.transport.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Config Admin PID {@code glimpse.transport}: the transport's defaults; sites may lower the limit. */
@ObjectClassDefinition(name = "Glimpse WADO-RS transport", description = "HTTP client settings for DICOMweb retrieval")
public @interface TransportConfiguration {

    @AttributeDefinition(name = "Requests per host", description = "HTTP/1.1 connections or HTTP/2 streams in "
            + "flight per host when the site configuration gives no limit", min = "1")
    int maxConnectionsPerHost() default 6;

    @AttributeDefinition(name = "HTTP/2 on clear text", description = "Speak HTTP/2 with prior knowledge (h2c) to "
            + "http:// servers; https servers negotiate HTTP/2 by ALPN regardless")
    boolean cleartextHttp2() default false;

    @AttributeDefinition(name = "Connect timeout (ms)", min = "1")
    long connectTimeoutMillis() default 5_000;

    @AttributeDefinition(name = "Idle timeout (ms)", description = "A response silent this long fails and is "
            + "resumed; keep it below the server's keep-alive timeout", min = "1")
    long idleTimeoutMillis() default 30_000;

    @AttributeDefinition(name = "Retries", description = "Retries after a 5xx answer or a cut body", min = "0")
    int maxRetries() default 2;

    @AttributeDefinition(name = "Retry backoff (ms)", description = "Wait before the first retry, doubled after",
            min = "0")
    long retryBackoffMillis() default 200;
}
