/** The preview as the dialog shows it: counts of whole lists, the first names, "and N more". */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConsequencePreview as Preview, PreviewUser } from '@/iam';
import { renderWithProviders } from '@/testing/render';
import { ConsequencePreview } from './consequence-preview';
import { SHOWN_NAMES, summarizePreview } from './preview-job';

const users = (n: number): PreviewUser[] => Array.from({ length: n }, (_, i) => ({ id: `u${i}`, name: `user${String(i).padStart(2, '0')}` }));

const preview: Preview = {
  actions: [{ id: 'modelarts:trainJob:create', gain: users(20), lose: [] }],
  scenarios: [{ id: 'training-management', gain: users(3), lose: [] }],
  gain: users(20),
  lose: [],
  none: false,
  evaluated: 20,
  total: 25,
};

describe('summarizePreview', () => {
  it('keeps each list\'s count and its first names, in order', () => {
    const s = summarizePreview(preview);
    expect(s.gain).toEqual({ count: 20, first: users(20).slice(0, SHOWN_NAMES) });
    expect(s.lose).toEqual({ count: 0, first: [] });
    expect(s.actions).toEqual([{ id: 'modelarts:trainJob:create', gain: { count: 20, first: users(SHOWN_NAMES) }, lose: { count: 0, first: [] } }]);
    expect(s.scenarios[0]!.gain).toEqual({ count: 3, first: users(3) });
    expect([s.none, s.evaluated, s.total]).toEqual([false, 20, 25]);
  });
});

describe('ConsequencePreview', () => {
  it('counts whole lists and names the first twelve, then "and N more"', () => {
    renderWithProviders(<ConsequencePreview state={{ status: 'done', preview: summarizePreview(preview) }} />);
    const gain = screen.getByRole('group', { name: 'Gains access: 20 users' });
    const first = users(SHOWN_NAMES).map((u) => u.name).join(', ');
    expect(within(gain).getAllByText(`${first} and 8 more`).length).toBeGreaterThan(0);
    expect(within(gain).getByText(/\(3\):/).parentElement).toHaveTextContent('user00, user01, user02');
    expect(screen.queryByRole('group', { name: /^Loses access/ })).toBeNull();
  });
});
