package org.glimpse.workbench.internal.app;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The workbench's own settings (PID {@value #PID}): where its study list searches, and the Glimpse switch. */
@ObjectClassDefinition(id = WorkbenchConfig.PID, name = "Glimpse workbench",
        description = "The reference Swing workstation")
public @interface WorkbenchConfig {
    String PID = "glimpse.workbench";

    @AttributeDefinition(name = "DICOMweb root", description = "QIDO-RS/WADO-RS root the study list searches")
    String dicomwebRoot() default "http://127.0.0.1:8080/dicomweb";

    @AttributeDefinition(name = "Progressive loading", type = AttributeType.BOOLEAN,
            description = "Load series through Glimpse; off: the workbench fetches whole frames itself")
    boolean progressiveLoading() default true;

    @AttributeDefinition(name = "Window", type = AttributeType.BOOLEAN,
            description = "Open the window when a display is present")
    boolean window() default true;

    @AttributeDefinition(name = "Open at start", required = false, description = "Series opened once the window "
            + "shows, one after the other: studyInstanceUID/seriesInstanceUID, comma-separated")
    String[] openAtStart() default {};

    @AttributeDefinition(name = "Exit on close", type = AttributeType.BOOLEAN,
            description = "Stop the framework when the window is closed (a standalone workstation)")
    boolean exitOnClose() default false;
}
