import { keepPreviousData, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ApiError, type Violation } from './client';

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * A query key: the service first, then the resource and its parameters, e.g.
 * `['planning', 'cases', caseId, 'notes', { filter, page }]`. Equal keys share one cached answer and one request, so a
 * key must name exactly what its load function returns (a call that transforms the answer names that in its key).
 */
export type ResourceKey = readonly [service: string, ...rest: unknown[]];

function asApiError(e: unknown): unknown {
  if (e instanceof ApiError || (e as Error)?.name === 'AbortError') return e;
  return new ApiError({ title: 'Unerwarteter Fehler', status: 0, detail: String(e) });
}

/**
 * Loads data through the app's query cache (TanStack Query, see queryClient.ts); loads again when the key changes and
 * after every successful useAction. Keeps the last data while loading again, also under a new key (the list stays
 * on screen while the next page or filter loads, instead of a spinner in its place).
 */
export function useResource<T>(key: ResourceKey, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const query = useQuery<T, ApiError>({
    queryKey: key,
    queryFn: ({ signal }) =>
      load(signal).catch((e: unknown) => {
        throw asApiError(e);
      }),
    placeholderData: keepPreviousData,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return { data: query.data, error: query.error ?? undefined, loading: query.isFetching, reload };
}

/**
 * Counts the writes of one cache's user (one per QueryClient, so tests stay apart): those sent and those done. A
 * message about a change holds for the data as it was then: a confirmation (useMessage) is shown until the next write
 * is sent, a refusal (useAction's error) until the next write succeeds — another form's save may have resolved it,
 * while a refused form keeps its findings until the user sends it again.
 */
class Writes {
  private count = 0;
  private uses = 0;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** successful writes */
  readonly current = () => this.count;
  /** writes started or done: a form used */
  readonly used = () => this.uses;

  started() {
    this.uses += 1;
    this.notify();
  }

  written() {
    this.count += 1;
    this.uses += 1;
    this.notify();
  }

  private notify() {
    for (const listener of this.listeners) listener();
  }
}
const writesOf = new WeakMap<QueryClient, Writes>();

function writes(client: QueryClient): Writes {
  let w = writesOf.get(client);
  if (!w) {
    w = new Writes();
    writesOf.set(client, w);
  }
  return w;
}

function useWrites(): { count: number; uses: number; store: Writes } {
  const store = writes(useQueryClient());
  const count = useSyncExternalStore(store.subscribe, store.current);
  const uses = useSyncExternalStore(store.subscribe, store.used);
  return { count, uses, store };
}

/**
 * State for a success message: set it after a save; it disappears by itself as soon as any later save is sent (this
 * form's, another form's, another section's), because the data it talks about may change with it ("Der Plan ist
 * gespeichert" must not stay beside a refusal saying there is no plan, nor "Einwilligung erfasst" beside its
 * revocation), and the user has moved on to another form anyway.
 */
export function useMessage<T>(): [T | undefined, (message: T | undefined) => void] {
  const { uses, store } = useWrites();
  const [state, setState] = useState<{ message: T; at: number }>();
  const set = useCallback(
    (message: T | undefined) => setState(message === undefined ? undefined : { message, at: store.used() }),
    [store],
  );
  return [state && state.at === uses ? state.message : undefined, set];
}

export interface Action<A extends unknown[], R> {
  run: (...args: A) => Promise<R | undefined>;
  pending: boolean;
  error: ApiError | undefined;
  fieldErrors: Record<string, string[]>;
  reset: () => void;
  /**
   * The form's own checks before it sends (and before a confirmation dialog opens): false with the violations shown
   * exactly like the service's (next to the fields and in the summary, which takes the focus); true when there are
   * none. The service checks again: these only spare the user a round trip and a confirmation of something invalid.
   */
  check: (violations: Violation[]) => boolean;
}

/**
 * A user action (a form submit, a button): pending while it runs, the problem+json afterwards
 * split into field errors (shown next to the fields) and general messages.
 *
 * After it succeeded, every cached query is invalidated: the ones on screen load again, the others count as stale and
 * load again when next shown. Working out which lists a change touches (a note changes the case's contact density,
 * an admission the work lists, a consent the referral form) is where screens went stale before; invalidating all
 * costs a handful of GETs per save and never shows stale data. The action's pending state lasts until those loads
 * are done, so its success message appears together with the data it talks about. Actions that change nothing (a
 * download) pass `{ invalidates: false }`.
 */
export function useAction<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
  { invalidates = true }: { invalidates?: boolean } = {},
): Action<A, R> {
  const queryClient = useQueryClient();
  const { count, store } = useWrites();
  const [pending, setPending] = useState(false);
  // a refusal concerns the data as it was: another form's save may have resolved it ("Es gibt noch keinen
  // Integrationsplan" until the plan is saved), so it is shown only until the next successful write
  const [failure, setFailure] = useState<{ error: ApiError; at: number }>();
  const error = failure && failure.at === count ? failure.error : undefined;
  const setError = useCallback(
    (e: ApiError | undefined) => setFailure(e ? { error: e, at: store.current() } : undefined),
    [store],
  );
  const mounted = useRef(true);
  // set again on every mount: StrictMode mounts, unmounts and mounts once more in development
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(
    async (...args: A) => {
      setPending(true);
      setError(undefined);
      if (invalidates) store.started();
      try {
        const result = await action(...args);
        if (invalidates) {
          store.written();
          // a failed load shows its own message where its data is; the save itself succeeded
          await queryClient.invalidateQueries();
        }
        return result;
      } catch (e) {
        const err =
          e instanceof ApiError ? e : new ApiError({ title: 'Unerwarteter Fehler', status: 0, detail: String(e) });
        if (mounted.current) setError(err);
        return undefined;
      } finally {
        if (mounted.current) setPending(false);
      }
    },
    [action, invalidates, queryClient, setError, store],
  );
  const reset = useCallback(() => setError(undefined), [setError]);
  const check = useCallback(
    (violations: Violation[]) => {
      setError(
        violations.length === 0
          ? undefined
          : new ApiError({ title: 'Bitte prüfen Sie Ihre Angaben', status: 400, violations }),
      );
      return violations.length === 0;
    },
    [setError],
  );
  return { run, pending, error, fieldErrors: error?.fieldErrors() ?? {}, reset, check };
}
