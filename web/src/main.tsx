import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// the global styles first, so a screen's own stylesheet wins where both style the same element
import './styles.css';
import { App } from './App';
import type { AuthConfig } from './auth/AuthContext';

async function start() {
  let config: AuthConfig = { mode: 'dev' };
  try {
    const response = await fetch('/config.json', { cache: 'no-store' });
    if (response.ok) config = ((await response.json()) as { auth: AuthConfig }).auth;
  } catch {
    // without /config.json the demo login is the only option; the gateway always serves it
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App config={config} />
    </StrictMode>,
  );
}

// nothing waits for it: start() falls back to the demo login itself when /config.json fails
void start();
