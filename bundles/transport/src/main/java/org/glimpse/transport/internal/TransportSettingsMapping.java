package org.glimpse.transport.internal;

/** Config Admin values to settings; a bad value fails activation with a message naming the key. */
final class TransportSettingsMapping {

    private TransportSettingsMapping() {
    }

    static TransportSettings from(TransportConfiguration c) {
        try {
            return new TransportSettings(c.maxConnectionsPerHost(), c.cleartextHttp2(), c.connectTimeoutMillis(),
                    c.idleTimeoutMillis(), c.maxRetries(), c.retryBackoffMillis());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Transport configuration 'glimpse.transport' validation failed: "
                    + e.getMessage(), e);
        }
    }
}
