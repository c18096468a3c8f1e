import { Anchor, Container, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PracticeContactProvider } from '../help-panel/help-contact';
import {
  focusHelpPanel,
  HELP_PANEL_ID,
  HelpPanel,
  type PracticeContact,
} from '../help-panel/help-panel';
import { LanguageSwitch } from '../language-switch/language-switch';
import { MAIN_CONTENT_ID, SkipLink } from '../skip-link/skip-link';
import classes from './page-frame.module.css';
import { useFocusMainOnNavigate } from './use-focus-main-on-navigate';

interface PageFrameProps {
  readonly children: ReactNode;
  /** A layout's own navigation, placed under the header (and at the bottom on phones). */
  readonly nav?: ReactNode;
  /** Wider for the therapist's overviews, narrower for reading. */
  readonly size?: 'md' | 'lg' | 'xl';
  /** Help is on by default: every public and client screen must show where to get help. */
  readonly withHelp?: boolean;
  /** The client's own practice, shown in the help panel next to 113. */
  readonly practice?: PracticeContact | null;
  /** Where the logo leads: the person's home inside the app, the landing page when public. */
  readonly homeTo?: string;
}

/** The skeleton every layout shares: skip link, header, main, footer, as real landmarks. */
export function PageFrame({
  children,
  nav,
  size = 'lg',
  withHelp = true,
  practice,
  homeTo = '/',
}: PageFrameProps) {
  const { t } = useTranslation();
  useFocusMainOnNavigate();
  return (
    <PracticeContactProvider practice={practice}>
      <div className={classes.frame} data-with-nav={nav ? true : undefined}>
        <SkipLink />
        <header className={classes.header}>
          <Container size={size} className={classes.headerInner}>
            <Anchor
              component={Link}
              to={homeTo}
              underline="never"
              className={classes.brand}
              aria-label={t('app.homeLink')}
            >
              {t('app.name')}
            </Anchor>
            <Group gap="md" wrap="nowrap">
              {withHelp && (
                <Anchor
                  href={`#${HELP_PANEL_ID}`}
                  className={classes.helpLink}
                  onClick={focusHelpPanel}
                >
                  {t('help.headerLink')}
                </Anchor>
              )}
              <LanguageSwitch />
            </Group>
          </Container>
        </header>
        {nav}
        {/* tabIndex -1 so the skip link moves focus, not just the scroll position. */}
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
          <Container size={size}>{children}</Container>
        </main>
        {withHelp && (
          <footer className={classes.footer}>
            <Container size={size}>
              <HelpPanel />
            </Container>
          </footer>
        )}
      </div>
    </PracticeContactProvider>
  );
}
