import { mount } from 'svelte';
import './theme.css';
import EmbedApp from './EmbedApp.svelte';

mount(EmbedApp, { target: document.getElementById('app')! });
