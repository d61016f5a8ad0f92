/** Frame model: series, instance and pixel descriptors read from DICOM JSON (PS3.18 Annex F), and decoded frames. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.glimpse.api.frame;
