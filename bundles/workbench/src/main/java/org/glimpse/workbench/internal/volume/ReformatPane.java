package org.glimpse.workbench.internal.volume;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.util.function.BiConsumer;
import org.glimpse.workbench.internal.swing.CanvasComponent;

/** One plane of the volume view, fitted to the pane with its voxel aspect; a click picks a voxel. */
final class ReformatPane extends CanvasComponent {

    private final Plane plane;
    private final BiConsumer<Integer, Integer> picked;
    private BufferedImage image;
    private double aspect = 1;
    private String label = "";
    private VolumeGeometry.Edges edges;

    ReformatPane(Plane plane, BiConsumer<Integer, Integer> picked) {
        this.plane = plane;
        this.picked = picked;
        setName("reformat-" + plane.name().toLowerCase(java.util.Locale.ROOT));
        setOpaque(true);
        setBackground(Color.BLACK);
        setPreferredSize(new Dimension(320, 320));
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                pick(e.getX(), e.getY());
            }
        });
    }

    Plane plane() {
        return plane;
    }

    void show(BufferedImage img, double voxelAspect, String text, VolumeGeometry.Edges sides) {
        image = img;
        edges = sides;
        aspect = voxelAspect;
        label = text;
        repaint();
    }

    private double[] placement() {
        double s = Math.min(getWidth() / (double) image.getWidth(), getHeight() / (image.getHeight() * aspect));
        double w = image.getWidth() * s;
        double h = image.getHeight() * aspect * s;
        return new double[] {(getWidth() - w) / 2, (getHeight() - h) / 2, w, h};
    }

    private void pick(int x, int y) {
        if (image == null) {
            return;
        }
        double[] p = placement();
        int vx = (int) ((x - p[0]) / p[2] * image.getWidth());
        int vy = (int) ((y - p[1]) / p[3] * image.getHeight());
        if (vx >= 0 && vy >= 0 && vx < image.getWidth() && vy < image.getHeight()) {
            picked.accept(vx, vy);
        }
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setColor(getBackground());
        g.fillRect(0, 0, getWidth(), getHeight());
        if (image != null) {
            double[] p = placement();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, (int) p[0], (int) p[1], (int) p[2], (int) p[3], null);
        }
        g.setColor(Color.LIGHT_GRAY);
        g.drawString(label, 8, 18);
        if (edges != null) {
            drawEdges(g);
        }
        g.dispose();
        getAccessibleContext().setAccessibleDescription(label + (edges == null ? "" : " · left " + edges.left()
                + " right " + edges.right() + " top " + edges.top() + " bottom " + edges.bottom()));
    }

    /** The patient directions at the middle of each edge, as radiologists read a reformat's orientation. */
    private void drawEdges(Graphics2D g) {
        java.awt.FontMetrics m = g.getFontMetrics();
        int w = getWidth();
        int h = getHeight();
        g.setColor(new Color(0xFFD700));
        g.drawString(edges.left(), 4, h / 2);
        g.drawString(edges.right(), w - m.stringWidth(edges.right()) - 4, h / 2);
        g.drawString(edges.top(), (w - m.stringWidth(edges.top())) / 2, 36);
        g.drawString(edges.bottom(), (w - m.stringWidth(edges.bottom())) / 2, h - 6);
    }
}
