import { isRouteErrorResponse, useRouteError } from 'react-router';
import { PageFrame } from '../../../components/page-frame/page-frame';
import { ErrorMessage } from '../../../components/errors/error-message';
import { NotFoundMessage } from '../components/not-found-message';

/**
 * The router's errorElement. It replaces the layout that failed, so it brings its own frame
 * (header, help). A 404 thrown by a loader reads as "not found", everything else as our fault.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  return <PageFrame>{notFound ? <NotFoundMessage /> : <ErrorMessage />}</PageFrame>;
}
