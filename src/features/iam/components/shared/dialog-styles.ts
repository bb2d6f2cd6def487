/**
 * Dialogs are portalled into <main> by the shell; Mantine's fixed `inner` container sets no
 * `left`, so it would start after the navigation. Pinning `left: 0` keeps dialogs centred in the viewport.
 */
export const DIALOG_STYLES = { inner: { left: 0 } } as const;
