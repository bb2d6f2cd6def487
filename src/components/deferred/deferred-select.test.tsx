/** The Select that loads after the first paint: its stand-in, and a click that lands before it loads. */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { DeferredSelect } from './deferred-select';

const data = [
  { value: 'a', label: 'Alpha' },
  { value: 'b', label: 'Beta' },
];

describe('DeferredSelect', () => {
  it('stands in with the selected label; a press before the Select loads opens it once loaded', async () => {
    const onChange = vi.fn();
    const { user } = renderWithProviders(<DeferredSelect aria-label="Letter" data={data} value="b" onChange={onChange} allowDeselect={false} />);
    const standIn = screen.getByRole('textbox', { name: 'Letter' });
    expect(standIn).toHaveValue('Beta');
    expect(standIn).toHaveAttribute('aria-haspopup', 'listbox');
    expect(standIn).toHaveAttribute('readonly');
    // At once (the Select is still loading): a press on the stand-in.
    fireEvent.pointerDown(standIn);
    expect(standIn).toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Alpha' }));
    expect(onChange).toHaveBeenCalledWith('a', expect.objectContaining({ value: 'a' }));
  });

  it('is the Select once loaded', async () => {
    const { user } = renderWithProviders(<DeferredSelect aria-label="Letter" data={data} defaultValue="a" />);
    const input = screen.getByRole('textbox', { name: 'Letter' });
    expect(input).toHaveValue('Alpha');
    await user.click(input);
    expect(await screen.findByRole('option', { name: 'Beta' })).toBeInTheDocument();
  });
});
