import { en } from './en';
import type { Messages } from './vi';
import { enViews } from './views-en';

/** Every English message. */
export const enMessages: Messages = { ...en, ...enViews };
