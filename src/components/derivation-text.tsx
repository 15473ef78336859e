import { derivationIn } from '@/i18n/derivation-text';
import { useCoreMessages, useLang } from '@/state/use-i18n';

/** A figure's derivation in the interface's language; words of another language quoted as written, marked with their language. */
export function DerivationText({ derivation }: { derivation: string }) {
  const t = useCoreMessages();
  const lang = useLang();
  return derivationIn(derivation, lang).map((piece, i) => {
    switch (piece.kind) {
      case 'text':
        return piece.text;
      case 'quoted':
        return (
          <span key={i} lang={piece.lang}>
            {piece.text}
          </span>
        );
      case 'original':
        return (
          <span key={i}>
            {i > 0 && ' '}({t.originalWords(piece.lang)}: <q lang={piece.lang}>{piece.text}</q>)
          </span>
        );
    }
  });
}
