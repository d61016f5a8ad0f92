package org.glimpse.it;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Loads one series through the ProgressiveLoader service from a launcher's class path, as a Weasis binding
 * would from its bundle. The API's classes live in glimpse.api, not on the launcher's class path, so they
 * are reached through that bundle; the host's sink is a proxy that counts images and keeps the outcome.
 */
final class WeasisSeriesLoad {

    private WeasisSeriesLoad() {
    }

    /** Returns "outcome=KIND final=N/M images=K" once the load ends (or fails the time limit). */
    static String load(BundleContext context, URI root, String study, String series) throws Exception {
        ServiceReference<?> ref = context.getServiceReference("org.glimpse.api.loader.ProgressiveLoader");
        if (ref == null) {
            return "outcome=NO_LOADER";
        }
        Bundle api = bundle(context, "glimpse.api");
        Class<?> location = api.loadClass("org.glimpse.api.transport.SeriesLocation");
        Class<?> kind = api.loadClass("org.glimpse.api.retrieve.SeriesKind");
        Class<?> request = api.loadClass("org.glimpse.api.loader.LoadRequest");
        Class<?> sink = api.loadClass("org.glimpse.api.host.SeriesSink");
        Object where = location.getConstructor(URI.class, String.class, String.class).newInstance(root, study, series);
        Object stack = kind.getMethod("valueOf", String.class).invoke(null, "STACK");
        Object req = request.getConstructor(location, kind).newInstance(where, stack);
        int[] images = new int[1];
        Object host = Proxy.newProxyInstance(sink.getClassLoader(), new Class<?>[] {sink}, (p, m, args) -> {
            if (m.getName().equals("frameUpdated")) {
                synchronized (images) {
                    images[0]++;
                }
            }
            return m.isDefault() ? java.lang.reflect.InvocationHandler.invokeDefault(p, m, args) : null;
        });
        Object loader = context.getService(ref);
        try {
            Method load = loader.getClass().getMethod("load", request, sink);
            load.setAccessible(true);
            Object seriesLoad = load.invoke(loader, req, host);
            Method completion = api.loadClass("org.glimpse.api.loader.SeriesLoad").getMethod("completion");
            Object outcome = ((CompletableFuture<?>) completion.invoke(seriesLoad)).get(120, TimeUnit.SECONDS);
            Class<?> o = outcome.getClass();
            return "outcome=" + o.getMethod("kind").invoke(outcome) + " final=" + o.getMethod("framesFinal")
                    .invoke(outcome) + "/" + o.getMethod("framesTotal").invoke(outcome) + " images=" + images[0];
        } finally {
            context.ungetService(ref);
        }
    }

    private static Bundle bundle(BundleContext context, String name) {
        for (Bundle b : context.getBundles()) {
            if (name.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new IllegalStateException(name + " is not installed");
    }
}
