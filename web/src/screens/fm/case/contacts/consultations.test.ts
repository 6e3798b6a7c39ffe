import { describe, expect, it } from 'vitest';
import { parseParticipants } from './consultations';

describe('parseParticipants', () => {
  it('splits on commas, semicolons and line breaks, trims and drops empty and repeated names', () => {
    expect(parseParticipants(' fm-jonas, tl-petra;\nfm-jonas ,, ')).toEqual(['fm-jonas', 'tl-petra']);
  });

  it('gives nothing for an empty field, so the service names the missing participants', () => {
    expect(parseParticipants('  ')).toEqual([]);
  });
});
