package org.glimpse.codec.internal.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NativeFileNamesTest {

    @Test
    void eachOperatingSystemGetsTheNamesItsFragmentCarries() {
        assertEquals("libopenjp2.so.7", NativeFileNames.forOs("Linux").openjpeg());
        assertEquals("libcharls.2.dylib", NativeFileNames.forOs("Mac OS X").charls());
        assertEquals("glimpse_openjph.dll", NativeFileNames.forOs("Windows 11").shim());
        assertEquals(NativeFileNames.LINUX, NativeFileNames.forOs("FreeBSD"), "other Unix systems use SONAMEs");
    }

    @Test
    void aPathIsNoFileName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NativeFileNames("lib/libopenjp2.so.7", "libcharls.so.2", "libglimpse_openjph.so"));
        assertEquals("native file name must be a plain file name, was 'lib/libopenjp2.so.7'", e.getMessage());
    }
}
