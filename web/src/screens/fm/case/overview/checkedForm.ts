import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Violation } from '../../../../api/client';
import type { Action } from '../../../../api/hooks';
import { localError } from './routing';

/**
 * A form whose input is checked before it is sent (or confirmed): what the check finds and what the service
 * refuses show in the same error summary, which takes the focus so that keyboard and screen-reader users land on it.
 * Callers take `formRef` out of the result (`const { formRef, ...form } = useCheckedForm(action)`): React's compiler
 * (rule react-hooks/refs) takes an object that holds a ref for a ref, and refs must not be read during render.
 */
export function useCheckedForm<A extends unknown[], R>(action: Action<A, R>) {
  const [local, setLocal] = useState<ApiError>();
  const formRef = useRef<HTMLFormElement>(null);
  const error = local ?? action.error;
  useEffect(() => {
    if (error) formRef.current?.querySelector<HTMLElement>('.error-summary')?.focus();
  }, [error]);
  const { reset } = action;
  /** True when nothing was found; otherwise the findings replace the service's last answer. */
  const check = useCallback(
    (violations: Violation[]) => {
      const found = localError(violations);
      setLocal(found);
      if (found) reset();
      return !found;
    },
    [reset],
  );
  return { formRef, error, errors: error?.fieldErrors() ?? {}, check };
}
