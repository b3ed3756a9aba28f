/** Client entry: hydrates the prerendered page (or mounts it, when served without prerender). */
import './styles/fonts';
import './styles/global.css';
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import story, { labels } from 'virtual:story';
import { useLabels } from './content/localeFormat';

useLabels(labels);

const target = document.getElementById('app')!;
const start = target.querySelector('#story') ? hydrate : mount;
// A task of its own, apart from evaluating the modules: two shorter tasks keep the phone's main
// thread free for input sooner than one long one. The prerendered page reads in the meantime.
setTimeout(() => start(App, { target, props: { story } }));
