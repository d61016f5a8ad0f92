/** Retrieve model: stages, options and configurations (Cornerstone3D-compatible) and the service that plans requests from them. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.glimpse.api.retrieve;
