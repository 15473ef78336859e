import { vi, type Messages } from './vi';
import { viViews } from './views-vi';

/** Every Vietnamese message. */
export const viMessages: Messages = { ...vi, ...viViews };
