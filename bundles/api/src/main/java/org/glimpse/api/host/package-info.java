/**
 * Host SPI, shaped after Weasis 4.x's series model: what a viewer implements ({@link org.glimpse.api.host.SeriesSink},
 * {@link org.glimpse.api.host.RequestAuthorizer}, {@link org.glimpse.api.host.HostSettings}). What the loader
 * implements for the host to call is in {@code org.glimpse.api.loader}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.glimpse.api.host;
