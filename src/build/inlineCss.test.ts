import { expect, it } from 'vitest';
import { rebaseUrls } from './inlineCss';

it('resolves the stylesheet\'s relative URLs from the page, leaving other URLs alone', () => {
  const css = '@font-face{src:url(./a.woff2) format("woff2"),url("./b.woff")}.x{background:url(data:image/png;base64,AA)}.y{background:url(/abs.png)}';
  expect(rebaseUrls(css, 'assets')).toBe(
    '@font-face{src:url(./assets/a.woff2) format("woff2"),url("./assets/b.woff")}.x{background:url(data:image/png;base64,AA)}.y{background:url(/abs.png)}',
  );
});
