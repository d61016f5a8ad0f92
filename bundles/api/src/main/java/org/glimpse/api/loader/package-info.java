/** Progressive loading of stacks and volumes, and its per-frame metrics. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.glimpse.api.loader;
