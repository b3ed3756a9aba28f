/**
 * Server entry for the prerender. The page is put together here from its parts: the story's
 * behaviour (`Scrolly`: graphic and navigation, the one part the client hydrates, into `#story`)
 * and the parts without behaviour, which stay the static HTML rendered here, since hydrating
 * them would only cost the phone time: the steps' text and overlays inside `#story`, and around
 * it the head meta, skip link and headline, sources and credits.
 */
import { render } from 'svelte/server';
import SocialMeta from './components/SocialMeta.svelte';
import StoryHeader from './components/StoryHeader.svelte';
import StoryFooter from './components/StoryFooter.svelte';
import Scrolly from './scroll/Scrolly.svelte';
import StorySteps from './scroll/StorySteps.svelte';
import { STORY_ELEMENT_ID } from './scroll/domContract';
import story, { editions } from 'virtual:story';

export { story };

export function renderPage(): { head: string; body: string } {
  const head = render(SocialMeta, { props: { meta: story.meta, editions } }).head;
  const start = render(StoryHeader, { props: { story, editions } }).body;
  const scrolly = render(Scrolly, { props: { story, editions } }).body;
  const steps = render(StorySteps, { props: { story } }).body;
  const end = render(StoryFooter, { props: { story } }).body;
  // Scrolly is hydrated into `#story`; the steps follow its nodes there, untouched by hydration.
  return {
    head,
    body: `${start}<main><div id="${STORY_ELEMENT_ID}" class="scrolly">${scrolly}${steps}</div></main>${end}`,
  };
}
