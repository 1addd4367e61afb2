package app.waypoint.testsupport;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Malformed requests for one operation of an OpenAPI document: bad path and query parameters, bodies of the wrong media
 * type, broken JSON, and a valid-looking body (built from the operation's schema) with one field at a time made wrong.
 * Path parameters are given real values by the caller, so that a request gets past "not found" into the checks of its body.
 */
public final class MalformedRequests {

    /** One request to send: what it tries, and the method, address (already encoded), media type and body. */
    public record Probe(String label, String method, String address, String contentType, String body) {

        /** A valid-looking body with one field made wrong (the bulk of the probes), rather than a bad address or a broken body. */
        public boolean mutatesOneField() {
            return label.startsWith("field ");
        }
    }

    private static final String JSON = "application/json";
    private static final List<String> BAD_PATH_VALUES = List.of("not-a-uuid", "%00", "%0D%0Aforged", "-1", "9".repeat(300), "%25");
    private static final List<String> BAD_QUERY_VALUES = List.of("abc", "-1", "0", "2147483647", "99999999999999999999", "", "%00",
            "%0D%0A", "+999999999-01-01", "2026-02-31", "0001-01-01", "9999-12-31", "true", "not-a-uuid");
    private static final List<String> BROKEN_BODIES = List.of("", "null", "[]", "{", "\"text\"", "12", "{\"a\":", "{} {}", "{}x",
            "{\"x\":1,\"x\":2}", "\u0000");
    private static final String HUGE_TEXT = "x".repeat(20_000);
    private static final int OVERSIZE_LIST = 1_000;

    private final Map<String, Object> components;
    private final BiFunction<String, String, String> pathValues;
    private final Function<String, Object> textValues;

    /**
     * @param openApi    the OpenAPI document as maps and lists
     * @param pathValues a real value for a path parameter, given the path template and the parameter's name (an id that exists
     *                   and the caller may see)
     * @param textValues a value that passes for a text field of this name (e.g. a staff username for {@code owner}), or null
     */
    @SuppressWarnings("unchecked")
    public MalformedRequests(Map<String, Object> openApi, BiFunction<String, String, String> pathValues, Function<String, Object> textValues) {
        this.components = (Map<String, Object>) ((Map<String, Object>) openApi.getOrDefault("components", Map.of()))
                .getOrDefault("schemas", Map.of());
        this.pathValues = pathValues;
        this.textValues = textValues;
    }

    /** Every probe for {@code method} on the path template {@code template}. */
    @SuppressWarnings("unchecked")
    public List<Probe> probes(String template, String method, Map<String, Object> operation) {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
        List<String> pathNames = parameters.stream().filter(p -> "path".equals(p.get("in"))).map(p -> (String) p.get("name")).toList();
        List<String> queryNames = parameters.stream().filter(p -> "query".equals(p.get("in"))).map(p -> (String) p.get("name")).toList();
        String address = fill(template, pathNames, Map.of());
        List<Probe> probes = new ArrayList<>();
        for (String name : pathNames) {
            for (String bad : BAD_PATH_VALUES) {
                probes.add(new Probe("path " + name + "=" + bad, method, fill(template, pathNames, Map.of(name, bad)), null, null));
            }
        }
        for (String name : queryNames) {
            for (String bad : BAD_QUERY_VALUES) {
                String value = bad.startsWith("%") ? bad : URLEncoder.encode(bad, StandardCharsets.UTF_8);
                probes.add(new Probe("query " + name + "=" + bad, method, address + "?" + name + "=" + value, null, null));
            }
        }
        Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
        if (requestBody != null) {
            Map<String, Object> schema = schemaOf(requestBody);
            Object valid = schema == null ? Map.of() : example(schema, "", 0);
            String validJson = Json.write(valid);
            probes.add(new Probe("text/plain body", method, address, "text/plain", validJson));
            probes.add(new Probe("multipart body", method, address, "multipart/form-data; boundary=b",
                    "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--b--\r\n"));
            probes.add(new Probe("xml body", method, address, "application/xml", "<x/>"));
            probes.add(new Probe("no media type", method, address, null, validJson));
            for (String broken : BROKEN_BODIES) {
                probes.add(new Probe("broken JSON " + broken, method, address, JSON, broken));
            }
            probes.add(new Probe("trailing garbage", method, address, JSON, validJson + " garbage"));
            if (valid instanceof Map<?, ?> object && !object.isEmpty()) {
                String first = (String) object.keySet().iterator().next();
                probes.add(new Probe("duplicate key " + first, method, address, JSON,
                        validJson.replaceFirst("^\\{", "{" + Json.write(first) + ":" + Json.write(object.get(first)) + ",")));
                probes.add(new Probe("unknown field", method, address, JSON, validJson.replaceFirst("^\\{", "{\"unknownField\":1,")));
                for (Map.Entry<String, Object> mutated : mutations((Map<String, Object>) valid, schema, "").entrySet()) {
                    probes.add(new Probe("field " + mutated.getKey(), method, address, JSON, Json.write(mutated.getValue())));
                }
            }
        }
        return probes;
    }

    private String fill(String template, List<String> pathNames, Map<String, String> overrides) {
        String address = template;
        for (String name : pathNames) {
            String value = overrides.getOrDefault(name, URLEncoder.encode(pathValues.apply(template, name), StandardCharsets.UTF_8));
            address = address.replace("{" + name + "}", value);
        }
        return address;
    }

    /** The body with each field in turn (top level, and inside the first item of each list) made wrong in every way that fits its schema. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> mutations(Map<String, Object> body, Map<String, Object> schema, String prefix) {
        Map<String, Object> bodies = new LinkedHashMap<>();
        Map<String, Object> properties = (Map<String, Object>) resolve(schema).getOrDefault("properties", Map.of());
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            Map<String, Object> fieldSchema = resolve((Map<String, Object>) property.getValue());
            List<Object> wrongs = new ArrayList<>(List.of(12345, true, "text", List.of(), Map.of(), "\u0000", "a\r\nb", HUGE_TEXT,
                    1e308, new BigInteger("99999999999999999999"), -1));
            wrongs.add(null);
            if (isType(fieldSchema, "string")) {
                wrongs.addAll(List.of("0001-01-01", "9999-12-31", "+999999999-01-01", "2026-02-31", "1899-12-31", 20_000,
                        List.of(2026, 1, 1), "not-a-uuid", 0, "ZERO"));
            }
            if (isType(fieldSchema, "array")) {
                Object item = body.get(property.getKey()) instanceof List<?> list && !list.isEmpty() ? list.get(0) : "x";
                wrongs.add(Collections.nCopies(OVERSIZE_LIST, item));
                wrongs.add(Collections.nCopies(3, (Object) null));
            }
            for (Object wrong : wrongs) {
                Map<String, Object> copy = new LinkedHashMap<>(body);
                copy.put(property.getKey(), wrong);
                bodies.put(prefix + property.getKey() + "=" + Json.abbreviate(wrong), copy);
            }
            if (isType(fieldSchema, "array") && body.get(property.getKey()) instanceof List<?> list && !list.isEmpty()
                    && list.get(0) instanceof Map<?, ?> item) {
                Map<String, Object> itemSchema = resolve((Map<String, Object>) fieldSchema.get("items"));
                mutations((Map<String, Object>) item, itemSchema, prefix + property.getKey() + "[0].").forEach((label, wrongItem) -> {
                    Map<String, Object> copy = new LinkedHashMap<>(body);
                    copy.put(property.getKey(), List.of(wrongItem));
                    bodies.put(label, copy);
                });
            }
        }
        return bodies;
    }

    /** A value that passes for the schema: today-ish dates, real names for people, the first enum constant. */
    @SuppressWarnings("unchecked")
    private Object example(Map<String, Object> schema, String name, int depth) {
        Map<String, Object> resolved = resolve(schema);
        if (resolved.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.stream().filter(v -> v != null).findFirst().orElse(null);
        }
        Object known = textValues.apply(name);
        if (known != null && !isType(resolved, "array") && !isType(resolved, "object")) {
            return known;
        }
        if (isType(resolved, "object") || resolved.containsKey("properties")) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (depth < 4) {
                ((Map<String, Object>) resolved.getOrDefault("properties", Map.of()))
                        .forEach((field, fieldSchema) -> object.put(field, example((Map<String, Object>) fieldSchema, field, depth + 1)));
            }
            return object;
        }
        if (isType(resolved, "array")) {
            Map<String, Object> items = (Map<String, Object>) resolved.get("items");
            return items == null || depth >= 4 ? List.of() : List.of(example(items, name, depth + 1));
        }
        if (isType(resolved, "integer") || isType(resolved, "number")) {
            return 1;
        }
        if (isType(resolved, "boolean")) {
            return false;
        }
        String format = (String) resolved.get("format");
        if ("date".equals(format)) {
            return LocalDate.now().plusDays(7).toString();
        }
        if ("date-time".equals(format)) {
            return Instant.now().toString();
        }
        return "Probe text";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> schemaOf(Map<String, Object> requestBody) {
        Map<String, Object> content = (Map<String, Object>) requestBody.getOrDefault("content", Map.of());
        Map<String, Object> json = (Map<String, Object>) content.getOrDefault(JSON, content.values().stream().findFirst().orElse(null));
        return json == null ? null : (Map<String, Object>) json.get("schema");
    }

    /** The schema itself, after following a {@code $ref} (and taking the first of {@code allOf}/{@code anyOf}/{@code oneOf}). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> at = schema == null ? Map.of() : schema;
        for (int hops = 0; hops < 10; hops++) {
            if (at.get("$ref") instanceof String ref) {
                at = (Map<String, Object>) components.getOrDefault(ref.substring(ref.lastIndexOf('/') + 1), Map.of());
            } else if (!at.containsKey("type") && !at.containsKey("properties") && firstOf(at) != null) {
                at = firstOf(at);
            } else {
                return at;
            }
        }
        return at;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstOf(Map<String, Object> schema) {
        for (String combination : List.of("allOf", "anyOf", "oneOf")) {
            if (schema.get(combination) instanceof List<?> parts && !parts.isEmpty()) {
                return parts.stream().map(part -> (Map<String, Object>) part).filter(part -> !isType(part, "null")).findFirst()
                        .orElse((Map<String, Object>) parts.get(0));
            }
        }
        return null;
    }

    private static boolean isType(Map<String, Object> schema, String type) {
        Object declared = schema.get("type");
        return type.equals(declared) || declared instanceof List<?> types && types.contains(type);
    }

    /** Just enough JSON writing for probe bodies (strings escaped, including control characters). */
    static final class Json {

        private Json() {
        }

        static String write(Object value) {
            if (value == null) {
                return "null";
            }
            if (value instanceof String text) {
                StringBuilder out = new StringBuilder("\"");
                for (char c : text.toCharArray()) {
                    switch (c) {
                        case '"' -> out.append("\\\"");
                        case '\\' -> out.append("\\\\");
                        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                    }
                }
                return out.append('"').toString();
            }
            if (value instanceof Map<?, ?> map) {
                List<String> members = new ArrayList<>();
                map.forEach((key, member) -> members.add(write(String.valueOf(key)) + ":" + write(member)));
                return "{" + String.join(",", members) + "}";
            }
            if (value instanceof List<?> list) {
                return "[" + String.join(",", list.stream().map(Json::write).toList()) + "]";
            }
            return String.valueOf(value);
        }

        static String abbreviate(Object value) {
            String written = write(value);
            return written.length() > 40 ? written.substring(0, 37) + "..." : written;
        }
    }
}
