package org.glimpse.server.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.glimpse.server.Faults;
import org.glimpse.server.NetworkProfile;

/**
 * The static WADO-RS / QIDO-RS tree below {@value #ROOT}: study and series lists, metadata, per-frame level
 * offsets and frames. Blocking by design: pacing a response for the emulated link sleeps its thread.
 */
public final class WadoHandler extends Handler.Abstract {
    public static final String ROOT = "/dicomweb";
    public static final String PROFILE_HEADER = "X-Glimpse-Profile";
    public static final String FAULT_HEADER = "X-Glimpse-Fault";
    /** Token in stored metadata replaced by this server's WADO-RS root URL when served. */
    private static final String WADO_ROOT_TOKEN = "{WADO_ROOT}";

    private final TreePaths tree;
    private final NetworkProfile defaultProfile;
    private final Faults runFaults;
    private final RequestLog log;
    private final LinkEmulator links = new LinkEmulator();
    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();
    private final Searches searches;

    public WadoHandler(Path tree, NetworkProfile defaultProfile, Faults runFaults, RequestLog log) {
        this.tree = new TreePaths(tree);
        this.searches = new Searches(this.tree);
        this.defaultProfile = defaultProfile;
        this.runFaults = runFaults;
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        String method = request.getMethod();
        HttpURI uri = request.getHttpURI();
        String target = uri.getPathQuery();
        NetworkProfile profile = defaultProfile;
        Faults faults = runFaults;
        BodyChannel body = new BodyChannel(request, response, null, 0, -1, 0);
        BodyChannel frameBody = body;
        try {
            Fields query = Request.extractQueryParameters(request);
            profile = profile(request, query);
            faults = runFaults.plus(request.getHeaders().get(FAULT_HEADER), FAULT_HEADER + " header")
                    .plus(query.getValue("fault"), "fault query parameter");
            if (faults.idleClose()) {
                request.getConnectionMetaData().getConnection().getEndPoint().setIdleTimeout(1000);
            }
            body = new BodyChannel(request, response, links.link(Request.getRemoteAddr(request), profile),
                    profile.latencyMillis(), -1, 0);
            if (!method.equals("GET") && !method.equals("HEAD")) {
                response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
                throw new HttpError(405, "method " + method + " is not supported; use GET or HEAD");
            }
            String path = uri.getPath();
            if (path == null || !(path.equals(ROOT) || path.startsWith(ROOT + "/"))) {
                throw new HttpError(404, "no resource at '" + path + "': the WADO-RS root is " + ROOT);
            }
            injectError(faults, path);
            List<String> segments = TreePaths.segments(path.substring(ROOT.length()));
            Exchange ex = new Exchange(request, response, body, profile, faults, method.equals("HEAD"));
            frameBody = new BodyChannel(request, response, links.link(Request.getRemoteAddr(request),
                    profile), profile.latencyMillis(), faults.resetAfter(), faults.stallMillis());
            route(ex, segments, query, frameBody);
            callback.succeeded();
        } catch (BodyChannel.FaultReset e) {
            callback.failed(e);
        } catch (HttpError e) {
            sendError(response, body, e.status(), e.getMessage(), callback);
        } catch (IllegalArgumentException e) {
            sendError(response, body, 400, e.getMessage(), callback);
        } catch (Throwable e) {
            sendError(response, body, 500, "internal error: " + e, callback);
        }
        log.log(Request.getRemoteAddr(request), method, target, request.getHeaders().get(HttpHeader.RANGE),
                response.getStatus(), body.written() + (frameBody == body ? 0 : frameBody.written()),
                (System.nanoTime() - start) / 1e6,
                profile.name(), faults.toString());
        return true;
    }

    private void route(Exchange ex, List<String> s, Fields query, BodyChannel frameBody)
            throws IOException, HttpError {
        int n = s.size();
        if (n == 1 && s.get(0).equals("studies")) {
            searches.studies(ex, query);
        } else if (n == 1 && s.get(0).equals("series")) {
            searches.allSeries(ex, query);
        } else if (n == 3 && s.get(0).equals("studies") && s.get(2).equals("metadata")) {
            json(ex, "studies/" + TreePaths.uid(s.get(1), "study UID") + "/metadata.json", "study " + s.get(1), true);
        } else if (n == 3 && s.get(0).equals("studies") && s.get(2).equals("series")) {
            searches.series(ex, TreePaths.uid(s.get(1), "study UID"), query);
        } else if (n >= 5 && s.get(0).equals("studies") && s.get(2).equals("series")) {
            String series = "studies/" + TreePaths.uid(s.get(1), "study UID") + "/series/"
                    + TreePaths.uid(s.get(3), "series UID");
            if (n == 5 && s.get(4).equals("metadata")) {
                json(ex, series + "/metadata.json", "series " + s.get(3), true);
            } else if (n == 5 && s.get(4).equals("instances")) {
                searches.instances(ex, series, s.get(3), query);
            } else if (n >= 7 && s.get(4).equals("instances")) {
                String instance = series + "/instances/" + TreePaths.uid(s.get(5), "instance UID");
                if (n == 7 && s.get(6).equals("metadata")) {
                    json(ex, instance + "/metadata.json", "instance " + s.get(5), true);
                } else if (n == 7 && s.get(6).equals("levels")) {
                    json(ex, instance + "/levels.json", "resolution levels of instance " + s.get(5), false);
                } else if (n == 8) {
                    int[] frames = TreePaths.frames(s.get(7));
                    Path dir = tree.existing(instance + "/frames", "instance " + s.get(5));
                    FrameResponder.offered(s.get(6), true, s.get(5));
                    String accept = query.getValue("accept");
                    Exchange frameEx = new Exchange(ex.request(), ex.response(), frameBody, ex.profile(),
                            ex.faults(), ex.head());
                    FrameResponder.respond(frameEx, dir, s.get(5), s.get(6), frames,
                            accept != null ? accept : ex.request().getHeaders().get(HttpHeader.ACCEPT));
                } else {
                    throw notFound(s);
                }
            } else {
                throw notFound(s);
            }
        } else {
            throw notFound(s);
        }
    }

    private void json(Exchange ex, String relative, String what, boolean substituteRoot)
            throws IOException, HttpError {
        Path file = tree.existing(relative, what);
        byte[] bytes = Files.readAllBytes(file);
        if (substituteRoot) {
            HttpURI uri = ex.request().getHttpURI();
            String root = uri.getScheme() + "://" + uri.getAuthority() + ROOT;
            bytes = new String(bytes, StandardCharsets.UTF_8).replace(WADO_ROOT_TOKEN, root)
                    .getBytes(StandardCharsets.UTF_8);
        }
        JsonBody.send(ex, bytes, relative.endsWith("levels.json") ? "application/json" : "application/dicom+json");
    }

    private void injectError(Faults faults, String path) throws HttpError {
        if (faults.errorStatus() > 0) {
            throw new HttpError(faults.errorStatus(), "injected fault error=" + faults.errorStatus());
        }
        if (faults.errorOnceStatus() > 0 && failedOnce.add(path)) {
            throw new HttpError(faults.errorOnceStatus(), "injected fault error-once=" + faults.errorOnceStatus()
                    + " (the next request for this path succeeds)");
        }
    }

    private NetworkProfile profile(Request request, Fields query) {
        String name = query.getValue("profile");
        if (name == null) {
            name = request.getHeaders().get(PROFILE_HEADER);
        }
        return name == null ? defaultProfile : NetworkProfile.parse(name);
    }

    private static HttpError notFound(List<String> segments) {
        return new HttpError(404, "no WADO-RS resource at " + ROOT + "/" + String.join("/", segments));
    }

    private static void sendError(Response response, BodyChannel body, int status, String reason, Callback callback) {
        if (response.isCommitted()) {
            callback.failed(new IOException("failed after the response was committed: " + reason));
            return;
        }
        String contentRange = response.getHeaders().get(HttpHeader.CONTENT_RANGE);
        String allow = response.getHeaders().get(HttpHeader.ALLOW);
        response.reset();
        if (status == 416 && contentRange != null) {
            response.getHeaders().put(HttpHeader.CONTENT_RANGE, contentRange);
        }
        if (status == 405 && allow != null) {
            response.getHeaders().put(HttpHeader.ALLOW, allow);
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        byte[] text = (status + " " + reason + "\n").getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, text.length);
        try {
            body.write(ByteBuffer.wrap(text));
            body.finish();
            callback.succeeded();
        } catch (IOException e) {
            callback.failed(e);
        }
    }
}
