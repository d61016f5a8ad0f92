package org.glimpse.it;

import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** Bundles and services as registered now: after a restart or an update, injected ones may be gone. */
final class Lookups {

    private Lookups() {
    }

    static Bundle bundle(BundleContext context, String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError(symbolicName + " is not installed");
    }

    /** The best-ranked service of the type, waiting (bounded) for one to be registered. */
    static <T> T service(BundleContext context, Class<T> type) {
        ServiceReference<T> ref = Eventually.until(type.getSimpleName() + " to be registered",
                () -> context.getServiceReference(type), r -> r != null);
        return context.getService(ref);
    }

    /** The properties of a {@code glimpse.site} factory configuration. */
    static Dictionary<String, Object> site(String urlPrefix, String stack, String maxConnections) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("urlPrefix", urlPrefix);
        p.put("stackConfiguration", stack);
        p.put("volumeConfiguration", "interleaved");
        p.put("maxConnections", maxConnections);
        return p;
    }
}
