/** The findings panel speaks the console's language: Chinese findings in the Chinese UI. */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePolicy } from '@/iam';
import { i18n } from '@/i18n';
import { renderWithProviders } from '@/testing/render';
import { FindingsPanel } from './findings-panel';

const TEXT = JSON.stringify({ Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:notebook:lst'], Sid: 'x' }] }, null, 2);

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('FindingsPanel', () => {
  it('shows the engine findings in Chinese, with Chinese severity tabs', async () => {
    const { findings } = parsePolicy(TEXT);
    const onSelect = vi.fn();
    const { user } = renderWithProviders(<FindingsPanel findings={findings} onSelect={onSelect} />, { language: 'zh' });
    await waitFor(() => expect(screen.getByRole('tab', { name: '警告（2）' })).toBeInTheDocument());
    expect(screen.getByRole('tab', { name: '错误（0）' })).toBeInTheDocument();
    const unknown = screen.getByText('未知的授权项 "modelarts:notebook:lst"：授权项目录中没有该授权项。是否应为 "modelarts:notebook:list"？');
    expect(screen.getByText(/^未知的语句键 "Sid"：语句只能包含 Effect、Action、Resource 和 Condition/)).toBeInTheDocument();
    expect(screen.queryByText(/Unknown action/)).not.toBeInTheDocument();
    // The button's name is the Chinese text with its place.
    await user.click(screen.getByRole('button', { name: /^未知的授权项 "modelarts:notebook:lst".*（第\d+行，第\d+列）$/ }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ code: 'action-unknown' }));
    expect(unknown).toBeVisible();
  });

  it('shows the engine message itself in English', async () => {
    const { findings } = parsePolicy(TEXT);
    renderWithProviders(<FindingsPanel findings={findings} onSelect={() => {}} />, { language: 'en' });
    const unknown = findings.find((f) => f.code === 'action-unknown')!;
    expect(await screen.findByText(unknown.message)).toBeInTheDocument();
  });
});
