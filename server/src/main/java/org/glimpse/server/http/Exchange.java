package org.glimpse.server.http;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.glimpse.server.Faults;
import org.glimpse.server.NetworkProfile;

/** What one request's handling needs: the request and response, its link and its effective faults. */
record Exchange(Request request, Response response, BodyChannel body, NetworkProfile profile, Faults faults,
        boolean head) {
}
