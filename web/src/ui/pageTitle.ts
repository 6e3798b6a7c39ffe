import { useEffect } from 'react';

/**
 * The browser tab's title: the most specific part first, "Lotse" last ("Profiling – Mustermann, Erika – Lotse"),
 * so tabs, history and screen readers name the page (WCAG 2.4.2). Empty parts are left out.
 */
export function pageTitle(...parts: (string | null | undefined)[]): string {
  return [...parts.filter((part): part is string => !!part && part.trim() !== ''), 'Lotse'].join(' – ');
}

/** Sets the document's title for as long as the page shows it. */
export function usePageTitle(...parts: (string | null | undefined)[]): void {
  const title = pageTitle(...parts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
