import { useEffect } from 'react';
import { LanguageSwitch } from '@/components/language-switch';
import { OverviewView } from '@/features/overview/overview-view';
import { useLang, useMessages } from '@/state/use-i18n';

export function App() {
  const t = useMessages();
  const lang = useLang();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appTitle;
  }, [lang, t]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div className="brand">
          <p className="app-title">{t.appTitle}</p>
          <p className="app-subtitle">{t.appSubtitle}</p>
        </div>
        <LanguageSwitch />
      </header>
      <nav className="app-nav" aria-label={t.navLabel}>
        <a href="#main" aria-current="page">
          {t.navOverview}
        </a>
      </nav>
      <main id="main" tabIndex={-1}>
        <OverviewView />
      </main>
      <footer className="app-footer">
        <p>{t.footerData}</p>
      </footer>
    </>
  );
}
