/** Client entry: hydrates the story's behaviour into the prerendered `#story` (the rest of the page is static). */
import './styles/fonts';
// The page's one stylesheet, in cascade order (each file passes through cssTokens.ts).
import './styles/base.css';
import './styles/masthead.css';
import './styles/scrolly.css';
import './styles/overlays.css';
import './styles/footer.css';
import './styles/embed.css';
import './styles/reader-nav.css';
import './styles/print.css';
import { hydrate } from 'svelte';
import Scrolly from './scroll/Scrolly.svelte';
import story, { editions, labels } from 'virtual:story';
import { useLabels } from './content/localeFormat';
import { STORY_ELEMENT_ID } from './scroll/domContract';

useLabels(labels);

// A task of its own, apart from evaluating the modules: two shorter tasks keep the phone's main
// thread free for input sooner than one long one. The prerendered page reads in the meantime.
setTimeout(() => hydrate(Scrolly, { target: document.getElementById(STORY_ELEMENT_ID)!, props: { story, editions } }));
