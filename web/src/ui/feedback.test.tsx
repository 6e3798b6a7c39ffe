// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import '../test/dom';
import { ConfirmButton } from './feedback';
import { FormErrors, TextField } from './forms';

describe('FormErrors', () => {
  function Form({ error }: { error?: ApiError }) {
    return (
      <form>
        <FormErrors error={error} />
        <TextField label="Grund" name="reason" value="" onChange={() => {}} />
        <TextField label="Datum" name="closedOn" value="" onChange={() => {}} />
      </form>
    );
  }
  const refused = new ApiError({
    title: 'Die Angaben verletzen eine Regel',
    status: 422,
    violations: [
      { field: 'reason', rule: 'NotBlank', message: 'Bitte einen Grund angeben' },
      { field: 'closedOn', rule: 'FUTURE', message: 'Das Datum liegt in der Zukunft' },
      { field: null, rule: 'CLOSED', message: 'Der Fall ist bereits abgeschlossen' },
    ],
  });

  it('lists every refused field as a link to its control, then the rest, and takes the focus', async () => {
    const { rerender } = render(<Form />);
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<Form error={refused} />);

    const summary = screen.getByRole('alert');
    expect(summary).toHaveProperty('textContent', expect.stringContaining('Bitte korrigieren Sie'));
    expect(document.activeElement).toBe(summary);
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Grund: Bitte einen Grund angeben',
      'Datum: Das Datum liegt in der Zukunft',
    ]);
    expect(summary.textContent).toContain('Der Fall ist bereits abgeschlossen');

    await userEvent.click(screen.getByRole('link', { name: /^Datum:/ }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Datum/ }));
  });
});

describe('ConfirmButton', () => {
  function Closure({ valid, onConfirm }: { valid: boolean; onConfirm: () => void }) {
    return (
      <ConfirmButton
        label="Fall abschließen"
        title="Fall wirklich abschließen?"
        confirmLabel="Abschließen"
        beforeOpen={() => valid}
        onConfirm={onConfirm}
      >
        Der Fall wird abgeschlossen.
      </ConfirmButton>
    );
  }

  it('opens no dialog when the form check answers false', async () => {
    const onConfirm = vi.fn();
    render(<Closure valid={false} onConfirm={onConfirm} />);
    await userEvent.click(screen.getByRole('button', { name: 'Fall abschließen' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('asks first and runs the step only on confirmation, the focus on the step that changes nothing', async () => {
    const onConfirm = vi.fn();
    render(<Closure valid onConfirm={onConfirm} />);
    await userEvent.click(screen.getByRole('button', { name: 'Fall abschließen' }));
    const dialog = screen.getByRole('dialog', { name: 'Fall wirklich abschließen?' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(onConfirm).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Abschließen' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(dialog.hasAttribute('open')).toBe(false);
  });
});
