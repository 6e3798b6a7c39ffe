package de.lotse.platform.problem;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the JSON path of the request-body property a deserialisation error is about. Micronaut
 * Serde's messages name types rather than properties for nested objects ("Cannot deserialize value
 * of type `FactsInput` due to: … `java.util.Map` … Expected one of [...]"), so the path is found by
 * walking the body type's introspection along the named types, using the enum constants the
 * message lists, the single collection for "expected START_ARRAY", or a property name the message
 * mentions, e.g. {@code facts.needsByKeyGroup}.
 */
final class BodyProperties {
    private static final Pattern TYPE = Pattern.compile("value of type `([\\w.$]+)`");
    private static final Pattern EXPECTED = Pattern.compile("Expected one of \\[([^\\]]*)]");
    private static final Pattern NAMED = Pattern.compile("property \\[(?:[\\w.<>, ]+ )?(\\w+)\\]");
    private static final int MAX_DEPTH = 5;

    private BodyProperties() {}

    static Optional<String> pathIn(Class<?> bodyType, String message) {
        if (message == null) {
            return Optional.empty();
        }
        List<String> types = distinct(TYPE, message);
        Set<String> constants = expectedConstants(message);
        List<String> path = new ArrayList<>();
        Class<?> current = bodyType;
        boolean walked = true;
        boolean viaContainer = false;
        for (int i = 0; i < types.size(); i++) {
            String typeName = types.get(i);
            boolean containerType = isContainerName(typeName);
            if (containerType && i + 1 < types.size()) {
                viaContainer = true; // the next type in the chain names the element: match the property by it
                continue;
            }
            boolean elementOfContainer = viaContainer;
            List<BeanProperty<Object, Object>> next = properties(current).stream()
                    .filter(p -> elementOfContainer
                            ? typeName.equals(elementTypeName(p))
                            : p.getType().getName().equals(typeName))
                    .filter(p -> !containerType
                            || constants.isEmpty()
                            || enumConstants(p).equals(constants))
                    .toList();
            viaContainer = false;
            if (next.size() != 1) {
                // serde leaves out bean levels inside collections ("List … NeedCode"): look one or two levels down
                Optional<List<BeanProperty<Object, Object>>> below =
                        next.isEmpty() ? searchByType(current, typeName, 0) : Optional.empty();
                if (below.isEmpty()) {
                    walked = false;
                    break;
                }
                next = List.of(below.get().get(below.get().size() - 1));
                below.get().subList(0, below.get().size() - 1).forEach(p -> path.add(p.getName()));
            }
            BeanProperty<Object, Object> property = next.get(0);
            path.add(property.getName());
            current = isContainer(property.getType()) && elementType(property) != null
                    ? elementType(property)
                    : property.getType();
        }
        Collection<BeanProperty<Object, Object>> last = walked ? properties(current) : List.of();
        if (!constants.isEmpty() && !last.isEmpty() && (path.isEmpty() || !isContainer(current))) {
            last.stream()
                    .filter(p -> enumConstants(p).equals(constants))
                    .map(BeanProperty::getName)
                    .findFirst()
                    .ifPresent(path::add);
        } else if (message.contains("START_ARRAY") && !last.isEmpty()) {
            List<String> collections = last.stream()
                    .filter(p -> isContainer(p.getType()) && !Map.class.isAssignableFrom(p.getType()))
                    .map(BeanProperty::getName)
                    .toList();
            if (collections.size() == 1) {
                path.add(collections.get(0));
            }
        }
        List<String> named = distinct(NAMED, message);
        if (!named.isEmpty()) {
            String name = named.get(named.size() - 1);
            if (!last.isEmpty() && last.stream().anyMatch(p -> p.getName().equals(name)) && !path.contains(name)) {
                path.add(name);
            } else if (path.isEmpty()) {
                return search(bodyType, name, 0).or(() -> Optional.of(name));
            }
        }
        return path.isEmpty() ? Optional.empty() : Optional.of(String.join(".", path));
    }

    /** The properties leading to the one property of that type (or element type) below the type, if it is unique. */
    private static Optional<List<BeanProperty<Object, Object>>> searchByType(
            Class<?> type, String typeName, int depth) {
        if (depth > 2) {
            return Optional.empty();
        }
        List<List<BeanProperty<Object, Object>>> found = new ArrayList<>();
        for (BeanProperty<Object, Object> property : properties(type)) {
            if (property.getType().getName().equals(typeName) || typeName.equals(elementTypeName(property))) {
                found.add(List.of(property));
                continue;
            }
            Class<?> inner = isContainer(property.getType()) ? elementType(property) : property.getType();
            searchByType(inner, typeName, depth + 1).ifPresent(sub -> {
                List<BeanProperty<Object, Object>> chain = new ArrayList<>();
                chain.add(property);
                chain.addAll(sub);
                found.add(chain);
            });
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The dotted path of the one property with that name anywhere below the type, if it is unique. */
    private static Optional<String> search(Class<?> type, String name, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        for (BeanProperty<Object, Object> property : properties(type)) {
            if (property.getName().equals(name)) {
                found.add(name);
            }
            search(property.getType(), name, depth + 1).ifPresent(sub -> found.add(property.getName() + "." + sub));
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Collection<BeanProperty<Object, Object>> properties(Class<?> type) {
        if (type == null
                || type.isPrimitive()
                || type.isEnum()
                || type.getName().startsWith("java.")) {
            return List.of();
        }
        return BeanIntrospector.SHARED
                .findIntrospection((Class<Object>) type)
                .map(BeanIntrospection::getBeanProperties)
                .orElse(List.of());
    }

    private static boolean isContainerName(String typeName) {
        return typeName.startsWith("java.util.");
    }

    /** The element type of a collection, the value type of a map; null otherwise. */
    private static Class<?> elementType(BeanProperty<Object, Object> property) {
        Argument<?>[] parameters = property.asArgument().getTypeParameters();
        return isContainer(property.getType()) && parameters.length > 0
                ? parameters[parameters.length - 1].getType()
                : null;
    }

    private static String elementTypeName(BeanProperty<Object, Object> property) {
        Class<?> element = elementType(property);
        return element == null ? null : element.getName();
    }

    private static boolean isContainer(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || type.isArray();
    }

    private static List<String> distinct(Pattern pattern, String message) {
        Set<String> seen = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(message);
        while (matcher.find()) {
            seen.add(matcher.group(1));
        }
        return List.copyOf(seen);
    }

    private static Set<String> expectedConstants(String message) {
        Matcher expected = EXPECTED.matcher(message);
        if (!expected.find()) {
            return Set.of();
        }
        return Arrays.stream(expected.group(1).split(",")).map(String::trim).collect(Collectors.toSet());
    }

    /** The constants of an enum property, or of the enum elements or keys of a collection or map property. */
    private static Set<String> enumConstants(BeanProperty<Object, Object> property) {
        Argument<?>[] typeParameters = property.asArgument().getTypeParameters();
        for (Class<?> type : typeParameters.length == 0
                ? List.<Class<?>>of(property.getType())
                : Arrays.stream(typeParameters).<Class<?>>map(Argument::getType).toList()) {
            if (type.isEnum()) {
                return Arrays.stream(type.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name())
                        .collect(Collectors.toSet());
            }
        }
        return Set.of();
    }
}
