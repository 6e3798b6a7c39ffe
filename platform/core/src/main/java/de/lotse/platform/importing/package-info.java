/**
 * What every service's import of running cases needs alike (docs/import.md): checking records in transactions
 * that are rolled back, taking the items of a list over one by one with every broken rule reported at once, and
 * the check's answer. The rules of what is taken over stay in the service that owns it.
 */
package de.lotse.platform.importing;
