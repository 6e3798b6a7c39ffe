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

/** A request field's rules as the service's OpenAPI document states them (src/api/generated/constraints.ts). */
export interface FieldRules {
  readonly required?: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
}

const count = (n: number) => n.toLocaleString('de-DE');

/**
 * The service's own field rules, checked before sending, for the fields the form has: `values` names each field as
 * the request body does (absent from `values` = not this form's field, not checked). The messages are the users'
 * words; the summary puts the field's label in front (FormErrors). The service checks again and has the last word.
 */
export function fromSchema(
  rules: Readonly<Record<string, FieldRules>>,
  values: Record<string, string | number | readonly unknown[] | null | undefined>,
): Violation[] {
  const found: Violation[] = [];
  for (const [field, value] of Object.entries(values)) {
    const rule = rules[field];
    if (!rule) continue;
    const violation = (kind: string, message: string) => found.push({ field, rule: kind, message });
    const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if (empty) {
      if (rule.required || (rule.minLength ?? 0) > 0) violation('NotBlank', 'Bitte ausfüllen.');
      continue;
    }
    if (typeof value === 'string') {
      // the length the service counts: UTF-16 code units, as Java's String.length() (and the browser's maxlength)
      if (rule.maxLength !== undefined && value.length > rule.maxLength)
        violation('Size', `Höchstens ${count(rule.maxLength)} Zeichen (jetzt ${count(value.length)}).`);
      if (rule.minLength !== undefined && value.trim().length < rule.minLength)
        violation('Size', `Mindestens ${count(rule.minLength)} Zeichen.`);
    } else if (typeof value === 'number') {
      if (rule.minimum !== undefined && value < rule.minimum)
        violation('Min', `Der Wert muss mindestens ${count(rule.minimum)} sein.`);
      if (rule.maximum !== undefined && value > rule.maximum)
        violation('Max', `Der Wert darf höchstens ${count(rule.maximum)} sein.`);
    } else {
      if (rule.maxItems !== undefined && value.length > rule.maxItems)
        violation('Size', `Höchstens ${count(rule.maxItems)} Einträge.`);
      if (rule.minItems !== undefined && value.length < rule.minItems)
        violation('Size', `Bitte mindestens ${count(rule.minItems)} auswählen.`);
    }
  }
  return found;
}
