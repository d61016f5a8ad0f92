package org.glimpse.codec.internal.worker;

import java.util.Locale;

/**
 * The file names a platform fragment gives the libraries glimpse.codec loads by path: each library's ABI name
 * on that operating system (SONAME, macOS install name, Windows DLL name), for the ABIs the bindings are
 * written for (OpenJPEG 2 = libopenjp2 ABI 7, CharLS 2), and the OpenJPH shim the fragment's build compiles.
 *
 * @param openjpeg OpenJPEG's file
 * @param charls   CharLS's file
 * @param shim     the OpenJPH C shim's file
 */
public record NativeFileNames(String openjpeg, String charls, String shim) {
    public static final NativeFileNames LINUX = new NativeFileNames("libopenjp2.so.7", "libcharls.so.2",
            "libglimpse_openjph.so");
    public static final NativeFileNames MACOS = new NativeFileNames("libopenjp2.7.dylib", "libcharls.2.dylib",
            "libglimpse_openjph.dylib");
    /** CharLS names its DLL after its major version and architecture (charls-2-x64.dll). */
    public static final NativeFileNames WINDOWS_X64 = new NativeFileNames("openjp2.dll", "charls-2-x64.dll",
            "glimpse_openjph.dll");

    public NativeFileNames {
        for (String f : new String[] {openjpeg, charls, shim}) {
            if (f == null || f.isBlank() || f.contains("/") || f.contains("\\")) {
                throw new IllegalArgumentException("native file name must be a plain file name, was '" + f + "'");
            }
        }
    }

    /** The names on the operating system {@code os.name} names (Linux and any other Unix: SONAMEs). */
    public static NativeFileNames forOs(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        return os.startsWith("mac") ? MACOS : os.startsWith("windows") ? WINDOWS_X64 : LINUX;
    }

    public static NativeFileNames here() {
        return forOs(System.getProperty("os.name"));
    }
}
