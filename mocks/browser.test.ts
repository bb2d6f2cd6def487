import { describe, expect, it, vi } from 'vitest';
import { tolerateFailedWorkerUpdates } from './browser';

describe('tolerateFailedWorkerUpdates', () => {
  it('a failed update check is handled (no unhandled rejection) and still rejects for whoever awaits it', async () => {
    const failure = new Error('Not found');
    class FakeRegistration {
      update(): Promise<void> {
        return Promise.reject(failure);
      }
    }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    tolerateFailedWorkerUpdates(FakeRegistration.prototype as unknown as ServiceWorkerRegistration);
    tolerateFailedWorkerUpdates(FakeRegistration.prototype as unknown as ServiceWorkerRegistration); // patched once
    void new FakeRegistration().update(); // msw drops the promise like this
    await expect(new FakeRegistration().update()).rejects.toBe(failure);
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
