package de.lotse.planning.plans.application;

import de.lotse.planning.plans.domain.JobcenterRecord;
import de.lotse.planning.plans.domain.LegalForm;
import de.lotse.planning.plans.infrastructure.LetterStore;
import de.lotse.platform.contracts.DirectoryChanged;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * What printed documents rest on besides the case: the Jobcenter's letterhead as intake publishes it
 * ({@code directory-changed}; organisation data only) and the legal forms of the agreement by date.
 */
@Singleton
public class Letters {
    private final LetterStore store;

    Letters(LetterStore store) {
        this.store = store;
    }

    @Transactional
    public void record(String jobcenterId, DirectoryChanged d) {
        store.saveIfNewer(
                jobcenterId,
                d.version(),
                new JobcenterRecord(
                        jobcenterId,
                        d.name(),
                        d.street(),
                        d.postalCode(),
                        d.city(),
                        d.phone(),
                        d.email(),
                        d.contactHours()),
                d.stateCode(),
                d.changedAt());
    }

    @Transactional(readOnly = true)
    public Optional<JobcenterRecord> letterhead(String jobcenterId) {
        return store.jobcenter(jobcenterId);
    }

    @Transactional(readOnly = true)
    public List<LegalForm> legalForms() {
        return store.legalForms();
    }
}
