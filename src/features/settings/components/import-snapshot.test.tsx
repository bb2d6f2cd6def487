import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '@/api/contracts/snapshot';
import { INCOMPLETE_COLLECTION } from '@/testing/collection-fixture';
import { json, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/render';
import { ImportSnapshot } from './import-snapshot';

function snapshot(overrides: Record<string, unknown> = {}) {
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    domain: { id: 'd-acme', name: 'acme' },
    authMode: 'strict',
    workspaceEnabled: true,
    projects: [{ id: 'p-cn-north-4', name: 'cn-north-4' }],
    enterpriseProjects: [{ id: '0', name: 'default' }],
    users: [
      { id: 'u-root', name: 'acme', type: 'iam', root: true, groups: ['g-admin'] },
      { id: 'u-alice', name: 'alice', type: 'iam', groups: ['g-admin'] },
    ],
    groups: [{ id: 'g-admin', name: 'admin' }],
    policies: [],
    attachments: [],
    agencies: [],
    authorizations: [],
    workspaces: [{ id: '0', name: 'default', enterpriseProjectId: '0', authType: 'PUBLIC', owner: 'u-root', grants: [], description: '' }],
    ...overrides,
  };
}

const fileOf = (text: string, name = 'snapshot.json') => new File([text], name, { type: 'application/json' });

function fileInput(): HTMLInputElement {
  const input = document.querySelector('input[type="file"]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  return input;
}

describe('ImportSnapshot', () => {
  afterEach(() => vi.restoreAllMocks());

  it('rejects a file with a broken reference, naming its JSON path, and sends nothing', async () => {
    const calls = stubFetch({});
    const { user } = renderWithProviders(<ImportSnapshot />);
    const broken = snapshot({ users: [{ id: 'u-root', name: 'acme', type: 'iam', root: true, groups: ['g-missing'] }] });
    await user.upload(fileInput(), fileOf(JSON.stringify(broken), 'broken.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json cannot be imported');
    expect(alert).toHaveTextContent('$.users[0].groups[0]');
    expect(alert).toHaveTextContent('Unknown group "g-missing"');
    expect(alert).toHaveTextContent('Nothing was changed.');
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('rejects a file that is not JSON', async () => {
    const calls = stubFetch({});
    const { user } = renderWithProviders(<ImportSnapshot />);
    await user.upload(fileInput(), fileOf('{"format": "modelarts-console-snapshot",', 'cut.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file is not valid JSON');
    expect(alert).toHaveTextContent('$');
    expect(calls).toHaveLength(0);
  });

  it('rejects an unknown version', async () => {
    stubFetch({});
    const { user } = renderWithProviders(<ImportSnapshot />);
    await user.upload(fileInput(), fileOf(JSON.stringify(snapshot({ version: 99 }))));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('$.version');
  });

  it('shows the counts per collection against the current data, then imports on confirm', async () => {
    const current = snapshot({ users: [...snapshot().users, { id: 'u-bob', name: 'bob', type: 'iam', groups: [] }, { id: 'u-eve', name: 'eve', type: 'iam', groups: [] }] });
    const calls = stubFetch({
      'GET /__mock/snapshot': () => json(current),
      'PUT /__mock/snapshot': () => json({ result: true, counts: { users: 2 } }),
    });
    const { user } = renderWithProviders(<ImportSnapshot />);
    await user.upload(fileInput(), fileOf(JSON.stringify(snapshot()), 'good.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Import snapshot?' });
    const table = within(dialog).getByRole('table', { name: 'Changes per collection' });
    const usersRow = within(table).getByRole('row', { name: /Users/ });
    expect(within(usersRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Users', '4', '2', '-2']);
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({ domain: { name: 'acme' } });
    expect((await screen.findAllByText(/Imported good.json/)).length).toBeGreaterThan(0);
  });

  it('keeps the dialog and shows the server error when the backend rejects the import', async () => {
    stubFetch({
      'GET /__mock/snapshot': () => json(snapshot()),
      'PUT /__mock/snapshot': () =>
        json({ error_code: 'ModelArts.0101', error_msg: 'Invalid snapshot at $.workspaces[0].owner: Unknown user "u-x"' }, { status: 400 }),
    });
    const { user } = renderWithProviders(<ImportSnapshot />);
    await user.upload(fileInput(), fileOf(JSON.stringify(snapshot())));
    const dialog = await screen.findByRole('dialog', { name: 'Import snapshot?' });
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('ModelArts.0101');
    expect(alert).toHaveTextContent('$.workspaces[0].owner');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('shows the coverage report of a collected snapshot before it replaces anything', async () => {
    const calls = stubFetch({ 'GET /__mock/snapshot': () => json(snapshot()) });
    const { user } = renderWithProviders(<ImportSnapshot />);
    await user.upload(fileInput(), fileOf(JSON.stringify(snapshot({ collection: INCOMPLETE_COLLECTION })), 'collected.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Import snapshot?' });
    const report = within(dialog).getByRole('region', { name: 'Coverage report' });
    expect(report).toHaveTextContent('Incomplete collection');
    expect(report).toHaveTextContent('1 of 3 calls did not return everything');
    const table = within(report).getByRole('table', { name: 'Calls made by the collector' });
    const denied = within(table).getByRole('row', { name: /IAM group members/ });
    expect(denied).toHaveTextContent('Denied');
    expect(denied).toHaveTextContent('Missing permission: iam:users:listUsersForGroup');
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });
});
