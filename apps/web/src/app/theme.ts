import {
  Anchor,
  createTheme,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineThemeOverride,
  type ModalProps,
} from '@mantine/core';

/**
 * A soft sage-teal. Shade 7 is the primary shade because it is the lightest one that keeps
 * white button text and links above 4.5:1 (WCAG AA) on both white and the tinted panels.
 */
const sage: MantineColorsTuple = [
  '#eef6f3',
  '#dcece6',
  '#b8d8cd',
  '#92c3b3',
  '#71b09c',
  '#5b9f8a',
  '#4a8c78',
  '#3a7665',
  '#2e6254',
  '#224c41',
];

/** Warm greys; shades 6–9 stay above 4.5:1 on the page background for secondary text. */
const stone: MantineColorsTuple = [
  '#f8f7f3',
  '#efede7',
  '#e2dfd6',
  '#cfcbc0',
  '#b3aea2',
  '#8f8a7e',
  '#5f5a50',
  '#4c4840',
  '#3a3731',
  '#272521',
];

export const theme = createTheme({
  primaryColor: 'sage',
  primaryShade: { light: 7, dark: 4 },
  colors: { sage, stone },
  black: '#1c2b27',
  white: '#ffffff',
  defaultRadius: 'md',
  // System fonts only: nothing is fetched from a font service, so nobody is tracked by one.
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: {
    fontWeight: '650',
    sizes: {
      h1: { fontSize: 'clamp(1.75rem, 1.3rem + 2vw, 2.6rem)', lineHeight: '1.2' },
      h2: { fontSize: 'clamp(1.35rem, 1.15rem + 0.9vw, 1.75rem)', lineHeight: '1.3' },
      h3: { fontSize: '1.15rem', lineHeight: '1.4' },
    },
  },
  lineHeights: { md: '1.6' },
  focusRing: 'auto',
  components: {
    // Links are told apart from the text around them by more than colour (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
  },
});

/**
 * What every modal gets, in the interface language: a close button with a name, and a header
 * that is not a second page banner (Mantine draws it as <header>).
 */
export function modalDefaults(closeLabel: string): MantineThemeOverride {
  return {
    components: {
      // A plain object, not Modal.extend(): importing Modal here would put the modal (and its
      // scroll area and focus trap) into every page's first download.
      Modal: {
        defaultProps: {
          closeButtonProps: { 'aria-label': closeLabel },
          attributes: { header: { role: 'presentation' } },
        } satisfies Partial<ModalProps>,
      },
    },
  };
}

/**
 * Mantine's default "dimmed" grey is about 3.3:1 on white, too faint for AA body text, its
 * control borders are fainter than 3:1, and its page background is pure white. All replaced.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-body': 'var(--mantine-color-stone-0)',
    '--mantine-color-dimmed': 'var(--mantine-color-stone-6)',
    '--mantine-color-placeholder': 'var(--mantine-color-stone-6)',
    // Borders of inputs and controls need 3:1 against their surroundings (WCAG 1.4.11).
    '--mantine-color-default-border': 'var(--mantine-color-stone-5)',
    // Mantine's red-6 error text is about 3:1; red-9 is above 4.5:1 on white and the panels.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
