import { Outlet } from 'react-router';
import { AppNav, type NavItem } from './app-nav';
import { PageFrame } from '../../components/page-frame/page-frame';
import { LogoutButton } from '../../features/auth/components/logout-button';
import { SessionTimeoutWarning } from '../../features/auth/components/session-timeout-warning';
import { homeFor } from '../../lib/session/get-me';

/** Filled as the therapist's pages land (clients, library, review). */
export const THERAPIST_NAV_ITEMS: readonly NavItem[] = [];

/**
 * Desktop-first shell for the practice: wide content for overviews. The help panel stays too:
 * a therapist may be the one who needs it, and it shows what their clients see. Logging out
 * sits at the end of the menu; the session warning watches the idle time.
 */
export function TherapistLayout({
  navItems = THERAPIST_NAV_ITEMS,
}: {
  navItems?: readonly NavItem[];
}) {
  return (
    <PageFrame
      size="xl"
      homeTo={homeFor({ role: 'therapist' })}
      nav={
        <AppNav items={navItems} labelKey="a11y.therapistNav" size="xl" end={<LogoutButton />} />
      }
    >
      <Outlet />
      <SessionTimeoutWarning />
    </PageFrame>
  );
}
