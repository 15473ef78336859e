// @vitest-environment jsdom
import { Suspense, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { loadedMessages, loadMessages } from '@/i18n/messages';
import { usePrefsStore } from './prefs-store';
import { useMessages } from './use-i18n';

/** A component with a hook after the messages, as most have. */
function Probe() {
  const t = useMessages();
  const [shown] = useState(true);
  return <p>{shown && t.data.cancel}</p>;
}

function renderProbe(render: (run: () => void) => void) {
  const recovered = vi.fn();
  const container = document.createElement('div');
  const root = createRoot(container, { onRecoverableError: recovered });
  const probe = (
    <Suspense fallback="…">
      <Probe />
    </Suspense>
  );
  render(() => root.render(probe));
  return { container, recovered, root };
}

describe('useMessages', () => {
  it('waits for the views catalogue, then renders with no render thrown away (React error 520)', async () => {
    expect(loadedMessages('vi')).toBeUndefined();
    const { container, recovered, root } = renderProbe((run) => run());
    await vi.waitFor(() => expect(container.textContent).toBe('Hủy'));
    expect(recovered).not.toHaveBeenCalled();
    root.unmount();
  });

  it('returns a catalogue already loaded at once, without waiting', async () => {
    usePrefsStore.getState().setLang('en');
    await loadMessages('en');
    const { container, root } = renderProbe(flushSync);
    expect(container.textContent).toBe('Cancel');
    root.unmount();
  });
});
