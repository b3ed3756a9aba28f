/**
 * One page in Firefox or WebKit, behind the few calls the cross-engine specs need. Playwright's
 * own Firefox and WebKit are patched builds it downloads; these are Debian's stock browsers,
 * driven by the protocols they ship: Firefox ESR over WebDriver BiDi (puppeteer-core), WebKitGTK
 * over classic WebDriver (`webkitDriver.ts`).
 */
export interface Viewport {
  width: number;
  height: number;
}

export interface EnginePage {
  /** Opens `url` and resolves once its DOM is parsed. */
  goto(url: string): Promise<void>;
  back(): Promise<void>;
  /**
   * Runs `fn` in the page (or, with `frame`, in the iframe that selector finds) and returns its
   * JSON-serialisable result. `fn` is sent as source: it may use only its arguments.
   */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, args?: A, frame?: string): Promise<Awaited<R>>;
  /** A PNG of the viewport. */
  screenshot(): Promise<Buffer>;
  /** The errors the page threw that nothing caught, since it was opened. */
  pageErrors(): Promise<string[]>;
  /** The viewport the page really has (a WebKitGTK window cannot be narrower than about 450 px). */
  viewport: Viewport;
  close(): Promise<void>;
}

/** A browser that opens pages of one viewport size. */
export interface Engine {
  name: 'firefox' | 'webkit';
  newPage(viewport: Viewport): Promise<EnginePage>;
  close(): Promise<void>;
}
