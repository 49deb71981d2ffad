/**
 * The no-flash theme script: applies the reader's saved theme before the first paint. One copy,
 * rendered by src/components/ThemeScript.astro and hashed into the Content-Security-Policy by
 * src/integrations/security-headers.ts, so the policy allows exactly these bytes and nothing else.
 */
export const THEME_SCRIPT =
  "try{const theme=localStorage.getItem('theme');if(theme==='light'||theme==='dark')document.documentElement.dataset.theme=theme}catch{}";
