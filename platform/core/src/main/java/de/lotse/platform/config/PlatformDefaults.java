package de.lotse.platform.config;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Loads {@code lotse-platform.yml} (security, Kafka, outbox, management defaults shared by all
 * services) with a lower precedence than each service's {@code application.yml}, so the five
 * services share one configuration instead of five copies.
 */
@ContextConfigurer
public final class PlatformDefaults implements ApplicationContextConfigurer {
    static final String RESOURCE = "lotse-platform.yml";
    /** below application.yml (-300), above nothing */
    static final int ORDER = -400;

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.propertySources(PropertySource.of(RESOURCE, load(), ORDER));
    }

    static Map<String, Object> load() {
        try (InputStream in = PlatformDefaults.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the platform jar");
            }
            return new YamlPropertySourceLoader().read(RESOURCE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
