package org.glimpse.launcher;

import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.namespace.NativeNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Whether a bundle's native-code requirement (the framework turns {@code Bundle-NativeCode} into an
 * {@code osgi.native} requirement) is met by the platform this framework runs on. A native fragment of another
 * platform is shipped on purpose and must stay INSTALLED.
 */
final class NativePlatform {

    private NativePlatform() {
    }

    static boolean runsHere(BundleContext context, Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        BundleRevision system = context.getBundle(0).adapt(BundleRevision.class);
        if (revision == null || system == null) {
            return true;
        }
        List<BundleCapability> platform = system.getDeclaredCapabilities(NativeNamespace.NATIVE_NAMESPACE);
        for (BundleRequirement r : revision.getDeclaredRequirements(NativeNamespace.NATIVE_NAMESPACE)) {
            if (platform.stream().noneMatch(r::matches)) {
                return false;
            }
        }
        return true;
    }
}
