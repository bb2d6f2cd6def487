/**
 * Mantine theme. Colours meet WCAG AA under axe (docs/architecture.md "Stack facts"): primaryShade 8 — white on blue.8 is
 * 5.6:1 where Mantine's default blue.6 is 3.55:1 — and filled variants for active navigation.
 */
import {
  createTheme,
  DEFAULT_THEME,
  defaultVariantColorsResolver,
  localStorageColorSchemeManager,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

// Huawei Cloud console blue, tuned so shade 8 and 9 pass AA on white and on dark backgrounds.
const brand: MantineColorsTuple = [
  '#e7f2ff',
  '#cfe1ff',
  '#9ec0fb',
  '#6a9df7',
  '#3f7ff3',
  '#246cf2',
  '#1262f2',
  '#0052d9',
  '#0047c2',
  '#003ca9',
];

/**
 * Mantine's palettes with shades 6–9 darkened so that every filled, light, subtle and outline
 * variant (shade 8 with primaryShade 8; pages also pick shade 6 explicitly) keeps ≥ 4.5:1 on white,
 * striped and hovered rows and light badge backgrounds. Shades 0–5 stay (dark mode text uses shades 2–4).
 */
const darker: Record<string, [string, string, string, string]> = {
  red: ['#b42525', '#a51d1d', '#8f1a1a', '#7a1616'],
  green: ['#256d34', '#1f612d', '#1a5226', '#154520'],
  orange: ['#ae3a0b', '#9a3412', '#7c2d12', '#6a260f'],
  teal: ['#0a6e53', '#08624a', '#06523e', '#054535'],
  yellow: ['#7a5100', '#6e4900', '#664400', '#573a00'],
  cyan: ['#0a6678', '#095c6b', '#074d5a', '#06414c'],
  lime: ['#496309', '#425a08', '#3d5307', '#334606'],
  indigo: ['#3b5bdb', '#364fc7', '#2f44ad', '#283a94'],
  blue: ['#1864ab', '#155a9c', '#124a85', '#0f3f72'],
  grape: ['#862e9c', '#7a2a8f', '#66237a', '#561e67'],
  violet: ['#6741d9', '#5f3dc4', '#5235ab', '#452d90'],
  pink: ['#a61e4d', '#961b45', '#7d163a', '#6a1331'],
};
const accessibleColors = Object.fromEntries(
  Object.entries(darker).map(([name, tail]) => [name, [...DEFAULT_THEME.colors[name]!.slice(0, 6), ...tail] as unknown as MantineColorsTuple]),
);

/** Where modals and drawers render: a node inside <main>. */
export const PORTAL_ID = 'console-portal';

export const COLOR_SCHEME_STORAGE_KEY = 'ma-console.color-scheme';
export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY });

/**
 * "red.8" on a subtle, light, outline or transparent control is a fixed colour: readable on white,
 * unreadable on the dark background. For those variants a shade is ignored and the colour's
 * scheme-aware variables apply (shade 8 in light, shade 3 in dark). Filled controls keep the shade.
 */
const TEXT_VARIANTS = new Set(['subtle', 'light', 'outline', 'transparent']);
export const variantColorResolver: VariantColorsResolver = (input) => {
  if (input.variant && TEXT_VARIANTS.has(input.variant) && input.color) {
    const parsed = parseThemeColor({ color: input.color, theme: input.theme });
    if (parsed.isThemeColor && parsed.shade !== undefined) return defaultVariantColorsResolver({ ...input, color: parsed.color });
  }
  return defaultVariantColorsResolver(input);
};

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 8, dark: 8 },
  colors: { ...accessibleColors, brand },
  variantColorResolver,
  defaultRadius: 'sm',
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif',
  headings: { fontWeight: '600' },
  // Dialogs, drawers and menus open without sliding or fading for people who ask their system for
  // reduced motion (WCAG 2.3.3). The e2e tests ask for it too (playwright.config.ts).
  respectReducedMotion: true,
  components: {
    Button: { defaultProps: { variant: 'filled' } },
    NavLink: { defaultProps: { variant: 'filled' } },
    Anchor: { defaultProps: { underline: 'always' } },
  },
});

/**
 * Mantine's dimmed text (gray.6 #868e96 on white = 3.3:1; dark.2 on dark.7 ≈ 4:1) fails WCAG AA,
 * so dimmed uses gray.7 (light, 7:1) and dark.1 (dark, 8:1). Placeholders follow; dark links use
 * brand.2 (8:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7]!,
    '--mantine-color-placeholder': t.colors.gray[7]!,
  },
  dark: {
    '--mantine-color-dimmed': t.colors.dark[1]!,
    '--mantine-color-placeholder': t.colors.dark[2]!,
    // Links: Mantine's dark anchor (primary shade 4) is about 4:1 on dark backgrounds.
    '--mantine-color-anchor': t.colors.brand![2]!,
    // Field errors: red shade 8 is 1.5:1 on dark backgrounds; the scheme-aware red text passes.
    '--mantine-color-error': 'var(--mantine-color-red-text)',
  },
});
