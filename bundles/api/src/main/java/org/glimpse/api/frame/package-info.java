/**
 * Frame model: series, instance and pixel descriptors read from DICOM JSON (PS3.18 Annex F) with the level ends
 * a server publishes, decoded frames and their quality status, and the failures and outcomes of loading them.
 * Depends on no other package.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.glimpse.api.frame;
