/**
 * Dialogs are portalled into <main> (#console-portal, by the shell); Mantine's fixed `inner`
 * container sets no `left`, so there it starts after the navigation and the dialog is shifted
 * off-screen. Pinning `left: 0` keeps it in the viewport wherever the portal is.
 */
export const DIALOG_STYLES = { inner: { left: 0 } } as const;
