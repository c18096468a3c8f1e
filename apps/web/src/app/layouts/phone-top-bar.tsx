import type { ParseKeys } from 'i18next';
import { useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppNavLink, type NavItem } from './app-nav';
import classes from './app-nav.module.css';
import { LogoutButton } from '../../features/auth/components/logout-button';

/**
 * Phones only (hidden on wider screens by CSS): the pages a client needs now and then
 * (reminders, questionnaires, their data, who looked, the account) behind one "Meer" button,
 * and logging out, in a slim bar at the top, away from the thumb's bottom menu so nobody logs out
 * by accident. One button instead of a row of links: a row no longer fits 360 px once there
 * are four pages (a disclosure, not an ARIA menu: these are links of the site's navigation).
 */
export function PhoneTopBar({
  items,
  labelKey,
}: {
  items: readonly NavItem[];
  labelKey: ParseKeys;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const secondary = items.filter((item) => item.secondary);
  const onOnePage = secondary.some(
    (item) => pathname === item.to || pathname.startsWith(`${item.to}/`),
  );

  // Escape closes the open list and gives the focus back to its button.
  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);
  // Tabbing or tapping elsewhere closes the list, so it never lies over the page unasked.
  const closeWhenLeft = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };

  return (
    <div className={classes.phoneBar}>
      {secondary.length > 0 && (
        <nav aria-label={t(labelKey)} className={classes.phoneBarNav} onBlur={closeWhenLeft}>
          <button
            ref={toggle}
            type="button"
            className={classes.phoneBarToggle}
            aria-expanded={open}
            aria-controls={listId}
            data-current={onOnePage || undefined}
            onClick={() => setOpen((isOpen) => !isOpen)}
          >
            {t(labelKey)}
            <span aria-hidden="true" className={classes.chevron} />
          </button>
          <ul id={listId} className={classes.phoneBarList} hidden={!open}>
            {secondary.map((item) => (
              <li key={item.to}>
                <AppNavLink item={item} onNavigate={() => setOpen(false)} />
              </li>
            ))}
          </ul>
        </nav>
      )}
      <LogoutButton />
    </div>
  );
}
