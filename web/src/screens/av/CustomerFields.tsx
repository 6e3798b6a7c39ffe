import { TextField, type FieldErrors } from '../../ui/forms';
import type { CustomerState } from './facts';

/** Master data of the customer, shared by the check (customer number only), the referral and the non-referral. */
export function CustomerFields({
  value,
  onChange,
  errors,
  disabled,
}: {
  value: CustomerState;
  onChange: (value: CustomerState) => void;
  errors: FieldErrors;
  disabled?: boolean;
}) {
  const set = (key: keyof CustomerState) => (e: React.ChangeEvent<HTMLInputElement>) =>
    onChange({ ...value, [key]: key === 'customerNumber' ? e.target.value.toUpperCase() : e.target.value });
  return (
    <fieldset className="av-plain av-form" disabled={disabled}>
      <legend className="visually-hidden">Kundin / Kunde</legend>
      <div className="row">
        <TextField
          label="Kundennummer"
          name="customerNumber"
          value={value.customerNumber}
          onChange={set('customerNumber')}
          errors={errors}
          required
          autoComplete="off"
          maxLength={10}
          className="mono"
          hint="3 Ziffern, 1 Buchstabe, 6 Ziffern (z. B. 123A456789). Liegt ein abgeschlossenes Assessment vor, nutzt die Prüfung dessen Angaben."
        />
        <TextField
          label="Bedarfsgemeinschaft (BG-Nummer)"
          name="householdRef"
          value={value.householdRef}
          onChange={set('householdRef')}
          errors={errors}
          autoComplete="off"
          hint="optional"
        />
      </div>
      <div className="row">
        <TextField
          label="Vorname"
          name="firstName"
          value={value.firstName}
          onChange={set('firstName')}
          errors={errors}
          required
          autoComplete="off"
          maxLength={100}
        />
        <TextField
          label="Nachname"
          name="lastName"
          value={value.lastName}
          onChange={set('lastName')}
          errors={errors}
          required
          autoComplete="off"
          maxLength={100}
        />
        <TextField
          label="Geburtsdatum"
          name="dateOfBirth"
          type="date"
          value={value.dateOfBirth}
          onChange={set('dateOfBirth')}
          errors={errors}
          required
          hint="U25 / Ü25 ergibt sich daraus."
        />
      </div>
    </fieldset>
  );
}
