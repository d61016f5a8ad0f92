package org.glimpse.it;

import static org.glimpse.it.SampleSeries.byRole;
import static org.glimpse.it.SampleSeries.location;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.inject.Inject;
import java.net.URI;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.JProgressBar;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.transport.FrameTransport;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The workbench in a real window (an X server: Xvfb under {@code ./glimpse test}), in Felix with the
 * workstation's bundles: the study list comes from the reference server, a double-click opens the sample
 * DX and then the CT, and once every frame is at full quality the pixels on screen at 1:1 are compared with
 * the window/level rendering of the source samples the server encoded; with Glimpse switched off in the
 * preferences, the DX again through the host's own loading. The preferences page adds, edits and removes a
 * site through Config Admin. Screenshots are kept in target/screenshots.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WorkbenchWindowIT {

    private static final String NAME = "window";
    private static final long LOAD_SECONDS = 120;
    /** Half the side of the square of screen pixels compared around the image centre. */
    private static final int HALF = 8;
    private static final Pattern DESCRIPTION = Pattern.compile(
            "frame=(\\d+)/(\\d+) quality=(\\w+).* window=([-\\d.E]+),([-\\d.E]+) origin=(-?\\d+),(-?\\d+) scale=([\\d.E]+)");

    @Inject
    private FrameTransport transport;

    @Inject
    private ConfigurationAdmin admin;

    @Inject
    private RetrieveConfigurationService retrieve;

    @Configuration
    public Option[] config() throws Exception {
        ReferenceServerProcess.ensureStarted();
        Path configs = WorkstationOptions.configDirectory(NAME);
        Files.createDirectories(configs);
        Files.writeString(configs.resolve("glimpse.workbench.cfg"),
                "dicomwebRoot = " + System.getProperty(ReferenceServerProcess.WADO_ROOT) + "\n");
        return WorkstationOptions.all(Workstation.fromSystemProperty(), NAME);
    }

    @Test
    public void theSampleDxAndCtReachFullQualityAndShowTheirSourcePixelsAtTheirWindow() throws Exception {
        assertFalse("no display: run under an X server (./glimpse test starts Xvfb)", GraphicsEnvironment.isHeadless());
        SwingDriver driver = new SwingDriver();
        Frame window = Eventually.until("the workbench window on the reference server", this::workbenchWithStudies,
                f -> f != null);
        for (String role : List.of("dx", "ct")) {
            showAndCompare(driver, window, role, "progressive (Glimpse)");
        }
        // Glimpse off in the preferences: the host loads the series itself, and shows the same pixels.
        selectTab(window, 2);
        JComponent progressive = SwingDriver.find(window, "progressive", JComponent.class);
        driver.click(progressive, new Point(8, 8), 1);
        Eventually.until("progressive loading switched off in the workbench's configuration",
                this::progressiveLoadingSetting, "false"::equals);
        showAndCompare(driver, window, "dx", "whole frames (host loading)");
    }

    /** How many series this test has seen opened, so that it waits for the next viewer, not the last one. */
    private int openCount;

    /** A count that grows each time a series opens: the identity of the viewer pane shown. */
    private int viewerPanes(Frame window) {
        JComponent viewer = SwingDriver.find(window, "viewer", JComponent.class);
        return viewer == null ? 0 : viewerIds.computeIfAbsent(viewer, v -> viewerIds.size() + 1);
    }

    private final java.util.Map<JComponent, Integer> viewerIds = new java.util.IdentityHashMap<>();

    private String progressiveLoadingSetting() {
        try {
            java.util.Dictionary<String, Object> p = admin.getConfiguration("glimpse.workbench", "?").getProperties();
            return p == null ? "unset" : String.valueOf(p.get("progressiveLoading"));
        } catch (java.io.IOException e) {
            throw new AssertionError("reading the workbench's configuration", e);
        }
    }

    /** Opens a sample series, waits for full quality, and compares the screen at 1:1 with its source. */
    private void showAndCompare(SwingDriver driver, Frame window, String role, String mode) throws Exception {
        JsonNode series = byRole(role);
        String modality = series.path("modality").asText();
        int opened = openCount;
        open(driver, window, series);
        Eventually.until(role + " opened (" + modality + ", " + mode + "): its viewer shown; status line '"
                + text(window, "status") + "'", () -> viewerPanes(window), n -> n > opened, 30_000);
        openCount = viewerPanes(window);
        String loadMode = text(window, "load-mode");
        assertTrue(role + " was not loaded as " + mode + ": " + loadMode, loadMode.startsWith(modality + " ")
                && loadMode.contains(mode));
        JComponent stack = waitForFullQuality(window, role);
        String name = role + (mode.contains("host") ? "-host" : "");
        ImageIO.write(driver.capture(stack), "png", screenshot(name + "-fit.png").toFile());
        driver.click(stack, new Point(5, 5), 1);
        driver.type(KeyEvent.VK_1);
        String shown = Eventually.until(role + " shown 1:1", () -> SwingDriver.description(stack),
                d -> d.contains("scale=1.0"));
        BufferedImage screen = driver.capture(stack);
        ImageIO.write(screen, "png", screenshot(name + "-stack.png").toFile());
        compareCentre(role, series, shown, screen);
        if (role.equals("ct") && !mode.contains("host")) {
            showVolume(driver, window);
            showMetrics(driver, window);
        }
    }

    @Test
    public void aSiteAddedInThePreferencesPageIsInConfigAdminAndARejectedEditShowsTheServiceMessageAndKeepsIt()
            throws Exception {
        assertFalse("no display: run under an X server (./glimpse test starts Xvfb)", GraphicsEnvironment.isHeadless());
        SwingDriver driver = new SwingDriver();
        Frame window = Eventually.until("the workbench window", () -> SwingDriver.frame("glimpse-workbench"),
                f -> f != null);
        selectTab(window, 2);
        String prefix = System.getProperty(ReferenceServerProcess.WADO_ROOT);
        setText(window, "new-site-name", "it-site");
        driver.click(SwingDriver.find(window, "add-site", JComponent.class), new Point(5, 5), 1);
        setText(window, "field-urlPrefix", prefix);
        setText(window, "field-stackConfiguration", "sequential");
        driver.click(SwingDriver.find(window, "save-site", JComponent.class), new Point(5, 5), 1);
        Eventually.until("the save to be confirmed", () -> text(window, "site-status"), t -> t.startsWith("saved"));
        org.osgi.service.cm.Configuration saved = admin.getConfiguration("glimpse.site~it-site", "?");
        assertEquals("urlPrefix in Config Admin", prefix, saved.getProperties().get("urlPrefix"));
        Eventually.until("the service to apply the site", () -> retrieve.siteFor(URI.create(prefix)).urlPrefix(),
                prefix::equals);

        setText(window, "field-stackConfiguration", "nonsense");
        driver.click(SwingDriver.find(window, "save-site", JComponent.class), new Point(5, 5), 1);
        String beside = Eventually.until("the service's message beside the field",
                () -> text(window, "error-stackConfiguration"), t -> t.contains("nonsense"));
        assertTrue("the message names the key: " + beside, beside.contains("stackConfiguration"));
        assertEquals("the field shows the configuration in force again", "sequential",
                text(window, "field-stackConfiguration"));
        assertEquals("Config Admin holds the previous value", "sequential",
                admin.getConfiguration("glimpse.site~it-site", "?").getProperties().get("stackConfiguration"));
        assertEquals("the service still plans with the previous configuration", "sequential",
                retrieve.siteFor(URI.create(prefix)).stackConfiguration().name());
        ImageIO.write(driver.capture(window), "png", screenshot("preferences-rejected.png").toFile());

        setText(window, "field-maxConnections", "0");
        driver.click(SwingDriver.find(window, "save-site", JComponent.class), new Point(5, 5), 1);
        String metatype = Eventually.until("the Metatype's verdict beside the field",
                () -> text(window, "error-maxConnections"), t -> !t.isBlank());
        assertTrue("the message names the value: " + metatype, metatype.contains("'0'"));

        driver.click(SwingDriver.find(window, "remove-site", JComponent.class), new Point(5, 5), 1);
        Eventually.until("the site to be removed from Config Admin", this::itSiteCount, n -> n == 0);
    }

    private int itSiteCount() {
        try {
            org.osgi.service.cm.Configuration[] c = admin.listConfigurations("(service.pid=glimpse.site~it-site)");
            return c == null ? 0 : c.length;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Puts text into a field as if typed (the value is what matters to the page, not the key strokes). */
    private static void setText(Frame window, String name, String value) {
        JTextField f = Eventually.until("field " + name, () -> SwingDriver.find(window, name, JTextField.class),
                c -> c != null);
        SwingDriver.onEdt(() -> {
            f.setText(value);
            return null;
        });
    }

    private static String text(Frame window, String name) {
        JComponent c = SwingDriver.find(window, name, JComponent.class);
        if (c == null) {
            return "";
        }
        return SwingDriver.onEdt(() -> c instanceof JLabel l ? l.getText() : ((JTextField) c).getText());
    }

    /** The workbench window once its study list holds the sample studies, or null. */
    private Frame workbenchWithStudies() {
        Frame f = SwingDriver.frame("glimpse-workbench");
        if (f == null) {
            return null;
        }
        JTable studies = SwingDriver.find(f, "studies", JTable.class);
        return studies != null && SwingDriver.onEdt(studies::getRowCount) >= 2 ? f : null;
    }

    /**
     * Double-clicks the series' study, then the series row once, as a person does; the workbench
     * must say at once (status line) that it opens that series: a double-click is never retried here.
     */
    private void open(SwingDriver driver, Frame window, JsonNode series) throws Exception {
        String study = series.path("studyInstanceUid").asText();
        String uid = series.path("seriesInstanceUid").asText();
        selectTab(window, 0);
        JTable studies = Eventually.until("the study table showing", () -> SwingDriver.find(window, "studies",
                JTable.class), t -> t != null);
        int studyRow = Eventually.until("study " + study + " in the list", () -> row(studies, study), r -> r >= 0);
        // as many people do, the study is double-clicked too: the toolkit counts a window's clicks wherever
        // they land, so the series' double-click that follows at once arrives as clicks 3 and 4
        driver.clickRow(studies, studyRow, 2);
        Eventually.until("study " + study + " selected", () -> SwingDriver.onEdt(studies::getSelectedRow),
                r -> r == studyRow);
        JTable seriesTable = SwingDriver.find(window, "series", JTable.class);
        int seriesRow = Eventually.until("series " + uid + " listed", () -> row(seriesTable, uid), r -> r >= 0);
        driver.pressesSeen();
        driver.clickRow(seriesTable, seriesRow, 2);
        try {
            Eventually.until("the workbench to say it opens series " + uid + " after the double-click on row "
                    + seriesRow, () -> text(window, "status"), t -> t.contains(uid), 10_000);
        } catch (AssertionError lost) {
            ImageIO.write(driver.capture(window), "png", screenshot("lost-double-click-" + uid + ".png").toFile());
            throw new AssertionError(lost.getMessage() + "; series table: " + SwingDriver.onEdt(() -> "rows "
                    + seriesTable.getRowCount() + ", selected " + seriesTable.getSelectedRow() + ", valid "
                    + seriesTable.isValid()) + "; presses received " + driver.pressesSeen(), lost);
        }
    }

    /** The view row whose cells hold {@code uid}, or -1. */
    private static int row(JTable table, String uid) {
        return SwingDriver.onEdt(() -> {
            for (int r = 0; r < table.getRowCount(); r++) {
                for (int c = 0; c < table.getColumnCount(); c++) {
                    Object v = table.getValueAt(r, c);
                    if (v != null && v.toString().contains(uid)) {
                        return r;
                    }
                }
            }
            return -1;
        });
    }

    private JComponent waitForFullQuality(Frame window, String role) {
        try {
            return Eventually.until(role + " at full quality, every frame final", () -> fullQualityStack(window),
                    v -> v != null, LOAD_SECONDS * 1000);
        } catch (AssertionError notYet) {
            throw new AssertionError(notYet.getMessage() + "; window says: " + status(window), notYet);
        }
    }

    /** The stack view once the series' progress is complete and the frame shown is at full quality, or null. */
    private static JComponent fullQualityStack(Frame window) {
        JProgressBar progress = SwingDriver.find(window, "series-progress", JProgressBar.class);
        JComponent stack = SwingDriver.find(window, "stack-view", JComponent.class);
        if (progress == null || stack == null) {
            return null;
        }
        boolean complete = SwingDriver.onEdt(() -> progress.getValue() == progress.getMaximum());
        return complete && SwingDriver.description(stack).contains("quality=FULL_RESOLUTION") ? stack : null;
    }

    private void compareCentre(String role, JsonNode series, String shown, BufferedImage screen) throws Exception {
        Matcher m = DESCRIPTION.matcher(shown);
        assertTrue(role + ": cannot read the view's description: " + shown, m.find());
        SeriesDescriptor metadata = transport.seriesMetadata(location(series)).get(30, TimeUnit.SECONDS);
        FrameKey key = metadata.frames().get(Integer.parseInt(m.group(1)) - 1);
        InstanceDescriptor instance = metadata.instanceOf(key);
        ImagePlane plane = instance.plane();
        double[] spacing = plane.pixelSpacing();
        assertTrue(role + ": the comparison needs square pixels", spacing == null || spacing[0] == spacing[1]);
        double center = Double.parseDouble(m.group(4));
        double width = Double.parseDouble(m.group(5));
        if (Double.isFinite(plane.windowCenter())) {
            assertEquals(role + ": the default window is the metadata's centre", plane.windowCenter(), center, 1e-6);
            assertEquals(role + ": the default window is the metadata's width", plane.windowWidth(), width, 1e-6);
        }
        short[] raw = SampleSeries.raw(series, key);
        int columns = instance.pixel().columns();
        int cx = columns / 2;
        int cy = instance.pixel().rows() / 2;
        int ox = Integer.parseInt(m.group(6));
        int oy = Integer.parseInt(m.group(7));
        boolean signed = instance.pixel().signed();
        boolean invert = "MONOCHROME1".equals(instance.pixel().photometricInterpretation());
        List<String> wrong = new ArrayList<>();
        for (int dy = -HALF; dy <= HALF; dy++) {
            for (int dx = -HALF; dx <= HALF; dx++) {
                int stored = signed ? raw[(cy + dy) * columns + cx + dx] : raw[(cy + dy) * columns + cx + dx] & 0xFFFF;
                int expected = voi(stored * plane.rescaleSlope() + plane.rescaleIntercept(), center, width);
                expected = invert ? 255 - expected : expected;
                int rgb = screen.getRGB(ox + cx + dx, oy + cy + dy);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.abs(r - expected) > 1 || r != g || g != b) {
                    wrong.add("(" + (cx + dx) + "," + (cy + dy) + ") stored " + stored + " → expected " + expected
                            + ", screen " + r + "/" + g + "/" + b);
                }
            }
        }
        assertEquals(role + ": screen pixels around the image centre that differ from the source's rendering (of "
                + (2 * HALF + 1) * (2 * HALF + 1) + ")", List.of(), wrong.size() > 10 ? wrong.subList(0, 10) : wrong);
    }

    /** The linear VOI function of PS3.3 C.11.2.1.2, written out here independently of the workbench's. */
    private static int voi(double x, double c, double w) {
        if (x <= c - 0.5 - (w - 1) / 2) {
            return 0;
        }
        if (x > c - 0.5 + (w - 1) / 2) {
            return 255;
        }
        return (int) Math.round(((x - (c - 0.5)) / (w - 1) + 0.5) * 255);
    }

    private void showVolume(SwingDriver driver, Frame window) throws Exception {
        JTabbedPane tabs = SwingDriver.find(window, "viewer-tabs", JTabbedPane.class);
        assertNotNull("no viewer tabs for the CT", tabs);
        SwingDriver.onEdt(() -> {
            tabs.setSelectedIndex(tabs.indexOfTab("Volume"));
            return null;
        });
        JComponent volume = Eventually.until("the volume view", () -> SwingDriver.find(window, "volume-view",
                JComponent.class), v -> v != null);
        JComponent coronal = SwingDriver.find(window, "reformat-coronal", JComponent.class);
        // painted: its description names the plane and the patient directions at its edges
        String painted = Eventually.until("the coronal reformat painted", () -> SwingDriver.description(coronal),
                d -> d != null && d.startsWith("coronal"));
        assertTrue("an axial CT's coronal shows the patient's right on the left and the head at the top: " + painted,
                painted.contains("left R right L top H bottom F"));
        ImageIO.write(driver.capture(volume), "png", screenshot("ct-volume.png").toFile());
        BufferedImage c = driver.capture(coronal);
        int rgb = c.getRGB(c.getWidth() / 2, c.getHeight() / 2);
        assertTrue("the coronal reformat's centre is black: the volume did not fill in", (rgb & 0xFFFFFF) != 0);
        JComponent stack = SwingDriver.find(window, "stack-view", JComponent.class);
        assertTrue("the stack view is still showing over the volume view", stack == null);
    }

    private void showMetrics(SwingDriver driver, Frame window) throws Exception {
        JTabbedPane tabs = SwingDriver.find(window, "viewer-tabs", JTabbedPane.class);
        SwingDriver.onEdt(() -> {
            tabs.setSelectedIndex(tabs.indexOfTab("Metrics"));
            return null;
        });
        JTable table = Eventually.until("the metrics table", () -> SwingDriver.find(window, "metrics-table",
                JTable.class), t -> t != null);
        String last = Eventually.until("final render times of every frame", () -> SwingDriver.onEdt(() -> {
            for (int r = 0; r < table.getRowCount(); r++) {
                if (Double.parseDouble(table.getValueAt(r, 2).toString()) < 0) {
                    return "frame " + (r + 1) + " has no final render time";
                }
            }
            return table.getRowCount() == 0 ? "no rows" : "";
        }), String::isEmpty);
        assertEquals("", last);
        ImageIO.write(driver.capture(window), "png", screenshot("ct-metrics.png").toFile());
    }

    private static void selectTab(Frame window, int index) {
        JTabbedPane tabs = SwingDriver.find(window, "main-tabs", JTabbedPane.class);
        SwingDriver.onEdt(() -> {
            tabs.setSelectedIndex(index);
            return null;
        });
    }

    private static String status(Frame window) {
        JComponent s = SwingDriver.find(window, "status", JComponent.class);
        JProgressBar p = SwingDriver.find(window, "series-progress", JProgressBar.class);
        return (s == null ? "" : SwingDriver.onEdt(() -> ((javax.swing.JLabel) s).getText())) + " / progress "
                + (p == null ? "none" : SwingDriver.onEdt(p::getString));
    }

    private static Path screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "screenshots");
        Files.createDirectories(dir);
        return dir.resolve(name);
    }
}
