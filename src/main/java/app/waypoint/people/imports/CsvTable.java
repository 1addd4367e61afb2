package app.waypoint.people.imports;

import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One table of an SSDA903 file: comma-separated (RFC 4180: cells in double quotes may hold commas, line breaks and doubled
 * quotes), a header line naming the columns, then one line per row. Columns are found by name, in any order and any case;
 * extra columns are ignored. A file that cannot be read as CSV is 400; one without the columns the table needs is 422.
 */
record CsvTable(String name, List<Row> rows) {

    /** A row: its line number in the file (the header is line 1) and its cells by upper-case column name. */
    record Row(int line, Map<String, String> cells) {

        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.trim();
        }
    }

    static CsvTable parse(String name, String text, List<String> required) {
        List<List<String>> lines = lines(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (lines.isEmpty()) {
            throw InvalidInputException.of(name, "is empty: the first line must name the columns");
        }
        List<String> header = lines.get(0).stream().map(cell -> cell.trim().toUpperCase(Locale.ROOT)).toList();
        List<String> missing = required.stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolationException("wrong-columns", "The " + name + " file does not have the columns of the SSDA903 " + name
                    + " table.", List.of(new FieldError(name, "has no column " + String.join(", ", missing) + "; the columns are "
                    + String.join(", ", required))));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() > header.size()) {
                throw InvalidInputException.of(name, "line " + (i + 1) + " has " + cells.size() + " cells but the header names "
                        + header.size() + " columns");
            }
            Map<String, String> byColumn = new HashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                byColumn.put(header.get(c), cells.get(c));
            }
            rows.add(new Row(i + 1, byColumn));
        }
        return new CsvTable(name, rows);
    }

    private static List<List<String>> lines(String name, String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == '"') {
                throw InvalidInputException.of(name, "line " + line + " has a double quote inside a cell that is not quoted");
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(cells);
                cells = new ArrayList<>();
                line++;
            } else if (Character.isISOControl(c) && c != '\t') {
                throw InvalidInputException.of(name, "line " + line + " holds a control character: is it a CSV file?");
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw InvalidInputException.of(name, "a quoted cell is not closed by the end of the file");
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            lines.add(cells);
        }
        return lines;
    }
}
