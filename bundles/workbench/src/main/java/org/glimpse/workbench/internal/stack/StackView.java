package org.glimpse.workbench.internal.stack;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import javax.swing.event.MouseInputAdapter;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.loader.ViewerSignals;
import org.glimpse.workbench.internal.load.SeriesModel;
import org.glimpse.workbench.internal.render.DisplayImage;
import org.glimpse.workbench.internal.render.WindowLevel;
import org.glimpse.workbench.internal.swing.CanvasComponent;

/**
 * One series shown a frame at a time. Wheel or arrow keys scroll, left drag sets the window, right drag
 * pans, Ctrl+wheel or +/- zooms, 1 shows image pixels 1:1, 0 fits. Each image is drawn over its frame's
 * full Rows × Columns whatever level it was decoded at, with a badge saying what it is worth. The
 * accessible description states what is shown, for people using assistive technology and for tests.
 */
public final class StackView extends CanvasComponent {

    private final SeriesModel model;
    /** The name this view gives itself in the loader's viewer signals. */
    static final String VIEW_ID = "stack";

    private final ViewerSignals signals;
    private int reportedWidth;
    private int reportedHeight;
    private int index;
    private WindowLevel window;
    private Double fixedScale;
    private double panX;
    private double panY;
    private BufferedImage rendered;
    private Object renderedFor;
    private boolean firstShown;

    /** @param signals told which frame is shown and at what size on screen (zoom, resize) */
    public StackView(SeriesModel model, ViewerSignals signals) {
        this.model = model;
        this.signals = signals;
        setName("stack-view");
        setOpaque(true);
        setBackground(Color.BLACK);
        setFocusable(true);
        setPreferredSize(new Dimension(640, 640));
        model.addListener(this::repaint);
        Mouse mouse = new Mouse();
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
        addMouseWheelListener(mouse);
        addKeyListener(new Keys(this));
    }

    public SeriesModel model() {
        return model;
    }

    public int index() {
        return index;
    }

    public void show(int newIndex) {
        int i = Math.max(0, Math.min(model.size() - 1, newIndex));
        if (i != index) {
            index = i;
            signals.frameShown(VIEW_ID, model.frame(i));
            repaint();
        }
    }

    public WindowLevel window() {
        return window;
    }

    public void setWindow(WindowLevel wl) {
        window = wl;
        repaint();
    }

    /** Presets for the frame shown (empty until it has an image). */
    public Map<String, WindowLevel> presets() {
        DecodedFrame f = model.image(index);
        return f == null ? Map.of() : WindowPresets.of(f, model.instance(index).plane(), model.series().modality());
    }

    void zoom(double factor) {
        Geometry g = geometry();
        if (g != null) {
            fixedScale = Math.max(0.02, Math.min(32, g.scale() * factor));
            repaint();
        }
    }

    void actualPixels() {
        fixedScale = 1.0;
        panX = 0;
        panY = 0;
        repaint();
    }

    void fit() {
        fixedScale = null;
        panX = 0;
        panY = 0;
        repaint();
    }

    Geometry geometry() {
        InstanceDescriptor inst = model.size() == 0 ? null : model.instance(index);
        return inst == null ? null : Geometry.of(inst.pixel(), inst.plane(), getWidth(), getHeight(), fixedScale,
                panX, panY);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setColor(getBackground());
        g.fillRect(0, 0, getWidth(), getHeight());
        DecodedFrame f = model.size() == 0 ? null : model.image(index);
        Geometry geo = geometry();
        if (f != null && geo != null) {
            drawImage(g, f, geo);
        }
        if (geo != null) {
            reportSize(geo);
            tellFirstFrame();
        }
        drawText(g, f, geo);
        g.dispose();
    }

    private void drawImage(Graphics2D g, DecodedFrame f, Geometry geo) {
        InstanceDescriptor inst = model.instance(index);
        if (window == null) {
            window = presets().values().iterator().next();
        }
        Object key = java.util.List.of(f, window);
        if (!key.equals(renderedFor)) {
            rendered = DisplayImage.of(f, inst, inst.transferSyntaxUid(), WindowPresets.rescaled(window, inst.plane()));
            renderedFor = key;
        }
        Rectangle2D r = geo.bounds();
        // A reduced image spans the whole frame: each decoded pixel covers scaleX × scaleY frame pixels (a JPEG
        // 2000 reduce may reach past the last column; the clip cuts it at the frame's edge).
        double w = f.width() * f.scaleX() * geo.scale();
        double h = f.height() * f.scaleY() * geo.aspect() * geo.scale();
        java.awt.Shape clip = g.getClip();
        g.clip(r);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, geo.scale() == 1.0 && !f.reduced()
                ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(rendered, (int) r.getX(), (int) r.getY(), (int) Math.round(r.getX() + w),
                (int) Math.round(r.getY() + h), 0, 0, f.width(), f.height(), null);
        g.setClip(clip);
    }

    /** The loader learns which frame is in view from the first paint on, not only after a scroll. */
    private void tellFirstFrame() {
        if (!firstShown) {
            firstShown = true;
            signals.frameShown(VIEW_ID, model.frame(index));
        }
    }

    /** Tells the loader the frame's size on screen when it changes, so that it fetches the level that fills it. */
    private void reportSize(Geometry geo) {
        Rectangle2D r = geo.bounds();
        int w = (int) Math.ceil(r.getWidth());
        int h = (int) Math.ceil(r.getHeight());
        if (w != reportedWidth || h != reportedHeight) {
            reportedWidth = w;
            reportedHeight = h;
            signals.viewResized(VIEW_ID, w, h);
        }
    }

    private void drawText(Graphics2D g, DecodedFrame f, Geometry geo) {
        String badge = QualityBadge.text(f, geo == null ? 0 : geo.columns());
        g.setFont(getFont() == null ? new Font(Font.SANS_SERIF, Font.BOLD, 13) : getFont().deriveFont(Font.BOLD));
        g.setColor(f != null && f.quality() == org.glimpse.api.frame.ImageQualityStatus.FULL_RESOLUTION
                ? new Color(0x66DD66) : new Color(0xFFB347));
        g.drawString(badge, 8, 18);
        g.setColor(Color.LIGHT_GRAY);
        String where = (index + 1) + " / " + model.size();
        g.drawString(where, 8, getHeight() - 8);
        if (window != null) {
            String wl = String.format("W %.0f  C %.0f", window.width(), window.center());
            g.drawString(wl, getWidth() - g.getFontMetrics().stringWidth(wl) - 8, getHeight() - 8);
        }
        getAccessibleContext().setAccessibleDescription(describe(f, geo));
    }

    private String describe(DecodedFrame f, Geometry geo) {
        StringBuilder s = new StringBuilder("frame=").append(index + 1).append('/').append(model.size());
        s.append(" quality=").append(f == null ? "none" : f.quality().name());
        if (f != null) {
            s.append(" decoded=").append(f.width()).append('x').append(f.height());
        }
        if (window != null) {
            s.append(" window=").append(window.center()).append(',').append(window.width());
        }
        if (geo != null) {
            s.append(" origin=").append((int) geo.x()).append(',').append((int) geo.y()).append(" scale=")
                    .append(geo.scale());
        }
        return s.toString();
    }

    /** Left drag: window; right (or middle) drag: pan; wheel: scroll, or zoom with Ctrl. */
    private final class Mouse extends MouseInputAdapter {
        private int lastX;
        private int lastY;

        @Override
        public void mousePressed(MouseEvent e) {
            requestFocusInWindow();
            lastX = e.getX();
            lastY = e.getY();
        }

        @Override
        public void mouseDragged(MouseEvent e) {
            int dx = e.getX() - lastX;
            int dy = e.getY() - lastY;
            lastX = e.getX();
            lastY = e.getY();
            if (javax.swing.SwingUtilities.isLeftMouseButton(e) && window != null) {
                setWindow(WindowPresets.dragged(window, dx, dy, Math.max(1, window.width() / 256)));
            } else {
                panX += dx;
                panY += dy;
                repaint();
            }
        }

        @Override
        public void mouseWheelMoved(MouseWheelEvent e) {
            if (e.isControlDown()) {
                zoom(e.getWheelRotation() < 0 ? 1.25 : 0.8);
            } else {
                show(index + e.getWheelRotation());
            }
        }
    }

    /** Keys: arrows and page keys scroll, Home/End jump, +/- zoom, 1 actual pixels, 0 fit. */
    private static final class Keys extends java.awt.event.KeyAdapter {
        private final StackView view;

        Keys(StackView view) {
            this.view = view;
        }

        @Override
        public void keyPressed(KeyEvent e) {
            switch (e.getKeyCode()) {
                case KeyEvent.VK_DOWN, KeyEvent.VK_RIGHT -> view.show(view.index + 1);
                case KeyEvent.VK_UP, KeyEvent.VK_LEFT -> view.show(view.index - 1);
                case KeyEvent.VK_PAGE_DOWN -> view.show(view.index + 10);
                case KeyEvent.VK_PAGE_UP -> view.show(view.index - 10);
                case KeyEvent.VK_HOME -> view.show(0);
                case KeyEvent.VK_END -> view.show(view.model.size() - 1);
                case KeyEvent.VK_PLUS, KeyEvent.VK_EQUALS, KeyEvent.VK_ADD -> view.zoom(1.25);
                case KeyEvent.VK_MINUS, KeyEvent.VK_SUBTRACT -> view.zoom(0.8);
                case KeyEvent.VK_1 -> view.actualPixels();
                case KeyEvent.VK_0 -> view.fit();
                default -> {
                    return;
                }
            }
            e.consume();
        }
    }
}
