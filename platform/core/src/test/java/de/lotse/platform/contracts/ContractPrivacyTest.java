package de.lotse.platform.contracts;

import de.lotse.platform.events.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are the published language between services and leave the protected boundary of each
 * service: they may carry ids, codes, counts, flags and dates only (docs/domain.md §12). This test
 * inspects every contract record so a personal field cannot slip in unnoticed.
 */
class ContractPrivacyTest {
    /** Field names that would carry personal or protected data. */
    private static final Pattern FORBIDDEN_NAME =
            Pattern.compile("(?i).*(name|birth|address|street|phone|mail|note|text|comment|description|diagnos|health|"
                    + "medical|therapy|counsel(l)?ingcontent|content|customernumber|kundennummer|iban|tax|"
                    + "religion|nationality|reason(?!code)).*");

    private static final Set<Type> SCALARS = Set.of(
            UUID.class,
            String.class,
            Instant.class,
            LocalDate.class,
            int.class,
            long.class,
            boolean.class,
            Integer.class,
            Long.class,
            Boolean.class);

    @ParameterizedTest
    @EnumSource(EventType.class)
    void contractCarriesOnlyIdsCodesCountsAndDates(EventType type) {
        Class<? extends EventPayload> contract = type.payloadType();
        assertThat(contract.isRecord()).as("%s is a record", contract).isTrue();
        boolean organisation = contract.isAnnotationPresent(OrganisationData.class);
        for (RecordComponent component : contract.getRecordComponents()) {
            if (organisation) {
                // the Jobcenter's own name and address may travel; nothing about a case or a customer may
                assertThat(component.getName())
                        .as(
                                "%s.%s: organisation data concern no case or customer",
                                contract.getSimpleName(), component.getName())
                        .doesNotMatch("(?i).*(case|customer|person|birth).*");
                assertThat(isAllowedType(component.getGenericType()))
                        .as("%s.%s", contract.getSimpleName(), component.getName())
                        .isTrue();
                continue;
            }
            assertThat(component.getName())
                    .as("%s.%s looks like personal data", contract.getSimpleName(), component.getName())
                    .doesNotMatch(FORBIDDEN_NAME);
            assertThat(isAllowedType(component.getGenericType()))
                    .as(
                            "%s.%s has type %s; only ids, codes, counts, flags and dates are allowed",
                            contract.getSimpleName(), component.getName(), component.getGenericType())
                    .isTrue();
        }
    }

    @Test
    void reasonCodesAreAllowedButFreeTextReasonsAreNot() {
        assertThat("reasonCode").doesNotMatch(FORBIDDEN_NAME);
        assertThat("reasonCodes").doesNotMatch(FORBIDDEN_NAME);
        assertThat("reason").matches(FORBIDDEN_NAME);
        assertThat("lastName").matches(FORBIDDEN_NAME);
        assertThat("noteText").matches(FORBIDDEN_NAME);
    }

    @Test
    void everyContractRecordHasAnEventType() {
        assertThat(EventType.values()).extracting(EventType::payloadType).doesNotHaveDuplicates();
        assertThat(EventType.values()).hasSize(25);
    }

    private static boolean isAllowedType(Type type) {
        if (SCALARS.contains(type)) {
            return true;
        }
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                return args[0] == String.class || args[0] == UUID.class;
            }
            if (raw == Map.class) {
                // settings and counts keyed by codes
                return args[0] == String.class && (args[1] == String.class || args[1] == Integer.class);
            }
        }
        return false;
    }
}
