import { Outlet } from 'react-router';
import { AppNav, type NavItem } from './app-nav';
import { PageFrame } from '../../components/page-frame/page-frame';

/** Filled as the therapist's pages land (clients, library, review). */
export const THERAPIST_NAV_ITEMS: readonly NavItem[] = [];

/**
 * Desktop-first shell for the practice: wide content for overviews. The help panel stays too:
 * a therapist may be the one who needs it, and it shows what their clients see.
 */
export function TherapistLayout({
  navItems = THERAPIST_NAV_ITEMS,
}: {
  navItems?: readonly NavItem[];
}) {
  return (
    <PageFrame
      size="xl"
      nav={navItems.length > 0 && <AppNav items={navItems} labelKey="a11y.therapistNav" />}
    >
      <Outlet />
    </PageFrame>
  );
}
