import type { ApiError } from '../api/client';

/** One line of an error summary: the field it concerns (a link to it), or none for the whole request. */
export interface SummaryLine {
  field: string | null;
  text: string;
}

/**
 * The lines of an error summary: each violation of a field as "Label: message" in the order the service named
 * them (a field the form does not label keeps its path, so nothing the service said is lost), then the messages
 * that name no field, or the problem's detail when there are no violations.
 */
export function errorSummaryLines(error: ApiError, labels: Record<string, string>): SummaryLine[] {
  const lines: SummaryLine[] = [];
  for (const [field, messages] of Object.entries(error.fieldErrors())) {
    lines.push({ field: field in labels ? field : null, text: `${labels[field] ?? field}: ${messages.join(' · ')}` });
  }
  for (const message of error.generalMessages()) {
    lines.push({ field: null, text: message });
  }
  return lines;
}
