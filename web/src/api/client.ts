// One way to call the five services: through the gateway's /svc/<service>/ prefix (the same
// routing the production ingress does), with the signed-in user's bearer token, and with every
// error turned into an ApiError that carries the service's problem+json document.

export type Service = 'intake' | 'assessment' | 'planning' | 'network' | 'reporting';

export interface Violation {
  field: string | null;
  rule: string;
  message: string;
}

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string | null;
  correlationId?: string | null;
  violations?: Violation[];
}

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** Violations naming a field, by field path (several rules per field possible). */
  fieldErrors(): Record<string, string[]> {
    const errors: Record<string, string[]> = {};
    for (const v of this.problem.violations ?? []) {
      if (v.field) {
        (errors[v.field] ??= []).push(violationText(v));
      }
    }
    return errors;
  }

  /** What to show above the form: violations without a field, or the detail. */
  generalMessages(): string[] {
    const general = (this.problem.violations ?? []).filter((v) => !v.field).map(violationText);
    if (general.length > 0) return general;
    if ((this.problem.violations ?? []).length > 0) return [];
    return [this.problem.detail || this.problem.title];
  }
}

const RULE_TEXT: Record<string, string> = {
  NotNull: 'Pflichtangabe',
  NotBlank: 'Pflichtangabe',
  NotEmpty: 'Mindestens eine Angabe ist nötig',
  Pattern: 'Das Format stimmt nicht',
  type: 'Der Wert hat nicht das erwartete Format',
  Past: 'Das Datum muss in der Vergangenheit liegen',
  PastOrPresent: 'Das Datum darf nicht in der Zukunft liegen',
  FutureOrPresent: 'Das Datum darf nicht in der Vergangenheit liegen',
  Positive: 'Der Wert muss größer als 0 sein',
  Min: 'Der Wert ist zu klein',
  Max: 'Der Wert ist zu groß',
  Size: 'Die Länge oder Anzahl liegt außerhalb des Erlaubten',
  PositiveOrZero: 'Der Wert darf nicht negativ sein',
};

/**
 * Bean-validation rules come with English default messages; domain rules carry German text from
 * the service. Known bean rules get German text here, everything else shows the service's message.
 */
export function violationText(v: Violation): string {
  const german = RULE_TEXT[v.rule];
  if (german && /^(must|size|invalid)/i.test(v.message)) {
    const bounds = v.message.match(/-?\d+(\.\d+)?/g) ?? [];
    if (v.rule === 'Pattern') return `${german} (${v.message.replace(/^must match /, 'erwartet: ')})`;
    if (v.rule === 'Min' && bounds.length === 1) return `Der Wert muss mindestens ${bounds[0]} sein`;
    if (v.rule === 'Max' && bounds.length === 1) return `Der Wert darf höchstens ${bounds[0]} sein`;
    if (v.rule === 'Size' && bounds.length === 2)
      return `Erlaubt sind ${bounds[0]} bis ${bounds[1]} (Zeichen bzw. Einträge)`;
    return german;
  }
  return v.message;
}

type TokenSource = () => Promise<string | null>;
let tokenSource: TokenSource = () => Promise.resolve(null);
let onUnauthorized: () => void = () => {};

export function configureApi(source: TokenSource, unauthorized: () => void): void {
  tokenSource = source;
  onUnauthorized = unauthorized;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  accept?: string;
  signal?: AbortSignal;
}

export function url(service: Service, path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `/svc/${service}${path}${qs ? `?${qs}` : ''}`;
}

async function send(service: Service, path: string, options: RequestOptions): Promise<Response> {
  const headers = new Headers({ Accept: options.accept ?? 'application/json' });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  return exchange(url(service, path, options.query), {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
}

/**
 * fetch with the user's token, for api() and the typed clients (typed.ts) alike: a network failure and
 * every error status become an ApiError, a 401 also asks the user to sign in again.
 */
export async function exchange(input: string | Request, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined));
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const token = await tokenSource();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(input, { ...init, headers });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError({
      title: 'Keine Verbindung',
      status: 0,
      detail: 'Der Dienst ist nicht erreichbar. Bitte später erneut versuchen.',
    });
  }
  if (!response.ok) {
    if (response.status === 401) {
      // the session's end, not a fault of the request: the same words for every service (the dialog of
      // SessionNotice says what to do; the form keeps its text and shows this above it)
      onUnauthorized();
      throw new ApiError({
        title: 'Ihre Anmeldung ist abgelaufen',
        status: 401,
        detail:
          (init.method ?? (input instanceof Request ? input.method : 'GET')) === 'GET'
            ? 'Bitte melden Sie sich erneut an.'
            : 'Nicht gespeichert. Ihre Eingaben bleiben erhalten: bitte erneut anmelden und noch einmal speichern.',
      });
    }
    throw new ApiError(await problemOf(response));
  }
  return response;
}

async function problemOf(response: Response): Promise<Problem> {
  const fallback: Problem = { title: statusText(response.status), status: response.status };
  try {
    const text = await response.text();
    if (!text) return fallback;
    const parsed = JSON.parse(text) as Partial<Problem>;
    return { ...fallback, ...parsed, status: response.status };
  } catch {
    return fallback;
  }
}

function statusText(status: number): string {
  switch (status) {
    case 401:
      return 'Bitte erneut anmelden';
    case 403:
      return 'Keine Berechtigung für diese Aktion';
    case 404:
      return 'Nicht gefunden';
    case 409:
      return 'Konflikt mit dem aktuellen Stand';
    case 422:
      return 'Die Angaben verletzen eine Regel';
    case 429:
      return 'Zu viele Anfragen – bitte kurz warten';
    default:
      return status >= 500 ? 'Fehler im Dienst' : 'Anfrage abgelehnt';
  }
}

/** JSON request; resolves to the parsed body (undefined for 204). */
export async function api<T>(service: Service, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(service, path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Non-JSON content (the agreement document as HTML, CSV exports). */
export async function fetchText(service: Service, path: string, options: RequestOptions = {}): Promise<string> {
  const response = await send(service, path, options);
  return response.text();
}

/** Downloads a CSV export with the user's token (a plain link could not carry it). */
export async function download(
  service: Service,
  path: string,
  filename: string,
  query?: RequestOptions['query'],
): Promise<void> {
  const response = await send(service, path, { accept: 'text/csv', query });
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
