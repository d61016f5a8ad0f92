/** WADO-RS transport: series metadata and streamed frame retrieval with byte ranges, priorities and cancellation. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.glimpse.api.transport;
