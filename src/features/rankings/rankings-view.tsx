import { useMessages } from '@/state/use-i18n';

export function RankingsView() {
  const t = useMessages().rankings;
  return <h1>{t.title}</h1>;
}
