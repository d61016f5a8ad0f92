package org.glimpse.retrieve.internal.site;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * One DICOMweb server's settings: the metatype of the {@value SiteConfig#FACTORY_PID} factory PID, so that
 * a preferences page or the Felix web console can render and check it. Values from
 * {@code conf/configs/glimpse.site-<name>.cfg} arrive as strings and are coerced by {@link SiteProperties},
 * which uses these defaults.
 */
@ObjectClassDefinition(id = SiteConfig.FACTORY_PID, name = "Glimpse DICOMweb site",
        description = "Retrieve settings for one DICOMweb server, selected by the longest matching URL prefix")
public @interface SiteConfig {
    String FACTORY_PID = "glimpse.site";

    @AttributeDefinition(name = "Name", required = false,
            description = "Site name for messages; empty = the configuration's name (glimpse.site~<name>)")
    String name() default "";

    @AttributeDefinition(name = "URL prefix",
            description = "http(s) base URL prefix of the server; the longest prefix matching a series URL wins")
    String urlPrefix();

    @AttributeDefinition(name = "Stack configuration", required = false,
            description = "Built-in configuration name (single, sequential, interleaved, htj2k-byte-range,"
                    + " htj2k-streaming, jls-thumbnail, server-reduced, htj2k-level-range) or a Cornerstone3D retrieve"
                    + " configuration"
                    + " as JSON")
    String stackConfiguration() default "sequential";

    @AttributeDefinition(name = "Volume configuration", required = false,
            description = "As the stack configuration, used when a series is loaded as a volume")
    String volumeConfiguration() default "interleaved";

    @AttributeDefinition(name = "Preferred transfer syntaxes", required = false, cardinality = 64,
            description = "Transfer syntax UIDs to ask for, best first; empty = the server's choice")
    String[] preferredTransferSyntaxes() default {};

    @AttributeDefinition(name = "Authentication scheme", required = false,
            description = "Name of the credentials the host's request authorizer applies; empty = none")
    String authScheme() default "";

    @AttributeDefinition(name = "Maximum connections", required = false, min = "1", max = "1024",
            description = "Connections (HTTP/1.1) or concurrent streams (HTTP/2) to this server")
    int maxConnections() default 6;

    @AttributeDefinition(name = "Trust store", required = false,
            description = "Path of an extra trust store for this server's TLS certificates; empty = the JDK's")
    String trustStore() default "";

    @AttributeDefinition(name = "HTTP/2 on clear text", required = false,
            description = "Speak HTTP/2 by prior knowledge (h2c) to this server's http:// URLs, falling back to"
                    + " HTTP/1.1 when it refuses; empty = the transport's default (https negotiates by ALPN)",
            options = {@Option(label = "the transport's default", value = ""), @Option(label = "h2c", value = "true"),
                @Option(label = "HTTP/1.1", value = "false")})
    String cleartextHttp2() default "";

    @AttributeDefinition(name = "Enabled", required = false, type = AttributeType.BOOLEAN,
            description = "Whether this site is offered at all")
    boolean enabled() default true;
}
