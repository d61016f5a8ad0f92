package org.glimpse.loader.internal.store;

import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * The JVM's G1 heap region size, read through the platform MBean server (so the bundle needs no
 * {@code com.sun.management} import). 1 MB, G1's smallest, when the JVM does not say or does not use G1: slabs
 * sized for it are never humongous with larger regions either.
 */
public final class HeapRegions {

    static final long SMALLEST = 1L << 20;

    private HeapRegions() {
    }

    /** The region size in bytes. */
    public static long size() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName("com.sun.management:type=HotSpotDiagnostic");
            if (!"true".equals(option(server, name, "UseG1GC"))) {
                return SMALLEST;
            }
            long size = Long.parseLong(option(server, name, "G1HeapRegionSize"));
            return size >= SMALLEST && Long.bitCount(size) == 1 ? size : SMALLEST;
        } catch (Exception | LinkageError e) {
            return SMALLEST;
        }
    }

    private static String option(MBeanServer server, ObjectName name, String option) throws Exception {
        Object v = server.invoke(name, "getVMOption", new Object[] {option}, new String[] {String.class.getName()});
        return String.valueOf(((CompositeData) v).get("value"));
    }
}
