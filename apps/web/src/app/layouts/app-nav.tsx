import { Container } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import classes from './app-nav.module.css';
import { focusHelpPanel, HELP_PANEL_ID } from '../../components/help-panel/help-panel';
import type { NavItem } from '../../lib/nav/nav-item';

export type { NavItem };

interface AppNavProps {
  readonly items: readonly NavItem[];
  readonly labelKey: ParseKeys;
  /** Phone-first layouts put the menu at the bottom of a small screen, within thumb reach. */
  readonly bottomOnPhone?: boolean;
  /** The same width as the layout's content, so the menu lines up with the page. */
  readonly size?: 'md' | 'lg' | 'xl';
  /** Placed after the links (the logout button); hidden in the bottom bar on phones. */
  readonly end?: ReactNode;
  /**
   * A "Hulp" item in the phone's bottom bar, which never scrolls away: the help panel is one
   * tap away at every scroll position (on wider screens the header has it).
   */
  readonly withHelp?: boolean;
}

/** A layout's menu. Renders nothing without items: an empty <nav> landmark only confuses. */
export function AppNav({
  items,
  labelKey,
  bottomOnPhone = false,
  size = 'lg',
  end,
  withHelp = false,
}: AppNavProps) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <nav aria-label={t(labelKey)} className={classes.nav} data-bottom={bottomOnPhone || undefined}>
      <Container size={size} className={classes.inner}>
        {items.map((item) => (
          <AppNavLink key={item.to} item={item} />
        ))}
        {withHelp && (
          <a href={`#${HELP_PANEL_ID}`} className={classes.link} data-help onClick={focusHelpPanel}>
            {t('help.headerLink')}
          </a>
        )}
        {end && <div className={classes.end}>{end}</div>}
      </Container>
    </nav>
  );
}

export function AppNavLink({ item, onNavigate }: { item: NavItem; onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <NavLink
      to={item.to}
      onClick={onNavigate}
      end={item.end ?? item.to.split('/').filter(Boolean).length <= 1}
      className={classes.link}
      data-secondary={item.secondary || undefined}
    >
      {t(item.labelKey)}
    </NavLink>
  );
}
