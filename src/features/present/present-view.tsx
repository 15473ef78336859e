import { useMessages } from '@/state/use-i18n';

export function PresentView() {
  const t = useMessages();
  return <h1>{t.navPresent}</h1>;
}
