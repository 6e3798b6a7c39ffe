package de.lotse.intake.policy.domain;

import de.lotse.platform.codes.KeyGroup;

import java.util.Set;

/**
 * Who may enter case management (Fallzugang, docs/domain.md §4): the minimum criteria and the variants
 * a Jobcenter allows.
 *
 * @param minNeeds                           at least this many needs in {@code countedKeyGroups} (BA2010 3b (a): 3);
 *                                           none when access is category-based (UCKERMARK)
 * @param countedKeyGroups                   key groups whose needs count (Leistungsfähigkeit, Rahmenbedingungen)
 * @param complexProfiles                    profile or category codes that count as a complex profile; empty when the
 *                                           profile is not an access criterion
 * @param integrationNotExpectedWithinMonths integration must not be expected within this many months (PANKOW 4.1: 12)
 * @param progressExpectedRequired           the assessment that FM leads to concrete integration progress is required
 *                                           (BA2010 3b (b))
 * @param prophylaxisNewCustomerDays         prophylaxis variant: customers new for at most this many days with a
 *                                           recognisable risk of long-term unemployment (PANKOW 4.1: 182); none = off
 * @param entrenchmentVariant                fewer needs suffice when at least one is entrenched (TAH 4.1)
 * @param deeperBarriersVariant              deeper barriers suspected but not determinable in placement (TAH 4.1)
 * @param socialIntegrationVariant           social-integrative approach (TAH 4.1)
 * @param aghParticipantsAdmitted            AGH participants are taken into FM for the whole AGH (TAH 4.2)
 * @param everyCustomer                      every customer has an FM, there is no access criterion; customers are routed
 *                                           between FMs by category and age instead (UCKERMARK 2.1, 3; docs/domain.md §18.1)
 */
public record AccessRules(
        Integer minNeeds,
        Set<KeyGroup> countedKeyGroups,
        Set<String> complexProfiles,
        Integer integrationNotExpectedWithinMonths,
        boolean progressExpectedRequired,
        Integer prophylaxisNewCustomerDays,
        boolean entrenchmentVariant,
        boolean deeperBarriersVariant,
        boolean socialIntegrationVariant,
        boolean aghParticipantsAdmitted,
        boolean everyCustomer) {

    public AccessRules {
        countedKeyGroups = countedKeyGroups == null ? Set.of() : Set.copyOf(countedKeyGroups);
        complexProfiles = complexProfiles == null ? Set.of() : Set.copyOf(complexProfiles);
    }
}
