package org.glimpse.tools.retrieve;

import java.util.Arrays;

import org.glimpse.api.retrieve.RequestPlan;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.retrieve.internal.builtin.BuiltInConfigurations;
import org.glimpse.retrieve.internal.plan.RequestPlanner;

/**
 * Times {@link RequestPlanner#plan} for the built-ins over a series (default 2000 frames, HTJ2K): a warm-up,
 * then one timing per call; prints median, 90th percentile and maximum. Not a test: numbers vary by machine.
 *
 * <pre>PlanBenchmark [frameCount] [iterations]</pre>
 */
public final class PlanBenchmark {
    private static final String HTJ2K_RPCL = "1.2.840.10008.1.2.4.202";

    private PlanBenchmark() {
    }

    public static void main(String[] args) {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        RequestPlanner planner = new RequestPlanner();
        System.out.printf("plan() of %d frames, %s, %d timed calls after %d warm-up calls (JDK %s)%n", frames,
                HTJ2K_RPCL, iterations, iterations, Runtime.version());
        System.out.printf("%-18s %9s %12s %12s %12s%n", "configuration", "requests", "median µs", "p90 µs",
                "max µs");
        for (String name : new String[] {"interleaved", "sequential", "single", "htj2k-byte-range"}) {
            RetrieveConfiguration c = BuiltInConfigurations.byName(name).orElseThrow();
            long sink = 0;
            for (int i = 0; i < iterations; i++) {
                sink += planner.plan(c, frames, HTJ2K_RPCL).requests().size();
            }
            long[] nanos = new long[iterations];
            int requests = 0;
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                RequestPlan p = planner.plan(c, frames, HTJ2K_RPCL);
                nanos[i] = System.nanoTime() - t0;
                requests = p.requests().size();
                sink += requests;
            }
            Arrays.sort(nanos);
            System.out.printf("%-18s %9d %12.1f %12.1f %12.1f%s%n", name, requests, nanos[iterations / 2] / 1e3,
                    nanos[(int) (iterations * 0.9)] / 1e3, nanos[iterations - 1] / 1e3, sink == 0 ? "!" : "");
        }
    }
}
