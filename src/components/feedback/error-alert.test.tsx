import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '@/api/client';
import { i18n } from '@/i18n';
import { renderWithProviders } from '@/testing/render';
import { explanationConditional } from './conditional-reason';
import { explanationReasons, explanationSentences } from './describe-error';
import { ErrorAlert } from './error-alert';

describe('ErrorAlert', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('words the engine explanation of a 403 in Chinese in the Chinese console', () => {
    const error = new ApiError(403, 'ModelArts.0108', 'not authorized to perform (modelarts:notebook:create)', {
      explanation: ['The workspace "lab" is PRIVATE: only its owner and the root user may use it, and "liam" is neither.'],
      explanationParts: [{ code: 'workspace-private', params: { workspace: '"lab"', user: '"liam"' } }],
    });
    renderWithProviders(<ErrorAlert error={error} />, { language: 'zh' });
    const [reason] = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(reason).toMatch(/[\u4e00-\u9fff]/);
    expect(reason).toContain('"lab"');
    expect(reason).not.toContain('PRIVATE: only its owner');
  });

  it('shows the API code and message, the engine explanation of a 403, and retries', async () => {
    const onRetry = vi.fn();
    const error = new ApiError(403, 'ModelArts.0108', 'not authorized to perform (modelarts:workspace:create)', {
      decision: 'implicit-deny',
      explanation: ['No policy of liam allows modelarts:workspace:create.', 'Strict mode denies what is not allowed.'],
    });
    const { user } = renderWithProviders(<ErrorAlert error={error} onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('You are not allowed to do this');
    expect(alert).toHaveTextContent('403 · ModelArts.0108');
    expect(alert).toHaveTextContent('not authorized to perform (modelarts:workspace:create)');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'No policy of liam allows modelarts:workspace:create.',
      'Strict mode denies what is not allowed.',
    ]);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('a 403 that context the request lacks decides reads Conditional, naming the keys and the statements, never refused outright', async () => {
    const error = new ApiError(403, 'ModelArts.0108', 'not authorized to perform (iam:users:listUsers)', {
      decision: 'implicit_deny',
      reason: 'no_matching_allow',
      explanation: ['No policy attached to the groups of liam allows iam:users:listUsers within the request\'s scope.'],
      conditional: { keys: ['g:MFAPresent'], statements: [{ policyIndex: 0, policyName: 'MFA Readers', statementIndex: 0, effect: 'Allow' }] },
    });
    renderWithProviders(<ErrorAlert error={error} />);
    // The Conditional line loads on first use.
    await screen.findByText('Conditional: the answer depends on g:MFAPresent, which the request lacks (read by statement 1 of MFA Readers); with other values it could be allowed.');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Refused: Conditional on context the request lacks');
    expect(alert).not.toHaveTextContent('You are not allowed to do this');
  });

  it('reads the Conditional part of a 403 body only when it is well formed', () => {
    expect(explanationConditional({ conditional: { keys: ['a', 'b'], statements: [{ policyId: 'p1', statementIndex: 2 }, { statementIndex: 1 }] } })).toEqual({
      keys: ['a', 'b'],
      statements: [{ policy: 'p1', n: 3 }],
    });
    expect(explanationConditional({ conditional: { keys: [] } })).toBeUndefined();
    expect(explanationConditional({ conditional: { keys: [1] } })).toBeUndefined();
    expect(explanationConditional({ explanation: ['x'] })).toBeUndefined();
    expect(explanationConditional(['x'])).toBeUndefined();
  });

  it('names the status once when the API code is the status itself (a 401 reads "401", not "401 · 401")', () => {
    renderWithProviders(<ErrorAlert error={new ApiError(401, '401', 'The token has expired.')} />);
    const code = screen.getByRole('alert').querySelector('code');
    expect(code?.textContent).toBe('401');
  });

  it('explains a network failure in plain words', () => {
    renderWithProviders(<ErrorAlert error={new NetworkError('fetch failed')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The service could not be reached');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('reads explanation sentences from the shapes the backend may send', () => {
    expect(explanationSentences({ explanation: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(explanationSentences('one')).toEqual(['one']);
    expect(explanationSentences(['x', 3])).toEqual(['x']);
    expect(explanationSentences({ explanation: 42 })).toEqual([]);
    expect(explanationSentences(undefined)).toEqual([]);
  });

  it('keeps the codes and params of well-formed explanation parts, and drops malformed ones', () => {
    const sentence = 'The workspace "lab" is PRIVATE: only its owner and the root user may use it, and "liam" is neither.';
    const part = { code: 'workspace-private', params: { workspace: '"lab"', user: '"liam"' } };
    expect(explanationReasons({ explanation: [sentence], explanationParts: [part] })).toEqual([{ code: part.code, message: sentence, params: part.params }]);
    expect(explanationReasons({ explanation: [sentence], explanationParts: [{ code: 'x', params: null }] })).toEqual([{ code: '', message: sentence }]);
    expect(explanationReasons({ explanation: [sentence], explanationParts: 'nonsense' })).toEqual([{ code: '', message: sentence }]);
    expect(explanationReasons('one')).toEqual([{ code: '', message: 'one' }]);
  });
});
