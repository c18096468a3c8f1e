import './app/mantine-styles';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { AppErrorBoundary } from './components/errors/app-error-boundary';
import { createI18n, languageBundle } from './components/i18n/create-i18n';
import { readStoredLocale } from './components/i18n/locale-storage';

// Not part of the first download: it can only matter once the service worker found an update.
const UpdatePrompt = lazy(async () => ({
  default: (await import('./pwa/update-prompt')).UpdatePrompt,
}));

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const locale = readStoredLocale();
// English texts arrive first for who chose English; without them (offline) the app is Dutch.
void languageBundle(locale)
  .catch(() => undefined)
  .then((english) =>
    createRoot(container).render(
      <StrictMode>
        <AppProviders
          i18n={createI18n(locale === 'en' && !english ? 'nl' : locale, english)}
          queryClient={createQueryClient()}
        >
          <AppErrorBoundary>
            <RouterProvider router={createAppRouter()} />
          </AppErrorBoundary>
          <Suspense fallback={null}>
            <UpdatePrompt />
          </Suspense>
        </AppProviders>
      </StrictMode>,
    ),
  )
  // The service worker (offline app, reminders) only after the first paint.
  .then(() => import('./pwa/register'))
  .then(({ registerWhenIdle }) => registerWhenIdle())
  .catch(() => undefined);
