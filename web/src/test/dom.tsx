import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import { setupServer } from 'msw/node';
import type { ReactElement } from 'react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createQueryClient } from '../api/queryClient';

/**
 * Support for the component tests (files `*.test.tsx` with `@vitest-environment jsdom`): the network is stubbed at
 * the fetch boundary by MSW, so the components, hooks and API client under test are the app's own, unmocked. A
 * request no test answers fails the test.
 */
export const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

// jsdom has no modal dialogs and no scrolling; Chromium (the browser tests) has both. The stand-ins do what the app
// relies on: open/close toggle the open attribute (what makes the dialog visible to roles) and close fires "close".
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}
Element.prototype.scrollIntoView ??= () => {};
// jsdom has no CSS.escape; the app uses it only inside quoted attribute selectors, where quote and backslash matter
globalThis.CSS ??= {} as typeof CSS;
CSS.escape ??= (value: string) => value.replace(/["\\]/g, '\\$&');

/** Renders with a new, empty data cache, as the app does for each signed-in user. */
export function renderWithCache(ui: ReactElement) {
  const client = createQueryClient();
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) };
}
