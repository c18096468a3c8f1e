import { Outlet } from 'react-router';
import { PageFrame } from '../../components/page-frame/page-frame';

/** Pages anyone may see without an account: landing, 404, later sign-in and invitations. */
export function PublicLayout() {
  return (
    <PageFrame>
      <Outlet />
    </PageFrame>
  );
}
