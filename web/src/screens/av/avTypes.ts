// Shapes of intake-service answers the AV screens use, from its OpenAPI document (src/api/generated/intake.ts).
import type { components } from '../../api/generated/intake';

/** Vormerkungsergebnis (answer of POST /api/referrals) */
export type ReferralView = components['schemas']['Vormerkungsergebnis'];

/** Ueberpruefungseintrag: one recheck of a non-referral */
export type RecheckView = components['schemas']['Ueberpruefungseintrag'];

/** Nichtvormerkung */
export type NonReferralView = components['schemas']['Nichtvormerkung'];
