package org.glimpse.workbench.internal.prefs;

import java.util.Objects;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/** The services the preferences page works with, and the Metatype it renders. */
public record PreferencesContext(BundleContext bundleContext, ConfigurationAdmin admin, MetaTypeService metatype,
        RetrieveConfigurationService retrieve) {

    public PreferencesContext {
        Objects.requireNonNull(bundleContext, "bundleContext is null");
        Objects.requireNonNull(admin, "admin is null");
        Objects.requireNonNull(metatype, "metatype is null");
        Objects.requireNonNull(retrieve, "retrieve is null");
    }

    /**
     * The definition of factory {@value SiteConfigurations#FACTORY_PID}, from the bundle that declares it.
     *
     * @throws IllegalStateException naming the PID when no bundle declares it
     */
    public ObjectClassDefinition siteDefinition() {
        for (Bundle b : bundleContext.getBundles()) {
            MetaTypeInformation info = metatype.getMetaTypeInformation(b);
            if (info != null && java.util.Arrays.asList(info.getFactoryPids()).contains(SiteConfigurations.FACTORY_PID)) {
                return info.getObjectClassDefinition(SiteConfigurations.FACTORY_PID, null);
            }
        }
        throw new IllegalStateException("no bundle declares the Metatype of factory PID "
                + SiteConfigurations.FACTORY_PID + " (is glimpse.retrieve running?)");
    }
}
