package org.glimpse.server;

import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.glimpse.server.tls.ServerCertificate;

/** The server's one connector on 127.0.0.1: HTTP/1.1 + h2c in the clear, or HTTP/1.1 + h2 (ALPN) over TLS. */
final class Connectors {
    private Connectors() {
    }

    static ServerConnector cleartext(Server server) {
        HttpConfiguration http = configuration();
        return new ServerConnector(server, new HttpConnectionFactory(http), new HTTP2CServerConnectionFactory(http));
    }

    static ServerConnector tls(Server server, ServerCertificate certificate) {
        HttpConfiguration https = configuration();
        // the request's scheme becomes https (BulkDataURIs in metadata name it); no SNI is needed for 127.0.0.1
        https.addCustomizer(new SecureRequestCustomizer());
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStoreType("PKCS12");
        tls.setKeyStorePath(certificate.keyStore().toString());
        tls.setKeyStorePassword(certificate.password());
        ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory("h2", "http/1.1");
        alpn.setDefaultProtocol("http/1.1");
        return new ServerConnector(server, new SslConnectionFactory(tls, alpn.getProtocol()), alpn,
                new HTTP2ServerConnectionFactory(https), new HttpConnectionFactory(https));
    }

    private static HttpConfiguration configuration() {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        return http;
    }
}
