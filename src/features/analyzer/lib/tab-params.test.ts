import { describe, expect, it } from 'vitest';
import { withTabParams } from './tab-params';

describe('withTabParams', () => {
  it('selects the tab, sets the given values, removes empty ones and keeps the rest', () => {
    const prev = new URLSearchParams('tab=check&user=maya&ws=0&workspace=0');
    const next = withTabParams(prev, 'scenario', { scenario: 'training-management', ws: '', user: null });
    expect(next.toString()).toBe('tab=scenario&workspace=0&scenario=training-management');
    expect(prev.toString()).toBe('tab=check&user=maya&ws=0&workspace=0');
  });
});
