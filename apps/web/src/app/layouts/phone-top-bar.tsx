import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AppNavLink, type NavItem } from './app-nav';
import classes from './app-nav.module.css';
import { LogoutButton } from '../../features/auth/components/logout-button';

/**
 * Phones only (hidden on wider screens by CSS): the account pages and logging out, in a slim
 * bar at the top, away from the thumb's bottom menu so nobody logs out by accident.
 */
export function PhoneTopBar({
  items,
  labelKey,
}: {
  items: readonly NavItem[];
  labelKey: ParseKeys;
}) {
  const { t } = useTranslation();
  const secondary = items.filter((item) => item.secondary);
  return (
    <div className={classes.phoneBar}>
      {secondary.length > 0 && (
        <nav aria-label={t(labelKey)} className={classes.phoneBarLinks}>
          {secondary.map((item) => (
            <AppNavLink key={item.to} item={item} />
          ))}
        </nav>
      )}
      <LogoutButton />
    </div>
  );
}
