import type { Role } from '@oefenruimte/shared';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../../components/page-loader/page-loader';
import { homeFor, useMe } from '../../features/auth/api/get-me';

/**
 * The door to the logged-in parts. Not logged in: to the login page (and back here after);
 * password given but no code yet: to the code page; the other role: to their own home.
 * The API checks all of this again; this only spares people a page that cannot load.
 */
export function RequireRole({ allow }: { allow: Role }) {
  const { data: me, isPending } = useMe();
  const location = useLocation();
  if (isPending) return <PageLoader />;
  if (!me)
    return <Navigate to={`/inloggen?terug=${encodeURIComponent(location.pathname)}`} replace />;
  if (me.secondFactor.enrolled && !me.secondFactor.verified)
    return <Navigate to="/inloggen/code" replace />;
  if (me.role !== allow) return <Navigate to={homeFor(me)} replace />;
  return <Outlet />;
}
