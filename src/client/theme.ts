// Browser code: applies the stored theme choice and wires the toggle. Storage may be blocked; then the
// choice lasts for the page only.
type Theme = 'light' | 'dark';
const KEY = 'shifting-routes-theme';

function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

function currentTheme(): Theme {
  const explicit = document.documentElement.dataset['theme'];
  if (explicit === 'light' || explicit === 'dark') return explicit;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function initThemeToggle(): void {
  const stored = storedTheme();
  if (stored) document.documentElement.dataset['theme'] = stored;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const render = () => {
      const theme = currentTheme();
      button.setAttribute('aria-pressed', String(theme === 'dark'));
      const label = button.querySelector('[data-theme-label]');
      if (label) label.textContent = 'Dark theme';
    };
    render();
    button.addEventListener('click', () => {
      const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Storage blocked: keep the choice for this page only.
      }
      render();
    });
  }
}
