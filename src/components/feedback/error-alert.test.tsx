import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '@/api/client';
import { renderWithProviders } from '@/testing/render';
import { explanationSentences } from './describe-error';
import { ErrorAlert } from './error-alert';

describe('ErrorAlert', () => {
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
});
