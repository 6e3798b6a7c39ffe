import type { Violation } from '../api/client';

/**
 * The form's own checks, in the shape of the service's violations (useAction.check): each rule is a violation or
 * nothing, e.g. `checks(required('reason', reason, 'Bitte wählen Sie einen Ablehnungsgrund.'))`.
 */
export function checks(...rules: (Violation | null | undefined | false)[]): Violation[] {
  return rules.filter((r): r is Violation => !!r);
}

/** A required field: empty (or only spaces) is a violation with the message given. */
export function required(field: string, value: string | null | undefined, message: string): Violation | null {
  return value && value.trim() !== '' ? null : { field, rule: 'NotBlank', message };
}

/** A rule of the form that does not hold: a violation of the field with the message given. */
export function unless(ok: boolean, field: string, message: string): Violation | null {
  return ok ? null : { field, rule: 'Form', message };
}
