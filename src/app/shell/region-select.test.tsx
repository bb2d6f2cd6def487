import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSession, setSession } from '@/api/session';
import { json, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/render';
import { RegionSelect } from './region-select';

describe('RegionSelect', () => {
  beforeEach(() => {
    localStorage.clear();
    stubFetch({
      'GET /v3/projects': () => json({ projects: [{ id: 'p-cn-east-3', name: 'cn-east-3' }, { id: 'p-cn-north-4', name: 'cn-north-4' }] }),
    });
  });
  afterEach(() => vi.restoreAllMocks());

  // Regression (issue 12 item 11): a region removed by an import stayed selected and every list failed.
  it('falls back to the default region when the stored one no longer exists', async () => {
    setSession({ token: 't', userId: 'u-root', userName: null, domainName: 'acme', isRoot: true, isAdmin: true, projectId: 'p-gone' });
    renderWithProviders(<RegionSelect />);
    await waitFor(() => expect(getSession().projectId).toBe('p-cn-north-4'));
    expect(screen.getByRole('textbox', { name: 'Region' })).toHaveValue('cn-north-4');
  });

  it('keeps a stored region that exists', async () => {
    setSession({ token: 't', userId: 'u-root', userName: null, domainName: 'acme', isRoot: true, isAdmin: true, projectId: 'p-cn-east-3' });
    renderWithProviders(<RegionSelect />);
    expect(await screen.findByDisplayValue('cn-east-3')).toBeInTheDocument();
    expect(getSession().projectId).toBe('p-cn-east-3');
  });
});
