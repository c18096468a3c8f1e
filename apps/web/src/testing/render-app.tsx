import type { Locale } from '@oefenruimte/shared';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProviders } from '../app/providers';
import { createQueryClient } from '../app/query-client';
import { routes as appRoutes } from '../app/router';
import { createI18n } from '../components/i18n/create-i18n';
import { english } from '../components/i18n/resources-en';

interface Options {
  readonly locale?: Locale;
  /** Defaults to the app's own route table, so tests walk the same routes as users. */
  readonly routes?: RouteObject[];
}

/** Renders the app (or given routes) at a path, with the same providers as production. */
export function renderRoute(
  path: string,
  { locale, routes = appRoutes }: Options = {},
): RenderResult {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return render(
    <AppProviders i18n={createI18n(locale, english)} queryClient={createQueryClient()} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

/** Renders one component with the providers but without a router. */
export function renderWithProviders(ui: ReactNode, { locale }: { locale?: Locale } = {}) {
  return render(
    <AppProviders i18n={createI18n(locale, english)} queryClient={createQueryClient()} env="test">
      {ui}
    </AppProviders>,
  );
}
