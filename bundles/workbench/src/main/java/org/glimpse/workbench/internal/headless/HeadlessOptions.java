package org.glimpse.workbench.internal.headless;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the headless host is asked to do, read from framework properties (the launcher turns its command line
 * into them). Without {@value #URL} the host does nothing.
 *
 * @param jobs the series to load, in order
 * @param pngDir where to write a PNG of each quality step of the frames in view, or null
 * @param saveDir where to write each frame's final stored values and sidecar, or null
 * @param jsonFile where to write the metrics, or null
 * @param warmups unmeasured loads of each series before the measured one (decoders and code warm)
 * @param warmRequests requests for the first kilobyte of each series' first frame sent through the transport before its
 *        loads, so that its request path runs compiled as in a workstation that has sent thousands (0: none)
 * @param timeoutSeconds longest a load may take before it is cancelled and reported
 * @param cancelAfterMillis when set (&gt; 0), the measured load is cancelled this long after it was asked for, and
 *        the time until its cancel completes is reported (the series closed mid-load)
 * @param serverPid a process of this machine whose CPU time during the measured load is reported beside the
 *        workstation's (the DICOMweb server, when it runs here and shares the cores), or 0
 */
public record HeadlessOptions(List<LoadJob> jobs, Path pngDir, Path saveDir, Path jsonFile, int warmups,
        int warmRequests, long timeoutSeconds, long cancelAfterMillis, long serverPid) {

    /** DICOMweb root URL of the series. */
    public static final String URL = "glimpse.load.url";
    /** Whitespace-separated {@code STUDY/SERIES/stack|volume} entries. */
    public static final String SERIES = "glimpse.load.series";
    /**
     * Retrieve configuration: a name, or a file holding a configuration as JSON; {@code glimpse.load.config.<i>}
     * sets it for the i-th series (from 0) alone.
     */
    public static final String CONFIG = "glimpse.load.config";
    public static final String PNG = "glimpse.load.png";
    public static final String SAVE = "glimpse.load.save";
    public static final String JSON = "glimpse.load.json";
    public static final String WARMUPS = "glimpse.load.warmups";
    public static final String WARM_REQUESTS = "glimpse.load.warmRequests";
    public static final String TIMEOUT = "glimpse.load.timeout";
    public static final String CANCEL_AFTER = "glimpse.load.cancelAfter";
    public static final String SERVER_PID = "glimpse.load.serverPid";

    private static final long DEFAULT_TIMEOUT_SECONDS = 600;

    public HeadlessOptions {
        jobs = List.copyOf(jobs);
        if (warmups < 0 || warmRequests < 0 || timeoutSeconds < 1 || cancelAfterMillis < 0) {
            throw new IllegalArgumentException("warm-up loads, warm-up requests and the cancel delay must be ≥ 0 and "
                    + "the timeout ≥ 1 s, were " + warmups + ", " + warmRequests + ", " + cancelAfterMillis + " ms and "
                    + timeoutSeconds + " s");
        }
        if (serverPid < 0) {
            throw new IllegalArgumentException(SERVER_PID + " must be a process id ≥ 0, was " + serverPid);
        }
    }

    /**
     * The options the properties give, or null when {@value #URL} is unset (nothing to load).
     *
     * @throws IllegalArgumentException naming the property and its value when one is malformed
     */
    public static HeadlessOptions from(UnaryOperator<String> properties) {
        String url = properties.apply(URL);
        if (url == null || url.isBlank()) {
            return null;
        }
        URI root = root(url.trim());
        String series = properties.apply(SERIES);
        if (series == null || series.isBlank()) {
            throw new IllegalArgumentException(SERIES + " names no series to load from " + url);
        }
        String config = blankToNull(properties.apply(CONFIG));
        List<LoadJob> jobs = new ArrayList<>();
        for (String spec : series.trim().split("\\s+")) {
            String own = blankToNull(properties.apply(CONFIG + "." + jobs.size()));
            jobs.add(LoadJob.parse(root, spec, own != null ? own : config));
        }
        return new HeadlessOptions(jobs, path(properties.apply(PNG)), path(properties.apply(SAVE)),
                path(properties.apply(JSON)), (int) number(properties, WARMUPS, 0),
                (int) number(properties, WARM_REQUESTS, 0),
                number(properties, TIMEOUT, DEFAULT_TIMEOUT_SECONDS), number(properties, CANCEL_AFTER, 0),
                number(properties, SERVER_PID, 0));
    }

    private static URI root(String url) {
        try {
            URI u = new URI(url);
            if (!"http".equalsIgnoreCase(u.getScheme()) && !"https".equalsIgnoreCase(u.getScheme())
                    || u.getHost() == null) {
                throw new IllegalArgumentException("DICOMweb base URL must be http(s)://host/…, was '" + url + "'");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("DICOMweb base URL is not a URL: '" + url + "' (" + e.getReason() + ")",
                    e);
        }
    }

    private static long number(UnaryOperator<String> properties, String key, long otherwise) {
        String v = blankToNull(properties.apply(key));
        if (v == null) {
            return otherwise;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + v + "'", e);
        }
    }

    private static Path path(String v) {
        return blankToNull(v) == null ? null : Path.of(v.trim()).toAbsolutePath();
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
