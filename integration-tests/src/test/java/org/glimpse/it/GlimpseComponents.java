package org.glimpse.it;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.dto.ServiceReferenceDTO;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.SatisfiedReferenceDTO;

/**
 * The Declarative Services components of the Glimpse bundles as SCR's runtime reports them: a bundle can be
 * ACTIVE while its components are unsatisfied or failed, so tests read the components themselves.
 */
final class GlimpseComponents {

    private GlimpseComponents() {
    }

    /** Every Glimpse component that is disabled, unsatisfied or failed, with why; fails if there are none at all. */
    static List<String> problems(BundleContext context, ServiceComponentRuntime scr) {
        return problems(context, scr, false);
    }

    /**
     * The Glimpse components whose activation failed: while a service they need is away (Config Admin
     * stopped), components may wait unsatisfied, but none may fail.
     */
    static List<String> failures(BundleContext context, ServiceComponentRuntime scr) {
        return problems(context, scr, true);
    }

    private static List<String> problems(BundleContext context, ServiceComponentRuntime scr, boolean failedOnly) {
        List<String> problems = new ArrayList<>();
        int components = 0;
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName() == null || !b.getSymbolicName().startsWith("glimpse.")) {
                continue;
            }
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                components++;
                if (!failedOnly && !scr.isComponentEnabled(d)) {
                    problems.add(d.name + " is disabled");
                }
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    boolean bad = failedOnly ? c.state == ComponentConfigurationDTO.FAILED_ACTIVATION
                            : c.state != ComponentConfigurationDTO.ACTIVE && c.state != ComponentConfigurationDTO.SATISFIED;
                    if (bad) {
                        problems.add(d.name + " is in state " + c.state + (c.failure == null ? "" : ": " + c.failure)
                                + " unsatisfied references " + List.of(c.unsatisfiedReferences).size());
                    }
                }
            }
        }
        if (components == 0) {
            throw new AssertionError("no Declarative Services component in any Glimpse bundle");
        }
        return problems;
    }

    /** The ids of the services the named component's configurations are bound to through {@code reference}. */
    static List<Long> boundServiceIds(BundleContext context, ServiceComponentRuntime scr, String component,
            String reference) {
        List<Long> ids = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                if (!d.name.equals(component)) {
                    continue;
                }
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    for (SatisfiedReferenceDTO r : c.satisfiedReferences) {
                        if (r.name.equals(reference)) {
                            for (ServiceReferenceDTO s : r.boundServices) {
                                ids.add(s.id);
                            }
                        }
                    }
                }
            }
        }
        return ids;
    }
}
