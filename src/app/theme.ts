/**
 * Mantine theme. Colours meet WCAG AA under axe (STACK.md): primaryShade 8 — white on blue.8 is
 * 5.6:1 where Mantine's default blue.6 is 3.55:1 — and filled variants for active navigation.
 */
import { createTheme, localStorageColorSchemeManager, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

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

export const COLOR_SCHEME_STORAGE_KEY = 'ma-console.color-scheme';
export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY });

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 8, dark: 8 },
  colors: { brand },
  defaultRadius: 'sm',
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif',
  headings: { fontWeight: '600' },
  components: {
    Button: { defaultProps: { variant: 'filled' } },
    NavLink: { defaultProps: { variant: 'filled' } },
    Anchor: { defaultProps: { underline: 'always' } },
  },
});

/**
 * Mantine's dimmed text (gray.6 #868e96 on white = 3.3:1; dark.2 on dark.7 ≈ 4:1) fails WCAG AA,
 * so dimmed uses gray.7 (light, 7:1) and dark.1 (dark, 8:1). Placeholders follow.
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
  },
});
