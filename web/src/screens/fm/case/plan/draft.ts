// The plan as the edit form holds it, and the conversion to the PUT body (PlanRequest.java).
import { DEFAULT_ORDER, isOpen, newId, type NeedView, type PlanView } from './types';

export interface GoalDraft {
  id: string;
  text: string;
  targetDate: string;
}
export interface StrategyDraft {
  id: string;
  text: string;
  intermediateGoalId: string;
}
export interface StepDraft {
  id: string;
  strategyId: string;
  text: string;
  owner: string;
  partnerId: string;
  dueOn: string;
  done: boolean;
}

export interface Draft {
  leadText: string;
  leadCategory: string;
  leadDate: string;
  goals: GoalDraft[];
  /** by need id */
  strategies: Record<string, StrategyDraft>;
  order: string[];
  orderReason: string;
  directPlacementFirst: boolean;
  steps: StepDraft[];
}

export function draftOf(plan: PlanView): Draft {
  const strategies: Record<string, StrategyDraft> = {};
  for (const s of plan.strategies ?? []) {
    strategies[s.needId] = { id: s.id, text: s.text, intermediateGoalId: s.intermediateGoalId ?? '' };
  }
  const order =
    plan.workingOrder && plan.workingOrder.length === DEFAULT_ORDER.length ? plan.workingOrder : DEFAULT_ORDER;
  return {
    leadText: plan.leadGoal?.text ?? '',
    leadCategory: plan.leadGoal?.targetCategory ?? '',
    leadDate: plan.leadGoal?.targetDate ?? '',
    goals: (plan.intermediateGoals ?? []).map((g) => ({ id: g.id, text: g.text, targetDate: g.targetDate ?? '' })),
    strategies,
    order: [...order],
    orderReason: plan.orderReason ?? '',
    directPlacementFirst: plan.directPlacementFirst,
    steps: (plan.steps ?? []).map((s) => ({
      id: s.id,
      strategyId: s.strategyId ?? '',
      text: s.text,
      owner: s.owner,
      partnerId: s.partnerId ?? '',
      dueOn: s.dueOn ?? '',
      done: s.done,
    })),
  };
}

/** The open needs, one strategy row each, in the working order. */
export function strategyRows(needs: NeedView[], order: string[]): NeedView[] {
  return needs.filter(isOpen).sort((a, b) => order.indexOf(a.keyGroup) - order.indexOf(b.keyGroup));
}

export function strategyFor(draft: Draft, needId: string): StrategyDraft {
  return draft.strategies[needId] ?? { id: '', text: '', intermediateGoalId: '' };
}

const orNull = (v: string) => (v.trim() === '' ? null : v);

/**
 * The PUT body, plus which strategy row each submitted strategy came from: rows without text are
 * left out (an incomplete plan may be saved), so the service's `strategies[i]` must be mapped back.
 */
export function requestOf(draft: Draft, rows: NeedView[], version: number): { body: unknown; strategyRow: number[] } {
  const strategyRow: number[] = [];
  const strategies: unknown[] = [];
  rows.forEach((need, row) => {
    const s = draft.strategies[need.needId];
    if (!s || s.text.trim() === '') return;
    strategyRow.push(row);
    strategies.push({
      id: s.id || newId(),
      needId: need.needId,
      text: s.text,
      intermediateGoalId: orNull(s.intermediateGoalId),
    });
  });
  const lead =
    draft.leadText.trim() !== '' || draft.leadCategory !== ''
      ? { text: draft.leadText, targetCategory: orNull(draft.leadCategory), targetDate: orNull(draft.leadDate) }
      : null;
  const isDefault = draft.order.every((g, i) => g === DEFAULT_ORDER[i]);
  return {
    strategyRow,
    body: {
      version,
      leadGoal: lead,
      intermediateGoals: draft.goals.map((g) => ({ id: g.id, text: g.text, targetDate: orNull(g.targetDate) })),
      strategies,
      workingOrder: draft.order,
      orderReason: isDefault ? orNull(draft.orderReason) : draft.orderReason,
      directPlacementFirst: draft.directPlacementFirst,
      steps: draft.steps.map((s) => ({
        id: s.id,
        strategyId: orNull(s.strategyId),
        text: s.text,
        owner: s.owner,
        partnerId: s.owner === 'PARTNER' ? orNull(s.partnerId) : null,
        dueOn: orNull(s.dueOn),
        done: s.done,
      })),
    },
  };
}

/** `strategies[i].text` of the request → `strategies[<row>].text` of the form. */
export function remapStrategyErrors(errors: Record<string, string[]>, strategyRow: number[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(errors)) {
    const m = /^strategies\[(\d+)\](.*)$/.exec(field);
    const key =
      m && strategyRow[Number(m[1])] !== undefined ? `strategies[${strategyRow[Number(m[1])]}]${m[2]}` : field;
    (out[key] ??= []).push(...messages);
  }
  return out;
}
