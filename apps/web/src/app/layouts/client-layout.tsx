import { Outlet } from 'react-router';
import { AppNav, type NavItem } from './app-nav';
import { PageFrame } from '../../components/page-frame/page-frame';

/**
 * The client's pages arrive with their features (check-in, homework, sharing); until then the
 * menu stays empty rather than pointing at pages that do not exist.
 */
export const CLIENT_NAV_ITEMS: readonly NavItem[] = [];

/** Phone-first shell for clients: a narrow reading column, help always in the footer. */
export function ClientLayout({ navItems = CLIENT_NAV_ITEMS }: { navItems?: readonly NavItem[] }) {
  return (
    <PageFrame
      size="md"
      nav={
        navItems.length > 0 && <AppNav items={navItems} labelKey="a11y.clientNav" bottomOnPhone />
      }
    >
      <Outlet />
    </PageFrame>
  );
}
