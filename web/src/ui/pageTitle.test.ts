import { describe, expect, it } from 'vitest';
import { pageTitle } from './pageTitle';

describe('pageTitle', () => {
  it('names the page first and Lotse last', () => {
    expect(pageTitle('Profiling', 'Mustermann, Erika')).toBe('Profiling – Mustermann, Erika – Lotse');
  });

  it('leaves out parts not known yet', () => {
    expect(pageTitle(undefined, 'Mein Fallbestand', null, ' ')).toBe('Mein Fallbestand – Lotse');
    expect(pageTitle()).toBe('Lotse');
  });
});
