// Reference data the planning and network tabs share: the need catalogue (labels for need codes),
// the Jobcenter's policy in force (agreement type, contact rule) and the partner registry.
import { api } from '../../../../api/client';
import { useResource, type Resource } from '../../../../api/hooks';
import type { Page } from '../../../../api/types';
import { loadPolicy, type PolicyView } from '../../../../domain/policy';

interface Catalogue {
  keyGroups: { code: string; label: string; needs: { code: string; label: string; healthRelated: boolean }[] }[];
}

export interface NeedLabels {
  need: (code: string) => string;
  keyGroup: (code: string) => string;
}

/** Labels for need codes; falls back to the code while the catalogue loads or if it fails. */
export function useNeedLabels(ageGroup: string): NeedLabels {
  const catalogue = useResource(['assessment', 'catalogue', { ageGroup }], (signal) =>
    api<Catalogue>('assessment', '/api/catalogue', { query: { ageGroup }, signal }),
  );
  const needs = new Map<string, string>();
  const groups = new Map<string, string>();
  for (const g of catalogue.data?.keyGroups ?? []) {
    groups.set(g.code, g.label);
    for (const n of g.needs) needs.set(n.code, n.label);
  }
  return {
    need: (code) => needs.get(code) ?? (code === 'HEALTH_RELATED' ? 'Gesundheitsbezogener Handlungsbedarf' : code),
    keyGroup: (code) => groups.get(code) ?? code,
  };
}

export function usePolicy(): Resource<PolicyView> {
  return useResource(['intake', 'policy'], (signal) => loadPolicy(signal));
}

export interface Partner {
  id: string;
  name: string;
  type: string;
  services?: string[];
  active: boolean;
}

export function usePartners(): Resource<Partner[]> {
  return useResource(
    ['network', 'partners', { size: 200 }],
    async (signal) =>
      (await api<Page<Partner>>('network', '/api/partners', { query: { size: 200 }, signal })).items ?? [],
  );
}

export function partnerName(partners: Partner[] | undefined, id?: string | null): string {
  if (!id) return '–';
  return partners?.find((p) => p.id === id)?.name ?? id.slice(0, 8);
}
