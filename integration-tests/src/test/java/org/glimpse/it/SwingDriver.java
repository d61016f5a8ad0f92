package org.glimpse.it;

import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.image.BufferedImage;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.SwingUtilities;

/**
 * Drives a real Swing window the way a person does: the mouse and the keyboard through {@link Robot} (the
 * X server receives the events), reading what components show on the Swing thread.
 */
final class SwingDriver {

    private final Robot robot;

    SwingDriver() throws Exception {
        robot = new Robot();
        robot.setAutoDelay(40);
        robot.setAutoWaitForIdle(true);
    }

    /** Runs {@code read} on the Swing thread and returns its value. */
    static <T> T onEdt(Callable<T> read) {
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    value.set(read.call());
                } catch (Exception e) {
                    failure.set(e);
                }
            });
        } catch (Exception e) {
            throw new AssertionError("reading the window failed", e);
        }
        if (failure.get() != null) {
            throw new AssertionError("reading the window failed", failure.get());
        }
        return value.get();
    }

    /** The showing window named {@code name}, or null. */
    static Frame frame(String name) {
        return onEdt(() -> {
            Frame found = null;
            for (Frame f : Frame.getFrames()) {
                if (name.equals(f.getName()) && f.isShowing()) {
                    found = f;
                }
            }
            return found;
        });
    }

    /** The showing component named {@code name} under {@code root}, or null. */
    static <T extends Component> T find(Container root, String name, Class<T> type) {
        return onEdt(() -> search(root, name, type));
    }

    private static <T extends Component> T search(Container c, String name, Class<T> type) {
        for (Component child : c.getComponents()) {
            if (name.equals(child.getName()) && type.isInstance(child) && child.isShowing()) {
                return type.cast(child);
            }
            if (child instanceof Container sub) {
                T t = search(sub, name, type);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** What an accessible component says it shows. */
    static String description(JComponent c) {
        return onEdt(() -> c.getAccessibleContext().getAccessibleDescription());
    }

    void click(Component c, Point at, int count) {
        Point p = onEdt(() -> {
            Point q = new Point(at);
            SwingUtilities.convertPointToScreen(q, c);
            return q;
        });
        robot.mouseMove(p.x, p.y);
        for (int i = 0; i < count; i++) {
            robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
            robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        }
    }

    /** Clicks {@code count} times on a table row (view index). */
    void clickRow(JTable table, int row, int count) {
        Rectangle r = onEdt(() -> table.getCellRect(row, 0, true));
        click(table, new Point(r.x + r.width / 2, r.y + r.height / 2), count);
    }

    void type(int keyCode) {
        robot.keyPress(keyCode);
        robot.keyRelease(keyCode);
    }

    /** What the screen shows of a component now. */
    BufferedImage capture(Component c) {
        Rectangle r = onEdt(() -> new Rectangle(c.getLocationOnScreen(), c.getSize()));
        robot.waitForIdle();
        return robot.createScreenCapture(r);
    }
}
