package org.glimpse.workbench.internal.headless;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glimpse.api.retrieve.SeriesKind;

/** The lines the headless host prints when a series load ends. */
final class Summary {

    private Summary() {
    }

    static List<String> lines(RunResult r) {
        List<String> lines = new ArrayList<>();
        String label = r.job().label();
        if (r.series() == null) {
            lines.add(label + ": " + (r.failure() == null ? "no metadata" : r.failure()));
            return lines;
        }
        if (!r.steps().isEmpty()) {
            RenderStep first = r.steps().get(0);
            RenderStep last = r.steps().get(r.steps().size() - 1);
            lines.add(String.format(Locale.ROOT, "%s: image in view %s: first render %.1f ms (%s %d×%d), "
                    + "final render %.1f ms (%s %d×%d), %d step(s)", label, first.frame(), first.drawnNanos() / 1e6,
                    first.quality(), first.width(), first.height(), last.drawnNanos() / 1e6, last.quality(),
                    last.width(), last.height(), r.steps().size()));
        }
        if (r.job().kind() == SeriesKind.VOLUME || r.frames().size() > 1) {
            lines.add(String.format(Locale.ROOT, "%s: first slice %s, every slice shown %s, complete %s (%d frames)",
                    label, ms(r.firstImageNanos()), ms(r.everyFrameShownNanos()), ms(r.completeNanos()),
                    r.frames().size()));
        }
        for (String f : r.frameFailures()) {
            lines.add(label + ": failed " + f);
        }
        for (String e : r.saveErrors()) {
            lines.add(label + ": not saved " + e);
        }
        if (r.failure() != null) {
            lines.add(label + ": " + r.failure());
        }
        return lines;
    }

    static String ms(long nanos) {
        return nanos < 0 ? "never" : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
