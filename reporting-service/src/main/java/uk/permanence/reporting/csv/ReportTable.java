package uk.permanence.reporting.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Lays any report out as one table, whatever its shape: the report's own plain fields (and its scope) are
 * repeated on every line; every nested part with figures of its own becomes a line named by its {@code section} (the path to
 * it), and a part nested in a list carries the fields of the item it belongs to, prefixed with the list's name.
 * A report with no nested parts is a single line.
 */
final class ReportTable {

    private record Line(String section, Map<String, String> cells) {
    }

    private final Map<String, String> context = new LinkedHashMap<>();
    private final List<Line> lines = new ArrayList<>();

    private ReportTable() {
    }

    static List<List<String>> of(JsonNode report) {
        ReportTable table = new ReportTable();
        List<Map.Entry<String, JsonNode>> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : report.properties()) {
            boolean whole = !field.getValue().isObject() || field.getKey().equals("scope");
            if (!whole || !table.addCell(table.context, field.getKey(), field.getValue())) {
                parts.add(field);
            }
        }
        parts.forEach(part -> table.visit(part.getValue(), part.getKey(), Map.of()));
        return table.rows();
    }

    private void visit(JsonNode node, String path, Map<String, String> inherited) {
        if (node.isArray()) {
            node.forEach(element -> visit(element, path, inherited));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Map<String, String> own = new LinkedHashMap<>();
        List<Map.Entry<String, JsonNode>> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!addCell(own, field.getKey(), field.getValue())) {
                parts.add(field);
            }
        }
        Map<String, String> cells = new LinkedHashMap<>(inherited);
        cells.putAll(own);
        if (!own.isEmpty()) {
            lines.add(new Line(path, cells));
        }
        String name = path.substring(path.lastIndexOf('.') + 1);
        Map<String, String> forChildren = new LinkedHashMap<>(inherited);
        own.forEach((key, value) -> forChildren.put(name + "." + key, value));
        parts.forEach(part -> visit(part.getValue(), path + "." + part.getKey(), forChildren));
    }

    /** Adds a scalar, a list of scalars or a flat object (as {@code name.field}) as cells; false for anything else. */
    private boolean addCell(Map<String, String> cells, String name, JsonNode value) {
        if (value.isValueNode()) {
            cells.put(name, text(value));
            return true;
        }
        if (value.isArray() && value.valueStream().allMatch(JsonNode::isValueNode)) {
            cells.put(name, value.valueStream().map(ReportTable::text).collect(Collectors.joining(" ")));
            return true;
        }
        if (value.isObject() && value.valueStream().allMatch(field -> field.isValueNode()
                || field.isArray() && field.valueStream().allMatch(JsonNode::isValueNode))) {
            value.properties().forEach(field -> addCell(cells, name + "." + field.getKey(), field.getValue()));
            return true;
        }
        return false;
    }

    private static String text(JsonNode value) {
        return value.isNull() ? "" : value.asString();
    }

    private List<List<String>> rows() {
        if (lines.isEmpty()) {
            return List.of(List.copyOf(context.keySet()), List.copyOf(context.values()));
        }
        Set<String> columns = new LinkedHashSet<>();
        lines.forEach(line -> columns.addAll(line.cells().keySet()));
        List<String> header = new ArrayList<>(context.keySet());
        header.add("section");
        header.addAll(columns);
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (Line line : lines) {
            List<String> row = new ArrayList<>(context.values());
            row.add(line.section());
            columns.forEach(column -> row.add(line.cells().getOrDefault(column, "")));
            rows.add(row);
        }
        return rows;
    }
}
