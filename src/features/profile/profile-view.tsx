import { useMessages } from '@/state/use-i18n';

export function ProfileView() {
  const t = useMessages();
  return <h1>{t.navProfile}</h1>;
}
