package org.glimpse.launcher;

import java.io.PrintStream;
import java.util.Dictionary;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/** Prints each installed bundle with its state and says whether every Glimpse bundle is up. */
final class BundleReport {

    private static final String GLIMPSE_PREFIX = "glimpse.";

    private final BundleContext context;

    BundleReport(BundleContext context) {
        this.context = context;
    }

    /**
     * Prints the table; returns false when a Glimpse bundle is neither active nor a resolved fragment (a native
     * fragment of another platform is expected to stay installed).
     */
    boolean print(PrintStream out) {
        boolean healthy = true;
        int glimpseBundles = 0;
        out.printf("%4s  %-11s  %s%n", "id", "state", "bundle");
        for (Bundle b : context.getBundles()) {
            boolean fragment = isFragment(b);
            boolean here = NativePlatform.runsHere(context, b);
            out.printf("%4d  %-11s  %s %s%s%n", b.getBundleId(), stateName(b.getState()), b.getSymbolicName(),
                    b.getVersion(), !fragment ? "" : here ? " (fragment)" : " (fragment for another platform)");
            if (b.getSymbolicName() != null && b.getSymbolicName().startsWith(GLIMPSE_PREFIX)) {
                glimpseBundles++;
                int expected = !fragment ? Bundle.ACTIVE : here ? Bundle.RESOLVED : Bundle.INSTALLED;
                if (b.getState() != expected) {
                    healthy = false;
                    out.println("      ^ " + b.getSymbolicName() + " is " + stateName(b.getState()) + ", expected "
                            + stateName(expected));
                }
            }
        }
        if (glimpseBundles == 0) {
            out.println("No Glimpse bundle is installed.");
            healthy = false;
        }
        out.println(healthy ? "All " + glimpseBundles + " Glimpse bundles are up."
                : "Some Glimpse bundles are not up: see above and the log.");
        return healthy;
    }

    private static boolean isFragment(Bundle b) {
        Dictionary<String, String> headers = b.getHeaders();
        return headers.get(Constants.FRAGMENT_HOST) != null;
    }

    static String stateName(int state) {
        switch (state) {
            case Bundle.UNINSTALLED:
                return "UNINSTALLED";
            case Bundle.INSTALLED:
                return "INSTALLED";
            case Bundle.RESOLVED:
                return "RESOLVED";
            case Bundle.STARTING:
                return "STARTING";
            case Bundle.STOPPING:
                return "STOPPING";
            case Bundle.ACTIVE:
                return "ACTIVE";
            default:
                return "UNKNOWN(" + state + ")";
        }
    }
}
