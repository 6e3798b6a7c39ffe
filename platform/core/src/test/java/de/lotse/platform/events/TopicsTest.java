package de.lotse.platform.events;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {

    @Test
    void topicConstantsEqualTheEventTypesTopics() throws IllegalAccessException {
        Set<String> constants = new java.util.HashSet<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        Set<String> topics =
                Arrays.stream(EventType.values()).map(EventType::topic).collect(Collectors.toSet());
        assertThat(constants).isEqualTo(topics);
    }

    @Test
    void deadLetterTopicAppendsSuffix() {
        assertThat(EventType.CASE_OPENED.deadLetterTopic()).isEqualTo("case-opened.dlt");
        assertThat(EventType.byTopic("consent-revoked")).contains(EventType.CONSENT_REVOKED);
        assertThat(EventType.byTopic("case-opened.dlt")).isEmpty();
    }
}
