import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

// Every query's error is an ApiError: useResource turns anything else into one before TanStack Query sees it.
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

/** A network failure (status 0) or a server/gateway error (5xx) may pass; a 4xx answer is the same the next time. */
function transient(error: ApiError): boolean {
  return error.problem.status === 0 || error.problem.status >= 500;
}

/**
 * The data cache of one signed-in user (App creates a new one per user, tests one per test). Choices:
 * - retry: once, and only a transient failure (network, 5xx: a service restarting behind the gateway). A 4xx is an
 *   answer (not found, forbidden, invalid), and retrying it would only delay the message the user needs.
 * - no refetch on window focus: staff switch between Lotse and other programs all day; a list reloading and
 *   reordering whenever they come back would move the row they were about to use. Freshness comes from the rule in
 *   useAction (every save refetches what is on screen) and from staleTime 0 (every screen opened fetches again,
 *   showing the cached data meanwhile).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 1 && transient(error),
        refetchOnWindowFocus: false,
        staleTime: 0,
      },
    },
  });
}
