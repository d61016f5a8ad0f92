package org.glimpse.it;

import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.namespace.NativeNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Whether a bundle's {@code osgi.native} requirement (its Bundle-NativeCode) is met by the running platform,
 * asked of the framework itself; the launcher's bundle report asks the same question its own way.
 */
final class NativeRequirement {

    private NativeRequirement() {
    }

    static boolean metHere(BundleContext context, Bundle bundle) {
        List<BundleCapability> platform = context.getBundle(0).adapt(BundleRevision.class)
                .getDeclaredCapabilities(NativeNamespace.NATIVE_NAMESPACE);
        for (BundleRequirement r : bundle.adapt(BundleRevision.class)
                .getDeclaredRequirements(NativeNamespace.NATIVE_NAMESPACE)) {
            if (platform.stream().noneMatch(r::matches)) {
                return false;
            }
        }
        return true;
    }

    static boolean declared(Bundle bundle) {
        return !bundle.adapt(BundleRevision.class).getDeclaredRequirements(NativeNamespace.NATIVE_NAMESPACE)
                .isEmpty();
    }
}
