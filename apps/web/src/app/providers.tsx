import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { type ReactNode, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { cssVariablesResolver, modalDefaults, theme } from './theme';

interface AppProvidersProps {
  readonly i18n: i18n;
  readonly queryClient: QueryClient;
  readonly children: ReactNode;
  /** 'test' turns off Mantine's transitions and portals in jsdom. */
  readonly env?: 'default' | 'test';
}

/** Everything a screen needs around it; tests use the same providers as the app. */
export function AppProviders({ i18n, queryClient, children, env = 'default' }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      {/*
        Light only for now: the dark palette is not checked for contrast yet, and following the
        system scheme without a flash would need Mantine's inline script, which the CSP forbids.
      */}
      <ThemedMantine env={env}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ThemedMantine>
    </I18nextProvider>
  );
}

/** The theme, plus the defaults that speak the interface language (a modal's close button). */
function ThemedMantine({ env, children }: { env: 'default' | 'test'; children: ReactNode }) {
  const { t } = useTranslation();
  const closeLabel = t('a11y.closeDialog');
  const themed = useMemo(() => mergeThemeOverrides(theme, modalDefaults(closeLabel)), [closeLabel]);
  return (
    <MantineProvider
      theme={themed}
      cssVariablesResolver={cssVariablesResolver}
      forceColorScheme="light"
      env={env}
    >
      {children}
    </MantineProvider>
  );
}
