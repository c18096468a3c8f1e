import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * Reads a code or token that arrived in the URL fragment (`/pad#CODE`; fragments never reach
 * a server log or a Referer header), then takes it out of the address bar and the history,
 * so it is not left behind on a shared device.
 */
export function useFragmentSecret(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [secret] = useState(() => decodeFragment(location.hash));
  const hasHash = location.hash.length > 1;

  useEffect(() => {
    if (!hasHash) return;
    void navigate(
      { pathname: location.pathname, search: location.search },
      { replace: true, preventScrollReset: true },
    );
  }, [hasHash, location.pathname, location.search, navigate]);

  return secret;
}

function decodeFragment(hash: string): string | null {
  const raw = hash.replace(/^#/, '').trim();
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
