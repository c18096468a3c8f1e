import { MantineProvider } from '@mantine/core';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { cssVariablesResolver, theme } from './theme';

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
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        forceColorScheme="light"
        env={env}
      >
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
