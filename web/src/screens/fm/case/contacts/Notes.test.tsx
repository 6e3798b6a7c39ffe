// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithCache, server } from '../../../../test/dom';
import { Notes } from './Notes';
import type { NoteView } from './types';

const CASE = '6f1c1c52-8a4e-4c7e-9d5b-2f0e8b8a1c01';
let notes: NoteView[];
let posts: number;

beforeEach(() => {
  posts = 0;
  notes = [
    {
      id: 'a1',
      visibility: 'GENERAL',
      text: 'Erstgespräch geführt.',
      author: 'fm-anna',
      writtenAt: '2026-11-02T09:00:00Z',
    },
  ];
  server.use(
    http.get(`*/svc/planning/api/cases/${CASE}/notes`, () =>
      HttpResponse.json({ items: notes, total: notes.length, page: 0, size: 20 }),
    ),
    http.post(`*/svc/planning/api/cases/${CASE}/notes`, async ({ request }) => {
      const body = (await request.json()) as { visibility: string; text: string };
      posts++;
      // a rule only the service knows (the form cannot check it before sending)
      if (body.text.includes('\u0007')) {
        return HttpResponse.json(
          {
            title: 'Bitte prüfen Sie Ihre Angaben',
            status: 422,
            violations: [{ field: 'text', rule: 'NoControlCharacters', message: 'Steuerzeichen sind nicht erlaubt' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }
      const note = { id: `n${notes.length}`, author: 'fm-anna', writtenAt: '2026-12-07T10:00:00Z', ...body };
      notes = [note, ...notes];
      return HttpResponse.json(note, { status: 201 });
    }),
  );
});

describe('Notes (contacts tab)', () => {
  it('shows a note just written in the list and empties the form', async () => {
    renderWithCache(<Notes caseId={CASE} protectedAllowed={false} closed={false} />);
    const list = await screen.findByRole('list', { name: 'Vermerke, neueste zuerst' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);

    const text = screen.getByRole('textbox', { name: /Vermerktext/ });
    await userEvent.type(text, 'Bewerbung bei der Stadtbibliothek besprochen.');
    await userEvent.click(screen.getByRole('button', { name: 'Vermerk speichern' }));

    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(list).getAllByRole('listitem')[0].textContent).toContain(
      'Bewerbung bei der Stadtbibliothek besprochen.',
    );
    expect(text).toHaveProperty('value', '');
    expect(screen.getByRole('status').textContent).toBe('Der Vermerk ist gespeichert.');
  });

  it("checks the service's field rules before sending: the summary names the empty field, takes the focus, links to it", async () => {
    renderWithCache(<Notes caseId={CASE} protectedAllowed={false} closed={false} />);
    await screen.findByText('Erstgespräch geführt.');

    await userEvent.click(screen.getByRole('button', { name: 'Vermerk speichern' }));

    const summary = await screen.findByTestId('error-summary');
    expect(document.activeElement).toBe(summary);
    const link = within(summary).getByRole('link', { name: 'Vermerktext: Bitte ausfüllen.' });
    await userEvent.click(link);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Vermerktext/ }));
    expect(posts).toBe(0);
    expect(screen.queryByText('Der Vermerk ist gespeichert.')).toBeNull();
  });

  it("shows the service's refusal the same way, and keeps the text", async () => {
    renderWithCache(<Notes caseId={CASE} protectedAllowed={false} closed={false} />);
    await screen.findByText('Erstgespräch geführt.');
    const text = screen.getByRole('textbox', { name: /Vermerktext/ });
    await userEvent.type(text, 'Klingelzeichen \u0007 im Text');
    await userEvent.click(screen.getByRole('button', { name: 'Vermerk speichern' }));

    const summary = await screen.findByTestId('error-summary');
    expect(document.activeElement).toBe(summary);
    within(summary).getByRole('link', { name: 'Vermerktext: Steuerzeichen sind nicht erlaubt' });
    expect(posts).toBe(1);
    expect(text).toHaveProperty('value', 'Klingelzeichen \u0007 im Text');
  });
});
