/** Every listener, registered in one place (Bolt's starter layout: one folder per kind of payload). */
import type { App } from '@slack/bolt';
import { register as actions } from './actions/index.js';
import { register as commands } from './commands/index.js';
import type { ListenerDeps } from './deps.js';
import { register as events } from './events/index.js';
import { register as views } from './views/index.js';

export function registerListeners(app: App, deps: ListenerDeps): void {
  events(app, deps);
  commands(app, deps);
  actions(app, deps);
  views(app, deps);
}

export type { ListenerDeps, ModalContext, SlackModals, ViewSubmission, ViewValues } from './deps.js';
