package org.glimpse.loader.internal.load;

import static org.glimpse.loader.internal.load.LoadFixture.instance;
import static org.glimpse.loader.internal.load.LoadFixture.monochrome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.frame.FrameFailure;
import org.glimpse.api.frame.LoadOutcome;
import org.glimpse.api.frame.SeriesKey;
import org.glimpse.api.retrieve.RequestPlan;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.api.retrieve.SiteSettings;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A load that cannot begin ends FAILED with a typed failure; the host is told, nothing is left running. */
class StartFailureTest {

    private static final RetrieveConfiguration ONE = new RetrieveConfiguration("one", List.of(new RetrieveStage(
            "only", "only", List.of(), 1, 0, RequestType.INTERACTION, 0, List.of())), Map.of("only",
            RetrieveOptions.FULL));
    @AutoClose
    private final LoadFixture loads = LoadFixture.withoutDecoders();

    /** The planner throws what no caller of it expects. */
    private static final class BrokenPlanner implements RetrieveConfigurationService {
        private final FixedPlans plans = new FixedPlans(ONE);

        @Override
        public SiteSettings siteFor(URI url) {
            return plans.siteFor(url);
        }

        @Override
        public Optional<RetrieveConfiguration> configuration(String name) {
            return plans.configuration(name);
        }

        @Override
        public Set<String> configurationNames() {
            return plans.configurationNames();
        }

        @Override
        public RetrieveConfiguration fromJson(String json, String source) {
            return plans.fromJson(json, source);
        }

        @Override
        public RequestPlan plan(RetrieveConfiguration c, int frameCount, String transferSyntaxUid) {
            throw new IllegalStateException("planner broke on " + frameCount + " frames");
        }
    }

    private static final class Outcomes extends IgnoringSink {
        final CompletableFuture<LoadOutcome> ended = new CompletableFuture<>();

        @Override
        public void loadEnded(SeriesKey series, LoadOutcome outcome) {
            ended.complete(outcome);
        }
    }

    @Test
    void aPlannerThatThrowsWhileTheLoadBeginsEndsItFailedWithATypedFailureNamingTheCause() throws Exception {
        Outcomes sink = new Outcomes();
        SeriesLoading load = new SeriesLoading(loads.services(new BrokenPlanner()), LoadFixture.request(ONE,
                SeriesKind.STACK, List.of(instance("sop", 1, "1.2.840.10008.1.2.1", monochrome(64)))), sink).start();

        LoadOutcome outcome = sink.ended.get(5, TimeUnit.SECONDS);
        assertEquals(LoadOutcome.Kind.FAILED, outcome.kind(), "the host hears the end");
        FrameFailure f = outcome.failure();
        assertEquals(FrameFailure.Where.CONFIGURATION, f.where());
        assertEquals("START_FAILED", f.kind());
        assertTrue(f.message().contains("planner broke on 1 frames"), f.message());
        assertEquals(outcome, load.completion().get(5, TimeUnit.SECONDS), "the completion says the same");
        assertEquals(0, loads.transport.size(), "nothing was asked");
    }
}
