/**
 * The shared kernel: business rules that several services must apply in exactly the same way, so that a customer's
 * case is judged alike wherever it is worked on — who may read a case's protected content (the TAH 4.9 deputy
 * rule, {@code caseaccess}) and whether contacts met the Jobcenter's contact rule ({@code contacts}). Each rule
 * cites docs/domain.md and has its own tests here. Rules one service owns stay in that service; the platform's
 * infrastructure packages (messaging, web, data, audit) never depend on this package (PlatformArchitectureTest).
 */
package de.lotse.platform.kernel;
