import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { AppNav, type NavItem } from './app-nav';
import { PhoneTopBar } from './phone-top-bar';
import { PageFrame } from '../../components/page-frame/page-frame';
import { LogoutButton } from '../../features/auth/components/logout-button';
import { SessionTimeoutWarning } from '../../features/auth/components/session-timeout-warning';
import { usePractice } from '../../features/practice/api/get-practice';

/**
 * The client's pages arrive with their features (check-in, homework, sharing); until then the
 * menu stays empty rather than pointing at pages that do not exist.
 */
// Offline state and check-ins not sent yet: not part of the first download of other pages.
const ClientConnectionStatus = lazy(async () => ({
  default: (await import('../../pwa/client-connection-status')).ClientConnectionStatus,
}));

export const CLIENT_NAV_ITEMS: readonly NavItem[] = [];

/**
 * Phone-first shell for clients: a narrow reading column, help always in the footer. On a
 * phone the menu sits at the bottom and logging out at the top, so it is not hit by accident.
 */
export function ClientLayout({ navItems = CLIENT_NAV_ITEMS }: { navItems?: readonly NavItem[] }) {
  // The practice's own phone and crisis text belong next to 113 on every client screen.
  const { data: practice } = usePractice();
  return (
    <PageFrame
      size="md"
      practice={practice}
      homeTo="/mijn"
      nav={
        <>
          {navItems.length > 0 && <PhoneTopBar items={navItems} labelKey="a11y.clientAccountNav" />}
          <AppNav
            items={navItems}
            labelKey="a11y.clientNav"
            size="md"
            bottomOnPhone
            withHelp
            end={<LogoutButton />}
          />
        </>
      }
    >
      <Suspense fallback={null}>
        <ClientConnectionStatus />
      </Suspense>
      <Outlet />
      <SessionTimeoutWarning />
    </PageFrame>
  );
}
