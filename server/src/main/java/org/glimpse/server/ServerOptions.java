package org.glimpse.server;

import java.nio.file.Path;
import java.util.Objects;
import org.glimpse.server.data.SampleSize;

/**
 * How to run a {@link ReferenceServer}.
 *
 * @param dataRoot   directory holding (or to receive) the sample data
 * @param sampleSize the data set to prepare before serving; null = serve {@code dataRoot} as it is
 * @param port       TCP port on 127.0.0.1; 0 = ephemeral
 * @param profile    network profile for requests that do not name one
 * @param faults     faults injected into every frame response of the run
 * @param requestLog file receiving one line per request; null = no log
 * @param tls        serve HTTPS (HTTP/1.1 and h2 by ALPN) with a certificate made at start, instead of HTTP
 *                   and h2c
 */
public record ServerOptions(Path dataRoot, SampleSize sampleSize, int port, NetworkProfile profile, Faults faults,
        Path requestLog, boolean tls) {

    public ServerOptions {
        Objects.requireNonNull(dataRoot, "dataRoot is null");
        Objects.requireNonNull(profile, "profile is null");
        Objects.requireNonNull(faults, "faults is null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in [0, 65535], was " + port);
        }
    }

    /** Ephemeral port, {@code local} profile, no faults, no log, data prepared at {@code size}. */
    public static ServerOptions of(Path dataRoot, SampleSize size) {
        return new ServerOptions(dataRoot, size, 0, NetworkProfile.LOCAL, Faults.NONE, null, false);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(dataRoot, sampleSize, newPort, profile, faults, requestLog, tls);
    }

    public ServerOptions withProfile(NetworkProfile newProfile) {
        return new ServerOptions(dataRoot, sampleSize, port, newProfile, faults, requestLog, tls);
    }

    /** @param name as {@link NetworkProfile#parse(String)} accepts */
    public ServerOptions withProfile(String name) {
        return withProfile(NetworkProfile.parse(name));
    }

    public ServerOptions withFaults(Faults newFaults) {
        return new ServerOptions(dataRoot, sampleSize, port, profile, newFaults, requestLog, tls);
    }

    /** @param list as {@link Faults#parse(String)} accepts */
    public ServerOptions withFaults(String list) {
        return withFaults(Faults.parse(list));
    }

    public ServerOptions withRequestLog(Path file) {
        return new ServerOptions(dataRoot, sampleSize, port, profile, faults, file, tls);
    }

    /** HTTPS with a certificate made at start ({@link ReferenceServer#certificate()} names its trust files). */
    public ServerOptions withTls(boolean on) {
        return new ServerOptions(dataRoot, sampleSize, port, profile, faults, requestLog, on);
    }
}
