// citeproc-js ships no type declarations; these cover the parts the archive uses.
declare module 'citeproc' {
  export interface CiteprocSys {
    retrieveLocale(lang: string): string | undefined;
    retrieveItem(id: string): unknown;
  }
  export interface Engine {
    setOutputFormat(format: 'html' | 'text'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [{ bibliography_errors: unknown[] }, string[]] | false;
    makeCitationCluster(cites: { id: string; locator?: string; label?: string }[]): string;
  }
  const CSL: {
    Engine: new (sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean) => Engine;
  };
  export default CSL;
}
