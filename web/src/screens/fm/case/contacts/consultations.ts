// planning-service's collegial case consultation shapes (ConsultationController, docs/planning.md).

export interface ConsultationView {
  id: string;
  caseId: string;
  heldOn: string;
  presentedBy: string;
  participants: string[];
  question: string;
  outcome: string;
  pseudonym: string;
  recordedAt: string;
}

/** A consultation the caller took part in: without the case where the caller may not read it. */
export interface MyConsultationView {
  id: string;
  caseId?: string | null;
  pseudonym: string;
  caseReadable: boolean;
  heldOn: string;
  presentedBy: string;
  participants: string[];
  question: string;
  outcome: string;
}

/**
 * The colleagues typed into one field: separated by commas, semicolons or line breaks, trimmed, each once.
 * There is no staff directory yet; the service checks each name against the own team.
 */
export function parseParticipants(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[,;\n]/)) {
    const name = part.trim();
    if (name) seen.add(name);
  }
  return [...seen];
}
