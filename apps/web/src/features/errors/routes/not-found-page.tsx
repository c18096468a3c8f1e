import { NotFoundMessage } from '../components/not-found-message';

/** Every unknown address inside the public layout, so header and help stay in place. */
export function NotFoundPage() {
  return <NotFoundMessage />;
}
