/**
 * Styles of this feature's dialogs.
 * - Dialogs are portalled into <main> by the shell; Mantine's fixed `inner` container sets no
 *   `left`, so it would start after the navigation. Pinning `left: 0` keeps them in the viewport.
 * - The theme's error colour (red shade 8) is unreadable on the dark background (1.5:1); inside
 *   the dialogs it follows the scheme-aware red text colour (shade 8 light, a light red in dark).
 */
export const DIALOG_STYLES = {
  inner: { left: 0 },
  content: { '--mantine-color-error': 'var(--mantine-color-red-text)' },
} as const;
