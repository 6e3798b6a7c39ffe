import { createContext, useContext } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { CaseLine, Page } from '../../api/types';
import type { Caseload } from '../management/reporting';
import { RowToggle } from '../../ui/table';

/** All lines of a work list (pages of 200; a team's list stays far below the cap). */
export async function allCases(query: Record<string, string>, signal: AbortSignal): Promise<CaseLine[]> {
  const lines: CaseLine[] = [];
  for (let page = 0; page < 20; page++) {
    const result = await api<Page<CaseLine>>('intake', '/api/cases', { query: { ...query, page, size: 200 }, signal });
    lines.push(...(result.items ?? []));
    if (lines.length >= result.total || (result.items ?? []).length === 0) break;
  }
  return lines;
}

export interface TeamData {
  /** the team's cases by id (names for the case ids reporting and planning return) */
  cases: Map<string, CaseLine>;
  /** the team's caseload per FM (for the FM choice and the ratio) */
  caseload?: Caseload;
}

export const TeamContext = createContext<TeamData>({ cases: new Map() });

export function useTeam(): TeamData {
  return useContext(TeamContext);
}

/** The case managers the screen knows of: with open cases in the team or named on a team case. */
export function caseManagers(team: TeamData): string[] {
  const ids = new Set<string>();
  for (const row of team.caseload?.rows ?? []) if (row.key) ids.add(row.key);
  for (const c of team.cases.values()) if (c.caseManagerId) ids.add(c.caseManagerId);
  return [...ids].sort();
}

/**
 * The customer's name linking to the case file; where intake's team list does not have the case (closed, or not yet
 * arrived), a plain "Fallakte" link — never the case's id.
 */
export function CaseLink({ caseId }: { caseId: string }) {
  const line = useTeam().cases.get(caseId);
  return (
    <Link to={`/faelle/${caseId}`}>
      {line ? `${line.lastName}, ${line.firstName}` : 'Fallakte (Kundendaten nicht in der Teamliste)'}
    </Link>
  );
}

export function customerName(team: TeamData, caseId: string): string {
  const line = team.cases.get(caseId);
  return line ? `${line.firstName} ${line.lastName}` : 'Fall außerhalb der Teamliste';
}

/** A request's row button: opens the decision panel below the table, closes it again. */
export function DecideToggle({
  expanded,
  onToggle,
  rowName,
}: {
  expanded: boolean;
  onToggle: () => void;
  rowName: string;
}) {
  return (
    <RowToggle expanded={expanded} onToggle={onToggle} rowName={rowName}>
      {expanded ? 'Schließen' : 'Entscheiden'}
    </RowToggle>
  );
}

/** A datalist of the known case managers, for a text input's `list`. */
export function CaseManagerOptions({ id }: { id: string }) {
  const team = useTeam();
  return (
    <datalist id={id}>
      {caseManagers(team).map((fm) => (
        <option key={fm} value={fm} />
      ))}
    </datalist>
  );
}

/** "fm-anna betreut 6 offene Fälle (Grenze 90)" for the FM entered. */
export function caseloadHint(team: TeamData, caseManagerId: string): string | undefined {
  const row = (team.caseload?.rows ?? []).find((r) => r.key === caseManagerId);
  if (!caseManagerId) return undefined;
  if (!row) return 'Für diese Fachkraft sind im Team keine offenen Fälle bekannt.';
  return `${caseManagerId} betreut ${row.openCases ?? '–'} offene Fälle${row.limit ? ` (Grenze laut Betreuungsschlüssel: ${row.limit})` : ''}.`;
}
