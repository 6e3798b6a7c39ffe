import { useState } from 'react';
import { api, ApiError } from '../../../api/client';
import { useMessage, useResource } from '../../../api/hooks';
import { Empty, ErrorMessage, Loaded, Success } from '../../../ui/feedback';
import { useCase } from '../CaseFile';
import { AssessmentForm } from './assessment/AssessmentForm';
import { History } from './assessment/History';
import { LatestAssessment } from './assessment/LatestAssessment';
import { SummaryView } from './assessment/SummaryView';
import type { ProfileScheme } from '../../../domain/policy';
import type { AssessmentSummary, AssessmentVersion, Catalogue } from './assessment/types';
import { loadPolicy } from '../../../domain/policy';

interface AssessmentData {
  versions: AssessmentVersion[];
  /** set instead of the versions when the user may only see the team summary */
  summary?: AssessmentSummary | null;
  scheme: ProfileScheme;
}

const OPEN = ['ADMITTED', 'ACTIVE'];

/** Profiling: the latest version, its history and progress, and the next version. */
export function AssessmentTab() {
  const { caseId, view } = useCase();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useMessage<string>();
  const catalogue = useResource(['assessment', 'catalogue', { ageGroup: view.ageGroup }], (signal) =>
    api<Catalogue>('assessment', '/api/catalogue', { query: { ageGroup: view.ageGroup }, signal }),
  );
  const data = useResource<AssessmentData>(
    ['assessment', 'cases', caseId, 'assessments', 'with-scheme'],
    async (signal) => {
      const policy = loadPolicy(signal).catch(() => undefined);
      try {
        const versions = await api<AssessmentVersion[]>('assessment', `/api/cases/${caseId}/assessments`, { signal });
        const latest = versions.reduce<AssessmentVersion | undefined>(
          (a, v) => (!a || v.version > a.version ? v : a),
          undefined,
        );
        return { versions, scheme: latest?.scheme ?? (await policy)?.settings.profileScheme ?? 'BA_PROFILES' };
      } catch (e) {
        if (!(e instanceof ApiError) || (e.status !== 403 && e.status !== 404)) throw e;
        // not responsible for the case: the team summary without protected content, if there is one
        const summary = await api<AssessmentSummary>('assessment', `/api/cases/${caseId}/assessment-summary`, {
          signal,
        }).catch((s) => {
          if (s instanceof ApiError && s.status === 404) return null;
          throw e;
        });
        return { versions: [], summary, scheme: (await policy)?.settings.profileScheme ?? 'BA_PROFILES' };
      }
    },
  );

  return (
    <>
      <h2 className="visually-hidden">Profiling</h2>
      {message && <Success>{message}</Success>}
      <Loaded resource={catalogue} label="Katalog wird geladen …">
        {(cat) => (
          <Loaded resource={data} label="Profiling wird geladen …">
            {(d) => {
              if (d.summary !== undefined) {
                return d.summary ? (
                  <SummaryView s={d.summary} catalogue={cat} scheme={d.scheme} />
                ) : (
                  <Empty>Für diesen Fall gibt es noch kein Profiling.</Empty>
                );
              }
              const latest = d.versions.reduce<AssessmentVersion | null>(
                (a, v) => (!a || v.version > a.version ? v : a),
                null,
              );
              const open = OPEN.includes(view.status);
              return (
                <>
                  {data.error && <ErrorMessage error={data.error} onRetry={data.reload} />}
                  {!editing && (
                    <div className="actions">
                      {open ? (
                        <button
                          type="button"
                          className="button button--primary"
                          onClick={() => {
                            setEditing(true);
                            setMessage(undefined);
                          }}
                        >
                          {latest ? 'Neues Profiling (nächste Version)' : 'Neues Profiling'}
                        </button>
                      ) : (
                        <p className="muted">
                          Ein Profiling wird für aufgenommene, nicht abgeschlossene Fälle erfasst.
                        </p>
                      )}
                    </div>
                  )}
                  {editing && (
                    <AssessmentForm
                      caseId={caseId}
                      latest={latest}
                      catalogue={cat}
                      scheme={d.scheme}
                      onCancel={() => setEditing(false)}
                      onSaved={(saved) => {
                        setEditing(false);
                        setMessage(`Profiling Version ${saved.version} gespeichert.`);
                      }}
                    />
                  )}
                  {latest ? (
                    <LatestAssessment a={latest} catalogue={cat} />
                  ) : (
                    <Empty>Für diesen Fall gibt es noch kein Profiling.</Empty>
                  )}
                  {latest && <History key={latest.version} caseId={caseId} versions={d.versions} catalogue={cat} />}
                </>
              );
            }}
          </Loaded>
        )}
      </Loaded>
    </>
  );
}
