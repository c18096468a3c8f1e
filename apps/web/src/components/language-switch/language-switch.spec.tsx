import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../testing/render-app';
import { LOCALE_STORAGE_KEY } from '../i18n/locale-storage';

describe('LanguageSwitch', () => {
  it('starts in Dutch, with <html lang="nl">', async () => {
    renderRoute('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: /Een rustige plek om te oefenen/ }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('nl');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
    expect(screen.queryByRole('button', { name: 'Nederlands' })).not.toBeInTheDocument();
  });

  it('switches the visible text and <html lang> to English, and remembers the choice', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: /Een rustige plek om te oefenen/ });

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: /A calm place to practise/ }),
    ).toBeVisible();
    expect(screen.queryByText(/Een rustige plek om te oefenen/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112');
    expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('lang', 'nl');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
  });

  it('keeps keyboard focus on the switch after switching', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: /Een rustige plek om te oefenen/ });

    screen.getByRole('button', { name: 'English' }).focus();
    await user.keyboard('{Enter}');

    const back = await screen.findByRole('button', { name: 'Nederlands' });
    expect(back).toHaveFocus();
  });

  it('opens in the language chosen on an earlier visit', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    renderRoute('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: /A calm place to practise/ }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores a stored value that is not a supported language', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'de');
    renderRoute('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: /Een rustige plek om te oefenen/ }),
    ).toBeVisible();
  });
});
