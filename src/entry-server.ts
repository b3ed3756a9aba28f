/** Server entry for the prerender: the same App the client hydrates, rendered to HTML. */
import { render } from 'svelte/server';
import App from './App.svelte';
import story from 'virtual:story';

export { story };

export function renderPage(): { head: string; body: string } {
  return render(App, { props: { story } });
}
