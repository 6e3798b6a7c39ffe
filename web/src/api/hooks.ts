import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type Violation } from './client';

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Loads data when the dependencies change; keeps the last data while reloading. */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Resource<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    // loading again whenever the deps change: the extra render is the one that shows the spinner (on the first
    // load the state is already true and React skips it)
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the load starts here, so its state does too
    setLoading(true);
    load(controller.signal)
      .then((d) => {
        setData(d);
        setError(undefined);
      })
      .catch((e) => {
        if ((e as Error).name === 'AbortError') return;
        setError(
          e instanceof ApiError ? e : new ApiError({ title: 'Unerwarteter Fehler', status: 0, detail: String(e) }),
        );
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what load depends on, as for useEffect
  }, [...deps, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
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
 */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>): Action<A, R> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
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
      try {
        return await action(...args);
      } catch (e) {
        const err =
          e instanceof ApiError ? e : new ApiError({ title: 'Unerwarteter Fehler', status: 0, detail: String(e) });
        if (mounted.current) setError(err);
        return undefined;
      } finally {
        if (mounted.current) setPending(false);
      }
    },
    [action],
  );
  const reset = useCallback(() => setError(undefined), []);
  const check = useCallback((violations: Violation[]) => {
    setError(
      violations.length === 0
        ? undefined
        : new ApiError({ title: 'Bitte prüfen Sie Ihre Angaben', status: 400, violations }),
    );
    return violations.length === 0;
  }, []);
  return { run, pending, error, fieldErrors: error?.fieldErrors() ?? {}, reset, check };
}
