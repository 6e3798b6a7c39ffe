package de.lotse.planning.casefacts.domain;

import de.lotse.platform.codes.KeyGroup;

import java.util.UUID;

/**
 * A need of the case as planning knows it from {@code need-status-changed}: id, key group, public
 * code (health-related needs arrive as HEALTH_RELATED) and latest status. Every open need gets a
 * strategy in the plan.
 */
public record CaseNeed(UUID needId, KeyGroup keyGroup, String code, String status) {

    public boolean open() {
        return !"RESOLVED".equals(status);
    }
}
