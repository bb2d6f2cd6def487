/** The notification container loads after the first paint: what was raised before it still shows. */
import { cleanup, render, screen } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, expect, it } from 'vitest';
import { notifySuccess } from '@/components/feedback/notify';
import { AppProviders } from './providers';

afterEach(() => cleanup());

it('shows a notification raised before the lazily loaded container mounts', async () => {
  notifySuccess('Saved before the container loaded', 'Still shown');
  render(
    <AppProviders queryClient={new QueryClient()}>
      <p>page</p>
    </AppProviders>,
  );
  expect(screen.getByText('page')).toBeInTheDocument();
  expect(screen.queryByText('Saved before the container loaded')).not.toBeInTheDocument();
  expect(await screen.findByText('Saved before the container loaded')).toBeInTheDocument();
  expect(screen.getByText('Still shown')).toBeInTheDocument();
});
