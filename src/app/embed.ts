import { mount } from 'svelte';
import './theme.css';
import EmbedApp from './EmbedApp.svelte';

mount(EmbedApp, { target: document.getElementById('app')! });
// Embeds work offline too once their page was opened; an update waits until every tab of the site is closed.
void import('./offline').then((m) => m.registerOffline(() => {}));
