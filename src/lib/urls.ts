/** Joins the site's base path and a site-relative path, so the archive works under a sub-path too. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

export const paths = {
  home: () => '/',
  articles: () => '/articles/',
  article: (id: string) => `/articles/${id}/`,
  people: () => '/people/',
  person: (id: string) => `/people/${id}/`,
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  search: () => '/search/',
} as const;
