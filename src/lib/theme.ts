/** The reader's colour theme: their system's setting, or light or dark chosen on the site. */
export const THEMES = ['system', 'light', 'dark'] as const;

export const THEME_STORAGE_KEY = 'archive-theme';

/**
 * Runs in <head> before the page paints, so a stored choice never flashes the other theme first.
 * It also marks the page as scripted (`data-js`), so controls that need JavaScript are laid out from the first
 * paint instead of appearing later and moving the page ([data-needs-js] in global.css).
 * Kept tiny and self-contained: it is inlined, and its hash goes into the Content-Security-Policy. Built by
 * concatenation, with no call, so the theme switch's bundle, which imports this module, drops it.
 */
export const THEME_INIT_SCRIPT =
  'document.documentElement.dataset.js="";try{var t=localStorage.getItem("' +
  THEME_STORAGE_KEY +
  '");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}';
