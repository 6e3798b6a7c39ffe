// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithCache, server } from '../test/dom';
import { api } from './client';
import { useAction, useMessage, useResource } from './hooks';

interface Goal {
  id: string;
  text: string;
}

let goals: Goal[];
let listRequests: number;

beforeEach(() => {
  goals = [{ id: '1', text: 'Bewerbungsunterlagen erstellen' }];
  listRequests = 0;
  server.use(
    http.get('*/svc/planning/api/goals', () => {
      listRequests += 1;
      return HttpResponse.json(goals);
    }),
    http.post('*/svc/planning/api/goals', async ({ request }) => {
      const goal = { id: String(goals.length + 1), ...((await request.json()) as { text: string }) };
      goals = [...goals, goal];
      return HttpResponse.json(goal, { status: 201 });
    }),
  );
});

function GoalList() {
  const list = useResource(['planning', 'goals'], (signal) => api<Goal[]>('planning', '/api/goals', { signal }));
  return (
    <ul aria-label="Ziele">
      {list.data?.map((g) => (
        <li key={g.id}>{g.text}</li>
      ))}
    </ul>
  );
}

/** Only writes: it knows nothing of the list, and calls no reload. */
function AddGoal({ text }: { text: string }) {
  const add = useAction(() => api<Goal>('planning', '/api/goals', { method: 'POST', body: { text } }));
  const [done, setDone] = useMessage<string>();
  return (
    <>
      <button type="button" onClick={async () => setDone((await add.run()) && `„${text}“ ist gespeichert.`)}>
        {`${text} hinzufügen`}
      </button>
      {done && <p role="status">{done}</p>}
    </>
  );
}

describe('useResource and useAction', () => {
  it('shows the new entry in a list after any write, without a reload wired to it', async () => {
    renderWithCache(
      <>
        <GoalList />
        <AddGoal text="Sprachkurs beginnen" />
      </>,
    );
    const list = await screen.findByRole('list', { name: 'Ziele' });
    await screen.findByText('Bewerbungsunterlagen erstellen');

    await userEvent.click(screen.getByRole('button', { name: 'Sprachkurs beginnen hinzufügen' }));

    await waitFor(() =>
      expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
        'Bewerbungsunterlagen erstellen',
        'Sprachkurs beginnen',
      ]),
    );
  });

  it('sends one request for two components asking for the same key', async () => {
    renderWithCache(
      <>
        <GoalList />
        <GoalList />
      </>,
    );
    expect(await screen.findAllByText('Bewerbungsunterlagen erstellen')).toHaveLength(2);
    expect(listRequests).toBe(1);
  });

  it('shows only the latest confirmation: the data an earlier one talks about may have changed', async () => {
    renderWithCache(
      <>
        <AddGoal text="Sprachkurs beginnen" />
        <AddGoal text="Praktikum suchen" />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Sprachkurs beginnen hinzufügen' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', '„Sprachkurs beginnen“ ist gespeichert.');

    await userEvent.click(screen.getByRole('button', { name: 'Praktikum suchen hinzufügen' }));
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(['„Praktikum suchen“ ist gespeichert.']),
    );
  });

  it('clears a confirmation when another form is sent and refused, and the refusal when another save succeeds', async () => {
    server.use(
      http.post('*/svc/planning/api/agreements', () =>
        HttpResponse.json(
          { title: 'Die Angaben verletzen eine Regel', status: 422, detail: 'Es gibt noch keinen Integrationsplan.' },
          { status: 422 },
        ),
      ),
    );
    function Conclude() {
      const conclude = useAction(() => api('planning', '/api/agreements', { method: 'POST', body: {} }));
      return (
        <>
          <button type="button" onClick={() => void conclude.run()}>
            Vereinbarung abschließen
          </button>
          {conclude.error && <p role="alert">{conclude.error.problem.detail}</p>}
        </>
      );
    }
    renderWithCache(
      <>
        <AddGoal text="Sprachkurs beginnen" />
        <Conclude />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Sprachkurs beginnen hinzufügen' }));
    await screen.findByRole('status');

    await userEvent.click(screen.getByRole('button', { name: 'Vereinbarung abschließen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Es gibt noch keinen Integrationsplan.');
    expect(screen.queryByRole('status')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Sprachkurs beginnen hinzufügen' }));
    await screen.findByRole('status');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks once for a refused read: a 4xx answer is the same the next time', async () => {
    let requests = 0;
    server.use(
      http.get('*/svc/planning/api/goals', () => {
        requests += 1;
        return HttpResponse.json(
          { title: 'Nicht gefunden', status: 404, detail: 'Den Fall gibt es nicht.' },
          { status: 404 },
        );
      }),
    );
    function Failing() {
      const list = useResource(['planning', 'goals'], (signal) => api<Goal[]>('planning', '/api/goals', { signal }));
      return <p>{list.error ? list.error.problem.detail : 'lädt'}</p>;
    }
    renderWithCache(<Failing />);
    await screen.findByText('Den Fall gibt es nicht.');
    expect(requests).toBe(1);
  });
});
