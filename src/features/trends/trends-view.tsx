import { useMessages } from '@/state/use-i18n';

export function TrendsView() {
  const t = useMessages().trends;
  return <h1>{t.title}</h1>;
}
