package de.lotse.platform.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The contract carries the Jobcenter's own organisation data (its name, address, teams, staff display names) —
 * the one kind of named data events may carry (docs/domain.md §12, docs/architecture.md, Names and letters). Such a contract
 * concerns no case and no customer: ContractPrivacyTest lets its names and addresses pass and refuses any
 * case or customer field in it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OrganisationData {}
