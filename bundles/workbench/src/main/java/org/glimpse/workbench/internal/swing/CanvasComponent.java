package org.glimpse.workbench.internal.swing;

import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;

/**
 * A component that paints an image of its own: to assistive technology it is a canvas, whose accessible
 * description the subclass keeps saying what is shown (what a screen reader reads, and what tests check).
 */
public abstract class CanvasComponent extends JComponent {

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public AccessibleRole getAccessibleRole() {
                    return AccessibleRole.CANVAS;
                }
            };
        }
        return accessibleContext;
    }
}
