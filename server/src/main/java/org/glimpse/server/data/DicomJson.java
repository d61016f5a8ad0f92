package org.glimpse.server.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds one DICOM JSON dataset (PS3.18 Annex F.2): {"ggggeeee": {"vr": .., "Value": [..]}}. */
final class DicomJson {
    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    DicomJson string(String tag, String vr, String... values) {
        ArrayNode array = attribute(tag, vr).putArray("Value");
        for (String v : values) {
            array.add(v);
        }
        return this;
    }

    DicomJson number(String tag, String vr, double... values) {
        ArrayNode array = attribute(tag, vr).putArray("Value");
        for (double v : values) {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                array.add((long) v);
            } else {
                array.add(v);
            }
        }
        return this;
    }

    DicomJson numbers(String tag, String vr, long[] values) {
        ArrayNode array = attribute(tag, vr).putArray("Value");
        for (long v : values) {
            array.add(v);
        }
        return this;
    }

    DicomJson personName(String tag, String alphabetic) {
        attribute(tag, "PN").putArray("Value").addObject().put("Alphabetic", alphabetic);
        return this;
    }

    DicomJson sequence(String tag, Iterable<DicomJson> items) {
        ArrayNode array = attribute(tag, "SQ").putArray("Value");
        for (DicomJson item : items) {
            array.add(item.node);
        }
        return this;
    }

    DicomJson bulkData(String tag, String vr, String uri) {
        attribute(tag, vr).put("BulkDataURI", uri);
        return this;
    }

    ObjectNode node() {
        return node;
    }

    private ObjectNode attribute(String tag, String vr) {
        ObjectNode attribute = node.putObject(tag);
        attribute.put("vr", vr);
        return attribute;
    }
}
