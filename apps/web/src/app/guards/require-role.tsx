import type { Role } from '@oefenruimte/shared';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../../components/page-loader/page-loader';
import { homeFor, useMe } from '../../lib/session/get-me';
import { needsCode } from '../../features/auth/lib/needs-code';

/**
 * The door to the logged-in parts. Not logged in: to the login page (and back here after);
 * password given but no code yet: to the code page (and back here after); the other role: to
 * their own home. The API checks all of this again; this only spares people a page that
 * cannot load.
 */
export function RequireRole({ allow }: { allow: Role }) {
  const { data: me, isPending } = useMe();
  const location = useLocation();
  const back = `?terug=${encodeURIComponent(location.pathname + location.search)}`;
  if (isPending) return <PageLoader />;
  if (!me) return <Navigate to={`/inloggen${back}`} replace />;
  if (needsCode(me)) return <Navigate to={`/inloggen/code${back}`} replace />;
  if (me.role !== allow) return <Navigate to={homeFor(me)} replace />;
  return <Outlet />;
}
