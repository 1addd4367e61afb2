package app.waypoint.shared;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads typed query parameters strictly, in one place: a value that is not a UUID, a date ({@code yyyy-MM-dd}), a whole
 * number or {@code true}/{@code false}, as the parameter's type asks, answers 400 naming the parameter (the JAX-RS default
 * is a 404, or for a yes/no parameter silently {@code false}). An absent parameter without a default reads as null, so a
 * primitive query parameter always declares its {@code @DefaultValue} (ArchitectureTest). Path parameters keep the default: an id that is not a UUID names nothing, 404.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    private static final Pattern UUID_TEXT = Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private static final Reader WHOLE_NUMBER = new Reader(QueryParameters::wholeNumber, "must be a whole number");
    private static final Reader YES_NO = new Reader(QueryParameters::yesNo, "must be true or false");
    private static final Map<Class<?>, Reader> READERS = Map.of(
            int.class, WHOLE_NUMBER, Integer.class, WHOLE_NUMBER,
            boolean.class, YES_NO, Boolean.class, YES_NO,
            UUID.class, new Reader(QueryParameters::uuid, "must be a UUID"),
            LocalDate.class, new Reader(IsoDates::parse, "must be a date as yyyy-MM-dd"));

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Reader reader = READERS.get(rawType);
        Optional<String> name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value()).findFirst();
        if (reader == null || name.isEmpty()) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            @SuppressWarnings("unchecked")
            public T fromString(String value) {
                if (value == null) {
                    return null; // absent, without a default (a primitive query parameter always declares one: ArchitectureTest)
                }
                return (T) reader.parse().apply(value).orElseThrow(() -> InvalidInputException.of(name.get(), reader.expected()));
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static Optional<Integer> wholeNumber(String text) {
        try {
            return Optional.of(Integer.valueOf(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Boolean> yesNo(String text) {
        return "true".equals(text) || "false".equals(text) ? Optional.of(Boolean.valueOf(text)) : Optional.empty();
    }

    private static Optional<UUID> uuid(String text) {
        return UUID_TEXT.matcher(text).matches() ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }

    /** How to read one type of parameter, and what to tell the caller when it cannot be read. */
    private record Reader(Function<String, Optional<?>> parse, String expected) {
    }
}
