/** Host SPI, shaped after Weasis 4.x's series model: what a viewer implements and what it may call. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.glimpse.api.host;
