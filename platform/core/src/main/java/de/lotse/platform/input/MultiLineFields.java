package de.lotse.platform.input;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which strings of a request body may span lines: the shape of the body type (beans, lists, maps),
 * built once per body type from the bean introspections, with the {@link MultiLine} mark on each
 * property. A JSON path is then answered by walking down the shape, without reflection.
 */
final class MultiLineFields {
    private static final int MAX_DEPTH = 12;

    private final Map<Argument<?>, Shape> shapes = new ConcurrentHashMap<>();

    /** The shape of a body type; built on first use and kept (one per route's body type). */
    Shape of(Argument<?> bodyType) {
        Shape shape = shapes.get(bodyType);
        if (shape == null) {
            shape = build(bodyType, new HashSet<>(), 0);
            shapes.putIfAbsent(bodyType, shape);
        }
        return shape;
    }

    /** A node of a body type: a bean (properties), a list (element), a map (values) or a leaf. */
    static final class Shape {
        /** A string, number, enum … or a type Lotse does not know: its strings are single-line. */
        static final Shape LEAF = new Shape(Map.of(), Map.of(), null, null);

        private final Map<String, Shape> properties;
        private final Map<String, Boolean> multiLine;
        private final Shape element;
        private final Shape mapValue;

        private Shape(Map<String, Shape> properties, Map<String, Boolean> multiLine, Shape element, Shape mapValue) {
            this.properties = properties;
            this.multiLine = multiLine;
            this.element = element;
            this.mapValue = mapValue;
        }
    }

    /**
     * Whether the string at this path of the body may span lines: the last bean property on the
     * path carries {@link MultiLine} (list indexes and map keys below it keep its mark). A path the
     * body type does not know is single-line.
     *
     * @param steps property names and map keys as {@code String}, list indexes as {@code Integer}
     */
    static boolean isMultiLine(Shape root, List<Object> steps) {
        Shape shape = root;
        boolean multiLine = false;
        for (Object step : steps) {
            if (step instanceof Integer) {
                shape = shape.element;
            } else if (shape.mapValue != null) {
                shape = shape.mapValue;
            } else {
                String name = (String) step;
                multiLine = shape.multiLine.getOrDefault(name, false);
                shape = shape.properties.get(name);
            }
            if (shape == null) {
                return false;
            }
        }
        return multiLine;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Shape build(Argument<?> argument, Set<Class<?>> visiting, int depth) {
        Class<?> type = argument.getType();
        if (depth > MAX_DEPTH || isScalar(type)) {
            return Shape.LEAF;
        }
        if (type.isArray()) {
            return new Shape(
                    Map.of(), Map.of(), build(Argument.of(type.getComponentType()), visiting, depth + 1), null);
        }
        Argument<?>[] parameters = argument.getTypeParameters();
        if (Collection.class.isAssignableFrom(type)) {
            return new Shape(
                    Map.of(),
                    Map.of(),
                    parameters.length > 0 ? build(parameters[0], visiting, depth + 1) : Shape.LEAF,
                    null);
        }
        if (Map.class.isAssignableFrom(type)) {
            return new Shape(
                    Map.of(),
                    Map.of(),
                    null,
                    parameters.length > 1 ? build(parameters[1], visiting, depth + 1) : Shape.LEAF);
        }
        if (!visiting.add(type)) {
            return Shape.LEAF; // a recursive type: below the first level its strings count as single-line
        }
        try {
            BeanIntrospection<Object> introspection = BeanIntrospector.SHARED
                    .findIntrospection((Class<Object>) type)
                    .orElse(null);
            if (introspection == null) {
                return Shape.LEAF;
            }
            Map<String, Shape> properties = new HashMap<>();
            Map<String, Boolean> multiLine = new HashMap<>();
            for (BeanProperty<Object, Object> property : introspection.getBeanProperties()) {
                properties.put(property.getName(), build((Argument) property.asArgument(), visiting, depth + 1));
                if (property.hasAnnotation(MultiLine.class)) {
                    multiLine.put(property.getName(), true);
                }
            }
            return new Shape(Map.copyOf(properties), Map.copyOf(multiLine), null, null);
        } finally {
            visiting.remove(type);
        }
    }

    private static boolean isScalar(Class<?> type) {
        return type.isPrimitive()
                || type.isEnum()
                || CharSequence.class.isAssignableFrom(type)
                || Number.class.isAssignableFrom(type)
                || type == Boolean.class
                || type == Character.class
                || type == UUID.class
                || Temporal.class.isAssignableFrom(type)
                || type == Object.class;
    }
}
