export type SlideAction = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'presenter' | 'fullscreen';

/** Keyboard and presentation clickers (they send PageDown/PageUp, some the arrows). */
const KEYS: Record<string, SlideAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
  p: 'presenter',
  P: 'presenter',
  f: 'fullscreen',
  F: 'fullscreen',
};

/** Keys that would also press a focused button or type into a field are left to that control. */
const CONTROL_KEYS = new Set([' ', 'Enter', 'Backspace', 'p', 'P', 'f', 'F']);

export function slideAction(key: string, target: { tagName: string; isContentEditable?: boolean }, modified: boolean): SlideAction | undefined {
  if (modified) return undefined;
  const tag = target.tagName.toLowerCase();
  if (tag === 'input' || tag === 'select' || tag === 'textarea' || target.isContentEditable) return undefined;
  if ((tag === 'button' || tag === 'a' || tag === 'summary') && CONTROL_KEYS.has(key)) return undefined;
  return KEYS[key];
}

/** The slide number after an action, kept within 1..total. */
export function moveTo(action: SlideAction, current: number, total: number): number {
  const target = action === 'next' ? current + 1 : action === 'previous' ? current - 1 : action === 'first' ? 1 : action === 'last' ? total : current;
  return Math.min(Math.max(target, 1), Math.max(total, 1));
}
