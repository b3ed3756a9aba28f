/**
 * Server entry for the prerender. The page is put together here from its parts: the story itself
 * (`Scrolly`, the one part the client hydrates, inside `<main>`) and the parts around it (head
 * meta, skip link and headline, sources and credits), which have no behaviour and stay the
 * static HTML rendered here: hydrating them would only cost the phone time.
 */
import { render } from 'svelte/server';
import SocialMeta from './components/SocialMeta.svelte';
import StoryHeader from './components/StoryHeader.svelte';
import StoryFooter from './components/StoryFooter.svelte';
import Scrolly from './scroll/Scrolly.svelte';
import story from 'virtual:story';

export { story };

export function renderPage(): { head: string; body: string } {
  const head = render(SocialMeta, { props: { meta: story.meta } }).head;
  const start = render(StoryHeader, { props: { story } }).body;
  const main = render(Scrolly, { props: { story } }).body;
  const end = render(StoryFooter, { props: { story } }).body;
  return { head, body: `${start}<main>${main}</main>${end}` };
}
