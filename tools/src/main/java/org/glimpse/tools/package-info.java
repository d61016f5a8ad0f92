/**
 * Command-line tools for people who build Glimpse (benchmarks, fuzzing, request plans, the WebAssembly
 * comparison). Never shipped in a workstation; nothing depends on this module.
 */
package org.glimpse.tools;
