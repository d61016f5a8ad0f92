package org.glimpse.codec.internal.decoder;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.namespace.HostNamespace;

/**
 * Which platform fragment glimpse.codec runs with. Every fragment is named after Weasis's
 * {@code native.library.spec} and resolves only on its platform (Bundle-NativeCode), so the framework attaches
 * the running platform's fragment and no other; this class says which one that is, or why there is none.
 */
final class NativeFragments {
    /** Manifest header of a fragment built without its libraries (the build could not fetch them). */
    static final String MISSING_HEADER = "Glimpse-Natives-Missing";

    private NativeFragments() {
    }

    /**
     * One line for the log and for "not loaded" errors: the attached fragment carrying {@code native/<platform>},
     * or a sentence saying that there is none and what that means.
     */
    static String describe(Bundle codec, String platform) {
        List<String> attached = new ArrayList<>();
        for (Bundle fragment : attachedFragments(codec)) {
            String missing = fragment.getHeaders().get(MISSING_HEADER);
            if (missing != null) {
                return "fragment " + name(fragment) + " has no libraries (" + missing + ")";
            }
            if (carries(fragment, platform)) {
                return "fragment " + name(fragment);
            }
            attached.add(name(fragment));
        }
        return "no native fragment for " + platform + " (glimpse.natives." + platform + " is not installed or does"
                + " not resolve here" + (attached.isEmpty() ? "" : "; attached without native/" + platform + ": "
                + attached) + "): JPEG 2000, HTJ2K and JPEG-LS decode only with libraries the system provides;"
                + " uncompressed, RLE and JPEG decode in Java";
    }

    static boolean hasFragmentFor(Bundle codec, String platform) {
        return attachedFragments(codec).stream().anyMatch(f -> carries(f, platform));
    }

    private static List<Bundle> attachedFragments(Bundle codec) {
        BundleWiring wiring = codec.adapt(BundleWiring.class);
        List<Bundle> fragments = new ArrayList<>();
        if (wiring != null) {
            for (BundleWire wire : wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
                fragments.add(wire.getRequirer().getBundle());
            }
        }
        return fragments;
    }

    private static boolean carries(Bundle fragment, String platform) {
        Enumeration<String> entries = fragment.getEntryPaths("native/" + platform + "/");
        return entries != null && entries.hasMoreElements();
    }

    private static String name(Bundle b) {
        return b.getSymbolicName() + " " + b.getVersion();
    }
}
