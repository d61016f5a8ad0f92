package org.glimpse.workbench.internal.app;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.SwingUtilities;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.host.HostSettings;
import org.glimpse.api.loader.ProgressiveLoader;
import org.glimpse.api.loader.SeriesLoad;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.transport.FrameTransport;
import org.glimpse.workbench.internal.load.DecoderChoice;
import org.glimpse.workbench.internal.load.SeriesModel;
import org.glimpse.workbench.internal.prefs.PreferencesContext;
import org.glimpse.workbench.internal.prefs.PreferencesPanel;
import org.glimpse.workbench.internal.studies.QidoClient;
import org.glimpse.workbench.internal.studies.SeriesRow;
import org.glimpse.workbench.internal.studies.StudyListPanel;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The reference workstation as a host of Glimpse: it implements the host SPI as a Weasis binding would
 * (series sink, viewer signals with the size each view shows frames at, {@link HostSettings}) and opens
 * its window when a display is present. Progressive loading can be switched off in its preferences,
 * and it then loads series itself.
 */
@Component(service = HostSettings.class, immediate = true, configurationPid = WorkbenchConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = WorkbenchConfig.class)
public final class WorkbenchComponent implements HostSettings {

    private final FrameTransport transport;
    private final RetrieveConfigurationService retrieve;
    private volatile ConfigurationAdmin admin;
    private volatile MetaTypeService metatype;
    private final DecoderChoice decoders = new DecoderChoice();
    private final ExecutorService decodeExecutor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "workbench-decode");
        t.setDaemon(true);
        return t;
    });
    private final SeriesOpener opener;
    private final BundleContext context;
    private volatile ProgressiveLoader loader;
    private volatile WorkbenchConfig config;
    private WorkbenchWindow window;

    @Activate
    public WorkbenchComponent(BundleContext context, WorkbenchConfig config, @Reference FrameTransport transport,
            @Reference RetrieveConfigurationService retrieve) {
        this.context = context;
        this.config = config;
        this.transport = transport;
        this.retrieve = retrieve;
        this.opener = new SeriesOpener(transport, retrieve, decoders, decodeExecutor, () -> loader);
        openWindow();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setLoader(ProgressiveLoader l) {
        loader = l;
    }

    void unsetLoader(ProgressiveLoader l) {
        if (loader == l) {
            loader = null;
        }
    }

    /** Config Admin and Metatype serve the preferences page only: the workbench runs without them. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setAdmin(ConfigurationAdmin a) {
        admin = a;
        refreshPreferences();
    }

    void unsetAdmin(ConfigurationAdmin a) {
        if (admin == a) {
            admin = null;
            refreshPreferences();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setMetatype(MetaTypeService m) {
        metatype = m;
        refreshPreferences();
    }

    void unsetMetatype(MetaTypeService m) {
        if (metatype == m) {
            metatype = null;
            refreshPreferences();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDecoder(FrameDecoder d, Map<String, Object> properties) {
        decoders.add(d, properties);
    }

    void removeDecoder(FrameDecoder d) {
        decoders.remove(d);
    }

    @Modified
    void modified(WorkbenchConfig changed) {
        boolean reopen = !changed.dicomwebRoot().equals(config.dicomwebRoot()) || changed.window() != config.window();
        config = changed;
        if (reopen) {
            closeWindow();
            openWindow();
        }
    }

    @Deactivate
    void deactivate() {
        closeWindow();
        SwingUtilities.invokeLater(opener::cancel);
        decodeExecutor.shutdownNow();
    }

    /** Until a view reports its size: the screen's (a frame is never shown larger without zooming in). */
    @Override
    public int viewportWidth() {
        return GraphicsEnvironment.isHeadless() ? HostSettings.super.viewportWidth()
                : GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds().width;
    }

    @Override
    public int viewportHeight() {
        return GraphicsEnvironment.isHeadless() ? HostSettings.super.viewportHeight()
                : GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds().height;
    }

    private void openWindow() {
        WorkbenchConfig c = config;
        if (!c.window() || GraphicsEnvironment.isHeadless()) {
            return;
        }
        URI root = URI.create(c.dicomwebRoot());
        SwingUtilities.invokeLater(() -> {
            QidoClient qido = new QidoClient(root, url -> Map.of());
            StudyListPanel studies = new StudyListPanel(qido, row -> open(root, row));
            window = new WorkbenchWindow(studies, preferences(), this::closedByUser);
            new StartupSeries(qido, row -> open(root, row), this::log).start(c.openAtStart());
        });
    }

    /** The preferences page, or a line saying which service it waits for. */
    private javax.swing.JComponent preferences() {
        ConfigurationAdmin a = admin;
        MetaTypeService m = metatype;
        if (a == null || m == null) {
            return new javax.swing.JLabel("The Glimpse preferences need " + (a == null ? "Config Admin" : "")
                    + (a == null && m == null ? " and " : "") + (m == null ? "the Metatype service" : "")
                    + ", which " + (a == null && m == null ? "are" : "is") + " not running.");
        }
        try {
            return new PreferencesPanel(new PreferencesContext(context, a, m, retrieve), config.progressiveLoading(),
                    this::setProgressive);
        } catch (IllegalStateException e) {
            return new javax.swing.JLabel(e.getMessage());
        }
    }

    private void refreshPreferences() {
        SwingUtilities.invokeLater(() -> {
            if (window != null) {
                window.showPreferences(preferences());
            }
        });
    }

    /** The user closed the window: a standalone workstation stops (its launcher then exits). */
    private void closedByUser() {
        window = null;
        if (config.exitOnClose()) {
            new Thread(() -> {
                try {
                    context.getBundle(0).stop();
                } catch (org.osgi.framework.BundleException e) {
                    throw new IllegalStateException("cannot stop the framework after the window closed", e);
                }
            }, "workbench-exit").start();
        }
    }

    private void closeWindow() {
        SwingUtilities.invokeLater(() -> {
            if (window != null) {
                window.dispose();
                window = null;
            }
        });
    }

    private SeriesLoad open(URI root, SeriesRow row) {
        boolean progressive = config.progressiveLoading();
        String mode = progressive && loader != null ? "progressive (Glimpse)" : "whole frames (host loading)";
        return opener.open(root, row, progressive, (SeriesModel model, SeriesLoad load) -> {
            if (window != null) {
                window.showSeries(model, load, mode);
            }
        }, this::log);
    }

    /** A line in the window's status bar (on the Swing thread). */
    private void log(String message) {
        if (window != null) {
            window.log(message);
        }
    }

    /** Writes the switch to this component's configuration, so that it survives a restart. */
    private void setProgressive(boolean on) {
        ConfigurationAdmin a = admin;
        if (a == null) {
            window.log("Config Admin is not running: the progressive loading switch cannot be stored");
            return;
        }
        try {
            Configuration c = a.getConfiguration(WorkbenchConfig.PID, "?");
            Dictionary<String, Object> p = c.getProperties() == null ? new Hashtable<>() : c.getProperties();
            p.put("progressiveLoading", on);
            p.put("dicomwebRoot", config.dicomwebRoot());
            c.update(p);
        } catch (IOException e) {
            if (window != null) {
                window.log("cannot store the progressive loading switch: " + e.getMessage());
            }
        }
    }
}
