import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './fonts.css';
import './index.css';
import App from './app/App';
import { preloadInitialLocale } from './i18n';

// The remembered (or the browser's) language is loaded first, so that the first paint is in it.
void preloadInitialLocale().finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
