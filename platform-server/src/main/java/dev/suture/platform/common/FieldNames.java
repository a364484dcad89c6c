package dev.suture.platform.common;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Names a bean-validation failure the way the client wrote the field: {@code testCase.steps[1].action}.
 * Bean validation puts a list index on the node <em>inside</em> the list (the path of {@code steps[1].action} is
 * {@code steps}, then {@code action} at index 1), so the index is moved onto the list's own name; method and
 * parameter nodes ({@code create.body}) are dropped, and a bad query parameter keeps its own name.
 */
public final class FieldNames {

    private FieldNames() {
    }

    public static String of(Path path) {
        List<String> segments = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                continue;
            }
            Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
            if (position != null) {
                String element = "[" + position + "]";
                if (segments.isEmpty()) {
                    segments.add(element); // an element of a list body: [2].name
                } else {
                    int last = segments.size() - 1;
                    segments.set(last, segments.get(last) + element);
                }
            }
            if (kind == ElementKind.PROPERTY && node.getName() != null) {
                segments.add(node.getName());
            }
        }
        if (!segments.isEmpty()) {
            return String.join(".", segments);
        }
        return parameter == null ? path.toString() : parameter;
    }
}
