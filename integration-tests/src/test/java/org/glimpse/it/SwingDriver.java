package org.glimpse.it;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.SwingUtilities;

/**
 * Drives a real Swing window the way a person does: the mouse and the keyboard through {@link Robot} (the
 * X server receives the events), reading what components show on the Swing thread.
 */
final class SwingDriver {

    private static final int AUTO_DELAY = 40;

    private final Robot robot;
    /** The mouse presses the window received (component, time, the toolkit's click count), for failure messages. */
    private final List<String> presses = new CopyOnWriteArrayList<>();

    SwingDriver() throws Exception {
        robot = new Robot();
        robot.setAutoDelay(AUTO_DELAY);
        robot.setAutoWaitForIdle(true);
        Toolkit.getDefaultToolkit().addAWTEventListener(e -> {
            if (e.getID() == MouseEvent.MOUSE_PRESSED && e instanceof MouseEvent m) {
                presses.add(m.getComponent().getName() + "@" + m.getWhen() + "#" + m.getClickCount());
            }
        }, AWTEvent.MOUSE_EVENT_MASK);
    }

    /** The presses received since the last call, as name@when#clickCount. */
    List<String> pressesSeen() {
        List<String> seen = List.copyOf(presses);
        presses.clear();
        return seen;
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

    /**
     * Clicks a table row (view index) once, or twice as a hand double-clicks: the second press 60 ms after
     * the first whatever the Swing thread is doing. (Waiting for the Swing thread to be idle between the
     * clicks, as the robot's auto-wait does, stretches them past the desktop's double-click time whenever
     * the thread or the machine is busy, and the window then sees two single clicks.)
     */
    void clickRow(JTable table, int row, int count) {
        Rectangle r = onEdt(() -> {
            Rectangle cell = table.getCellRect(row, 0, true);
            table.scrollRectToVisible(cell);
            return table.getCellRect(row, 0, true);
        });
        Point p = onEdt(() -> {
            Point q = new Point(r.x + r.width / 2, r.y + r.height / 2);
            SwingUtilities.convertPointToScreen(q, table);
            return q;
        });
        robot.mouseMove(p.x, p.y);
        robot.setAutoWaitForIdle(false);
        robot.setAutoDelay(0);
        try {
            for (int i = 0; i < count; i++) {
                robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
                robot.delay(20);
                robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
                robot.delay(40);
            }
        } finally {
            robot.setAutoDelay(AUTO_DELAY);
            robot.setAutoWaitForIdle(true);
        }
        robot.waitForIdle();
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
