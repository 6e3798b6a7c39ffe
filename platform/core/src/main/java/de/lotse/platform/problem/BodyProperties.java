package de.lotse.platform.problem;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds which request-body property a deserialisation error is about when the JSON library's
 * message does not say (Micronaut Serde names the type, e.g. an unknown enum constant, not the
 * property). Looks at the body type's introspection: the property of the named type, the list
 * whose enum constants the message lists, or the only collection for "expected START_ARRAY".
 */
final class BodyProperties {
    private static final Pattern TYPE = Pattern.compile("value of type `([\\w.$]+)`");
    private static final Pattern EXPECTED = Pattern.compile("Expected one of \\[([^\\]]*)]");

    private BodyProperties() {
    }

    static Optional<String> byTypeIn(Class<?> bodyType, String message) {
        Optional<BeanIntrospection<Object>> introspection = BeanIntrospector.SHARED.findIntrospection(
                (Class<Object>) bodyType);
        if (introspection.isEmpty()) {
            return Optional.empty();
        }
        Collection<BeanProperty<Object, Object>> properties = introspection.get().getBeanProperties();
        Matcher type = TYPE.matcher(message);
        if (type.find()) {
            String typeName = type.group(1);
            Optional<String> direct = properties.stream()
                    .filter(p -> p.getType().getName().equals(typeName)).map(BeanProperty::getName).findFirst();
            if (direct.isPresent()) {
                return direct;
            }
        }
        Matcher expected = EXPECTED.matcher(message);
        if (expected.find()) {
            Set<String> constants = Arrays.stream(expected.group(1).split(","))
                    .map(String::trim).collect(Collectors.toSet());
            return properties.stream().filter(p -> enumConstants(p).equals(constants))
                    .map(BeanProperty::getName).findFirst();
        }
        if (message.contains("START_ARRAY")) {
            List<String> collections = properties.stream()
                    .filter(p -> Collection.class.isAssignableFrom(p.getType()) || p.getType().isArray())
                    .map(BeanProperty::getName).toList();
            return collections.size() == 1 ? Optional.of(collections.get(0)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Set<String> enumConstants(BeanProperty<Object, Object> property) {
        Argument<?>[] typeParameters = property.asArgument().getTypeParameters();
        Class<?> type = typeParameters.length == 1 ? typeParameters[0].getType() : property.getType();
        if (!type.isEnum()) {
            return Set.of();
        }
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toSet());
    }
}
