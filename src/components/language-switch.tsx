import type { Lang } from '@/i18n/format';
import { useLang, useCoreMessages, useSetLang } from '@/state/use-i18n';

const OPTIONS: { lang: Lang; label: string }[] = [
  { lang: 'vi', label: 'Tiếng Việt' },
  { lang: 'en', label: 'English' },
];

export function LanguageSwitch() {
  const lang = useLang();
  const setLang = useSetLang();
  const t = useCoreMessages();
  return (
    <div className="language-switch" role="group" aria-label={t.language}>
      {OPTIONS.map((option) => (
        <button key={option.lang} type="button" lang={option.lang} aria-pressed={lang === option.lang} onClick={() => setLang(option.lang)}>
          {option.label}
        </button>
      ))}
    </div>
  );
}
