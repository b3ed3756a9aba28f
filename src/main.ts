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
start(App, { target, props: { story } });
