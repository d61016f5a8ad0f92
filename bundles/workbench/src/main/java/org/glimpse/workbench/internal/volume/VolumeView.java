package org.glimpse.workbench.internal.volume;

import java.awt.GridLayout;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.JPanel;
import javax.swing.Timer;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import org.glimpse.api.loader.ViewerSignals;
import org.glimpse.workbench.internal.load.SeriesModel;
import org.glimpse.workbench.internal.render.WindowLevel;

/**
 * Axial, coronal and sagittal reformats of one series, sampled from the frames the loader delivers and
 * refreshed (at most every {@value #REFRESH_MILLIS} ms) each time it signals that the volume changed, so
 * the volume fills in while it loads. A click in one plane moves the other two to that voxel. The axial
 * pane shows frames, so its size is told to the loader as a view of its own.
 */
public final class VolumeView extends JPanel {

    static final int REFRESH_MILLIS = 100;

    private final SeriesModel model;
    private final VolumeGeometry volume;
    private final Map<Plane, ReformatPane> panes = new EnumMap<>(Plane.class);
    private final Map<Plane, Integer> position = new EnumMap<>(Plane.class);
    private final Timer refresh;
    private WindowLevel window;

    /** The name the axial pane gives itself in the loader's viewer signals. */
    static final String AXIAL_VIEW_ID = "volume-axial";

    public VolumeView(SeriesModel model, WindowLevel window, ViewerSignals signals) {
        super(new GridLayout(1, 3, 4, 0));
        this.model = model;
        this.volume = VolumeGeometry.of(model);
        this.window = window;
        setName("volume-view");
        for (Plane p : Plane.values()) {
            position.put(p, volume.positions(p) / 2);
            ReformatPane pane = new ReformatPane(p, (x, y) -> picked(p, x, y));
            panes.put(p, pane);
            add(pane);
        }
        refresh = new Timer(REFRESH_MILLIS, e -> renderAll());
        refresh.setRepeats(false);
        model.addVolumeListener(refresh::restart);
        panes.get(Plane.AXIAL).addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                signals.viewResized(AXIAL_VIEW_ID, e.getComponent().getWidth(), e.getComponent().getHeight());
            }
        });
        renderAll();
    }

    public void setWindow(WindowLevel wl) {
        window = wl;
        renderAll();
    }

    /** Redraws every plane from the frames held now. */
    void renderAll() {
        if (window == null) {
            return;
        }
        for (Plane p : Plane.values()) {
            int at = position.get(p);
            panes.get(p).show(Reformat.render(model, volume, p, at, window), volume.aspect(p),
                    title(p, at), volume.edges(p));
        }
    }

    /** The plane's name in the patient, the position shown, and what is unusual about the volume. */
    private String title(Plane p, int at) {
        String notes = volume.notes().isEmpty() ? "" : " · " + String.join(", ", volume.notes());
        return volume.name(p) + " " + (at + 1) + "/" + volume.positions(p) + notes;
    }

    /** A click in one plane moves the other two planes through the voxel clicked. */
    private void picked(Plane p, int x, int y) {
        int[] voxel = volume.voxel(p, position.get(p), x, y);
        for (Plane other : Plane.values()) {
            if (other != p) {
                position.put(other, volume.position(other, voxel));
            }
        }
        renderAll();
    }
}
