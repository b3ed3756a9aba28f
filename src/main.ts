/** Client entry: hydrates the prerendered page (or mounts it, when served without prerender). */
import './styles/fonts';
import './styles/global.css';
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import story, { dateLabels } from 'virtual:story';
import { useDateLabels } from './content/formatDate';

useDateLabels(dateLabels);

const target = document.getElementById('app')!;
const start = target.querySelector('#story') ? hydrate : mount;
start(App, { target, props: { story } });
