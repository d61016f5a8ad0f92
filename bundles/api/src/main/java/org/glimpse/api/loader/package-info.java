/**
 * Progressive loading of stacks and volumes: what the loader implements for a host to call
 * ({@link org.glimpse.api.loader.ProgressiveLoader}, {@link org.glimpse.api.loader.SeriesLoad} with its
 * {@link org.glimpse.api.loader.FrameSource} and {@link org.glimpse.api.loader.ViewerSignals}), and its
 * per-frame metrics.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.glimpse.api.loader;
