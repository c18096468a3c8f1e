import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../testing/render-app';
import { AppErrorBoundary } from './app-error-boundary';

function Broken(): never {
  throw new Error('boom');
}

describe('AppErrorBoundary', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('renders its children while nothing fails', () => {
    renderWithProviders(
      <AppErrorBoundary>
        <p>alles goed</p>
      </AppErrorBoundary>,
    );
    expect(screen.getByText('alles goed')).toBeVisible();
  });

  it('catches a crash anywhere below it and still shows help', () => {
    renderWithProviders(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Er ging iets mis' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'Bel gratis 0800-0113' })).toHaveAttribute(
      'href',
      'tel:08000113',
    );
  });
});
