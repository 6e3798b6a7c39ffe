package de.lotse.platform.contracts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.lotse.platform.events.EventType;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The builders are a convenience for producers and tests only: an event built by name equals the one the
 * canonical constructor builds from the same values, and its JSON still has exactly the record's components
 * in their order (a builder must never show up as a property of the published language).
 */
class EventBuildersTest {

    /** Every contract with a builder (those with six components or more). */
    static Stream<Class<? extends EventPayload>> contractsWithABuilder() {
        return Arrays.stream(EventType.values())
                .<Class<? extends EventPayload>>map(EventType::payloadType)
                .filter(contract -> Arrays.stream(contract.getMethods())
                        .anyMatch(m -> m.getName().equals("builder")));
    }

    @Test
    void everyContractWithSixComponentsOrMoreHasABuilder() {
        assertThat(Arrays.stream(EventType.values())
                        .map(EventType::payloadType)
                        .filter(contract -> contract.getRecordComponents().length >= 6))
                .containsExactlyInAnyOrderElementsOf(contractsWithABuilder().toList());
    }

    @ParameterizedTest
    @MethodSource("contractsWithABuilder")
    void aBuiltEventEqualsTheConstructedOneAndKeepsItsJson(Class<? extends EventPayload> contract) throws Exception {
        RecordComponent[] components = contract.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = sample(components[i].getGenericType(), i);
        }
        Object constructed = contract.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
                .newInstance(values);

        Object builder = contract.getMethod("builder").invoke(null);
        for (int i = 0; i < components.length; i++) {
            Method setter = builder.getClass().getMethod(components[i].getName(), components[i].getType());
            assertThat(setter.invoke(builder, values[i])).isSameAs(builder);
        }
        Object built = builder.getClass().getMethod("build").invoke(builder);

        assertThat(built).isEqualTo(constructed);
        String json = ObjectMapper.getDefault().writeValueAsString(built);
        assertThat(topLevelKeys(json))
                .as(json)
                .containsExactlyElementsOf(
                        Arrays.stream(components).map(RecordComponent::getName).toList());
    }

    /** A non-empty value for each component, so the JSON leaves none out. */
    private static Object sample(Type type, int index) {
        if (type == UUID.class) {
            return UUID.randomUUID();
        } else if (type == String.class) {
            return "CODE_" + index;
        } else if (type == Instant.class) {
            return Instant.parse("2026-03-02T09:00:00Z").plusSeconds(index);
        } else if (type == LocalDate.class) {
            return LocalDate.of(2026, 3, 2).plusDays(index);
        } else if (type == int.class || type == Integer.class) {
            return index + 1;
        } else if (type == long.class || type == Long.class) {
            return (long) index + 1;
        } else if (type == boolean.class || type == Boolean.class) {
            return true;
        } else if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return List.of("A_" + index, "B_" + index);
        } else if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return Map.of("KEY_" + index, index);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }

    private static List<String> topLevelKeys(String json) throws Exception {
        List<String> keys = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                keys.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        }
        return keys;
    }
}
