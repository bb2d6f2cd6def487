/**
 * Mantine renders a dialog's header as `<header>` inside `<section role="dialog">`, which axe
 * then counts as a second banner landmark. `role="none"` keeps it a plain container. (Mantine
 * supports the `attributes` prop at runtime; its Modal/Drawer typings omit it, hence the spread.)
 */
export const NO_BANNER: Record<string, unknown> = { attributes: { header: { role: 'none' } } };
