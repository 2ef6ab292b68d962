import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startRouting } from './router';
import { loadSettings } from './settings';
import './styles.css';

startRouting();
// What the gateway says about itself (demo mode, app mode, sign-in) decides what the screens offer.
await loadSettings();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
