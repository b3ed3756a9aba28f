/**
 * The page's head script, inlined by the build (`embedScripts.ts`) so that it runs before first
 * paint: marks the page as having JavaScript, and applies what an embed code asks for (no flash
 * of a headline block the host drops). Built from the embed contract, like the loader.
 */
import { ATTR_BG, ATTR_EMBED, ATTR_HIDE } from '../scroll/domContract';
import { EMBED_PARAMS } from './embedContract';

const root = document.documentElement;
const params = new URLSearchParams(location.search);
root.classList.add('js');
if (params.get(EMBED_PARAMS.embed) === '1' || self !== top) {
  root.setAttribute(ATTR_EMBED, '');
  const hide = params.get(EMBED_PARAMS.hide);
  if (hide) root.setAttribute(ATTR_HIDE, hide);
  if (params.get(EMBED_PARAMS.bg) === 'transparent') root.setAttribute(ATTR_BG, 'transparent');
}
