package org.glimpse.transport.internal.fetch;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;

/**
 * A response or part {@code Content-Type} as WADO-RS servers write it (PS3.18 §8.7.3.5): the transfer
 * syntax may be a {@code transfer-syntax} parameter of the type itself or sit inside the quoted
 * {@code type=} parameter of {@code multipart/related}; the boundary may be missing.
 */
record PartMediaType(String type, String boundary, String transferSyntax, String relatedType) {

    static PartMediaType parse(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return new PartMediaType("application/octet-stream", null, null, null);
        }
        Map<String, String> params = new HashMap<>();
        String type = HttpField.getValueParameters(contentType, params).trim().toLowerCase(Locale.ROOT);
        Map<String, String> lower = new HashMap<>();
        params.forEach((k, v) -> lower.put(k.trim().toLowerCase(Locale.ROOT), v));
        String related = lower.get("type");
        String ts = lower.get("transfer-syntax");
        String relatedType = null;
        if (related != null) {
            Map<String, String> inner = new HashMap<>();
            relatedType = HttpField.getValueParameters(related, inner).trim().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> e : inner.entrySet()) {
                if (ts == null && "transfer-syntax".equalsIgnoreCase(e.getKey().trim())) {
                    ts = e.getValue();
                }
            }
        }
        String boundary = lower.get("boundary");
        return new PartMediaType(type, boundary == null || boundary.isBlank() ? null : boundary.trim(),
                ts == null || ts.isBlank() || "*".equals(ts.trim()) ? null : ts.trim(), relatedType);
    }

    boolean multipart() {
        return type.startsWith("multipart/");
    }
}
