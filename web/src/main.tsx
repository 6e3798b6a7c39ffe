import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// the global styles first, so a screen's own stylesheet wins where both style the same element
import './styles.css';
import { App } from './App';
import type { AuthConfig } from './auth/AuthContext';
import type { AccessibilityContact } from './screens/about/AccessibilityStatement';

async function start() {
  let config: AuthConfig = { mode: 'dev' };
  let accessibility: AccessibilityContact = {};
  try {
    const response = await fetch('/config.json', { cache: 'no-store' });
    if (response.ok) {
      const site = (await response.json()) as { auth: AuthConfig; accessibility?: AccessibilityContact };
      config = site.auth;
      accessibility = site.accessibility ?? {};
    }
  } catch {
    // without /config.json the demo login is the only option; the gateway always serves it
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App config={config} accessibility={accessibility} />
    </StrictMode>,
  );
}

// nothing waits for it: start() falls back to the demo login itself when /config.json fails
void start();
