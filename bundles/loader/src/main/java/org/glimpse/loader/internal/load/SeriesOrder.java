package org.glimpse.loader.internal.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.SeriesDescriptor;

/**
 * The display order of a series' instances: along the slice normal (ImageOrientationPatient × position) when
 * every instance has a geometry and they share one orientation, as a volume needs; else by InstanceNumber,
 * then the server's order.
 */
final class SeriesOrder {

    private SeriesOrder() {
    }

    static SeriesDescriptor sorted(SeriesDescriptor s) {
        List<InstanceDescriptor> list = new ArrayList<>(s.instances());
        double[] normal = commonNormal(list);
        if (normal != null) {
            list.sort(Comparator.comparingDouble(i -> -dot(normal, i.plane().imagePositionPatient())));
        } else {
            list.sort(Comparator.comparingInt(InstanceDescriptor::instanceNumber));
        }
        return new SeriesDescriptor(s.studyInstanceUid(), s.seriesInstanceUid(), s.modality(), list);
    }

    private static double[] commonNormal(List<InstanceDescriptor> list) {
        double[] iop = null;
        for (InstanceDescriptor i : list) {
            double[] o = i.plane().imageOrientationPatient();
            if (o == null || i.plane().imagePositionPatient() == null || (iop != null && !near(o, iop))) {
                return null;
            }
            iop = o;
        }
        if (iop == null) {
            return null;
        }
        return new double[] {iop[1] * iop[5] - iop[2] * iop[4], iop[2] * iop[3] - iop[0] * iop[5],
            iop[0] * iop[4] - iop[1] * iop[3]};
    }

    private static boolean near(double[] a, double[] b) {
        for (int k = 0; k < a.length; k++) {
            if (Math.abs(a[k] - b[k]) > 1e-4) {
                return false;
            }
        }
        return true;
    }

    private static double dot(double[] n, double[] p) {
        return n[0] * p[0] + n[1] * p[1] + n[2] * p[2];
    }
}
