package org.glimpse.transport.internal.http;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.jetty.client.Request;
import org.glimpse.api.host.RequestAuthorizer;

/**
 * Puts the host's credentials on a request. They belong to the origin the caller asked for: after a
 * redirect they are sent again only when the new URL has the same origin (Jetty itself drops
 * {@code Authorization} on every redirect), never to another host. Header values are never logged.
 */
public final class Credentials {

    private final Supplier<RequestAuthorizer> authorizer;
    private final Function<URI, String> authScheme;

    /**
     * @param authorizer the host's authorizer, or a supplier of null while there is none
     * @param authScheme the name of the credentials the site of a URL asks for (its {@code authScheme}),
     *        or null
     */
    public Credentials(Supplier<RequestAuthorizer> authorizer, Function<URI, String> authScheme) {
        this.authorizer = authorizer;
        this.authScheme = authScheme;
    }

    /** Adds the headers for {@code target} when it has the origin of {@code asked}; returns how many. */
    public int apply(Request request, URI asked, URI target) {
        RequestAuthorizer a = authorizer.get();
        if (a == null || !Origin.of(asked).equals(Origin.of(target))) {
            return 0;
        }
        Map<String, String> headers = a.headersFor(target, authScheme.apply(asked));
        if (headers == null || headers.isEmpty()) {
            return 0;
        }
        request.headers(h -> headers.forEach(h::put));
        return headers.size();
    }
}
