/** A check result speaks the console's language: the engine's explanation in Chinese in the Chinese UI. */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateAccess } from '@/iam';
import { BASE_SNAPSHOT } from '@/iam/access/test-snapshot';
import { i18n } from '@/i18n';
import { renderWithProviders } from '@/testing/render';
import type { CheckRow } from '../lib/run-check';
import { CheckResultCard } from './check-results';

const ACTION = 'modelarts:notebook:create';

function row(): CheckRow {
  const r = evaluateAccess(BASE_SNAPSHOT, { user: 'alice', action: ACTION, projectId: 'p-cn-north-4', workspaceId: 'ws-alice' }, { explain: true });
  return { action: ACTION, decision: r.decision, reason: r.reason, statements: r.statements, missingContextKeys: r.missingContextKeys, explanation: r.explanation, explanationParts: r.explanationParts, explain: r.explain ?? [] };
}

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('CheckResultCard', () => {
  it('shows the explanation in Chinese, names and actions kept as written', async () => {
    renderWithProviders(<CheckResultCard row={row()} subject="alice" />, { language: 'zh' });
    const card = await screen.findByRole('article', { name: `${ACTION} 的检查结果` });
    expect(within(card).getByText('说明')).toBeInTheDocument();
    const items = within(card)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        `授予 "alice" 所属用户组的策略 "ModelArts CommonOperations" 允许 ${ACTION}。`,
        '工作空间 "alice-sandbox"（授权类型：私有）允许该用户使用。',
        'ModelArts 通过委托 "modelarts_agency_alice_3f9a" 访问其他云服务。',
      ]),
    );
    expect(within(card).queryByText(/attached to a group/)).not.toBeInTheDocument();
  });

  it('shows the engine sentences themselves in English', async () => {
    const r = row();
    renderWithProviders(<CheckResultCard row={r} subject="alice" />, { language: 'en' });
    const card = await screen.findByRole('article', { name: `Result for ${ACTION}` });
    for (const sentence of r.explanation) expect(within(card).getByText(sentence)).toBeInTheDocument();
  });
});
