import { describe, expect, it } from 'vitest';
import { ALL_TABS, tabsFor } from './caseTabs';

describe('tabsFor', () => {
  it.each(['REFERRED', 'DECLINED', 'ESCALATED', 'NOT_ADMITTED'])('shows only the overview for %s', (status) => {
    expect(tabsFor(status)).toEqual(['']);
  });

  it.each(['ADMITTED', 'ACTIVE', 'CLOSED'])('shows every area for %s', (status) => {
    expect(tabsFor(status)).toEqual(ALL_TABS);
  });
});
