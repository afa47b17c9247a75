import { THEME_STORAGE_KEY } from '../lib/theme.ts';

/** The theme switch (`ThemeSwitch.astro`) shows the stored choice and stores the one picked. */
export function enableThemeSwitch(): void {
  const select = document.querySelector<HTMLSelectElement>('[data-theme-switch] select');
  if (!select) return;
  // A stored value that is no theme matches no option, and leaves none chosen.
  select.value = localStorage.getItem(THEME_STORAGE_KEY) ?? '';
  if (!select.value) select.value = 'system';
  select.addEventListener('change', () => {
    const theme = select.value;
    if (theme === 'light' || theme === 'dark') {
      localStorage.setItem(THEME_STORAGE_KEY, theme);
      document.documentElement.dataset.theme = theme;
    } else {
      localStorage.removeItem(THEME_STORAGE_KEY);
      delete document.documentElement.dataset.theme;
    }
  });
}
