import { Container } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import classes from './app-nav.module.css';

export interface NavItem {
  readonly to: string;
  readonly labelKey: ParseKeys;
}

interface AppNavProps {
  readonly items: readonly NavItem[];
  readonly labelKey: ParseKeys;
  /** Phone-first layouts put the menu at the bottom of a small screen, within thumb reach. */
  readonly bottomOnPhone?: boolean;
}

/** A layout's menu. Renders nothing without items: an empty <nav> landmark only confuses. */
export function AppNav({ items, labelKey, bottomOnPhone = false }: AppNavProps) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <nav aria-label={t(labelKey)} className={classes.nav} data-bottom={bottomOnPhone || undefined}>
      <Container size="lg" className={classes.inner}>
        {items.map((item) => (
          <NavLink key={item.to} to={item.to} className={classes.link}>
            {t(item.labelKey)}
          </NavLink>
        ))}
      </Container>
    </nav>
  );
}
